"""A workshop's results as spreadsheets: one XLSX workbook, or one CSV file per table.

Every sheet is one table with readable columns (names and titles, not ids) and the
record's uuid last, for tracing a row back to the file. Headers, sheet names and
words such as "konsensus" follow the chosen language. docs/spreadsheets.md
describes the sheets, their columns and the choices taken (typed cells, formula
injection, CSV dialect, determinism).
"""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jakres_desk.core.errors import ValidationError
from jakres_desk.core.i18n import LANGUAGES, current_language
from jakres_desk.core.ranking import Ranked, RulesError, rank
from jakres_desk.core.services.common import workshop as the_workshop
from jakres_desk.core.services.summary import _counts as group_counts
from jakres_desk.core.services.votes import _tallies, _weights
from jakres_desk.core.services.workshops import rules_of
from jakres_desk.report.xlsx import (
    BOOL,
    DATE,
    FLOAT,
    ID,
    INT,
    SCORE,
    TEXT,
    Row,
    Sheet,
    Value,
    is_formula_like,
    write_workbook,
)
from jakres_desk.store.atomic import write_atomic as _write_atomic
from jakres_desk.store.db import JakresFile
from jakres_desk.store.models import (
    Candidate,
    Criterion,
    Decision,
    Dimension,
    DotVote,
    Element,
    FocusArea,
    Goal,
    Group,
    Participant,
    Program,
    ProgramFocusArea,
    Score,
    StakeholderKind,
    Target,
    Workshop,
)

SUFFIXES = (".xlsx", ".csv")


# --- the sheets and their columns --------------------------------------------------


@dataclass(frozen=True)
class Column:
    """A column: its header in Indonesian and in English, and the type of its cells."""

    id: str
    en: str
    kind: str = TEXT


def _cols(*spec: tuple[str, str] | tuple[str, str, str]) -> tuple[Column, ...]:
    return tuple(Column(*s) for s in spec)


_GROUP = ("Kelompok", "Group")
_UUID = ("UUID", "UUID", ID)

