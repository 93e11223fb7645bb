"""What is seen across groups: shared priorities, CRF coverage, who came, categories."""

from __future__ import annotations

from jakres_desk.report import style
from jakres_desk.report.charts import Bar, bar_chart
from jakres_desk.report.data import ReportData, focus_title
from jakres_desk.report.doc import FRAME_W
from jakres_desk.report.lean import LeanDrawing
from jakres_desk.report.programs import ProgramLine
from jakres_desk.report.story import Story
from jakres_desk.report.tables import table
from jakres_desk.report.text import label, one_line


def write_across(story: Story, data: ReportData) -> None:
    """The cross-group section (left out of a single group's summary)."""
    lang = data.lang
    story.section(label("across", lang), header=label("across", lang))
    _shared(story, data)
    if any(p.categories for p in data.programs):
        _pillars(story, data)
        _categories(story, data)
    _coverage(story, data)
    _kinds(story, data)
    if not any(p.categories for p in data.programs):
        story.para(label("categories_none_line", lang), style.NOTE)  # one line, not a page


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
    """Category × program × groups × agency × priority, one row per distinct program."""
    lang = data.lang
    story.heading(label("categories_title", lang), toc=True)
    story.para(label("categories_intro", lang), style.NOTE)
    by_cat: dict[str, list[ProgramLine]] = {}
    for p in data.programs:
        for cid in p.categories:
            by_cat.setdefault(cid, []).append(p)
    rows: list[list[str]] = []
    bands: list[int] = []
    used = [c for c in data.category_info if c.id in by_cat]
    several = len({c.set_key or c.set_name for c in used}) > 1
    last_set = None
    for c in used:
        if several and c.set_name != last_set:  # a band naming the set when there are several
            last_set = c.set_name
            bands.append(len(rows))
            rows.append([c.set_name, "", "", "", ""])
        progs = sorted(by_cat[c.id], key=lambda p: (not p.priority, p.title.casefold()))
        for p in progs:
            rows.append(
                [
                    c.label,  # on every row: a page of the table reads on its own
                    p.title,
                    p.agency,
                    ", ".join(one_line(g) for g in p.groups),
                    ", ".join(one_line(g) for g in p.priority_groups) or "–",
                ]
            )
    header = [
        label("category", lang),
        label("program", lang),
        label("agency", lang),
        label("candidate_in", lang),
        label("priority_in", lang),
    ]
    story.add(table(header, rows, [17, 35, 18, 15, 15], max_lines=4, emphasis=bands))


def _pillars(story: Story, data: ReportData) -> None:
    """The Jakarta pillars (or the first set) by the focus areas of the groups: priority / all."""
    lang = data.lang
    cats = [c for c in data.category_info if c.set_key == "jakarta-pillars"]
    if not cats or not data.focus_areas:
        return
    story.heading(label("pillars_title", lang), toc=True)
    story.para(label("pillars_intro", lang), style.NOTE)
    areas = data.focus_areas
    ids = {c.id for c in cats}

    def cell(progs: list[ProgramLine]) -> str:
        return f"{sum(p.priority for p in progs)} / {len(progs)}" if progs else ""

    rows = []
    groups_of: list[tuple[str, list[ProgramLine]]] = [
        (c.label, [p for p in data.programs if c.id in p.categories]) for c in cats
    ]
    groups_of.append(
        (label("uncategorised", lang), [p for p in data.programs if not ids & set(p.categories)])
    )
    for name, progs in groups_of:
        per_area = [cell([p for p in progs if fa.number in p.focus]) for fa in areas]
        rows.append([name, *per_area, cell(progs)])
    header = [label("pillar", lang), *(str(fa.number) for fa in areas), label("total", lang)]
    share = min(9.0, 50 / max(1, len(areas)))
    widths = [30.0, *([share] * len(areas)), 12.0]
    centred = tuple(range(1, len(areas) + 2))
    story.add(table(header, rows, widths, center=centred, width=FRAME_W * sum(widths) / 100))
    names = "; ".join(f"{fa.number} {focus_title(fa, lang, short=True)}" for fa in areas)
    story.para(label("coverage_columns", lang, areas=names), style.NOTE)
