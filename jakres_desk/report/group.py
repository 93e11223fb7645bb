"""One group's section: elements and targets, criteria, the ranking, the votes, the notes."""

from __future__ import annotations

from reportlab.platypus import Spacer

from jakres_desk.core.rules.decisions import DecisionState
from jakres_desk.report import style
from jakres_desk.report.charts import Bar, bar_chart, chart_height
from jakres_desk.report.data import GroupReport, RankRow, ReportData, focus_title
from jakres_desk.report.doc import FRAME_W
from jakres_desk.report.lean import LeanDrawing
from jakres_desk.report.story import Story
from jakres_desk.report.tables import table
from jakres_desk.report.text import (
    esc,
    focus_sentence,
    label,
    marked_score,
    one_line,
    partial_legend,
    superscript,
    weight_text,
)

CHART_MAX = 25


def group_title(gr: GroupReport, lang: str) -> str:
    """'Kelompok 1 · Fokus utama 1: Tata Kelola' for the contents."""
    name = one_line(gr.group.name)
    if gr.focus is None:
        return name
    short = focus_title(gr.focus, lang, short=True)
    return f"{name} · {label('focus_area', lang)} {gr.focus.number}: {short}"


def sentence(gr: GroupReport, lang: str) -> str:
    """The group's plenary sentence, in the words of the 2018 report."""
    return focus_sentence(
        lang,
        count=gr.priorities,
        focus_number=gr.focus.number if gr.focus else None,
        group_name=gr.group.name,
        rationale=gr.group.rationale,
    )


def write_group(story: Story, data: ReportData, gr: GroupReport) -> None:
    """The whole section of one group."""
    lang = data.lang
    story.section(gr.group.name, header=one_line(gr.group.name), toc_title=group_title(gr, lang))
    if gr.focus is not None:
        story.para(
            f"{label('focus_area', lang)} {gr.focus.number}: {focus_title(gr.focus, lang)}",
            style.SUBTITLE,
        )
    _facts(story, gr, lang)
    story.para(sentence(gr, lang), style.LEAD)
    if gr.stale:
        story.markup(f"<b>⚠</b> {esc(label('stale_note', lang, n=gr.stale))}", style.ALERT)
    _elements(story, gr, lang)
    _criteria(story, gr, lang)
    _ranking(story, gr, lang)
    _votes(story, gr, lang)
    if gr.group.notes.strip():
        story.heading(label("notes", lang))
        story.para(gr.group.notes)


def _facts(story: Story, gr: GroupReport, lang: str) -> None:
    parts = []
    if gr.group.facilitator.strip():
        parts.append(f"{label('facilitator', lang)}: {esc(gr.group.facilitator)}")
    if gr.group.room.strip():
        parts.append(f"{label('room', lang)}: {esc(gr.group.room)}")
    parts.append(f"{label('col_present', lang)}: {gr.present} / {len(gr.participants)}")
    story.markup(" · ".join(parts), style.NOTE)


def _elements(story: Story, gr: GroupReport, lang: str) -> None:
    story.heading(label("elements_targets", lang))
    if not gr.elements:
        story.para(label("no_elements", lang), style.NOTE)
    for i, e in enumerate(gr.elements, start=1):
        own = "" if e.goal_id else f" ({label('own_element', lang)})"
        story.subheading(f"{i}. {one_line(e.title)}{own}")
        if e.rationale.strip():
            story.para(e.rationale, style.ITEM_NOTE)
        if not e.targets:
            story.para(label("no_targets", lang), style.ITEM_NOTE)
        for t in e.targets:
            story.markup(f"• {esc(t.statement)}", style.ITEM)
            details = _target_details(
                t.indicator, t.baseline, t.target_value, t.target_year, t.responsible_agency, lang
            )
            if details:
                story.markup(details, style.ITEM_NOTE)


def _target_details(
    indicator: str, baseline: str, value: str, year: int | None, agency: str, lang: str
) -> str:
    parts = []
    if indicator.strip():
        parts.append(f"{label('indicator', lang)}: {esc(indicator)}")
    if baseline.strip():
        parts.append(f"{label('baseline', lang)}: {esc(baseline)}")
    goal = esc(value) if value.strip() else ""
    if year is not None:
        goal = f"{goal} {label('by_year', lang, year=year)}".strip()
    if goal:
        parts.append(f"{label('target', lang)}: {goal}")
    if agency.strip():
        parts.append(f"{label('responsible', lang)}: {esc(agency)}")
    return " · ".join(parts)


