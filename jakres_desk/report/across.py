"""What is seen across groups: shared priorities, CRF coverage, who came, categories."""

from __future__ import annotations

from jakres_desk.report import style
from jakres_desk.report.charts import Bar, bar_chart
from jakres_desk.report.data import ReportData, focus_title
from jakres_desk.report.doc import FRAME_W
from jakres_desk.report.lean import LeanDrawing
from jakres_desk.report.story import Story
from jakres_desk.report.tables import table
from jakres_desk.report.text import label, one_line


def write_across(story: Story, data: ReportData) -> None:
    """The cross-group section (left out of a single group's summary)."""
    lang = data.lang
    story.section(label("across", lang), header=label("across", lang))
    _shared(story, data)
    _coverage(story, data)
    _kinds(story, data)
    _categories(story, data)


def _shared(story: Story, data: ReportData) -> None:
    lang = data.lang
    story.heading(label("shared_title", lang), toc=True)
    if not data.shared:
        story.para(label("shared_none", lang), style.NOTE)
        return
    rows = [[s.title, s.agency, ", ".join(one_line(g) for g in s.groups)] for s in data.shared]
    header = [label("program", lang), label("agency", lang), label("groups", lang)]
    story.add(table(header, rows, [50, 22, 28]))


def _coverage(story: Story, data: ReportData) -> None:
    lang = data.lang
    story.heading(label("coverage_title", lang), toc=True)
    areas = data.focus_areas
    names = "; ".join(f"{fa.number} {focus_title(fa, lang, short=True)}" for fa in areas)
    story.para(
        f"{label('coverage_intro', lang)} {label('coverage_columns', lang, areas=names)}",
        style.NOTE,
    )
    header = [label("crf_goal", lang)] + [str(fa.number) for fa in areas]
    rows: list[list[str]] = []
    bands = []
    dimension = None
    for row in data.coverage:
        if row.dimension != dimension:
            dimension = row.dimension
            bands.append(len(rows))
            rows.append([dimension, *([""] * len(areas))])
        rows.append([row.label, *row.marks])
    rows.append([label("own_elements", lang), *(str(n) if n else "" for n in data.own_elements)])
    share = min(8.0, 40 / max(1, len(areas)))
    centred = tuple(range(1, len(areas) + 1))
    widths = [60.0, *([share] * len(areas))]
    story.add(
        table(
            header,
            rows,
            widths,
            center=centred,
            max_lines=3,
            emphasis=bands,
            width=FRAME_W * sum(widths) / 100,
        )
    )
    story.para(label("coverage_legend", lang), style.NOTE)


def _kinds(story: Story, data: ReportData) -> None:
    lang = data.lang
    story.heading(label("kinds_title", lang), toc=True)
    if not data.kinds:
        story.para(label("no_participants", lang), style.NOTE)
        return
    story.para(f"{label('present', lang)} / {label('registered', lang)}", style.NOTE)
    bars = [
        Bar(
            k.label or label("kind_unknown", lang), k.present, True, f"{k.present} / {k.registered}"
        )
        for k in data.kinds
    ]
    story.add(LeanDrawing(bar_chart(bars, FRAME_W)))


def _categories(story: Story, data: ReportData) -> None:
    lang = data.lang
    story.heading(label("categories_title", lang), toc=True)
    if not data.categories:
        story.para(label("categories_none", lang), style.NOTE)
        return
    rows = []
    last_set = None
    for c in data.categories:
        for i, title in enumerate(c.programs):
            first_of_set = c.set_name != last_set
            last_set = c.set_name
            rows.append([c.set_name if first_of_set else "", c.label if i == 0 else "", title])
    header = [label("category_set", lang), label("category", lang), label("programs", lang)]
    story.add(table(header, rows, [22, 22, 56], max_lines=4))