# key -> (sheet name id/en, columns); in the order of the workbook.
SHEETS: dict[str, tuple[tuple[str, str], tuple[Column, ...]]] = {
    "workshop": (
        ("Lokakarya", "Workshop"),
        # Named so that importing this workbook as programs or participants (whose
        # first sheet this is) is refused, not read as one program called like the workshop.
        _cols(
            ("Judul lokakarya", "Workshop title"),
            ("Tanggal", "Date", DATE),
            ("Tempat", "Venue"),
            ("Penyelenggara", "Organiser"),
            ("Data ilustrasi", "Illustrative data", BOOL),
            ("Preset", "Preset"),
            ("Titik per peserta", "Dots per participant", INT),
            ("Titik maks. per kandidat", "Max dots per candidate", INT),
            ("Nilai terendah", "Lowest score", INT),
            ("Nilai tertinggi", "Highest score", INT),
            ("Metode peringkat", "Ranking method"),
            ("Aturan prioritas", "Priority rule"),
            ("N teratas", "Top N", INT),
            ("Ambang batas", "Threshold", FLOAT),
            ("Jumlah kelompok", "Groups", INT),
            ("Jumlah peserta", "Participants", INT),
            ("Jumlah program", "Programs", INT),
            ("Jumlah program prioritas", "Priority programs", INT),
            ("Keterangan lokakarya", "About the workshop"),
            _UUID,
        ),
    ),
    "groups": (
        ("Kelompok", "Groups"),
        _cols(
            _GROUP,
            ("No. fokus utama", "Focus area no.", INT),
            ("Fokus utama", "Focus area"),
            ("Fasilitator", "Facilitator"),
            ("Ruangan", "Room"),
            ("Kriteria dikunci", "Criteria locked", BOOL),
            ("Peserta", "Participants", INT),
            ("Hadir", "Present", INT),
            ("Elemen", "Elements", INT),
            ("Target", "Targets", INT),
            ("Kriteria", "Criteria", INT),
            ("Kandidat", "Candidates", INT),
            ("Program prioritas", "Priority programs", INT),
            ("Titik", "Dots", INT),
            ("Nilai diberikan", "Scores given", INT),
            ("Alasan", "Rationale"),
            ("Catatan", "Notes"),
            _UUID,
        ),
    ),
    # Headers the importer knows (docs/import-formats.md), so the sheet re-imports.
    "participants": (
        ("Peserta", "Participants"),
        _cols(
            ("Nama", "Name"),
            ("Organisasi", "Organisation"),
            ("Jenis pemangku kepentingan", "Stakeholder kind"),
            _GROUP,
            ("Jabatan", "Role"),
            ("Hadir", "Present", BOOL),
            ("Datang langsung", "Walk-in", BOOL),
            ("Titik diberikan", "Dots given", INT),
            _UUID,
        ),
    ),
    "elements": (
        ("Elemen", "Elements"),
        _cols(
            _GROUP,
            ("No.", "No.", INT),
            ("Elemen", "Element"),
            ("Dimensi CRF", "CRF dimension"),
            ("Elemen sendiri", "Own element", BOOL),
            ("Alasan", "Rationale"),
            ("Target", "Targets", INT),
            _UUID,
        ),
    ),
    "targets": (
        ("Target", "Targets"),
        _cols(
            _GROUP,
            ("Elemen", "Element"),
            ("No.", "No.", INT),
            ("Pernyataan target", "Target statement"),
            ("Indikator", "Indicator"),
            ("Kondisi awal", "Baseline"),
            ("Nilai target", "Target value"),
            ("Tahun target", "Target year", INT),
            ("Instansi penanggung jawab", "Responsible agency"),
            _UUID,
        ),
    ),
    "criteria": (
        ("Kriteria", "Criteria"),
        _cols(
            _GROUP,
            ("No.", "No.", INT),
            ("Kriteria", "Criterion"),
            ("Deskripsi", "Description"),
            ("Bobot", "Weight", FLOAT),
            ("Sumber", "Source"),
            _UUID,
        ),
    ),
    # Headers the importer knows, so the catalogue re-imports into another workshop.
    "programs": (
        ("Program", "Programs"),
        _cols(
            ("Judul program", "Title"),
            ("Instansi", "Agency"),
            ("Deskripsi", "Description"),
            ("Fokus utama", "Focus areas"),
            ("Asal", "Origin"),
            ("Ditambahkan oleh", "Added by"),
            ("Kandidat di", "Candidate in"),
            ("Prioritas di", "Priority in"),
            _UUID,
        ),
    ),
    "candidates": (
        ("Kandidat", "Candidates"),
        _cols(
            _GROUP,
            ("Program", "Program"),
            ("Instansi", "Agency"),
            ("Titik", "Dots", INT),
            ("Pemberi titik", "Voters", INT),
            ("Nilai tertimbang", "Weighted score", SCORE),
            ("Peringkat", "Rank", INT),
            ("Seri", "Tied", BOOL),
            ("Prioritas", "Priority", BOOL),
            ("Diputuskan oleh", "Decided by"),
            ("Alasan", "Reason"),
            ("UUID program", "Program UUID", ID),
            _UUID,
        ),
    ),
    "votes": (
        ("Suara", "Votes"),
        _cols(
            _GROUP,
            ("Program", "Program"),
            ("Instansi", "Agency"),
            ("Peserta", "Participant"),
            ("Titik", "Dots", INT),
            _UUID,
        ),
    ),
    "scores": (
        ("Nilai", "Scores"),
        _cols(
            _GROUP,
            ("Program", "Program"),
            ("Kriteria", "Criterion"),
            ("Bobot", "Weight", FLOAT),
            ("Peserta", "Participant"),
            ("Nilai", "Value", FLOAT),
            _UUID,
        ),
    ),
}

# Stored codes shown as words: (column, code) -> (Indonesian, English).
WORDS: dict[tuple[str, str], tuple[str, str]] = {
    ("method", "dots"): ("titik", "dots"),
    ("method", "score"): ("nilai", "score"),
    ("rule", "top_n"): ("N teratas", "top N"),
    ("rule", "threshold"): ("ambang batas", "threshold"),
    ("rule", "facilitator"): ("fasilitator", "facilitator"),
    ("decided_by", "rule"): ("aturan", "rule"),
    ("decided_by", "facilitator"): ("fasilitator", "facilitator"),
    ("origin", "catalogue"): ("katalog", "catalogue"),
    ("origin", "room"): ("ruangan", "room"),
    ("source", "room"): ("usulan ruangan", "from the room"),
    ("source", "suggested"): ("saran preset", "suggested"),
    ("source", "reported"): ("dilaporkan", "reported"),
    ("by", "consensus"): ("konsensus", "consensus"),
    ("bool", "True"): ("ya", "yes"),
    ("bool", "False"): ("tidak", "no"),
}


