"""The appendix: every tally of every group, as long tables that repeat their header."""

from __future__ import annotations

from reportlab.platypus import PageBreak

from jakres_desk.report import style
from jakres_desk.report.data import GroupReport, ReportData
from jakres_desk.report.doc import FRAME_W
from jakres_desk.report.story import Story
from jakres_desk.report.tables import table
from jakres_desk.report.text import label, marked_score, number, one_line, score_text

DOT_COLUMNS = 12  # participants per dots table: beyond that the columns get too narrow
SCORE_COLUMNS = 8


def write_appendix(story: Story, data: ReportData) -> None:
    """Per group: who took part, dots by participant, scores by criterion."""
    lang = data.lang
    story.section(label("appendix", lang), header=label("appendix", lang))
    for i, gr in enumerate(data.groups):
        if i:
            story.add(PageBreak())
        story.heading(one_line(gr.group.name), toc=True)
        numbers = _people(story, gr, lang)
        _dots(story, gr, numbers, lang)
        _scores(story, gr, lang)


def _people(story: Story, gr: GroupReport, lang: str) -> dict[str, int]:
    """The numbered list of the group's participants; returns their numbers."""
    story.heading(label("participants_key", lang), level=2)
    if not gr.participants:
        story.para(label("no_participants", lang), style.NOTE)
        return {}
    rows = []
    for n, p in enumerate(gr.participants, start=1):
        state = "walk_in" if p.walk_in else "is_present" if p.present else "absent"
        rows.append([str(n), p.name, p.organisation, p.role, label(state, lang)])
    header = [
        "#",
        label("name", lang),
        label("organisation", lang),
        label("role", lang),
        label("attendance", lang),
    ]
    story.add(table(header, rows, [5, 27, 34, 20, 14], right=(0,), max_lines=4))
    return {p.id: n for n, p in enumerate(gr.participants, start=1)}


def _dots(story: Story, gr: GroupReport, numbers: dict[str, int], lang: str) -> None:
    givers = sorted({pid for pid, _ in gr.dots if pid in numbers}, key=numbers.__getitem__)
    story.heading(label("dots_tally", lang), level=2)
    if not givers or not gr.ranking:
        story.para(label("no_dot_givers", lang), style.NOTE)
        return
    story.para(label("dots_key", lang), style.NOTE)
    tables = -(-len(givers) // DOT_COLUMNS)
    per = -(-len(givers) // tables)  # balanced: 15 people make tables of 8 and 7, not 12 and 3
    for start in range(0, len(givers), per):
        part = givers[start : start + per]
        if len(givers) > DOT_COLUMNS:
            first, last = numbers[part[0]], numbers[part[-1]]
            story.subheading(label("dots_tally_part", lang, first=first, last=last))
        header = [label("program", lang), *(str(numbers[p]) for p in part), "Σ"]
        rows = []
        for r in gr.ranking:
            cells = [gr.dots.get((p, r.candidate_id), 0) for p in part]
            if any(cells):
                rows.append([r.title, *(str(c) if c else "" for c in cells), str(sum(cells))])
        cols = len(part) + 1
        widths = [40.0, *([60.0 / (DOT_COLUMNS + 1)] * cols)]
        story.add(
            table(
                header,
                rows,
                widths,
                center=tuple(range(1, cols + 1)),
                max_lines=2,
                width=_used(widths),
            )
        )


def _scores(story: Story, gr: GroupReport, lang: str) -> None:
    story.heading(label("scores_tally", lang), level=2)
    if not gr.criteria or not gr.ranking:
        story.para(label("no_criteria", lang), style.NOTE)
        return
    story.para(label("scores_key", lang), style.NOTE)
    crits = list(enumerate(gr.criteria, start=1))
    for start in range(0, len(crits), SCORE_COLUMNS):
        part = crits[start : start + SCORE_COLUMNS]
        header = [
            label("program", lang),
            *(label("crit_short", lang, n=n) for n, _ in part),
            label("weighted", lang),
        ]
        rows = []
        for r in gr.ranking:
            cells = [_value(gr, r.candidate_id, c.id, lang) for _, c in part]
            weighted = marked_score(r.score, r.scored, r.criteria, lang, mark=r.partial)
            rows.append([r.title, *cells, weighted])
        cols = len(part) + 1
        widths = [44.0, *([8.0] * len(part)), 16.0]
        story.add(
            table(
                header,
                rows,
                widths,
                right=tuple(range(1, cols + 1)),
                max_lines=2,
                width=_used(widths),
            )
        )


def _value(gr: GroupReport, cand: str, crit: str, lang: str) -> str:
    value = gr.values.get((cand, crit))
    if value is None:
        return "–"
    text = number(value, lang) if value.is_integer() else score_text(value, lang)
    return f"{text}*" if (cand, crit) in gr.personal else text


def _used(widths: list[float]) -> float:
    """The table's width in points when its columns are shares of a 100-wide page."""
    return float(FRAME_W * sum(widths) / 100)
