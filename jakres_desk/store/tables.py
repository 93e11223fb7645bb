"""The tables of store/models.py as plain data, for the paths that run without SQLAlchemy.

Importing SQLAlchemy and the ORM classes costs a command ten times the work of a
merge of five group files. The merge (core/merge/plan.py), the value rules
(core/rules/values.py) and the check of an incoming file's tables
(store/untrusted.py) only need names: tables parents first, their columns and
the kind of value each holds, references, unique keys. Those are written out in
store/tables_data.py, generated from the models by store/tables_gen.py;
tests/store/test_tables.py fails when the two no longer agree. To regenerate:

    python -m jakres_desk.store.tables_gen
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple


class Column(NamedTuple):
    """One column: its name, the kind of value (store/domain.py KIND_*), NULL allowed, length."""

    name: str
    kind: str
    nullable: bool
    length: int | None = None  # a String's declared length; None for unbounded text


class Reference(NamedTuple):
    """A column pointing at another table's row, and what deleting that row does."""

    column: str
    parent: str
    parent_column: str
    ondelete: str | None = None  # "CASCADE", "SET NULL", or None


class Unique(NamedTuple):
    """Columns no two rows may share (`where`: a partial index's "column IS NULL")."""

    columns: tuple[str, ...]
    where: str | None = None


class Table(NamedTuple):
    """One table: its primary key, columns, references (by column name) and unique keys."""

    name: str
    key: str
    columns: tuple[Column, ...]
    references: tuple[Reference, ...] = ()
    unique_keys: tuple[Unique, ...] = ()


def tables() -> tuple[Table, ...]:
    """Every table of the models, parents before children (SQLAlchemy's sorted_tables)."""
    from jakres_desk.store.tables_data import TABLES

    return TABLES


@cache
def by_name() -> dict[str, Table]:
    """Every table by its name."""
    return {t.name: t for t in tables()}