def _in(lang: str, pair: tuple[str, str]) -> str:
    """The Indonesian or the English one of a pair, falling back to the other if empty."""
    first, other = pair if lang == "id" else pair[::-1]
    return first or other


def word(column: str, code: str, lang: str) -> str:
    """A stored code (e.g. a ranking method) as the word a person reads."""
    pair = WORDS.get((column, code))
    return code if pair is None else _in(lang, pair)


# --- reading the file: one consistent snapshot ----------------------------------------


@dataclass(frozen=True)
class _Cand:
    """A candidate as its rows show it: group, program, and the group's place in order."""

    group: str
    order: int
    program_id: str
    title: str
    agency: str


@dataclass
class _Ctx:
    """Everything the sheets are built from, read in one transaction."""

    s: Session
    lang: str
    ws: Workshop
    groups: list[Group]
    areas: dict[str, FocusArea]
    cands: dict[str, _Cand]
    names: dict[str, str]  # participant id -> name
    ranked: dict[str, Ranked]
    decisions: dict[str, Decision]

    def __post_init__(self) -> None:
        self.group_names = {g.id: g.name for g in self.groups}
        self.group_order = {g.id: i for i, g in enumerate(self.groups)}

    def group(self, group_id: str | None) -> str:
        """A group's name ("" for none)."""
        return self.group_names.get(group_id or "", "")

    def order(self, group_id: str | None) -> int:
        """A group's place in the workshop's order; rows of no group come last."""
        return self.group_order.get(group_id or "", len(self.groups))

    def title(self, pair: tuple[str, str]) -> str:
        """A bilingual label in the sheet's language."""
        return _in(self.lang, pair)


def _context(s: Session, lang: str) -> _Ctx:
    groups = list(s.scalars(select(Group).order_by(Group.position, Group.name, Group.id)))
    c = _Ctx(
        s=s,
        lang=lang,
        ws=the_workshop(s),
        groups=groups,
        areas={fa.id: fa for fa in s.scalars(select(FocusArea))},
        cands={},
        names=_pairs(s.execute(select(Participant.id, Participant.name))),
        ranked={},
        decisions={d.candidate_id: d for d in s.scalars(select(Decision))},
    )
    query = select(
        Candidate.id, Candidate.group_id, Candidate.program_id, Program.title, Program.agency
    ).join(Program, Candidate.program_id == Program.id)
    for cid, gid, pid, title, agency in s.execute(query):
        c.cands[cid] = _Cand(c.group(gid), c.order(gid), pid, title, agency)
    for g in groups:
        c.ranked.update((r.candidate_id, r) for r in _ranking(s, c.ws, g.id))
    return c


def _ranking(s: Session, ws: Workshop, group_id: str) -> list[Ranked]:
    """The very ranking the group's screen shows (docs/ranking.md), from this snapshot."""
    try:
        return rank(_tallies(s, group_id), _weights(s, group_id), rules_of(ws))
    except RulesError as exc:  # rules only a hand-made file can hold
        raise ValidationError("bad_rules", field="rules", detail=str(exc)) from None


def _pairs(result: Iterable[Any]) -> dict[Any, Any]:
    # A Result has .keys() (its column names), so dict(result) would misread it.
    return {key: value for key, value in result}


def _fold(text: str) -> str:
    return text.casefold()


def _renumber(rows: list[Row]) -> list[Row]:
    """Number the rows 1, 2, ... within each group (column 0), in column 1."""
    seen: Counter[Value] = Counter()
    out = []
    for row in rows:
        seen[row[0]] += 1
        out.append((row[0], seen[row[0]], *row[2:]))
    return out


# --- one function per sheet ---------------------------------------------------------


def _workshop_rows(c: _Ctx) -> list[Row]:
    ws = c.ws
    programs = c.s.scalar(select(func.count(Program.id)))
    return [
        (
            ws.title,
            date.fromisoformat(ws.date),
            ws.venue,
            ws.organiser,
            bool(ws.illustrative),
            ws.preset,
            ws.dots_per_participant,
            ws.max_dots_per_candidate,
            ws.score_min,
            ws.score_max,
            word("method", ws.ranking_method, c.lang),
            word("rule", ws.priority_rule, c.lang),
            ws.top_n,
            ws.threshold,
            len(c.groups),
            len(c.names),
            programs,
            sum(bool(d.is_priority) for d in c.decisions.values()),
            ws.description,
            ws.id,
        )
    ]


