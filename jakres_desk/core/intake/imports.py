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
from jakres_desk.core.intake.findings import ImportRejected, ImportReport
from jakres_desk.core.services.common import TEXT_MAX
from jakres_desk.core.services.common import workshop as the_workshop
from jakres_desk.store.db import JakresFile
from jakres_desk.store.models import (
    FocusArea,
    Group,
    Participant,
    Program,
    ProgramFocusArea,
    StakeholderKind,
)
from jakres_desk.store.stamps import new_id

Key = tuple[str, str]
FLUSH_BATCH = 200


PARTICIPANT_COLUMNS = (
    Column(
        "name",
        (
            "name",
            "nama",
            "nama peserta",
            "nama lengkap",
            "full name",
            "participant",
            "participant name",
            "peserta",
        ),
        required=True,
    ),
    Column(
        "organisation",
        (
            "organisation",
            "organization",
            "organisasi",
            "instansi",
            "lembaga",
            "asal instansi",
            "asal lembaga",
            "asal organisasi",
            "institution",
            "affiliation",
            "afiliasi",
        ),
    ),
    Column(
        "stakeholder_kind",
        (
            "stakeholder kind",
            "kind",
            "stakeholder",
            "jenis",
            "jenis pemangku kepentingan",
            "pemangku kepentingan",
            "unsur",
            "kategori",
            "category",
            "stakeholder type",
        ),
    ),
    Column("group", ("group", "kelompok", "focus area", "fokus utama", "fokus", "breakout group")),
    Column("role", ("role", "jabatan", "peran", "position", "posisi")),
)

PROGRAM_COLUMNS = (
    Column(
        "title",
        (
            "title",
            "judul",
            "nama program",
            "program",
            "judul program",
            "program name",
            "program title",
        ),
        required=True,
    ),
    Column(
        "agency",
        (
            "agency",
            "owning agency",
            "instansi",
            "instansi pemilik",
            "opd",
            "pelaksana",
            "penanggung jawab",
            "skpd",
            "instansi pelaksana",
            "lead agency",
            "responsible agency",
        ),
    ),
    Column(
        "description",
        ("description", "deskripsi", "keterangan", "uraian", "uraian program", "deskripsi program"),
    ),
    Column("focus_areas", ("focus areas", "focus area", "fokus utama", "fokus", "focus")),
)
# Columns of jakres-desk's own spreadsheet export (report/sheet_columns.py) that an
# import leaves out, listed as ignored: the app derives them (presence, dots, origin,
# identity), so re-importing an export into another workshop works unmapped.
PARTICIPANT_EXPORT_ONLY = (
    "Hadir",
    "Present",
    "Datang langsung",
    "Walk-in",
    "Titik diberikan",
    "Dots given",
    "UUID",
)
PROGRAM_EXPORT_ONLY = (
    "Asal",
    "Origin",
    "Ditambahkan oleh",
    "Added by",
    "Kandidat di",
    "Candidate in",
    "Prioritas di",
    "Priority in",
    "UUID",
)
_GROUP_NUMBER = re.compile(
    r"^(?:(?:fokus utama|fokus|focus area|focus|kelompok|kel|group|grup|breakout group)"
    r"(?: no| nomor| number| ke)? )?(\d+)$"
)
_FOCUS_SPLIT = re.compile(r"[,;/\s]+")


# --- one import, whatever its records -----------------------------------------------


@dataclass(frozen=True)
class Draft:
    """A checked row: its duplicate key, how to name it, and how to make its records."""

    key: Key
    what: str
    make: Callable[[], list[Any]]  # only called for rows that are imported


@dataclass
class Builder:
    """How an import turns rows into records, and the keys already in the file."""

    existing: set[Key]
    build: Callable[[Row], Draft]


@dataclass
class Outcome:
    """The rows of a sheet sorted into records to add, duplicates and errors."""

    records: list[Any] = field(default_factory=list)
    imported: int = 0
    duplicates: list[tuple[int, str]] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


