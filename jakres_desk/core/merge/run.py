"""Consolidation: bring the groups' files back into the master workshop file.

Each file is copied and checked first (store/untrusted.py), then merged in one
transaction on the master with the checked copy attached read-only: a refusal
or a failure at any point leaves the master byte for byte as it was. What each
file brought is written to the master's import log in the same transaction.
The rules are in docs/merge.md.
"""

from __future__ import annotations

import errno
import logging
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import fields, replace
from pathlib import Path
from typing import TYPE_CHECKING

from jakres_desk.base.errors import FileProblem, JakresError, NotFound, ValidationError
from jakres_desk.base.i18n import current_language
from jakres_desk.base.messages import MESSAGES
from jakres_desk.core.merge.deletes import apply_tombstones, copy_tombstones
from jakres_desk.core.merge.job import Job, Tally, q
from jakres_desk.core.merge.log import ImportLine, write_line
from jakres_desk.core.merge.lookalikes import merge_notes
from jakres_desk.core.merge.plan import merged_tables, plans
from jakres_desk.core.merge.sql import merge_reference, merge_table, start
from jakres_desk.core.rules.values import BadValue, Refusal
from jakres_desk.store.attach import attached_write
from jakres_desk.store.plain import reading
from jakres_desk.store.probe import same_file
from jakres_desk.store.stamps import new_id, now_stamp
from jakres_desk.store.untrusted import NOT_UTF8, Incoming, received

if TYPE_CHECKING:
    from jakres_desk.core.records import GroupRecord

    # A JakresFile (the Consolidate window) or a PlainFile (the command line, no ORM).
    from jakres_desk.store.plain import Master

TOUCHED = tuple(p.name for p in plans()) + ("tombstone", "import_log")
# Asked which master group a file of another workshop becomes (None: refuse it).
ChooseGroup = Callable[[FileProblem], str | None]

log = logging.getLogger(__name__)


def merge_files(
    f: Master, sources: Iterable[Path], *, adopt_group_id: str | None = None
) -> list[ImportLine]:
    """Merge each file in its own transaction; a refused file is reported, not raised."""
    check_master(f)
    lines = []
    for source in sources:
        try:
            lines.append(merge_file(f, Path(source), adopt_group_id=adopt_group_id))
        except JakresError as exc:
            lines.append(refused_line(Path(source), exc))
    return lines


def merge_file(
    f: Master,
    source: Path,
    *,
    adopt_group_id: str | None = None,
    choose_group: ChooseGroup | None = None,
) -> ImportLine:
    """Check one group file and merge it into the master; a refusal raises and changes nothing.

    `adopt_group_id` names the master group an ad-hoc session (a file of another
    workshop) becomes; the user confirms it. Or `choose_group` is asked, with the
    checked copy still held, once the file turns out to be of another workshop: the
    group it answers, or None to refuse the file (the FileProblem it was given).
    """
    source = Path(source)
    try:
        line = _merge_checked(f, source, adopt_group_id, choose_group)
    except JakresError as exc:
        log.warning("refused %s for %s: %s", source, f.path, exc.message())
        raise
    log.info(
        "merged %s (sha256 %s) into %s as %s: %s, added %d, replaced %d, deleted %d,"
        " refused %d records, %d conflicts",
        source, line.source_sha256, f.path, line.group_name or "the workshop", line.status,
        line.added, line.replaced, line.deleted, line.refused, len(line.conflicts),
    )  # fmt: skip
    return line


def _merge_checked(
    f: Master, source: Path, adopt_group_id: str | None, choose_group: ChooseGroup | None
) -> ImportLine:
    check_master(f, source)
    workshop_id = _workshop_id(f)
    with received(source) as inc:  # copied and checked once, whoever adopts it
        adopt = _adoption(f, inc, workshop_id, adopt_group_id, choose_group)
        try:
            with attached_write(f, inc.copy, TOUCHED) as con:
                line = _merge(con, inc, workshop_id, adopt)
                line = _with_people_notes(con, line)
                write_line(con, line)
        except sqlite3.Error as exc:
            raise _failed(f, source, exc) from None
        except UnicodeDecodeError:
            raise FileProblem("file_damaged", where=str(source), detail=NOT_UTF8) from None
        except BadValue as exc:
            raise _bad_value(source, exc.refusal) from None
    return line


