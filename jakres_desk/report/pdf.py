"""The plenary summary as a PDF: cover, contents, overview, groups, across groups, appendix.

`render_report` gives the bytes (the GUI's print preview uses the very same
layout); `write_report` writes them atomically next to their destination.
The same data always gives the same bytes: reportlab runs invariant, the
creation date is the workshop's date, and every key is numbered in order.
"""

from __future__ import annotations

import io
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    NextPageTemplate,
    PageBreak,
    Spacer,
)

from jakres_desk.base.errors import FileProblem, ValidationError
from jakres_desk.report import style
from jakres_desk.report.across import write_across
from jakres_desk.report.appendix import write_appendix
from jakres_desk.report.data import ReportData, focus_title, gather
from jakres_desk.report.doc import ReportDoc, TocLine, canvas_maker, epoch_of
from jakres_desk.report.group import group_title, sentence, write_group
from jakres_desk.report.para import Para
from jakres_desk.report.story import Story, paragraphs
from jakres_desk.report.tables import table
from jakres_desk.report.text import LANGS, esc, label, long_date, number, one_line
from jakres_desk.store.atomic import write_bytes_atomic as _write_atomic

if TYPE_CHECKING:
    from jakres_desk.store.db import JakresFile


def render_report(
    f: JakresFile | sqlite3.Connection, *, lang: str, group_id: str | None = None
) -> bytes:
    """The summary PDF of the workshop (or of one group) in Bahasa Indonesia or English.

    `f` is an open file or a bare connection inside a read transaction (store.glance).
    """
    if lang not in LANGS:
        raise ValidationError("bad_choice", field="--lang", value=lang, known=", ".join(LANGS))
    return build_pdf(gather(f, lang=lang, group_id=group_id))


def write_report(
    f: JakresFile | sqlite3.Connection, out: Path, *, lang: str, group_id: str | None = None
) -> Path:
    """Write the summary PDF to `out` atomically (all of the new file, or the old one)."""
    out = Path(out)
    _check_destination(out)
    body = render_report(f, lang=lang, group_id=group_id)
    _write_atomic(out, body)
    return out


def body_story(data: ReportData) -> Story:
    """Every section after the contents, with the entries the contents list."""
    body = Story()
    _overview(body, data)
    for gr in data.groups:
        write_group(body, data, gr)
    if not data.single_group:
        write_across(body, data)
    write_appendix(body, data)
    return body


def build_pdf(data: ReportData) -> bytes:
    """Lay out the gathered records."""
    ws = data.workshop
    title = one_line(ws.title)
    if data.single_group:
        title = f"{title} — {one_line(data.groups[0].group.name)}"
    buf = io.BytesIO()
    doc = ReportDoc(
        buf,
        title=title,
        header_left=one_line(ws.title),
        lang=data.lang,
        date=long_date(ws.date, data.lang),
    )
    story, stamp = _story(data), epoch_of(ws.date)
    # Laid out, the records are no longer needed: let them go before the file is
    # written (the peak of memory). reportlab drops each flowable from `story` once
    # it is drawn, so nothing else may hold one.
    del data, ws
    doc.build(story, canvasmaker=canvas_maker(stamp))
    return buf.getvalue()


def _story(data: ReportData) -> list[Flowable]:
    body = body_story(data)
    return _cover(data) + _contents(body, data.lang) + body.flow


def _cover(data: ReportData) -> list:  # type: ignore[type-arg]
    lang, ws = data.lang, data.workshop
    kind = "group_summary" if data.single_group else "plenary_summary"
    flow = [
        Spacer(1, 38 * mm),
        Para(esc(label(kind, lang).upper()), style.COVER_KICKER),
        Para(esc(ws.title), style.COVER_TITLE),
    ]
    if data.single_group:
        gr = data.groups[0]
        sub = one_line(gr.group.name)
        if gr.focus is not None:
            sub += (
                f" · {label('focus_area', lang)} {gr.focus.number}: {focus_title(gr.focus, lang)}"
            )
        flow.append(Para(esc(sub), style.COVER_SUB))
    else:
        flow.append(Spacer(1, 12))
    flow.append(HRFlowable(width="100%", thickness=1.2, color=style.ACCENT, spaceAfter=14))
    for key, value in (
        ("date", long_date(ws.date, lang)),
        ("venue", ws.venue),
        ("organiser", ws.organiser),
    ):
        if value.strip():
            flow += [
                Para(esc(label(key, lang).upper()), style.COVER_KEY),
                Para(esc(value), style.COVER_VALUE),
            ]
    if ws.description.strip():
        key = "illustrative" if ws.illustrative else "about"
        flow += [
            Spacer(1, 10),
            Para(esc(label(key, lang).upper()), style.COVER_KEY),
            *paragraphs(esc(ws.description), style.NOTE),
        ]
    return [NextPageTemplate("body"), *flow, PageBreak()]


