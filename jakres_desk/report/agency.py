"""Per-agency follow-up lists: what each agency's programs got, in which group, priority or not.

One short PDF per agency, for the secretariat to send after the workshop
(`jakres-desk report MASTER --agency NAME -o out.pdf`, or `--agencies -o
FOLDER/` for every agency at once). Programs the secretariat linked as one
are one program (report.programs); agencies are grouped as the duplicates
matcher compares them, so "Dinas SDA" and "Dinas Sumber Daya Air" may be one.
"""

from __future__ import annotations

import io
import re
import sqlite3
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from jakres_desk.base.errors import FileProblem, NotFound, ValidationError
from jakres_desk.report import style
from jakres_desk.report.data import ReportData, gather
from jakres_desk.report.doc import Marker, ReportDoc, canvas_maker, epoch_of
from jakres_desk.report.para import Para
from jakres_desk.report.programs import AgencyList, Taken, agency_key, agency_lists
from jakres_desk.report.story import Story
from jakres_desk.report.tables import table
from jakres_desk.report.text import LANGS, esc, label, long_date, one_line
from jakres_desk.store.atomic import write_bytes_atomic

if TYPE_CHECKING:
    from jakres_desk.store.db import JakresFile

NAME_MAX = 60  # characters of an agency's name in its file name


def agencies(data: ReportData) -> tuple[AgencyList, ...]:
    """Every agency with programs some group took up, by name."""
    return agency_lists(data.programs)


def find_agency(lists: tuple[AgencyList, ...], name: str, lang: str) -> AgencyList:
    """The agency a person named: its normalised name, its name, or a unique part of it."""
    key, folded = agency_key(name), " ".join(name.casefold().split())
    for test in (
        lambda a: a.key == key,
        lambda a: a.name.casefold() == folded,
        lambda a: folded in a.name.casefold(),
    ):
        found = [a for a in lists if a.name and test(a)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            known = "; ".join(a.name for a in found[:8])
            raise ValidationError("agency_ambiguous", field="--agency", name=name, known=known)
    known = "; ".join(a.name for a in lists if a.name)
    raise NotFound("agency_not_found", name=name, known=known or "–")


def render_agency(data: ReportData, agency: AgencyList) -> bytes:
    """One agency's follow-up list as a PDF."""
    lang, ws = data.lang, data.workshop
    name = agency.name or label("no_agency", lang)
    title = f"{label('agency_title', lang)}: {name}"
    buf = io.BytesIO()
    doc = ReportDoc(
        buf,
        title=f"{one_line(ws.title)} — {name}",
        header_left=one_line(ws.title),
        lang=lang,
        date=long_date(ws.date, lang),
    )
    doc.pageTemplates = doc.pageTemplates[::-1]  # the body pages only: no cover
    doc.build(_flow(data, agency, title), canvasmaker=canvas_maker(epoch_of(ws.date)))
    return buf.getvalue()


def _flow(data: ReportData, agency: AgencyList, title: str) -> list[Flowable]:
    lang, ws = data.lang, data.workshop
    story = Story()
    story.add(Marker("s0", title, 0, label("agency_title", lang)))
    story.add(Para(esc(title), style.H1))
    when = " · ".join(p for p in (one_line(ws.title), long_date(ws.date, lang)) if p)
    story.para(when, style.SUBTITLE)
    story.para(label("agency_intro", lang), style.NOTE)
    counts = label(
        "agency_counts", lang, programs=len(agency.programs), priorities=agency.priorities
    )
    story.para(counts, style.LEAD)
    cats = {c.id: c.label for c in data.category_info}
    rows = []
    ordered = sorted(agency.programs, key=lambda p: (not p.priority, p.title.casefold()))
    for p in ordered:
        kinds = ", ".join(cats[c] for c in p.categories if c in cats)
        for t in p.taken:
            shown = p.title
            if one_line(t.title) != one_line(p.title):
                shown = f"{p.title} ({label('title_as', lang)} “{one_line(t.title)}”)"
            rows.append([shown, one_line(t.group), t.rank, _priority(t, lang), kinds])
    header = [
        label("program", lang),
        label("group", lang),
        label("rank", lang),
        label("priority", lang),
        label("category", lang),
    ]
    story.add(table(header, rows, [42, 14, 8, 18, 18], right=(2,), max_lines=4))
    return story.flow


def _priority(t: Taken, lang: str) -> str:
    text = (
        label("yes", lang)
        if t.priority
        else "–"
        if t.priority is False
        else label("undecided", lang)
    )
    return f"{text} ({label('by_facilitator', lang)})" if t.by_facilitator else text


def write_agency(f: JakresFile | sqlite3.Connection, out: Path, *, lang: str, name: str) -> Path:
    """Write one agency's list to `out` atomically."""
    data = _data(f, lang)
    agency = find_agency(agencies(data), name, lang)
    out = Path(out)
    _check_file(out)
    write_bytes_atomic(out, render_agency(data, agency))
    return out


def write_agencies(f: JakresFile | sqlite3.Connection, folder: Path, *, lang: str) -> list[Path]:
    """Write every agency's list into `folder` (made if missing), one PDF each; the paths."""
    data = _data(f, lang)
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise FileProblem("not_a_folder", where=str(folder))
    if not folder.parent.is_dir():
        raise FileProblem("folder_missing", where=str(folder))
    folder.mkdir(exist_ok=True)
    out, taken = [], set()
    for agency in agencies(data):
        stem = file_stem(agency.name or label("no_agency", lang))
        n, name = 1, stem
        while name in taken:
            n += 1
            name = f"{stem}-{n}"
        taken.add(name)
        path = folder / f"{name}.pdf"
        write_bytes_atomic(path, render_agency(data, agency))
        out.append(path)
    return out


def file_stem(name: str) -> str:
    """A file name safe on every system: ASCII letters, digits and dashes, short."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    stem = re.sub(r"[^A-Za-z0-9]+", "-", plain).strip("-")[:NAME_MAX].strip("-")
    return stem or "instansi"


def _data(f: JakresFile | sqlite3.Connection, lang: str) -> ReportData:
    if lang not in LANGS:
        raise ValidationError("bad_choice", field="--lang", value=lang, known=", ".join(LANGS))
    return gather(f, lang=lang)


def _check_file(out: Path) -> None:
    if out.is_dir():
        raise FileProblem("file_not_regular", where=str(out))
    if not out.parent.is_dir():
        raise FileProblem("folder_missing", where=str(out))
