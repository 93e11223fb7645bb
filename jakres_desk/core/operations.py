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

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, Generic, TypeVar

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from jakres_desk.base.errors import JakresError
from jakres_desk.store.db import Change, JakresFile
from jakres_desk.store.journal import Journal, Row, RowChange, cascade_children
from jakres_desk.store.models import Base, ImportLog, Tombstone
from jakres_desk.store.stamps import now_stamp

T = TypeVar("T")


class Topic(StrEnum):
    """What an edit can change, in the workshop's words."""

    WORKSHOP = "workshop"  # title, date, venue, description…
    RULES = "rules"  # dots per person, score scale, ranking method, priority rule
    FOCUS_AREAS = "focus areas"
    GROUPS = "groups"  # name, facilitator, room, order
    GROUP_NOTES = "group notes"  # the group's notes and its overall rationale
    CRITERIA_LOCK = "criteria lock"
    PARTICIPANTS = "participants"
    ELEMENTS = "elements"
    TARGETS = "targets"
    CRITERIA = "criteria"
    PROGRAMS = "programs"
    CANDIDATES = "candidates"
    VOTES = "votes"
    SCORES = "scores"
    DECISIONS = "decisions"
    CATEGORIES = "categories"
    LINKS = "links"
    IMPORT_LOG = "import log"
    FRAMEWORK = "framework"


ALL_TOPICS = frozenset(Topic)

# What a row of each table is about; columns listed under a table override it.
_TABLE_TOPICS: dict[str, Topic] = {
    "workshop": Topic.WORKSHOP,
    "focus_area": Topic.FOCUS_AREAS,
    "focus_area_goal": Topic.FOCUS_AREAS,
    "breakout_group": Topic.GROUPS,
    "participant": Topic.PARTICIPANTS,
    "element": Topic.ELEMENTS,
    "target": Topic.TARGETS,
    "criterion": Topic.CRITERIA,
    "program": Topic.PROGRAMS,
    "program_focus_area": Topic.PROGRAMS,
    "candidate": Topic.CANDIDATES,
    "dot_vote": Topic.VOTES,
    "score": Topic.SCORES,
    "decision": Topic.DECISIONS,
    "category_set": Topic.CATEGORIES,
    "category": Topic.CATEGORIES,
    "program_category": Topic.CATEGORIES,
    "program_link": Topic.LINKS,
    "import_log": Topic.IMPORT_LOG,
    "framework": Topic.FRAMEWORK,
    "dimension": Topic.FRAMEWORK,
    "goal": Topic.FRAMEWORK,
    "quality": Topic.FRAMEWORK,
    "stakeholder_kind": Topic.FRAMEWORK,
}
_COLUMN_TOPICS: dict[tuple[str, str], Topic] = {
    **{
        ("workshop", c): Topic.RULES
        for c in (
            "dots_per_participant",
            "max_dots_per_candidate",
            "score_min",
            "score_max",
            "ranking_method",
            "priority_rule",
            "top_n",
            "threshold",
        )
    },
    ("breakout_group", "notes"): Topic.GROUP_NOTES,
    ("breakout_group", "rationale"): Topic.GROUP_NOTES,
    ("breakout_group", "criteria_locked"): Topic.CRITERIA_LOCK,
}
_STAMPS = frozenset({"created_at", "modified_at", "device_id"})


@dataclass(frozen=True)
class Changes:
    """What an edit changed: topics, record ids, and who started it (None: nobody here)."""

    topics: frozenset[Topic]
    ids: frozenset[str] = frozenset()
    origin: object | None = None

    def touches(self, *topics: Topic) -> bool:
        """Whether the edit changed any of these topics."""
        return not self.topics.isdisjoint(topics)

    def by(self, origin: object | None) -> Changes:
        """The same changes, started by `origin`."""
        return Changes(self.topics, self.ids, origin)


EVERYTHING = Changes(ALL_TOPICS)
"""A file opened or a group switched: every view reloads."""