def _contents(body: Story, lang: str) -> list:  # type: ignore[type-arg]
    flow: list = [Para(esc(label("contents", lang)), style.H1), Spacer(1, 8)]  # type: ignore[type-arg]
    flow += [TocLine(e.key, e.title, e.level) for e in body.toc]
    return flow


def _rules(data: ReportData) -> str:
    ws, lang = data.workshop, data.lang
    parts = [label("rules_score" if ws.ranking_method == "score" else "rules_dots", lang)]
    if ws.priority_rule == "threshold" and ws.threshold is not None:
        value = number(ws.threshold, lang, 0 if float(ws.threshold).is_integer() else 1)
        parts.append(label("rules_threshold", lang, value=value))
    elif ws.priority_rule == "top_n" and ws.top_n is not None:
        parts.append(label("rules_top_n", lang, value=ws.top_n))
    else:
        parts.append(label("rules_facilitator", lang))
    parts.append(label("rules_scale", lang, low=ws.score_min, high=ws.score_max))
    key = "rules_dots_each" if ws.max_dots_per_candidate else "rules_dots_free"
    parts.append(label(key, lang, dots=ws.dots_per_participant, most=ws.max_dots_per_candidate))
    return "; ".join(parts) + "."


def _overview(story: Story, data: ReportData) -> None:
    lang = data.lang
    story.section(label("overview", lang), header=label("overview", lang))
    story.para(_rules(data), style.NOTE)
    rows = []
    for gr in data.groups:
        fa = f"{gr.focus.number} {focus_title(gr.focus, lang, short=True)}" if gr.focus else "–"
        counts = (
            gr.present,
            len(gr.elements),
            gr.targets,
            len(gr.criteria),
            len(gr.ranking),
            gr.priorities,
        )
        rows.append([fa, gr.group.name, *(number(n, lang) for n in counts)])
    if len(data.groups) > 1:
        sums = [sum(int(r[i].replace(".", "").replace(",", "")) for r in rows) for i in range(2, 8)]
        rows.append([label("total", lang), "", *(number(n, lang) for n in sums)])
    header = [label("focus_area", lang), label("group", lang)] + [
        label(k, lang)
        for k in (
            "col_present",
            "col_elements",
            "col_targets",
            "col_criteria",
            "col_candidates",
            "col_priority",
        )
    ]
    story.add(
        table(
            header,
            rows,
            [20, 16, 11, 10, 9, 10, 12, 12],
            right=tuple(range(2, 8)),
            max_lines=3,
            total=len(data.groups) > 1,
        )
    )
    if not data.single_group and data.decisions:
        key = "distinct_note" if data.distinct_priorities < data.decisions else "distinct_same"
        text = label(key, lang, distinct=number(data.distinct_priorities, lang),
                     decisions=number(data.decisions, lang))  # fmt: skip
        story.para(text, style.NOTE)
    story.heading(label("results", lang))
    for gr in data.groups:
        story.para(sentence(gr, lang))
    _ = group_title  # the contents use it through write_group


def _check_destination(out: Path) -> None:
    """Refuse a destination that cannot be written before any work is done."""
    if out.is_dir():
        raise FileProblem("file_not_regular", where=str(out))
    if not out.parent.is_dir():
        raise FileProblem("folder_missing", where=str(out))
    if not os.access(out.parent, os.W_OK):
        raise FileProblem("folder_cannot_write", where=str(out), detail="permission denied")