def _run(
    f: JakresFile,
    src: Path,
    fields: tuple[tuple[Column, ...], tuple[str, ...]],
    skip_invalid: bool,
    prepare: Callable[[Session], Builder],
    mapping: Mapping[str, str] | None,
) -> ImportReport:
    sheet = open_sheet(Path(src), fields[0], mapping, left_out=fields[1])
    with f.write() as s:
        outcome = _sort_rows(sheet, prepare(s))
        report = _report(sheet, outcome, skip_invalid)
        if outcome.errors and not skip_invalid:
            raise ImportRejected(report)
        _add_in_batches(s, outcome.records)
    return report


def _add_in_batches(s: Session, records: list[Any]) -> None:
    # The stamping hook looks each new record up in `session.new`, which costs
    # as much as the records pending: flushing in batches keeps 10,000 rows quick,
    # and the batches still commit (or roll back) as one transaction.
    for start in range(0, len(records), FLUSH_BATCH):
        s.add_all(records[start : start + FLUSH_BATCH])
        s.flush()


def _sort_rows(sheet: Sheet, builder: Builder) -> Outcome:
    out = Outcome()
    first_seen: dict[Key, int] = {}
    for line, cells in sheet.rows:
        row = Row(sheet, line, cells)
        row.check()
        draft = None if row.errors else builder.build(row)
        if draft is None or row.errors:
            out.errors.extend(row.errors)
        elif draft.key in builder.existing:
            out.duplicates.append((line, say("import_duplicate_existing", what=draft.what)))
        elif draft.key in first_seen:
            out.duplicates.append(
                (line, say("import_duplicate_in_file", what=draft.what, line=first_seen[draft.key]))
            )
        else:
            first_seen[draft.key] = line
            out.records.extend(draft.make())
            out.imported += 1
    return out


def _report(sheet: Sheet, out: Outcome, skip_invalid: bool) -> ImportReport:
    imported = out.imported if skip_invalid or not out.errors else 0
    return ImportReport(
        sheet.table.source,
        sheet.table.encoding,
        imported,
        tuple(out.duplicates),
        tuple(out.errors),
        sheet.ignored,
        sheet.notes,
    )


def _what(title: str, owner: str) -> str:
    return f"{title} ({owner})" if owner else title


# --- participants -----------------------------------------------------------------


def import_participants(
    f: JakresFile,
    src: Path,
    *,
    skip_invalid: bool = False,
    columns: Mapping[str, str] | None = None,
) -> ImportReport:
    """Add the participants listed in a CSV or XLSX sheet (see docs/import-formats.md).

    `columns` maps a header as written in the file to a field (its name or any
    header accepted for it), or to "-" to leave that column out.
    """
    fields = (PARTICIPANT_COLUMNS, PARTICIPANT_EXPORT_ONLY)
    return _run(f, src, fields, skip_invalid, _participant_builder, columns)


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

        def make() -> list[Any]:
            return [
                Participant(
                    id=new_id(),
                    workshop_id=workshop_id,
                    name=name,
                    organisation=organisation,
                    role=role,
                    stakeholder_kind=kind,
                    group_id=group_id,
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
) -> ImportReport:
    """Add the existing programs listed in a CSV or XLSX sheet to the catalogue.

    `columns` maps headers to fields as for import_participants.
    """
    fields = (PROGRAM_COLUMNS, PROGRAM_EXPORT_ONLY)
    return _run(f, src, fields, skip_invalid, _program_builder, columns)


def _program_builder(s: Session) -> Builder:
    workshop_id = the_workshop(s).id
    areas = {fa.number: fa.id for fa in s.scalars(select(FocusArea))}
    known = ", ".join(str(n) for n in sorted(areas))
    existing = {(norm(t), norm(a)) for t, a in s.execute(select(Program.title, Program.agency))}

    def build(row: Row) -> Draft:
        title = row.text("title", required=True)
        agency = row.text("agency")
        description = row.text("description", limit=TEXT_MAX, one_line=False)
        numbers = _focus_numbers(row, areas, known)

        def make() -> list[Any]:
            p = Program(
                id=new_id(),
                workshop_id=workshop_id,
                title=title,
                agency=agency,
                description=description,
                origin="catalogue",
            )
            return [
                p,
                *(
                    ProgramFocusArea(id=new_id(), program_id=p.id, focus_area_id=areas[n])
                    for n in numbers
                ),
            ]

        return Draft((norm(title), norm(agency)), _what(title, agency), make)

    return Builder(existing, build)


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
