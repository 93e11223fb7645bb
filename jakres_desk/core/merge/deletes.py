"""Deletions travel as tombstones: bring the copy's in, apply them to the master.

Applied before the tables are merged (docs/merge.md): a room may remove a
candidate and add the same program again, and the new record must not meet its
deleted twin. A group's file reaches only the master rows its group owns.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from jakres_desk.core.merge.job import Job, Tally, q
from jakres_desk.core.merge.plan import TablePlan
from jakres_desk.core.merge.scope import refuse_deletions
from jakres_desk.core.merge.sql import check_text, has_map, mapped
from jakres_desk.core.rules.values import check_rows


def copy_tombstones(
    con: sqlite3.Connection, entities: Iterable[str], job: Job, tally: Tally
) -> None:
    """Bring the copy's deletions in scope into the master's tombstones (newest kept)."""
    names = list(entities)
    marks = ", ".join("?" for _ in names)
    key = mapped("id") if has_map(con) else "s.id"
    con.execute(
        "CREATE TEMP TABLE inc_tomb (id TEXT PRIMARY KEY, entity TEXT, deleted_at TEXT,"
        " device_id TEXT)"
    )
    cur = con.execute(
        f"INSERT OR REPLACE INTO temp.inc_tomb SELECT {key}, s.entity, s.deleted_at, s.device_id"
        f" FROM src.tombstone AS s WHERE s.entity IN ({marks}) AND NOT EXISTS"
        f" (SELECT 1 FROM main.tombstone AS m WHERE m.id = {key}"
        " AND m.deleted_at = s.deleted_at AND m.device_id = s.device_id)",
        names,
    )
    if cur.rowcount == 0:
        return  # no deletion the master has not heard of: nothing to check or bring
    check_text(con, "SELECT * FROM temp.inc_tomb")
    check_rows(con, "tombstone", "temp.inc_tomb")
    if job.group_scope:
        refuse_deletions(con, job, tally)
    con.execute(
        "INSERT INTO main.tombstone (id, entity, deleted_at, device_id)"
        " SELECT id, entity, deleted_at, device_id FROM temp.inc_tomb WHERE 1"
        " ON CONFLICT (id) DO UPDATE SET entity = excluded.entity,"
        " deleted_at = excluded.deleted_at, device_id = excluded.device_id"
        " WHERE (excluded.deleted_at, excluded.device_id)"
        " > (tombstone.deleted_at, tombstone.device_id)"
    )


def apply_tombstones(con: sqlite3.Connection, plans: Iterable[TablePlan], tally: Tally) -> None:
    """Delete master rows the copy deleted and nobody changed since (children first)."""
    entities = {row[0] for row in con.execute("SELECT DISTINCT entity FROM temp.inc_tomb")}
    for plan in reversed(list(plans)):
        if plan.reference or plan.name not in entities:
            continue
        t = q(plan.name)
        # Driven by the (few) tombstones through the primary key, never a scan of the master.
        cur = con.execute(
            f"DELETE FROM main.{t} WHERE id IN (SELECT id FROM temp.inc_tomb WHERE entity = ?)"
            f" AND modified_at <= (SELECT d.deleted_at FROM temp.inc_tomb AS d"
            f" WHERE d.id = main.{t}.id)",
            (plan.name,),
        )
        tally.deleted += max(cur.rowcount, 0)
