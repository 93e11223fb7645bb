"""The exports of a file's results, remembered in the file itself (table `meta`).

Each checked export (Finish step) is recorded, after the copy is written, under
the meta key `exports` as a JSON list, newest last: where it went, when, its
size, SHA-256 and record counts, and a mark of the results it held. Meta rows
carry no stamps and are never merged, so recording an export is not a change
of the results. Reopening the file shows the last export and whether the
results changed since (docs/file-format.md, "Exports").
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import asdict, dataclass, field
from functools import cache
from typing import Any

from sqlalchemy.orm import Session

from jakres_desk.core.services.common import bare, reading
from jakres_desk.store.db import JakresFile
from jakres_desk.store.models import Base, Meta, Tombstone
from jakres_desk.store.snapshot import SnapshotInfo
from jakres_desk.store.stamps import now_stamp

KEY = "exports"
KEEP = 20  # older exports drop off the list; the newest is the one that matters


@dataclass(frozen=True)
class ExportRecord:
    """One export of the results, as remembered in the file."""

    path: str
    at: str  # UTC ISO stamp of the export
    size: int
    sha256: str
    counts: dict[str, int] = field(default_factory=dict)
    dots: int = 0
    newest: str = ""  # newest modification stamp of the results when exported
    mark: str = ""  # fingerprint of every record's stamp when exported


@dataclass(frozen=True)
class ExportState:
    """The last export, and whether the results changed since."""

    last: ExportRecord | None
    changed: bool
    newest: str  # newest modification stamp of the results now ("" for none)


def record_export(f: JakresFile, info: SnapshotInfo) -> ExportRecord:
    """Remember an export just written (one durable write of the `meta` row)."""
    with f.write() as s:
        newest, mark = _results_mark(s)
        record = ExportRecord(
            path=str(info.path),
            at=now_stamp(),
            size=info.size,
            sha256=info.sha256,
            counts=dict(info.counts),
            dots=info.dots,
            newest=newest,
            mark=mark,
        )
        row = s.get(Meta, KEY)
        kept = [*_records(row.value if row else ""), record][-KEEP:]
        value = json.dumps([asdict(r) for r in kept], ensure_ascii=False)
        if row is None:
            s.add(Meta(key=KEY, value=value))
        else:
            row.value = value
    return record


def exports(f: JakresFile) -> list[ExportRecord]:
    """Every remembered export, oldest first."""
    with f.read() as s:
        row = s.get(Meta, KEY)
        return _records(row.value if row else "")


def export_state(f: JakresFile) -> ExportState:
    """The last export and whether any record was added, changed or removed since."""
    with reading(f) as con:
        row = con.execute("SELECT value FROM meta WHERE key = ?", (KEY,)).fetchone()
        found = _records(row[0] if row else "")
        newest, mark = _mark(con)
    last = found[-1] if found else None
    return ExportState(last, last is not None and last.mark != mark, newest)


def _records(value: str) -> list[ExportRecord]:
    """The list stored under `exports`; a value edited by hand into nonsense counts as none."""
    try:
        items = json.loads(value) if value else []
        return [_record(item) for item in items]
    except (ValueError, TypeError, AttributeError):
        return []


def _record(item: dict[str, Any]) -> ExportRecord:
    known = {k: item[k] for k in ExportRecord.__dataclass_fields__ if k in item}
    return ExportRecord(**known)


def _results_mark(s: Session) -> tuple[str, str]:
    """(newest stamp, fingerprint) of every record of the file, deletions included.

    The newest stamp says when the results last changed; the fingerprint also
    catches a merge of records stamped earlier than the export.
    """
    return _mark(bare(s))


def _mark(con: sqlite3.Connection) -> tuple[str, str]:
    """`_results_mark` on the connection of a read or write transaction."""
    digest = hashlib.sha256()
    newest = ""
    # Plain SQL: the rows and values of select(id, stamp) for a fraction of the cost
    # (the Finish step reads this on every visit), hashed in one piece: the same bytes.
    for name, sql in _mark_queries():
        rows = con.execute(sql).fetchall()
        digest.update("".join(f"{name}\x1f{rid}\x1f{at}\x1e" for rid, at in rows).encode())
        newest = max([newest, *(at or "" for _rid, at in rows)])
    return newest, digest.hexdigest()


@cache
def _mark_queries() -> tuple[tuple[str, str], ...]:
    """(table, its query of (id, stamp) by id) of each table that holds results, by name."""
    out = []
    for table in sorted(Base.metadata.tables.values(), key=lambda t: t.name):
        stamp = table.c.get("deleted_at") if table.name == Tombstone.__tablename__ else None
        stamp = stamp if stamp is not None else table.c.get("modified_at")
        if stamp is None or "id" not in table.c:
            continue  # reference data and meta: not the results
        out.append((table.name, f'SELECT "id", "{stamp.name}" FROM "{table.name}" ORDER BY "id"'))
    return tuple(out)