def _with_people_notes(con: sqlite3.Connection, line: ImportLine) -> ImportLine:
    """The line with a note per walk-in the file brought who is on another group's roster."""
    notes = merge_notes(con, line.group_id)
    if not notes:
        return line
    return replace(line, message="; ".join(n for n in (line.message, *notes) if n))


def _bad_value(source: Path, found: Refusal) -> FileProblem:
    """One line naming the table, column and row of a value no service would have written."""
    return FileProblem(
        "merge_bad_value",
        where=str(source),
        table=found.table,
        column=found.column,
        row=found.row,
        value=found.value,
        expect=found.expect,
    )


def check_master(f: Master, source: Path | None = None) -> None:
    """Only a workshop file is a master; a file is never merged into itself."""
    with reading(f) as con:
        scope = con.execute("SELECT value FROM meta WHERE key = 'scope'").fetchone()
    if (scope[0] if scope else "workshop") != "workshop":
        raise ValidationError("merge_into_kit", where=str(f.path))
    if source is not None and same_file(source, Path(f.path)):
        raise FileProblem("merge_same_file", where=str(source))


def _workshop_id(f: Master) -> str:
    """The id of the master's one workshop."""
    with reading(f) as con:
        row = con.execute("SELECT id FROM workshop LIMIT 1").fetchone()
    if row is None:
        raise NotFound("no_workshop")
    return str(row[0])


def _group(f: Master, group_id: str) -> GroupRecord | None:
    """One group of the master as a plain record, or None."""
    from jakres_desk.core.records import GroupRecord  # only to adopt a session

    names = [fl.name for fl in fields(GroupRecord)]
    with reading(f) as con:
        row = con.execute(
            f"SELECT {', '.join(names)} FROM breakout_group WHERE id = ?", (group_id,)
        ).fetchone()
    if row is None:
        return None
    values = dict(zip(names, row, strict=True))
    values["criteria_locked"] = bool(values["criteria_locked"])
    return GroupRecord(**values)


def refused_line(source: Path, exc: JakresError) -> ImportLine:
    """The line shown for a refused file (not stored: the master stays as it was)."""
    return ImportLine(
        id=new_id(),
        imported_at=now_stamp(),
        source_name=source.name,
        source_sha256="",
        group_id=None,
        group_name="",
        device_id="",
        captured_at="",
        status="refused",
        message=exc.message(),
    )


def _adoption(
    f: Master,
    inc: Incoming,
    workshop_id: str,
    adopt_group_id: str | None,
    choose_group: ChooseGroup | None = None,
) -> GroupRecord | None:
    if inc.workshop_id == workshop_id:
        if adopt_group_id is not None:
            raise ValidationError("adopt_not_needed", where=str(inc.source))
        return None
    if adopt_group_id is None:
        other = FileProblem(
            "merge_other_workshop",
            where=str(inc.source),
            title=inc.workshop_title,
            date=inc.workshop_date,
        )
        adopt_group_id = choose_group(other) if choose_group is not None else None
        if adopt_group_id is None:
            raise other
    group = _group(f, adopt_group_id)
    if group is None:
        raise ValidationError("adopt_unknown_group", where=str(inc.source), id=adopt_group_id)
    return group


def _job(
    con: sqlite3.Connection, inc: Incoming, workshop_id: str, adopt: GroupRecord | None
) -> Job:
    if adopt is not None:
        from jakres_desk.core.merge.adopt import adoption_job  # rare: only to adopt a session

        return adoption_job(con, inc, adopt, workshop_id)
    if inc.scope == "group":
        group = inc.meta["group_id"]
        base = inc.meta.get("kit_written_at") or None
        return Job(group_scope=True, src_group=group, master_group=group, base=base)
    return Job(group_scope=False)


