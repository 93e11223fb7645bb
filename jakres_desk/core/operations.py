"""The one route of an edit: run a write, report what it changed, carry its own undo.

`perform(f, service, **kwargs)` runs any write service of `core.services` with a
journal attached to the file. The journal notes, inside each write transaction,
every row as the service found it and as it left it. From that the operation
returns an `Outcome`: the service's own result, the `Changes` in the domain's
words (topics such as votes or group notes, never table names) and an
`UndoStep` built from those old rows.

`undo(f, step)` puts the rows back in one transaction, but first checks that
each is still exactly as the operation left it (its stamp: modification time
and device). If a merge, another window or another program changed one since,
nothing is written and `UndoRefused` says which record, who changed it and
when. Undoing returns an `Outcome` too, whose step is the redo.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from jakres_desk.base.errors import JakresError
from jakres_desk.core.topics import Changes, changes_of
from jakres_desk.store.db import JakresFile
from jakres_desk.store.journal import Journal, Row, RowChange, cascade_children
from jakres_desk.store.models import Base, ImportLog, Tombstone
from jakres_desk.store.stamps import now_stamp

T = TypeVar("T")


@dataclass(frozen=True)
class UndoStep:
    """The rows an operation changed, to be put back as they were."""

    rows: tuple[RowChange, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.rows)


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What an operation returned, what it changed and how to undo it."""

    value: T
    changes: Changes
    undo: UndoStep


class UndoRefused(JakresError):
    """A record an undo would restore was changed since; nothing was undone."""


def perform(f: JakresFile, service: Callable[..., T], /, *args: Any, **kwargs: Any) -> Outcome[T]:
    """Run a write service as an operation: its result, its changes and its undo."""
    with f.recording() as journal:
        value = service(f, *args, **kwargs)
    rows = journal.changes()
    return Outcome(value, changes_of(rows), UndoStep(rows))


# --- undo ---------------------------------------------------------------------------


def _version(row: Row | None) -> tuple[Any, ...] | None:
    """What identifies one state of a row: its stamp, or the whole row when it has none."""
    if row is None:
        return None
    if "modified_at" in row:
        return (row["modified_at"], row["device_id"])
    if "deleted_at" in row:
        return (row["deleted_at"], row["device_id"])
    return tuple(sorted(row.items()))


def _same_version(f: JakresFile, rc: RowChange, now: Row | None) -> bool:
    """Whether the row is as the operation left it, or as an undo/redo of ours put it back.

    An undo writes the old values with a new stamp (so they win at the next
    merge); `f.stands_for` remembers which version each such write restored.
    """
    version, wanted = _version(now), _version(rc.after)
    seen = set()
    while version != wanted and version is not None and version not in seen:
        seen.add(version)
        version = f.stands_for.get((rc.table, rc.id, version))
    return version == wanted


def _read(s: Session, table: str, record_id: str) -> Row | None:
    t = Base.metadata.tables[table]
    found = s.execute(select(t).where(t.c.id == record_id)).mappings().first()
    return None if found is None else dict(found)


def undo(
    f: JakresFile, step: UndoStep, *, describe: Callable[..., str] | None = None
) -> Outcome[None]:
    """Put back what an operation changed; refuse, writing nothing, if any of it changed since.

    The returned outcome's step is the redo (itself checked the same way). Rows are
    read and written a table at a time (in runs of the operation's own order), so
    undoing an import of thousands of rows costs a few statements, not thousands.
    """
    with f.recording() as journal:
        with f.write(preserve_stamps=True) as s:
            _refuse_if_changed(s, f, step.rows, describe)
            stamp = now_stamp()
            conn = s.connection()
            for table, run in _runs(step.rows):
                journal.note(conn, table, [rc.id for rc in run])
            for table, run in _runs(tuple(reversed(step.rows))):
                _put_back_run(s, journal, table, run, stamp, f.device_id)
            restored = [rc for rc in step.rows if rc.before is not None]
            for table, run in _runs(tuple(restored)):
                found = _read_many(s, table, [rc.id for rc in run])
                for rc in run:
                    written = _version(found.get(rc.id))
                    if written is not None and rc.before is not None:
                        f.stands_for[(rc.table, rc.id, written)] = _version(rc.before)
    rows = journal.changes()
    return Outcome(None, changes_of(rows), UndoStep(rows))


