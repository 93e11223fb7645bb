"""What a merge may change in the master, table by table, derived from the models.

Columns, references, unique keys and parents-first order come from
store/models.py (as the plain data of store/tables.py, so that a merge runs
without SQLAlchemy), so a new column or table is merged without touching this
file. What is written here by hand is the policy: which tables a group's file
may change, and which rows of the master belong to that group.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from jakres_desk.store.tables import Table, tables

# Stamps every synced record carries; the rest of a row is its content.
STAMPS = ("id", "created_at", "modified_at", "device_id")
# Reference data (the CRF, stakeholder kinds): identical everywhere, added when missing.
REFERENCE = ("framework", "dimension", "goal", "quality", "stakeholder_kind")
# Never merged: file facts, the master's own log, and tombstones (handled apart).
NOT_MERGED = ("meta", "import_log", "tombstone")
# The workshop row is always the master's.
MASTER_ONLY = ("workshop",)
# What a group's file may bring: its own rows (filtered by the group, in the copy)
# and the programs it added or took up. None means every row of the copy.
GROUP_ROWS: dict[str, str | None] = {
    "breakout_group": "s.id = :g",
    "participant": "s.group_id = :g",
    "element": "s.group_id = :g",
    "target": "s.element_id IN (SELECT id FROM src.element WHERE group_id = :g)",
    "criterion": "s.group_id = :g",
    "program": None,
    "program_focus_area": None,
    "candidate": "s.group_id = :g",
    "dot_vote": "s.candidate_id IN (SELECT id FROM src.candidate WHERE group_id = :g)",
    "score": "s.candidate_id IN (SELECT id FROM src.candidate WHERE group_id = :g)",
    "decision": "s.candidate_id IN (SELECT id FROM src.candidate WHERE group_id = :g)",
}
# The master's rows a group's deletion may reach (:mg is the group in the master).
# A program goes only if the group added it and no other group took it up.
OWNED_IN_MASTER: dict[str, str] = {
    "breakout_group": "m.id = :mg",
    "participant": "m.group_id = :mg",
    "element": "m.group_id = :mg",
    "target": "m.element_id IN (SELECT id FROM main.element WHERE group_id = :mg)",
    "criterion": "m.group_id = :mg",
    "program": "m.added_by_group_id = :mg AND NOT EXISTS (SELECT 1 FROM main.candidate AS c"
    " WHERE c.program_id = m.id AND c.group_id != :mg)",
    "program_focus_area": "EXISTS (SELECT 1 FROM main.program AS p"
    " WHERE p.id = m.program_id AND p.added_by_group_id = :mg)",
    "candidate": "m.group_id = :mg",
    "dot_vote": "m.candidate_id IN (SELECT id FROM main.candidate WHERE group_id = :mg)",
    "score": "m.candidate_id IN (SELECT id FROM main.candidate WHERE group_id = :mg)",
    "decision": "m.candidate_id IN (SELECT id FROM main.candidate WHERE group_id = :mg)",
}


class Reference(NamedTuple):
    """A column pointing at another table's row."""

    column: str
    parent: str
    parent_column: str
    set_null: bool  # ON DELETE SET NULL: a missing parent empties the column, else drops the row


class UniqueKey(NamedTuple):
    """Columns no two rows may share (`where`: a partial index's condition on one column)."""

    columns: tuple[str, ...]
    where: str | None = None


class TablePlan(NamedTuple):
    """One table as the merge sees it."""

    name: str
    key: str
    columns: tuple[str, ...]
    reference: bool
    references: tuple[Reference, ...]
    unique_keys: tuple[UniqueKey, ...]
    children: tuple[tuple[str, str], ...]  # (table, column) pointing at this table's key

    @property
    def content(self) -> tuple[str, ...]:
        """The columns that are the record itself, not its stamps."""
        return tuple(c for c in self.columns if c not in STAMPS)

    @property
    def uuid_columns(self) -> tuple[str, ...]:
        """The id and every reference to a synced record (what an id map may rewrite)."""
        refs = tuple(r.column for r in self.references if r.parent not in REFERENCE)
        return ("id", *refs) if not self.reference else ()


def _plan(table: Table) -> TablePlan:
    refs = tuple(
        Reference(r.column, r.parent, r.parent_column, r.ondelete == "SET NULL")
        for r in table.references
    )
    children = tuple(
        (other.name, r.column)
        for other in tables()
        for r in other.references
        if r.parent == table.name
    )
    return TablePlan(
        name=table.name,
        key=table.key,
        columns=tuple(c.name for c in table.columns),
        reference=table.name in REFERENCE,
        references=refs,
        unique_keys=tuple(UniqueKey(u.columns, u.where) for u in table.unique_keys),
        children=children,
    )


@cache
def plans() -> tuple[TablePlan, ...]:
    """Every merged table, parents before children."""
    skip = set(NOT_MERGED)
    return tuple(_plan(t) for t in tables() if t.name not in skip)


def plan_of(name: str) -> TablePlan:
    """The plan of one table."""
    return next(p for p in plans() if p.name == name)


def merged_tables(*, group_scope: bool) -> tuple[TablePlan, ...]:
    """The tables a file of this kind may change, parents first."""
    out = []
    for p in plans():
        if p.name in MASTER_ONLY:
            continue
        if group_scope and not p.reference and p.name not in GROUP_ROWS:
            continue
        out.append(p)
    return tuple(out)
