"""Capture and restore records, so an undone deletion comes back whole.

`capture` reads a record and everything the database would delete with it
(ON DELETE CASCADE children, recursively). `restore` writes those rows back
with their ids, in one transaction, and lifts their tombstones.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, delete, insert, select
from sqlalchemy.orm import Session

from jakres_desk.store.db import JakresFile
from jakres_desk.store.models import Base, Tombstone
from jakres_desk.store.stamps import now_stamp


@dataclass(frozen=True)
class Captured:
    """Rows of one record and its cascaded children, parents first."""

    rows: tuple[tuple[str, dict[str, Any]], ...]


def _children(table: Table) -> list[tuple[Table, str]]:
    found = []
    for other in Base.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table is table and fk.ondelete == "CASCADE":
                found.append((other, fk.parent.name))
    return found


def _collect(
    s: Session, table: Table, ids: Sequence[str], out: list[tuple[str, dict[str, Any]]]
) -> None:
    if not ids:
        return
    rows = s.execute(select(table).where(table.c.id.in_(ids))).mappings().all()
    out.extend((table.name, dict(r)) for r in rows)
    for child, column in _children(table):
        child_ids = list(s.scalars(select(child.c.id).where(child.c[column].in_(ids))))
        _collect(s, child, child_ids, out)


def capture(f: JakresFile, table: str, record_id: str) -> Captured:
    """The record and all it would take with it when deleted."""
    out: list[tuple[str, dict[str, Any]]] = []
    with f.read() as s:
        _collect(s, Base.metadata.tables[table], [record_id], out)
    return Captured(tuple(out))


def restore(f: JakresFile, captured: Captured) -> None:
    """Put captured rows back (same ids), stamped as changed now by this device."""
    stamp = now_stamp()
    with f.write(preserve_stamps=True) as s:
        for name, row in captured.rows:
            values = dict(row, modified_at=stamp, device_id=f.device_id)
            s.execute(insert(Base.metadata.tables[name]), [values])
            s.execute(delete(Tombstone).where(Tombstone.id == row["id"]))
        s.info["touched_tables"] = {name for name, _ in captured.rows}
        s.info["touched_ids"] = {row["id"] for _, row in captured.rows}


def _model(table: str) -> type[Any]:
    for mapper in Base.registry.mappers:
        if getattr(mapper.local_table, "name", None) == table:
            return mapper.class_
    raise KeyError(table)


def delete_record(f: JakresFile, table: str, record_id: str) -> None:
    """Delete one record (and its cascade), leaving a tombstone: the undo of an add."""
    with f.write() as s:
        obj = s.get(_model(table), record_id)
        if obj is not None:
            s.delete(obj)
