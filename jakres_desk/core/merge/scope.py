"""What a group's file may change in the master: its own group's records, nothing else.

A group's file may add records to its group, change and delete the records the
master holds for its group, and add programs (with their focus areas) or change
the room programs only it uses. Every other row it brings is refused and listed
in the import log (`refusals`), one entry per row, with the group that owns the
record in the master:

- a record the master holds for another group (a participant the secretariat
  moved, or a borrowed id): `other_group`;
- a catalogue program, or a program another group took up, and its focus areas:
  `catalogue` (the secretariat's to change);
- a row pointing at another group's record (a dot by another group's person, a
  score on another group's criterion): `reference`;
- a deletion of any of these.

Records this file adds in the same merge count as the group's own.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from jakres_desk.core.merge.job import Job, Tally, q
from jakres_desk.core.merge.plan import OWNED_IN_MASTER, TablePlan, UniqueKey

# The master group owning row `m` (NULL for a catalogue program).
_BY_CANDIDATE = "(SELECT group_id FROM main.candidate WHERE id = m.candidate_id)"
OWNER: dict[str, str] = {
    "breakout_group": "m.id",
    "participant": "m.group_id",
    "element": "m.group_id",
    "target": "(SELECT group_id FROM main.element WHERE id = m.element_id)",
    "criterion": "m.group_id",
    "program": "m.added_by_group_id",
    "program_focus_area": "(SELECT added_by_group_id FROM main.program WHERE id = m.program_id)",
    "candidate": "m.group_id",
    "dot_vote": _BY_CANDIDATE,
    "score": _BY_CANDIDATE,
    "decision": _BY_CANDIDATE,
}
# What a person recognises a row by (`{a}`: the row's alias).
_PERSON = "(SELECT name FROM main.participant WHERE id = {a}.participant_id)"
_TITLE = "(SELECT title FROM main.program WHERE id = {a}.program_id)"
LABEL: dict[str, str] = {
    "breakout_group": "{a}.name",
    "participant": "{a}.name",
    "criterion": "{a}.name",
    "program": "{a}.title",
    "element": "coalesce({a}.custom_title, {a}.goal_id)",
    "target": "{a}.statement",
    "candidate": _TITLE,
    "program_focus_area": _TITLE,
    "dot_vote": _PERSON,
    "score": _PERSON,
}
CATALOGUE = ("program", "program_focus_area")
# References a group may point anywhere: a candidate takes up any program.
SHARED = {("candidate", "program_id")}
LABEL_MAX = 60


def start(con: sqlite3.Connection) -> None:
    """The ids this file adds: its own, whatever their table."""
    con.execute("CREATE TEMP TABLE added (id TEXT PRIMARY KEY)")


def note_added(con: sqlite3.Connection, plan: TablePlan) -> None:
    """Remember the staged rows that are new to the master (before they are inserted)."""
    t = q(plan.name)
    con.execute(
        "INSERT OR IGNORE INTO temp.added SELECT i.id FROM temp.inc AS i"
        f" WHERE NOT EXISTS (SELECT 1 FROM main.{t} AS m WHERE m.id = i.id)"
    )


def _owned(table: str) -> str:
    """Master row `m` belongs to the group, or this file added it."""
    # coalesce: a catalogue program's owner is NULL, and NOT NULL would let its row pass.
    return f"coalesce(({OWNED_IN_MASTER[table]}) OR m.id IN (SELECT id FROM temp.added), 0)"


def _label(table: str, alias: str) -> str:
    expr = LABEL.get(table, "''").format(a=alias)
    return f"substr(coalesce({expr}, ''), 1, {LABEL_MAX})"


def _owner_name(table: str) -> str:
    return f"(SELECT name FROM main.breakout_group WHERE id = {OWNER[table]})"


def _reason(table: str) -> str:
    return "catalogue" if table in CATALOGUE else "other_group"


def refuse_foreign(con: sqlite3.Connection, plan: TablePlan, job: Job, tally: Tally) -> None:
    """Take out of the staged rows those the group may not write, each one logged."""
    if not job.group_scope or plan.name not in OWNED_IN_MASTER:
        return
    t = q(plan.name)
    newer = "(i.modified_at, i.device_id) > (m.modified_at, m.device_id)"
    rows = con.execute(
        f"SELECT i.id, {_label(plan.name, 'i')}, {_owner_name(plan.name)}"
        f" FROM temp.inc AS i JOIN main.{t} AS m ON m.id = i.id"
        f" WHERE {newer} AND NOT {_owned(plan.name)} ORDER BY i.id",
        job.params,
    ).fetchall()
    _refuse(con, plan.name, _reason(plan.name), rows, tally)
    for ref in plan.references:
        if ref.parent in OWNED_IN_MASTER and (plan.name, ref.column) not in SHARED:
            _refuse_references(con, plan, ref.column, ref.parent, job, tally)
    for key in plan.unique_keys:
        _refuse_taken_keys(con, plan, key, job, tally)


def _refuse_references(
    con: sqlite3.Connection, plan: TablePlan, column: str, parent: str, job: Job, tally: Tally
) -> None:
    """Rows pointing at a master record of another group (or the catalogue's)."""
    c = q(column)
    rows = con.execute(
        f"SELECT i.id, {_label(plan.name, 'i')}, {_owner_name(parent)}"
        f" FROM temp.inc AS i JOIN main.{q(parent)} AS m ON m.id = i.{c}"
        f" WHERE NOT {_owned(parent)} ORDER BY i.id",
        job.params,
    ).fetchall()
    reason = "catalogue" if parent in CATALOGUE else "reference"
    _refuse(con, plan.name, reason, rows, tally)


def _refuse_taken_keys(
    con: sqlite3.Connection, plan: TablePlan, key: UniqueKey, job: Job, tally: Tally
) -> None:
    """Rows that would take another group's unique key (a group renamed to another's name)."""
    on = " AND ".join(f"m.{q(c)} = i.{q(c)}" for c in key.columns)
    if key.where:
        on += f" AND i.{q(key.where)} IS NULL AND m.{q(key.where)} IS NULL"
    rows = con.execute(
        f"SELECT i.id, {_label(plan.name, 'i')}, {_owner_name(plan.name)}"
        f" FROM temp.inc AS i JOIN main.{q(plan.name)} AS m ON {on}"
        f" WHERE m.id != i.id AND NOT {_owned(plan.name)} ORDER BY i.id",
        job.params,
    ).fetchall()
    _refuse(con, plan.name, _reason(plan.name), rows, tally)


def _refuse(
    con: sqlite3.Connection, table: str, reason: str, rows: list[Any], tally: Tally
) -> None:
    for record_id, label, owner in rows:
        con.execute("DELETE FROM temp.inc WHERE id = ?", (record_id,))
        tally.refusals.append(
            {"table": table, "id": record_id, "label": label, "reason": reason, "owner": owner}
        )


def refuse_deletions(con: sqlite3.Connection, job: Job, tally: Tally) -> None:
    """Deletions of master records the group does not own: left out, each one logged."""
    brought = {row[0] for row in con.execute("SELECT DISTINCT entity FROM temp.inc_tomb")}
    for entity, owned in OWNED_IN_MASTER.items():
        if entity not in brought:
            continue  # no deletion of this table to judge (usually none at all)
        rows = con.execute(
            f"SELECT d.id, {_label(entity, 'm')}, {_owner_name(entity)}"
            f" FROM temp.inc_tomb AS d JOIN main.{q(entity)} AS m ON m.id = d.id"
            f" WHERE d.entity = :e AND NOT coalesce(({owned}), 0) ORDER BY d.id",
            {**job.params, "e": entity},
        ).fetchall()
        for record_id, label, owner in rows:
            con.execute("DELETE FROM temp.inc_tomb WHERE id = ?", (record_id,))
            tally.refusals.append(
                {
                    "table": entity,
                    "id": record_id,
                    "label": label,
                    "reason": _reason(entity),
                    "owner": owner,
                }
            )
