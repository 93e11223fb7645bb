"""Importing participants and the catalogue of existing programs from CSV or XLSX.

Every row is checked first and every problem collected, with its line and
column (columns.py), so the secretariat can fix the sheet in one go. The
accepted rows are then written in one transaction: all of them, or (on any
failure) none. Duplicates (in the sheet, or already in the workshop) are listed,
not imported. What happened is an ImportReport (findings.py).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jakres_desk.base.i18n import pick
from jakres_desk.core.intake.columns import (
    Column,
    Row,
    RowError,
    Sheet,
    header_key,
    norm,
    open_sheet,
    say,
)
from jakres_desk.core.intake.fields import (
    PARTICIPANT_COLUMNS,
    PARTICIPANT_EXPORT_ONLY,
    PROGRAM_COLUMNS,
    PROGRAM_EXPORT_ONLY,
)
from jakres_desk.core.intake.findings import ImportRejected, ImportReport
from jakres_desk.core.services.common import TEXT_MAX
from jakres_desk.core.services.common import workshop as the_workshop
from jakres_desk.store.bulk import insert_new
from jakres_desk.store.db import JakresFile
from jakres_desk.store.models import (
    Base,
    FocusArea,
    Group,
    Participant,
    Program,
    ProgramFocusArea,
    StakeholderKind,
)
from jakres_desk.store.stamps import new_id

Key = tuple[str, str]
NewRow = tuple[type[Base], dict[str, Any]]  # a record to insert: its model and its values
INSERT_BATCH = 5000  # rows in one executemany


_GROUP_NUMBER = re.compile(
    r"^(?:(?:fokus utama|fokus|focus area|focus|kelompok|kel|group|grup|breakout group)"
    r"(?: no| nomor| number| ke)? )?(\d+)$"
)
_FOCUS_SPLIT = re.compile(r"[,;/\s]+")


# --- one import, whatever its records -----------------------------------------------


@dataclass(frozen=True)
class Draft:
    """A checked row: its duplicate key, how to name it, and how to make its records.

    `update` is given for a row that may match a record already in the file:
    called with False it says whether the row would change that record, with
    True it changes it (in the write transaction) and says whether it did.
    """

    key: Key
    what: str
    make: Callable[[], list[NewRow]]  # only called for rows that are imported
    update: Callable[[bool], bool] | None = None


@dataclass
class Builder:
    """How an import turns rows into records, and the keys already in the file."""

    existing: set[Key]
    build: Callable[[Row], Draft]


@dataclass
class Outcome:
    """The rows of a sheet sorted into records to add, duplicates and errors."""

    records: list[NewRow] = field(default_factory=list)
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: list[tuple[int, str]] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


@dataclass(frozen=True)
class Kind:
    """One kind of import: its fields, the export columns it leaves out, its row builder."""

    columns: tuple[Column, ...]
    left_out: tuple[str, ...]
    prepare: Callable[[Session], Builder]


def _run(
    f: JakresFile,
    src: Path,
    kind: Kind,
    skip_invalid: bool,
    mapping: Mapping[str, str] | None,
    header_line: int | None = None,
) -> ImportReport:
    sheet = open_sheet(
        Path(src), kind.columns, mapping, left_out=kind.left_out, header_line=header_line
    )
    # Read and sort every row before taking the write lock (a vote in another window
    # must not wait on the parsing of a big sheet); inside the lock only the keys are
    # read again. If the file gained records meanwhile, the rows are sorted again there.
    with f.read() as s:
        early = kind.prepare(s)
        outcome = _sort_rows(sheet, early, write=False)
    report = _report(sheet, outcome, skip_invalid)
    if outcome.errors and not skip_invalid:
        raise ImportRejected(report)
    with f.write() as s:
        now = kind.prepare(s)
        if now.existing != early.existing or outcome.updated or outcome.unchanged:
            # Changed meanwhile, or updates in place to make: sort in the transaction.
            outcome = _sort_rows(sheet, now, write=True)
            report = _report(sheet, outcome, skip_invalid)
            if outcome.errors and not skip_invalid:
                raise ImportRejected(report)  # the updates made so far roll back with the rest
        _add_in_batches(s, outcome.records)
    return report


def _add_in_batches(s: Session, records: list[NewRow]) -> None:
    # Plain rows, one executemany per table (store.bulk): building and flushing
    # 150,000 ORM objects held the write lock for minutes, so a vote in another
    # window gave up. Parents go first; the whole import is still one transaction.
    by_model: dict[type[Base], list[dict[str, Any]]] = {}
    for model, values in records:
        by_model.setdefault(model, []).append(values)
    for model, rows in by_model.items():
        for start in range(0, len(rows), INSERT_BATCH):
            insert_new(s, model, rows[start : start + INSERT_BATCH])


def _sort_rows(sheet: Sheet, builder: Builder, *, write: bool) -> Outcome:
    out = Outcome()
    first_seen: dict[Key, int] = {}
    for line, cells in sheet.rows:
        row = Row(sheet, line, cells)
        row.check()
        draft = None if row.errors else builder.build(row)
        if draft is None or row.errors:
            out.errors.extend(row.errors)
        elif draft.key in first_seen:
            out.duplicates.append(
                (line, say("import_duplicate_in_file", what=draft.what, line=first_seen[draft.key]))
            )
        elif draft.update is not None and draft.key in builder.existing:
            first_seen[draft.key] = line
            if draft.update(write):
                out.updated += 1
            else:
                out.unchanged += 1
        elif draft.key in builder.existing:
            out.duplicates.append((line, say("import_duplicate_existing", what=draft.what)))
        else:
            first_seen[draft.key] = line
            out.records.extend(draft.make())
            out.imported += 1
    return out


def _report(sheet: Sheet, out: Outcome, skip_invalid: bool) -> ImportReport:
    written = skip_invalid or not out.errors
    return ImportReport(
        sheet.table.source,
        sheet.table.encoding,
        out.imported if written else 0,
        tuple(out.duplicates),
        tuple(out.errors),
        sheet.ignored,
        sheet.notes,
        out.updated if written else 0,
        out.unchanged if written else 0,
    )


def _what(title: str, owner: str) -> str:
    return f"{title} ({owner})" if owner else title


# --- the preview: what an import would do, before anything is written --------------

# --- participants -----------------------------------------------------------------


def import_participants(
    f: JakresFile,
    src: Path,
    *,
    skip_invalid: bool = False,
    columns: Mapping[str, str] | None = None,
    header_line: int | None = None,
) -> ImportReport:
    """Add the participants listed in a CSV or XLSX sheet (see docs/import-formats.md).

    `columns` maps a header as written in the file to a field (its name or any
    header accepted for it), or to "-" to leave that column out.
    """
    return _run(f, src, PARTICIPANTS, skip_invalid, columns, header_line)


def _participant_builder(s: Session) -> Builder:
    workshop_id = the_workshop(s).id
    kinds, kind_labels = _kind_lookup(s)
    groups, group_names = _group_lookup(s)
    existing = {
        (norm(n), norm(o)) for n, o in s.execute(select(Participant.name, Participant.organisation))
    }

    def build(row: Row) -> Draft:
        name, organisation = row.text("name", required=True), row.text("organisation")
        role = row.text("role")
        kind = _match_kind(row, kinds, kind_labels)
        group_id = _match_group(row, groups, group_names)

        def make() -> list[NewRow]:
            return [
                (
                    Participant,
                    dict(
                        id=new_id(),
                        workshop_id=workshop_id,
                        name=name,
                        organisation=organisation,
                        role=role,
                        stakeholder_kind=kind,
                        group_id=group_id,
                    ),
                )
            ]

        return Draft((norm(name), norm(organisation)), _what(name, organisation), make)

    return Builder(existing, build)


def _kind_lookup(s: Session) -> tuple[dict[str, str], str]:
    """Every way of writing a stakeholder kind -> its code; the labels to suggest."""
    lookup: dict[str, str] = {}
    labels = []
    for k in s.scalars(select(StakeholderKind).order_by(StakeholderKind.position)):
        names = [k.code, k.code.replace("_", " "), k.label_id, k.label_en, *json.loads(k.aliases)]
        for name in names:
            lookup.setdefault(norm(name), k.code)
        labels.append(pick({"id": k.label_id, "en": k.label_en}))
    return lookup, ", ".join(labels)


def _match_kind(row: Row, kinds: dict[str, str], known: str) -> str | None:
    value = norm(row.raw("stakeholder_kind"))
    if not value:
        return None
    if value not in kinds:
        row.fail("stakeholder_kind", "unknown_kind", value=row.raw("stakeholder_kind"), known=known)
    return kinds.get(value)


def _group_lookup(s: Session) -> tuple[dict[str, str], str]:
    """Group names, focus-area numbers and focus-area titles -> group id; the names."""
    numbers = {fa.id: fa for fa in s.scalars(select(FocusArea))}
    lookup: dict[str, str] = {}
    groups = list(s.scalars(select(Group).order_by(Group.position, Group.name)))
    for g in groups:
        lookup.setdefault(norm(g.name), g.id)
    for g in groups:  # a name always wins over a number or a title
        fa = numbers.get(g.focus_area_id or "")
        if fa is not None:
            for alias in (str(fa.number), fa.short_id, fa.short_en, fa.title_id, fa.title_en):
                if alias:
                    lookup.setdefault(norm(alias), g.id)
    return lookup, ", ".join(g.name for g in groups)


def _match_group(row: Row, groups: dict[str, str], known: str) -> str | None:
    value = norm(row.raw("group"))
    if not value:
        return None
    found = groups.get(value)
    if found is None:
        number = _GROUP_NUMBER.match(header_key(value))
        found = groups.get(number.group(1).lstrip("0") or "0") if number else None
    if found is None:
        row.fail("group", "import_unknown_group", value=row.raw("group"), known=known)
    return found


# --- programs -----------------------------------------------------------------------


def import_programs(
    f: JakresFile,
    src: Path,
    *,
    skip_invalid: bool = False,
    columns: Mapping[str, str] | None = None,
    header_line: int | None = None,
) -> ImportReport:
    """Add the existing programs listed in a CSV or XLSX sheet to the catalogue.

    A program already in the catalogue (the same title and agency, case and
    spaces ignored) is updated in place from its row, not added twice: its
    title and agency as the sheet writes them, and its description and focus
    areas where the row gives them (an empty cell keeps what is there).

    `columns` maps headers to fields as for import_participants.
    """
    return _run(f, src, PROGRAMS, skip_invalid, columns, header_line)


def _program_builder(s: Session) -> Builder:
    workshop_id = the_workshop(s).id
    areas = {fa.number: fa.id for fa in s.scalars(select(FocusArea))}
    known = ", ".join(str(n) for n in sorted(areas))
    catalogue = _Catalogue(s)

    def build(row: Row) -> Draft:
        title = row.text("title", required=True)
        agency = row.text("agency")
        description = row.text("description", limit=TEXT_MAX, one_line=False)
        numbers = _focus_numbers(row, areas, known)
        given = ("description" in row.sheet.index, "focus_areas" in row.sheet.index)

        def make() -> list[NewRow]:
            program_id = new_id()
            program = dict(
                id=program_id,
                workshop_id=workshop_id,
                title=title,
                agency=agency,
                description=description,
                origin="catalogue",
            )
            return [
                (Program, program),
                *(
                    (
                        ProgramFocusArea,
                        dict(id=new_id(), program_id=program_id, focus_area_id=areas[n]),
                    )
                    for n in numbers
                ),
            ]

        key = catalogue.key_of(title, agency)

        def update(write: bool) -> bool:
            wanted = _Wanted(title, agency, description, [areas[n] for n in numbers], given)
            return catalogue.update(s, catalogue.by_key[key], wanted, write)

        return Draft(key, _what(title, agency), make, update)

    return Builder(catalogue.keys, build)


@dataclass(frozen=True)
class _Wanted:
    """A program as an updated list has it; empty cells keep what the catalogue holds."""

    title: str
    agency: str
    description: str
    focus_ids: list[str]
    given: tuple[bool, bool]  # the sheet has a description column, a focus-area column


class _Catalogue:
    """The programs already in the file, matched by title and agency (case and spaces
    ignored); a program listed without an agency matches a row giving one, if it is
    the only one of that title."""

    def __init__(self, s: Session) -> None:
        self.by_key: dict[Key, Program] = {}
        self.no_agency: dict[str, list[Program]] = {}
        for p in s.scalars(select(Program)):
            self.by_key.setdefault((norm(p.title), norm(p.agency)), p)
            if not norm(p.agency):
                self.no_agency.setdefault(norm(p.title), []).append(p)
        self.keys = set(self.by_key)
        self.links: dict[str, set[str]] = {}
        pairs = select(ProgramFocusArea.program_id, ProgramFocusArea.focus_area_id)
        for pid, fa in s.execute(pairs):
            self.links.setdefault(pid, set()).add(fa)

    def key_of(self, title: str, agency: str) -> Key:
        """The key a row matches: its own, or that of the one program without an agency."""
        key = (norm(title), norm(agency))
        lone = self.no_agency.get(norm(title), [])
        if key not in self.by_key and len(lone) == 1 and norm(agency):
            self.no_agency.pop(norm(title))  # one row claims it; a second is a new program
            return (norm(title), "")
        return key

    def update(self, s: Session, p: Program, w: _Wanted, write: bool) -> bool:
        """Bring the program to what the row says; whether anything changed."""
        changes: dict[str, str] = {}
        if p.title != w.title:
            changes["title"] = w.title
        if w.agency and p.agency != w.agency:
            changes["agency"] = w.agency
        if w.given[0] and w.description and p.description != w.description:
            changes["description"] = w.description
        links = self.links.get(p.id, set())
        relink = w.given[1] and bool(w.focus_ids) and set(w.focus_ids) != links
        if write:
            for name, value in changes.items():
                setattr(p, name, value)
            if relink:
                self._relink(s, p, w.focus_ids)
        return bool(changes) or relink

    def _relink(self, s: Session, p: Program, focus_ids: list[str]) -> None:
        old = self.links.get(p.id, set())
        for link in s.scalars(select(ProgramFocusArea).where(ProgramFocusArea.program_id == p.id)):
            if link.focus_area_id not in focus_ids:
                s.delete(link)
        for fa in focus_ids:
            if fa not in old:
                s.add(ProgramFocusArea(id=new_id(), program_id=p.id, focus_area_id=fa))
        self.links[p.id] = set(focus_ids)


def _focus_numbers(row: Row, areas: dict[int, str], known: str) -> list[int]:
    tokens = [t for t in _FOCUS_SPLIT.split(row.raw("focus_areas")) if t]
    not_numbers = [t for t in tokens if not t.isdecimal()]
    if not_numbers:
        row.fail("focus_areas", "import_bad_focus_area", value=", ".join(not_numbers))
        return []
    numbers = list(dict.fromkeys(int(t) for t in tokens))  # "1, 1" links once
    missing = [str(n) for n in numbers if n not in areas]
    if missing:
        row.fail("focus_areas", "import_unknown_focus_area", value=", ".join(missing), known=known)
        return []
    return numbers


PARTICIPANTS = Kind(PARTICIPANT_COLUMNS, PARTICIPANT_EXPORT_ONLY, _participant_builder)
PROGRAMS = Kind(PROGRAM_COLUMNS, PROGRAM_EXPORT_ONLY, _program_builder)
