"""Many new records in one statement, stamped and journaled as an ORM flush would be.

An import of thousands of rows through ORM objects spends most of its time building
the objects and flushing them one by one, all of it while holding the file's write
lock (a vote on another window waits). `insert_new` writes plain rows with one
`executemany` instead, and does what the flush hook (`db._stamp`, `db._note`) does for
new records: the creation and modification stamp and this device's id, a note in
the journal of an operation (for its undo), and the touched ids and tables.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from jakres_desk.store.journal import Journal
from jakres_desk.store.models import Base, Synced
from jakres_desk.store.stamps import now_stamp


def insert_new(session: Session, model: type[Base], rows: list[dict[str, Any]]) -> None:
    """Insert `rows` (each with its `id`) as new records of `model` in this write session."""
    if not rows:
        return
    table = model.__table__
    assert isinstance(table, Table)
    if issubclass(model, Synced) and not session.info.get("preserve_stamps"):
        stamp, device = now_stamp(), session.info["device_id"]
        for row in rows:
            row.setdefault("created_at", stamp)
            row["modified_at"] = stamp
            row["device_id"] = device
    journal: Journal | None = session.info.get("journal")
    if journal is not None:
        for row in rows:
            journal.note_new(table.name, row["id"])
    session.info.setdefault("touched_ids", set()).update(row["id"] for row in rows)
    session.info.setdefault("touched_tables", set()).add(table.name)
    session.execute(insert(table), rows)