_CHUNK = 500  # ids in one IN (...) list: well under SQLite's 32,766 variables


def _chunks(ids: list[str]) -> list[list[str]]:
    return [ids[i : i + _CHUNK] for i in range(0, len(ids), _CHUNK)]


def _runs(rows: tuple[RowChange, ...]) -> list[tuple[str, list[RowChange]]]:
    """The rows in order, cut where the table (or add vs. change) changes."""
    out: list[tuple[str, list[RowChange]]] = []
    for rc in rows:
        if out and out[-1][0] == rc.table and (out[-1][1][0].before is None) == (rc.before is None):
            out[-1][1].append(rc)
        else:
            out.append((rc.table, [rc]))
    return out


def _read_many(s: Session, table: str, ids: list[str]) -> dict[str, Row]:
    t = Base.metadata.tables[table]
    out: dict[str, Row] = {}
    for chunk in _chunks(ids):
        for r in s.execute(select(t).where(t.c.id.in_(chunk))).mappings():
            out[r["id"]] = dict(r)
    return out


def _refuse_if_changed(
    s: Session, f: JakresFile, rows: tuple[RowChange, ...], describe: Callable[..., str] | None
) -> None:
    known = {(rc.table, rc.id) for rc in rows}
    now: dict[tuple[str, str], Row] = {}
    for table, run in _runs(rows):
        now.update(((table, i), r) for i, r in _read_many(s, table, [rc.id for rc in run]).items())
    added: dict[str, dict[str, RowChange]] = {}
    for rc in rows:
        row = now.get((rc.table, rc.id))
        if not _same_version(f, rc, row):
            raise _refusal(s, f, rc, row, describe)
        if rc.before is None and row is not None:
            added.setdefault(rc.table, {})[rc.id] = rc
    # Undoing an add deletes the row: refuse if that would take newer records with it.
    for table, by_id in added.items():
        for child, root in _cascade_children(s, table, list(by_id)):
            if child not in known:
                rc = by_id[root]
                raise _refusal(s, f, rc, now.get((rc.table, rc.id)), describe, child=child)


def _put_back_run(
    s: Session, journal: Journal, table: str, run: list[RowChange], stamp: str, device: str
) -> None:
    t = Base.metadata.tables[table]
    ids = [rc.id for rc in run]
    if run[0].before is None:
        for chunk in _chunks(ids):
            s.execute(delete(t).where(t.c.id.in_(chunk)))
        # An undone add is a deletion like any other: merges must hear of it.
        gone = [rc.id for rc in run if rc.after is not None and "modified_at" in rc.after]
        if gone:
            journal.note(s.connection(), "tombstone", gone)
            for chunk in _chunks(gone):
                s.execute(delete(Tombstone).where(Tombstone.id.in_(chunk)))
            s.execute(
                insert(Tombstone),
                [dict(id=i, entity=table, deleted_at=stamp, device_id=device) for i in gone],
            )
        return
    present = _read_many(s, table, ids)
    fresh: list[dict[str, Any]] = []
    for rc in run:
        values = dict(rc.before or {})
        if "modified_at" in values:
            # Restored values are a new edit: they must win over older copies at the next merge.
            values.update(modified_at=stamp, device_id=device)
        if rc.id in present:
            s.execute(update(t).where(t.c.id == rc.id).values(**values))
        else:
            fresh.append(values)
    if fresh:
        s.execute(insert(t), fresh)