# The counts of summary's _counts, in the order of the Groups sheet's columns.
_GROUP_COUNTS = (
    "participants",
    "present",
    "elements",
    "targets",
    "criteria",
    "candidates",
    "priority_programs",
    "dot_votes",
    "scores",
)


def _groups_rows(c: _Ctx) -> list[Row]:
    counts = group_counts(c.s)  # the numbers `jakres-desk info` shows
    rows: list[Row] = []
    for g in c.groups:
        fa = c.areas.get(g.focus_area_id or "")
        rows.append(
            (
                g.name,
                fa.number if fa else None,
                c.title((fa.title_id, fa.title_en)) if fa else "",
                g.facilitator,
                g.room,
                bool(g.criteria_locked),
                *(counts[key].get(g.id, 0) for key in _GROUP_COUNTS),
                g.rationale,
                g.notes,
                g.id,
            )
        )
    return rows


def _participants_rows(c: _Ctx) -> list[Row]:
    kinds = {
        k.code: c.title((k.label_id, k.label_en)) for k in c.s.scalars(select(StakeholderKind))
    }
    spent = select(DotVote.participant_id, func.sum(DotVote.count))
    given = _pairs(c.s.execute(spent.group_by(DotVote.participant_id)))
    people = sorted(
        c.s.scalars(select(Participant)),
        key=lambda p: (c.order(p.group_id), _fold(p.name), p.id),
    )
    return [
        (
            p.name,
            p.organisation,
            kinds.get(p.stakeholder_kind or "", p.stakeholder_kind),
            c.group(p.group_id),
            p.role,
            bool(p.present),
            bool(p.walk_in),
            int(given.get(p.id) or 0),
            p.id,
        )
        for p in people
    ]


def _elements(c: _Ctx) -> list[tuple[Element, Goal | None, str]]:
    """Every element with its CRF goal and its title in the sheet's language, in list order."""
    goals = {g.id: g for g in c.s.scalars(select(Goal))}
    items = sorted(
        c.s.scalars(select(Element)), key=lambda e: (c.order(e.group_id), e.position, e.id)
    )
    out = []
    for e in items:
        goal = goals.get(e.goal_id or "")
        title = c.title((goal.label_id, goal.label_en)) if goal else (e.custom_title or "")
        out.append((e, goal, title))
    return out


def _elements_rows(c: _Ctx) -> list[Row]:
    dims = {d.id: c.title((d.label_id, d.label_en)) for d in c.s.scalars(select(Dimension))}
    targets = Counter(c.s.scalars(select(Target.element_id)))
    rows: list[Row] = [
        (
            c.group(e.group_id),
            0,
            title,
            dims.get(goal.dimension_id, "") if goal else "",
            goal is None,
            e.rationale,
            targets[e.id],
            e.id,
        )
        for e, goal, title in _elements(c)
    ]
    return _renumber(rows)


def _targets_rows(c: _Ctx) -> list[Row]:
    by_element: dict[str, list[Target]] = defaultdict(list)
    for t in c.s.scalars(select(Target).order_by(Target.position, Target.id)):
        by_element[t.element_id].append(t)
    return [
        (
            c.group(e.group_id),
            title,
            n,
            t.statement,
            t.indicator,
            t.baseline,
            t.target_value,
            t.target_year,
            t.responsible_agency,
            t.id,
        )
        for e, _goal, title in _elements(c)
        for n, t in enumerate(by_element[e.id], 1)
    ]


def _criteria_rows(c: _Ctx) -> list[Row]:
    crits = sorted(
        c.s.scalars(select(Criterion)), key=lambda x: (c.order(x.group_id), x.position, x.id)
    )
    rows: list[Row] = [
        (
            c.group(x.group_id),
            0,
            x.name,
            x.description,
            float(x.weight),
            word("source", x.source, c.lang),
            x.id,
        )
        for x in crits
    ]
    return _renumber(rows)