def _criteria(story: Story, gr: GroupReport, lang: str) -> None:
    story.heading(label("criteria_title", lang))
    if not gr.criteria:
        story.para(label("no_criteria", lang), style.NOTE)
        return
    rows = [
        [
            label("crit_short", lang, n=i),
            c.name,
            c.description,
            weight_text(c.weight, lang),
            label(f"source_{c.source}", lang)
            if c.source in ("room", "suggested", "reported")
            else c.source,
        ]
        for i, c in enumerate(gr.criteria, start=1)
    ]
    header = [
        "",
        label("criterion", lang),
        label("description", lang),
        label("weight", lang),
        label("source", lang),
    ]
    story.add(table(header, rows, [5, 26, 42, 8, 19], right=(3,), max_lines=6))


def _rank_cell(r: RankRow) -> str:
    if r.unranked:
        return "–"  # not ranked by score until every criterion is scored
    return f"{r.rank}=" if r.tied else str(r.rank)


def _priority_cell(r: RankRow, lang: str, mark: int) -> str:
    if r.state is DecisionState.UNDECIDED_TIE:
        return label("tie_undecided", lang)
    if r.priority is None and r.unranked:
        return label("incomplete", lang)
    text = (
        label("yes", lang)
        if r.priority
        else "–"
        if r.priority is False
        else label("undecided", lang)
    )
    if r.stale:
        text = f"{text} ⚠ {label('stale', lang)}"
    return f"{text} {superscript(mark)}" if mark else text


def _ranking(story: Story, gr: GroupReport, lang: str) -> None:
    story.heading(label("ranking_title", lang))
    if not gr.ranking:
        story.para(label("no_candidates", lang), style.NOTE)
        return
    overrides = [r for r in gr.ranking if r.by_facilitator]
    marks = {r.candidate_id: i for i, r in enumerate(overrides, start=1)}
    rows = [
        [
            _rank_cell(r),
            r.title,
            r.agency,
            str(r.dots),
            marked_score(r.score, r.scored, r.criteria, lang, mark=r.partial),
            _priority_cell(r, lang, marks.get(r.candidate_id, 0)),
        ]
        for r in gr.ranking
    ]
    header = [label(k, lang) for k in ("rank", "program", "agency", "dots", "score", "priority")]
    stale = [i for i, r in enumerate(gr.ranking) if r.stale]
    widths = _ranking_widths(gr)
    story.add(table(header, rows, widths, right=(0, 3, 4), emphasis=stale))
    notes = []
    partial = next((r for r in gr.ranking if r.partial), None)
    if partial is not None:
        by_score = any(r.unranked for r in gr.ranking)
        notes.append(partial_legend(partial.scored, partial.criteria, lang, by_score=by_score))
    if any(r.tied for r in gr.ranking):
        notes.append(label("tied_note", lang))
    if not gr.decided:
        notes.append(label("undecided_note", lang))
    if notes:
        story.add(Spacer(1, 3))
        story.para("   ".join(notes), style.NOTE)
    if overrides:
        story.subheading(label("override_title", lang))
        for i, r in enumerate(overrides, start=1):
            what = label("override_yes" if r.priority else "override_no", lang)
            reason = f": {esc(r.reason)}" if r.reason.strip() else ""
            story.markup(f"{superscript(i)} <b>{esc(r.title)}</b> — {what}{reason}", style.ITEM)


def _ranking_widths(gr: GroupReport) -> list[float]:
    """Shares of the page: wider score and priority columns when marks need the room."""
    score = 13 if gr.partial else 8
    priority = 20 if gr.stale or any(r.unranked and r.priority is None for r in gr.ranking) else 11
    program = 100 - 7 - 7 - score - priority
    return [7, program * 0.65, program * 0.35, 7, score, priority]


def _votes(story: Story, gr: GroupReport, lang: str) -> None:
    voted = sorted((r for r in gr.ranking if r.dots), key=lambda r: (-r.dots, r.rank))
    shown = voted[:CHART_MAX]
    story.heading(label("votes_chart", lang), need=chart_height(len(shown), legend=True))
    if not voted:
        story.para(label("no_votes", lang), style.NOTE)
        return
    caption = (
        label("votes_all", lang)
        if len(shown) == len(gr.ranking)
        else label("votes_top", lang, shown=len(shown), total=len(gr.ranking))
    )
    story.para(caption, style.NOTE)
    bars = [Bar(f"{_rank_cell(r)}  {one_line(r.title)}", r.dots, bool(r.priority)) for r in shown]
    legend = [(label("legend_priority", lang), True), (label("legend_other", lang), False)]
    story.add(LeanDrawing(bar_chart(bars, FRAME_W, legend if gr.decided else ())))