def _cascade_children(s: Session, table: str, ids: list[str]) -> list[tuple[tuple[str, str], str]]:
    """Rows the database would delete with these, recursively: ((table, id), root id)."""
    out: list[tuple[tuple[str, str], str]] = []
    todo = [(Base.metadata.tables[table], {i: i for i in ids})]
    while todo:
        t, roots = todo.pop()
        for child, column in cascade_children(t):
            kids: dict[str, str] = {}
            for chunk in _chunks(list(roots)):
                query = select(child.c.id, child.c[column]).where(child.c[column].in_(chunk))
                for kid, parent in s.execute(query):
                    kids[kid] = roots[parent]
            if kids:
                out.extend(((child.name, k), r) for k, r in kids.items())
                todo.append((child, kids))
    return out


# --- the refusal, in words ------------------------------------------------------------


def _clock(stamp: str | None) -> str:
    if not stamp:
        return ""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%H:%M")
    except ValueError:
        return ""


def _refusal(
    s: Session,
    f: JakresFile,
    rc: RowChange,
    now: Row | None,
    describe: Callable[..., str] | None,
    *,
    child: tuple[str, str] | None = None,
) -> UndoRefused:
    what = (describe or describe_record)(s, rc.table, rc.before or rc.after or {})
    if child is not None:
        return UndoRefused("undo_refused_children", what=what)
    stamp = None
    device = None
    if now is not None:
        stamp, device = now.get("modified_at"), now.get("device_id")
    else:
        tomb = _read(s, "tombstone", rc.id)
        if tomb is not None:
            stamp, device = tomb["deleted_at"], tomb["device_id"]
    at = _clock(stamp)
    if device is not None and device != f.device_id:
        source = s.scalar(
            select(ImportLog.source_name)
            .where(ImportLog.device_id == device, ImportLog.status == "merged")
            .order_by(ImportLog.imported_at.desc())
            .limit(1)
        )
        if source is not None:
            when = s.scalar(
                select(ImportLog.imported_at)
                .where(ImportLog.device_id == device, ImportLog.status == "merged")
                .order_by(ImportLog.imported_at.desc())
                .limit(1)
            )
            return UndoRefused("undo_refused_merge", what=what, source=source, at=_clock(when))
        return UndoRefused("undo_refused_device", what=what, at=at)
    return UndoRefused("undo_refused_elsewhere", what=what, at=at)


_FIELD_WORDS: Mapping[str, tuple[str, str]] = {
    "workshop": ("data lokakarya", "the workshop's details"),
    "focus_area": ("area fokus", "focus area"),
    "breakout_group": ("kelompok", "group"),
    "participant": ("peserta", "participant"),
    "element": ("elemen", "element"),
    "target": ("target", "target"),
    "criterion": ("kriteria", "criterion"),
    "program": ("program", "program"),
    "candidate": ("kandidat program", "candidate program"),
    "dot_vote": ("suara titik", "dot vote"),
    "score": ("nilai", "score"),
    "decision": ("keputusan prioritas", "priority decision"),
    "category_set": ("set kategori", "category set"),
    "category": ("kategori", "category"),
    "program_category": ("kategori program", "program's category"),
    "program_link": ("tautan duplikat", "duplicate link"),
}


def describe_record(s: Session, table: str, row: Row) -> str:
    """A record named as a person would: «Kelompok 1's notes», «participant Budi»."""
    from jakres_desk.base.i18n import current_language

    lang = 0 if current_language() == "id" else 1
    kind = _FIELD_WORDS.get(table, (table, table))[lang]
    name = ""
    for key in ("name", "title", "statement", "custom_title", "title_id", "name_id", "label_id"):
        if row.get(key):
            name = str(row[key])
            break
    if table == "breakout_group" and name:
        return f"catatan {name}" if lang == 0 else f"{name}'s notes"
    if not name and row.get("candidate_id"):
        name = _candidate_title(s, str(row["candidate_id"]))
    if len(name) > 60:
        name = name[:57] + "…"
    return f"{kind} «{name}»" if name else kind


def _candidate_title(s: Session, candidate_id: str) -> str:
    from jakres_desk.store.models import Candidate, Program

    title = s.scalar(
        select(Program.title)
        .join(Candidate, Candidate.program_id == Program.id)
        .where(Candidate.id == candidate_id)
    )
    return title or ""