def _merge(
    con: sqlite3.Connection, inc: Incoming, workshop_id: str, adopt: GroupRecord | None
) -> ImportLine:
    start(con)
    job = _job(con, inc, workshop_id, adopt)
    tables = merged_tables(group_scope=job.group_scope)
    tally = Tally()
    copy_tombstones(con, [p.name for p in tables if not p.reference], job, tally)
    # Deletions first: a record deleted and made again under the same unique key
    # (a candidate removed, then added back) must not meet its deleted twin.
    apply_tombstones(con, tables, tally)
    for plan in tables:
        if plan.reference:
            merge_reference(con, plan, tally)
        else:
            merge_table(con, plan, job, tally)
    return _line(con, inc, job, tally, adopt)


def _captured(con: sqlite3.Connection) -> tuple[str, str]:
    """Time and device of the newest change in the copy (a record or a deletion)."""
    # A stamp and a device id sort together as one string (stamps have one fixed length).
    parts = [
        f"SELECT max(modified_at || ' ' || device_id) AS k FROM src.{q(p.name)}"
        for p in plans()
        if not p.reference
    ]
    parts.append("SELECT max(deleted_at || ' ' || device_id) FROM src.tombstone")
    row = con.execute(f"SELECT max(k) FROM ({' UNION ALL '.join(parts)})").fetchone()
    stamp, _, device = str(row[0] or "").partition(" ")
    return stamp, device


def _group_name(con: sqlite3.Connection, job: Job) -> str:
    for schema, gid in (("main", job.master_group), ("src", job.src_group)):
        row = con.execute(f"SELECT name FROM {schema}.breakout_group WHERE id = ?", (gid,))
        found = row.fetchone()
        if found:
            return str(found[0])
    return ""


def _notes(tally: Tally, inc: Incoming, adopt: GroupRecord | None) -> str:
    lang = current_language()
    notes = []
    if adopt is not None:
        notes.append(
            MESSAGES["merge_note_adopted"][lang].format(
                group=adopt.name, title=inc.workshop_title, date=inc.workshop_date
            )
        )
    for key, count in (
        ("merge_note_orphans", tally.orphans),
        ("merge_note_deleted", tally.tombstoned),
        ("merge_note_not_its_own", len(tally.refusals)),
    ):
        if count:
            notes.append(MESSAGES[key][lang].format(count=count))
    return "; ".join(notes)


def _line(
    con: sqlite3.Connection, inc: Incoming, job: Job, tally: Tally, adopt: GroupRecord | None
) -> ImportLine:
    captured, device = _captured(con)
    changed = tally.added + tally.replaced + tally.deleted
    return ImportLine(
        id=new_id(),
        imported_at=now_stamp(),
        source_name=inc.source.name,
        source_sha256=inc.sha256,
        group_id=job.master_group,
        group_name=_group_name(con, job) if job.group_scope else "",
        device_id=device,
        captured_at=captured,
        status="merged" if changed else "unchanged",
        added=tally.added,
        replaced=tally.replaced,
        kept=tally.kept,
        deleted=tally.deleted,
        refused=tally.orphans + tally.tombstoned + len(tally.refusals),
        conflicts=tuple(tally.conflicts),
        message=_notes(tally, inc, adopt),
        refusals=tuple(tally.refusals),
    )


def _failed(f: Master, source: Path, exc: sqlite3.Error) -> FileProblem:
    """A merge SQLite stopped: rolled back whole; a full disk gets its own message."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code == sqlite3.SQLITE_FULL or getattr(exc, "errno", None) == errno.ENOSPC:
        return FileProblem("disk_full", where=str(f.path))
    return FileProblem("merge_failed", where=str(source), detail=str(exc))