def _programs_rows(c: _Ctx) -> list[Row]:
    numbers: dict[str, list[int]] = defaultdict(list)
    links = select(ProgramFocusArea.program_id, FocusArea.number).join(
        FocusArea, ProgramFocusArea.focus_area_id == FocusArea.id
    )
    for pid, number in c.s.execute(links):
        numbers[pid].append(number)
    candidate_in: dict[str, list[str]] = defaultdict(list)
    priority_in: dict[str, list[str]] = defaultdict(list)
    for cid, cand in sorted(c.cands.items(), key=lambda item: item[1].order):
        candidate_in[cand.program_id].append(cand.group)
        d = c.decisions.get(cid)
        if d is not None and d.is_priority:
            priority_in[cand.program_id].append(cand.group)
    programs = sorted(
        c.s.scalars(select(Program)), key=lambda p: (_fold(p.title), _fold(p.agency), p.id)
    )
    return [
        (
            p.title,
            p.agency,
            p.description,
            ", ".join(str(n) for n in sorted(numbers[p.id])),
            word("origin", p.origin, c.lang),
            c.group(p.added_by_group_id),
            ", ".join(candidate_in[p.id]),
            ", ".join(priority_in[p.id]),
            p.id,
        )
        for p in programs
    ]


def _candidates_rows(c: _Ctx) -> list[Row]:
    def key(cid: str) -> tuple[int, int, str, str]:
        return (c.cands[cid].order, c.ranked[cid].rank, _fold(c.cands[cid].title), cid)

    rows: list[Row] = []
    for cid in sorted(c.cands, key=key):
        cand, r, d = c.cands[cid], c.ranked[cid], c.decisions.get(cid)
        rows.append(
            (
                cand.group,
                cand.title,
                cand.agency,
                r.dots,
                r.voters,
                r.score,
                r.rank,
                r.tied,
                None if d is None else bool(d.is_priority),
                "" if d is None else word("decided_by", d.decided_by, c.lang),
                "" if d is None else d.reason,
                cand.program_id,
                cid,
            )
        )
    return rows


def _candidate_places(c: _Ctx) -> dict[str, int]:
    """Each candidate's place when listed by group, then program title."""
    ordered = sorted(c.cands, key=lambda cid: (c.cands[cid].order, _fold(c.cands[cid].title), cid))
    return {cid: i for i, cid in enumerate(ordered)}


def _people_places(c: _Ctx) -> dict[str | None, int]:
    """Each participant's place when listed by name (no participant, the consensus, first)."""
    ordered = sorted(c.names, key=lambda pid: (_fold(c.names[pid]), pid))
    return {None: -1} | {pid: i for i, pid in enumerate(ordered)}


def _votes_rows(c: _Ctx) -> list[Row]:
    cands, people = _candidate_places(c), _people_places(c)
    query = select(DotVote.id, DotVote.candidate_id, DotVote.participant_id, DotVote.count)
    # A zero stays in the file (so taking dots back travels in a merge) but is no vote.
    found = list(c.s.connection().execute(query.where(DotVote.count > 0)).all())
    found.sort(key=lambda v: (cands[v[1]], people[v[2]], v[0]))
    rows: list[Row] = []
    for vid, cid, pid, dots in found:
        cand = c.cands[cid]
        rows.append((cand.group, cand.title, cand.agency, c.names[pid], dots, vid))
    return rows


def _scores_rows(c: _Ctx) -> list[Row]:
    cands, people = _candidate_places(c), _people_places(c)
    consensus = word("by", "consensus", c.lang)
    crits = {x.id: x for x in c.s.scalars(select(Criterion))}
    query = select(
        Score.id, Score.candidate_id, Score.criterion_id, Score.participant_id, Score.value
    )
    # Criteria in the group's order, the consensus before each person's.
    found = list(c.s.connection().execute(query).all())
    found.sort(key=lambda v: (cands[v[1]], crits[v[2]].position, v[2], people[v[3]], v[0]))
    rows: list[Row] = []
    for sid, cid, crit_id, pid, value in found:
        cand, crit = c.cands[cid], crits[crit_id]
        by = consensus if pid is None else c.names[pid]
        rows.append((cand.group, cand.title, crit.name, float(crit.weight), by, value, sid))
    return rows


BUILDERS: dict[str, Callable[[_Ctx], list[Row]]] = {
    "workshop": _workshop_rows,
    "groups": _groups_rows,
    "participants": _participants_rows,
    "elements": _elements_rows,
    "targets": _targets_rows,
    "criteria": _criteria_rows,
    "programs": _programs_rows,
    "candidates": _candidates_rows,
    "votes": _votes_rows,
    "scores": _scores_rows,
}


def build_sheets(f: JakresFile, *, lang: str | None = None) -> list[Sheet]:
    """Every sheet of the export, in workbook order, read in one consistent transaction."""
    lang = _language(lang)
    with f.read() as s:
        c = _context(s, lang)
        return [_sheet(key, BUILDERS[key](c), lang) for key in SHEETS]


