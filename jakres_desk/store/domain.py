"""What type of value each column holds, as SQL conditions the file itself enforces.

Revision 0004 puts one `CHECK` per column into every table, built from the
column's type in models.py: a whole number, a number, a yes/no flag or text
(SQLite would otherwise store any value in any column). The narrower domain
rules (ranges, lengths, choices) are checked on entry by
core/rules/values.py, which starts from these.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the merge's checks run without SQLAlchemy (store/tables.py)
    from sqlalchemy import Column, Table

# A finite number: SQLite stores NaN as NULL but keeps infinities.
FINITE = "abs({c}) <= 1.7976931348623157e308"

# What a person is told a column expects (message keys in base/messages.py).
KIND_WHOLE = "value_whole"
KIND_NUMBER = "value_number"
KIND_FLAG = "value_flag"
KIND_TEXT = "value_text"


def quoted(name: str) -> str:
    """A quoted SQL identifier (names come from the models, never from a file)."""
    return '"' + name.replace('"', '""') + '"'


def kind_of(column: Column[object]) -> str:
    """The kind of value a column holds, from its SQLAlchemy type."""
    from sqlalchemy import Boolean, Float, Integer, String, Text

    kind = column.type
    if isinstance(kind, Boolean):
        return KIND_FLAG
    if isinstance(kind, Integer):
        return KIND_WHOLE
    if isinstance(kind, Float):
        return KIND_NUMBER
    if isinstance(kind, (String, Text)):
        return KIND_TEXT
    raise ValueError(f"no type check for {column.table.name}.{column.name}: {kind!r}")


_TYPE_SQL = {
    KIND_FLAG: "typeof({c}) = 'integer' AND {c} IN (0, 1)",
    KIND_WHOLE: "typeof({c}) = 'integer'",
    KIND_NUMBER: "typeof({c}) IN ('integer', 'real') AND " + FINITE,
    KIND_TEXT: "typeof({c}) = 'text'",
}


def kind_sql(column: Column[object]) -> str:
    """The condition a column's value meets when it is not NULL: the right type."""
    return kind_check(kind_of(column), column.name)


def kind_check(kind: str, name: str) -> str:
    """The condition a value of this kind meets in column `name` when it is not NULL."""
    return _TYPE_SQL[kind].format(c=quoted(name))


def type_sql(column: Column[object]) -> str:
    """The condition a column's values meet: the right type (or NULL where allowed)."""
    sql = kind_sql(column)
    return f"{quoted(column.name)} IS NULL OR ({sql})" if column.nullable else sql


def check_name(table: str, column: str) -> str:
    """The name of a column's type check in the schema."""
    return f"ck_{table}_{column}_type"


def type_checks(table: Table) -> dict[str, str]:
    """Every column's type check of one table: constraint name -> condition."""
    return {check_name(table.name, c.name): type_sql(c) for c in table.columns}
