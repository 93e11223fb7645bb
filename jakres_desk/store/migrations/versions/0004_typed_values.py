"""Revision 4: every column refuses a value of the wrong type; the import log lists refused records.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02

SQLite stores any value in any column: a dot count 'lots' or a name stored as
binary data went into a master and broke its report and exports. Each column
now has a CHECK constraint for its type (store/domain.py), and the import log
gets `refusals`, the records a group's file was not allowed to change.

SQLite cannot add a constraint to a table, so each table is rebuilt by SQLite's
own procedure (a new table with the constraints, the rows copied, the old one
dropped, the new one renamed, its indexes made again), with foreign keys off
(store/migrate.py) so that dropping the old table cascades nowhere. A row that
breaks a check stops the migration naming its table, column and row; the file
is put back as it was.
"""

from collections.abc import Callable
from typing import Any

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# Frozen at this revision: every column and its kind ("?" where NULL is allowed).
COLUMNS: dict[str, str] = {
    "category_set": (
        "key:text name_id:text name_en:text id:text created_at:text modified_at:text device_id:text"
    ),
    "framework": "id:text version:text name_id:text name_en:text",
    "import_log": (
        "id:text imported_at:text source_name:text source_sha256:text group_id:text? "
        "group_name:text device_id:text captured_at:text status:text added:whole replaced:whole "
        "kept:whole deleted:whole refused:whole conflicts:text message:text refusals:text"
    ),
    "meta": "key:text value:text",
    "stakeholder_kind": "code:text position:whole label_id:text label_en:text aliases:text",
    "tombstone": "id:text entity:text deleted_at:text device_id:text",
    "category": (
        "set_id:text code:text label_id:text label_en:text description_id:text "
        "description_en:text position:whole id:text created_at:text modified_at:text "
        "device_id:text"
    ),
    "dimension": (
        "id:text framework_id:text position:whole label_id:text label_en:text "
        "description_id:text description_en:text"
    ),
    "quality": (
        "id:text framework_id:text position:whole label_id:text label_en:text "
        "description_id:text description_en:text"
    ),
    "workshop": (
        "title:text date:text venue:text organiser:text description:text framework_id:text "
        "preset:text illustrative:flag dots_per_participant:whole max_dots_per_candidate:whole "
        "score_min:whole score_max:whole ranking_method:text priority_rule:text top_n:whole? "
        "threshold:number? id:text created_at:text modified_at:text device_id:text"
    ),
    "focus_area": (
        "workshop_id:text number:whole title_id:text title_en:text short_id:text short_en:text "
        "suggested_criteria:text id:text created_at:text modified_at:text device_id:text"
    ),
    "goal": (
        "id:text dimension_id:text position:whole label_id:text label_en:text "
        "description_id:text description_en:text"
    ),
    "breakout_group": (
        "workshop_id:text focus_area_id:text? name:text facilitator:text room:text notes:text "
        "rationale:text criteria_locked:flag position:whole id:text created_at:text "
        "modified_at:text device_id:text"
    ),
    "focus_area_goal": (
        "focus_area_id:text goal_id:text position:whole id:text created_at:text "
        "modified_at:text device_id:text"
    ),
    "criterion": (
        "group_id:text name:text description:text weight:number source:text position:whole "
        "id:text created_at:text modified_at:text device_id:text"
    ),
    "element": (
        "group_id:text goal_id:text? custom_title:text? rationale:text position:whole id:text "
        "created_at:text modified_at:text device_id:text"
    ),
    "participant": (
        "workshop_id:text group_id:text? name:text organisation:text stakeholder_kind:text? "
        "role:text present:flag walk_in:flag id:text created_at:text modified_at:text "
        "device_id:text"
    ),
    "program": (
        "workshop_id:text title:text agency:text description:text origin:text "
        "added_by_group_id:text? id:text created_at:text modified_at:text device_id:text"
    ),
    "candidate": (
        "group_id:text program_id:text position:whole id:text created_at:text modified_at:text "
        "device_id:text"
    ),
    "program_category": (
        "program_id:text category_id:text id:text created_at:text modified_at:text device_id:text"
    ),
    "program_focus_area": (
        "program_id:text focus_area_id:text id:text created_at:text modified_at:text device_id:text"
    ),
    "program_link": (
        "program_a:text program_b:text note:text id:text created_at:text modified_at:text "
        "device_id:text"
    ),
    "target": (
        "element_id:text statement:text indicator:text baseline:text target_value:text "
        "target_year:whole? responsible_agency:text position:whole id:text created_at:text "
        "modified_at:text device_id:text"
    ),
    "decision": (
        "candidate_id:text is_priority:flag rank:whole? decided_by:text reason:text id:text "
        "created_at:text modified_at:text device_id:text"
    ),
    "dot_vote": (
        "candidate_id:text participant_id:text count:whole id:text created_at:text "
        "modified_at:text device_id:text"
    ),
    "score": (
        "candidate_id:text criterion_id:text participant_id:text? value:number id:text "
        "created_at:text modified_at:text device_id:text"
    ),
}
KINDS = {
    "flag": "typeof({c}) = 'integer' AND {c} IN (0, 1)",
    "whole": "typeof({c}) = 'integer'",
    "number": "typeof({c}) IN ('integer', 'real') AND abs({c}) <= 1.7976931348623157e308",
    "text": "typeof({c}) = 'text'",
}