def _language(lang: str | None) -> str:
    """The language asked for, else the current one (the CLI's --lang)."""
    lang = lang or current_language()
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGUAGES)}")
    return lang


def _sheet(key: str, rows: list[Row], lang: str) -> Sheet:
    names, columns = SHEETS[key]
    headers = tuple(_in(lang, (col.id, col.en)) for col in columns)
    return Sheet(key, _in(lang, names), headers, tuple(col.kind for col in columns), rows)


# --- XLSX ---------------------------------------------------------------------------


def write_xlsx(f: JakresFile, out: Path, *, lang: str | None = None) -> list[Path]:
    """Write the workbook to `out` atomically (all of it, or the old file); returns [out]."""
    out = Path(out)
    sheets = build_sheets(f, lang=lang)
    title, day = sheets[0].rows[0][:2]  # the workshop's title and date
    assert isinstance(title, str) and isinstance(day, date)
    _write_atomic(out, lambda fh: write_workbook(fh, sheets, title=title, day=day))
    return [out]


# --- CSV ----------------------------------------------------------------------------

# language -> (delimiter, decimal mark): Excel with Indonesian regional settings
# splits on ";" and reads "3,5" as a number; English settings want "," and "3.5".
DIALECTS = {"id": (";", ","), "en": (",", ".")}


def _csv_number(decimal: str) -> Callable[[Value], str]:
    def shown(value: Value) -> str:
        if value is None:
            return ""
        if isinstance(value, float):
            text = str(int(value)) if value.is_integer() else repr(value)
            return text.replace(".", decimal)
        return str(value)

    return shown


def _csv_text(value: Value) -> str:
    if not isinstance(value, str):
        return "" if value is None else str(value)
    return "'" + value if is_formula_like(value) else value


def csv_converter(kind: str, lang: str) -> Callable[[Value], str]:
    """How a column's cells become CSV text: yes/no words, ISO dates, the decimal mark.

    Text that a spreadsheet would run as a formula gets a leading apostrophe.
    """
    if kind == BOOL:
        yes, no = word("bool", "True", lang), word("bool", "False", lang)
        return lambda v: "" if v is None else (yes if v else no)
    if kind == DATE:
        return lambda v: v.isoformat() if isinstance(v, date) else ""
    if kind in (INT, FLOAT, SCORE):
        return _csv_number(DIALECTS[lang][1])
    return _csv_text


def csv_path(out: Path, sheet_name: str) -> Path:
    """Where one table of `-o OUT.csv` goes: OUT-<sheet>.csv beside it."""
    return out.with_name(f"{out.stem}-{sheet_name.lower()}.csv")


def csv_body(sheet: Sheet, lang: str) -> bytes:
    """One table as CSV bytes: UTF-8 with a BOM (so Excel reads accents), CRLF lines."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=DIALECTS[lang][0], lineterminator="\r\n")
    writer.writerow(sheet.headers)
    shown = [csv_converter(kind, lang) for kind in sheet.kinds]
    writer.writerows([f(v) for f, v in zip(shown, row, strict=True)] for row in sheet.rows)
    return buf.getvalue().encode("utf-8-sig")


def write_csv(f: JakresFile, out: Path, *, lang: str | None = None) -> list[Path]:
    """Write one CSV per table beside `out` (OUT-<sheet>.csv), each atomically; the paths."""
    lang = _language(lang)
    out = Path(out)
    written = []
    for sheet in build_sheets(f, lang=lang):
        path = csv_path(out, sheet.name)
        _write_atomic(path, _bytes_writer(csv_body(sheet, lang)))
        written.append(path)
    return written


def _bytes_writer(body: bytes) -> Callable[[IO[bytes]], object]:
    return lambda fh: fh.write(body)


def write_sheets(f: JakresFile, out: Path, *, lang: str | None = None) -> list[Path]:
    """Export by the suffix of `out` (.xlsx or .csv); returns the files written."""
    suffix = Path(out).suffix.lower()
    if suffix == ".xlsx":
        return write_xlsx(f, out, lang=lang)
    if suffix == ".csv":
        return write_csv(f, out, lang=lang)
    raise ValidationError(
        "bad_choice", field="-o", value=suffix or str(out), known=", ".join(SUFFIXES)
    )


# --- writing a file whole -------------------------------------------------------------