def _row_topics(rc: RowChange) -> set[Topic]:
    if rc.table == "tombstone":
        return set()
    if rc.before is None or rc.after is None:
        return {_TABLE_TOPICS.get(rc.table, Topic.WORKSHOP)}
    changed = {k for k in rc.after if rc.before.get(k) != rc.after.get(k)} - _STAMPS
    specific = {_COLUMN_TOPICS[(rc.table, c)] for c in changed if (rc.table, c) in _COLUMN_TOPICS}
    if changed - {c for (t, c) in _COLUMN_TOPICS if t == rc.table}:
        specific.add(_TABLE_TOPICS.get(rc.table, Topic.WORKSHOP))
    return specific


def changes_of(rows: Iterable[RowChange], origin: object | None = None) -> Changes:
    """The topics and ids of a set of changed rows."""
    topics: set[Topic] = set()
    ids: set[str] = set()
    for rc in rows:
        topics |= _row_topics(rc)
        ids.add(rc.id)
    return Changes(frozenset(topics), frozenset(ids), origin)


def changes_of_tables(change: Change, origin: object | None = None) -> Changes:
    """Topics of a write known only by its tables (a merge, a bulk import)."""
    topics = {_TABLE_TOPICS[t] for t in change.tables if t in _TABLE_TOPICS}
    topics |= {topic for (t, _c), topic in _COLUMN_TOPICS.items() if t in change.tables}
    return Changes(frozenset(topics), change.ids, origin)


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


def _read(s: Session, table: str, record_id: str) -> Row | None:
    t = Base.metadata.tables[table]
    found = s.execute(select(t).where(t.c.id == record_id)).mappings().first()
    return None if found is None else dict(found)


def _cascade_children(s: Session, table: str, record_id: str) -> list[tuple[str, str]]:
    """Rows the database would delete with this one, recursively."""

    out: list[tuple[str, str]] = []
    todo = [(Base.metadata.tables[table], [record_id])]
    while todo:
        t, ids = todo.pop()
        for child, column in cascade_children(t):
            kids = [k for (k,) in s.execute(select(child.c.id).where(child.c[column].in_(ids)))]
            if kids:
                out.extend((child.name, k) for k in kids)
                todo.append((child, kids))
    return out


def undo(
    f: JakresFile, step: UndoStep, *, describe: Callable[..., str] | None = None
) -> Outcome[None]:
    """Put back what an operation changed; refuse, writing nothing, if any of it changed since.

    The returned outcome's step is the redo (itself checked the same way).
    """
    with f.recording() as journal:
        with f.write(preserve_stamps=True) as s:
            _refuse_if_changed(s, f, step.rows, describe)
            stamp = now_stamp()
            conn = s.connection()
            for rc in step.rows:
                journal.note(conn, rc.table, [rc.id])
            for rc in reversed(step.rows):
                _put_back(s, journal, rc, stamp, f.device_id)
    rows = journal.changes()
    return Outcome(None, changes_of(rows), UndoStep(rows))


def _refuse_if_changed(
    s: Session, f: JakresFile, rows: tuple[RowChange, ...], describe: Callable[..., str] | None
) -> None:
    known = {(rc.table, rc.id) for rc in rows}
    for rc in rows:
        now = _read(s, rc.table, rc.id)
        if _version(now) != _version(rc.after):
            raise _refusal(s, f, rc, now, describe)
        if rc.before is None and now is not None:
            # Undoing an add deletes the row: refuse if that would take newer records with it.
            for child in _cascade_children(s, rc.table, rc.id):
                if child not in known:
                    raise _refusal(s, f, rc, now, describe, child=child)


def _put_back(s: Session, journal: Journal, rc: RowChange, stamp: str, device: str) -> None:
    t = Base.metadata.tables[rc.table]
    if rc.before is None:
        s.execute(delete(t).where(t.c.id == rc.id))
        if rc.after is not None and "modified_at" in rc.after:
            # An undone add is a deletion like any other: merges must hear of it.
            journal.note(s.connection(), "tombstone", [rc.id])
            s.execute(delete(Tombstone).where(Tombstone.id == rc.id))
            s.execute(
                insert(Tombstone),
                [dict(id=rc.id, entity=rc.table, deleted_at=stamp, device_id=device)],
            )
        return
    values = dict(rc.before)
    if "modified_at" in values:
        # Restored values are a new edit: they must win over older copies at the next merge.
        values.update(modified_at=stamp, device_id=device)
    if _read(s, rc.table, rc.id) is None:
        s.execute(insert(t), [values])
    else:
        s.execute(update(t).where(t.c.id == rc.id).values(**values))


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