def q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def checks(table: str) -> list[tuple[str, str, str]]:
    """(column, constraint name, condition) of every column of a table, as store/domain.py."""
    out = []
    for spec in COLUMNS[table].split():
        column, _, kind = spec.partition(":")
        c = q(column)
        sql = KINDS[kind.rstrip("?")].format(c=c)
        sql = f"{c} IS NULL OR ({sql})" if kind.endswith("?") else sql
        out.append((column, f"ck_{table}_{column}_type", sql))
    return out


def _refuse_bad_rows(bind: Any, table: str, conditions: list[tuple[str, str, str]]) -> None:
    """Name the first value that breaks a check (SQLite would only name the constraint)."""
    for column, _name, sql in conditions:
        found = bind.exec_driver_sql(
            f"SELECT rowid, typeof({q(column)}) FROM {q(table)}"
            f" WHERE NOT coalesce(({sql}), 0) LIMIT 1"
        ).first()
        if found is not None:
            raise ValueError(
                f"table {table}, column {column}, row {found[0]}: a value of type {found[1]}"
            )


def _rebuild(bind: Any, table: str, remake: Callable[[str], str]) -> None:
    """SQLite's procedure for a change ALTER TABLE cannot make (foreign keys are off).

    The rows wait in a temporary table while the table is made again under its own
    name, so its schema text stays as written (a renamed table gets a quoted name).
    """
    sql = bind.exec_driver_sql(
        "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?", (table,)
    ).scalar_one()
    indexes = [
        row[0]
        for row in bind.exec_driver_sql(
            "SELECT sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ?"
            " AND sql IS NOT NULL",
            (table,),
        )
    ]
    kept = q(f"{table}__0004")
    bind.exec_driver_sql(f"CREATE TEMP TABLE {kept} AS SELECT * FROM main.{q(table)}")
    bind.exec_driver_sql(f"DROP TABLE main.{q(table)}")
    bind.exec_driver_sql(remake(sql))
    columns = ", ".join(
        q(row[1]) for row in bind.exec_driver_sql(f"PRAGMA main.table_info({q(table)})")
    )
    bind.exec_driver_sql(
        f"INSERT INTO main.{q(table)} ({columns}) SELECT {columns} FROM temp.{kept}"
    )
    bind.exec_driver_sql(f"DROP TABLE temp.{kept}")
    for index in indexes:
        bind.exec_driver_sql(index)


def _with_checks(table: str, conditions: list[tuple[str, str, str]]) -> Callable[[str], str]:
    def remake(sql: str) -> str:
        body = sql.rstrip()
        if not body.endswith(")"):
            raise ValueError(f"table {table}: unexpected schema {sql!r}")
        added = ",\n\t".join(f"CONSTRAINT {n} CHECK ({cond})" for _c, n, cond in conditions)
        return f"{body[:-1].rstrip()},\n\t{added}\n)"

    return remake


def _without_checks(table: str) -> Callable[[str], str]:
    def remake(sql: str) -> str:
        cut = sql.index(f",\n\tCONSTRAINT ck_{table}_")
        return sql[:cut].replace(REFUSALS, "") + "\n)"

    return remake


# The column this revision adds, as SQLite writes it into the table's schema text.
REFUSALS = ", refusals TEXT NOT NULL DEFAULT '[]'"


def _foreign_keys_off(bind: Any) -> None:
    # With them on, dropping a table to rebuild it would delete its children.
    if bind.exec_driver_sql("PRAGMA foreign_keys").scalar():
        raise RuntimeError("revision 0004 rebuilds tables: run it with foreign keys off")


def upgrade() -> None:
    bind = op.get_bind()
    _foreign_keys_off(bind)
    bind.exec_driver_sql(f"ALTER TABLE import_log ADD COLUMN {REFUSALS[2:]}")
    for table in COLUMNS:
        conditions = checks(table)
        _refuse_bad_rows(bind, table, conditions)
        _rebuild(bind, table, _with_checks(table, conditions))


def downgrade() -> None:
    bind = op.get_bind()
    _foreign_keys_off(bind)
    for table in COLUMNS:
        _rebuild(bind, table, _without_checks(table))
