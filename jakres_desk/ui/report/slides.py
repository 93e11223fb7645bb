"""The plenary presentation as plain slides, built from the report's own data (report/data.py).

A slide only says what to show; present.py draws it. Long lists run over
several slides ("2/3") with a fixed number of rows each, so a slide never
crams text into small type.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject

from jakres_desk.core.rules.decisions import DecisionState
from jakres_desk.report.data import GroupReport, RankRow, ReportData, focus_title
from jakres_desk.report.group import sentence
from jakres_desk.report.text import long_date, one_line, score_text, scored_mark, weight_text

OVERVIEW_ROWS = 3  # focus areas per overview slide, each with its sentence (three lines)
ELEMENT_LINES = 10  # elements and targets per slide, one line each
CRITERIA_ROWS = 4  # each with up to two lines of description
PROGRAM_ROWS = 5  # programs per slide, each with two lines of title and its agency
SHARED_ROWS = 5
BARS = 12  # bars on the votes slide
UNDECIDED_ROWS = 10  # the top of the ranking shown while nothing is decided


@dataclass(frozen=True)
class Row:
    """One line of a list slide: a lead mark, the text, a muted detail, a figure at the right."""

    text: str
    detail: str = ""
    lead: str = ""
    figure: str = ""
    level: int = 0  # 0: an item; 1: a point under the item above
    strong: bool = False


@dataclass(frozen=True)
class Bar:
    """One bar of the votes chart."""

    label: str
    value: int
    strong: bool


@dataclass(frozen=True)
class Slide:
    """What one slide shows."""

    kind: str  # title, overview, elements, criteria, programs, votes, shared
    title: str
    kicker: str = ""  # the small line above the title: the group and its focus area
    part: str = ""  # "2/3" when a list runs over several slides
    group: int | None = None  # the group's position in the report, for jumping to it
    rows: tuple[Row, ...] = ()
    slots: int = 0  # the rows a full slide of this kind holds
    bars: tuple[Bar, ...] = ()
    figure_label: str = ""  # heads the column of figures
    note: str = ""  # a muted line under the list, or the message when the list is empty
    lines: tuple[str, ...] = ()  # the title slide's facts
    legend: tuple[tuple[str, bool], ...] = ()  # the votes chart's colours: (meaning, accent?)


def chunks(items: list[Row], size: int) -> list[list[Row]]:
    """The rows cut into slides of `size` (one empty slide when there are none)."""
    return [items[i : i + size] for i in range(0, len(items), size)] or [[]]


def element_chunks(rows: list[Row], size: int) -> list[list[Row]]:
    """Like chunks(), but an element starts a new slide rather than leave its targets behind."""
    pages: list[list[Row]] = [[]]
    for i, row in enumerate(rows):
        if row.level == 0:
            block = 1
            while i + block < len(rows) and rows[i + block].level == 1:
                block += 1
            if pages[-1] and len(pages[-1]) + min(block, size) > size:
                pages.append([])
        elif len(pages[-1]) >= size:
            pages.append([])
        pages[-1].append(row)
    return pages


class SlideMaker(QObject):
    """Builds the deck; a QObject so that its words are translated like the rest of the UI."""

    def __init__(self, data: ReportData) -> None:
        super().__init__()
        self.data = data
        self.lang = data.lang

    def slides(self) -> list[Slide]:
        """Title, overview, every group's slides, then what groups share."""
        deck = [self.title_slide(), *self.overview()]
        for index, gr in enumerate(self.data.groups):
            deck += self.group_slides(index, gr)
        if not self.data.single_group:
            deck += self.shared()
        return deck

    def title_slide(self) -> Slide:
        ws = self.data.workshop
        lines = tuple(
            v
            for v in (long_date(ws.date, self.lang), one_line(ws.venue), one_line(ws.organiser))
            if v
        )
        note = self.tr("Illustrative data") if ws.illustrative else ""
        return Slide(
            "title", one_line(ws.title), self.tr("Plenary summary"), lines=lines, note=note
        )

    def overview(self) -> list[Slide]:
        rows = [
            Row(self._focus_line(gr), sentence(gr, self.lang), lead=str(gr.priorities))
            for gr in self.data.groups
        ]
        note = "" if rows else self.tr("The workshop has no groups yet.")
        data = self.data
        if not data.single_group and data.decisions:  # linked programs count once
            note = (
                self.tr("%1 distinct priority programs (%2 group decisions)")
                .replace("%1", str(data.distinct_priorities))
                .replace("%2", str(data.decisions))
            )
        pages = -(-len(rows) // OVERVIEW_ROWS) or 1
        size = -(-len(rows) // pages) or OVERVIEW_ROWS  # balanced: 6 groups are 3 and 3
        return self._paged("overview", self.tr("Overview by focus area"), rows, size, note=note)

    def _area(self, gr: GroupReport, *, short: bool) -> str:
        """'Focus area 3: <title>' ('' for a group without a focus area)."""
        if gr.focus is None:
            return ""
        return (
            self.tr("Focus area %1: %2")
            .replace("%1", str(gr.focus.number))
            .replace("%2", focus_title(gr.focus, self.lang, short=short))
        )

    def _focus_line(self, gr: GroupReport) -> str:
        area = self._area(gr, short=True)
        return f"{area} · {one_line(gr.group.name)}" if area else one_line(gr.group.name)

    def _kicker(self, gr: GroupReport) -> str:
        area = self._area(gr, short=False)
        return f"{one_line(gr.group.name)} · {area}" if area else one_line(gr.group.name)

    def group_slides(self, index: int, gr: GroupReport) -> list[Slide]:
        """Elements and targets, criteria, priority programs, votes."""
        kicker = self._kicker(gr)
        return [
            *self._paged(
                "elements",
                self.tr("Elements and targets"),
                self._element_rows(gr),
                ELEMENT_LINES,
                kicker=kicker,
                group=index,
                note="" if gr.elements else self.tr("The group has chosen no elements."),
            ),
            *self._criteria(index, gr, kicker),
            *self._programs(index, gr, kicker),
            self._votes(index, gr, kicker),
        ]

    def _element_rows(self, gr: GroupReport) -> list[Row]:
        rows = []
        for n, e in enumerate(gr.elements, start=1):
            rows.append(Row(one_line(e.title), lead=f"{n}."))
            rows += [Row(one_line(t.statement), lead="•", level=1) for t in e.targets]
        return rows

    def _criteria(self, index: int, gr: GroupReport, kicker: str) -> list[Slide]:
        rows = [
            Row(
                one_line(c.name),
                one_line(c.description),
                lead=self.tr("C%1").replace("%1", str(n)),
                figure=f"× {weight_text(c.weight, self.lang)}",
            )
            for n, c in enumerate(gr.criteria, start=1)
        ]
        return self._paged(
            "criteria",
            self.tr("Criteria and weights"),
            rows,
            CRITERIA_ROWS,
            kicker=kicker,
            group=index,
            figure_label=self.tr("Weight"),
            note="" if rows else self.tr("The group has agreed no criteria."),
        )

    def _programs(self, index: int, gr: GroupReport, kicker: str) -> list[Slide]:
        by_score = self.data.workshop.ranking_method == "score"
        figure_label = self.tr("Score") if by_score else self.tr("Dots")
        if gr.decided:
            chosen = [r for r in gr.ranking if r.priority]
            title = self.tr("Priority programs")
            note = "" if chosen else self.tr("The group chose no priority programs.")
            if gr.stale:  # the PDF's note, said where the room looks
                note = self.tr(
                    "⚠ %1 decisions were taken before the latest votes: apply the rule again."
                ).replace("%1", str(gr.stale))
        else:
            chosen = list(gr.ranking[:UNDECIDED_ROWS])
            title = self.tr("Ranking so far")
            note = (
                self.tr("Not decided yet: the top of the ranking.")
                if chosen
                else self.tr("The group has no candidate programs yet.")
            )
        rows = [self._program_row(r, by_score) for r in chosen]
        left_out = [r for r in gr.ranking if r.state is DecisionState.OVERRIDE and not r.priority]
        if gr.decided and left_out:  # the facilitator's "no" is said too, as the PDF says it
            names = "; ".join(one_line(r.title) for r in left_out)
            said = self.tr("✎ Left out by the facilitator: %1").replace("%1", names)
            note = f"{note} {said}".strip()
        partial = next((r for r in chosen if r.partial), None)
        if partial is not None and by_score:  # the mark on a row is explained where it is seen
            legend = self.tr(
                "(%1/%2) incomplete score: scored on %1 of %2 criteria; not ranked and not a "
                "priority by the rule until every criterion is scored."
            )
            legend = legend.replace("%1", str(partial.scored)).replace("%2", str(partial.criteria))
            note = f"{note} {legend}".strip()
        return self._paged(
            "programs",
            title,
            rows,
            PROGRAM_ROWS,
            kicker=kicker,
            group=index,
            figure_label=figure_label if rows else "",
            note=note,
        )

    def _program_row(self, r: RankRow, by_score: bool) -> Row:
        figure = score_text(r.score, self.lang) if by_score else str(r.dots)
        rank = "–" if r.unranked else f"{r.rank}=" if r.tied else str(r.rank)
        detail = one_line(r.agency)
        if r.partial and by_score:  # said in words beside the figure it qualifies
            mark = self.tr("%1 incomplete score").replace("%1", scored_mark(r.scored, r.criteria))
            detail = " · ".join(p for p in (detail, mark) if p)
        if r.stale:
            detail = " · ".join(p for p in (detail, self.tr("⚠ decision out of date")) if p)
        if r.state is DecisionState.OVERRIDE:  # marked as the PDF marks it, with its reason
            said = self.tr("facilitator's decision")
            said = f"{said}: {one_line(r.reason)}" if r.reason.strip() else said
            detail = " · ".join(p for p in (detail, f"✎ {said}") if p)
        return Row(one_line(r.title), detail, lead=rank, figure=figure, strong=bool(r.priority))

    def _votes(self, index: int, gr: GroupReport, kicker: str) -> Slide:
        voted = sorted((r for r in gr.ranking if r.dots), key=lambda r: (-r.dots, r.rank))
        bars = tuple(Bar(one_line(r.title), r.dots, bool(r.priority)) for r in voted[:BARS])
        if not voted:
            note = self.tr("No dots have been given yet.")
        elif len(voted) > BARS:
            note = (
                self.tr("The %1 programs with the most dots, of %2 that got dots.")
                .replace("%1", str(BARS))
                .replace("%2", str(len(voted)))
            )
        else:
            note = ""
        legend = ((self.tr("priority program"), True), (self.tr("other program"), False))
        return Slide(
            "votes",
            self.tr("Dot votes"),
            kicker,
            group=index,
            bars=bars,
            note=note,
            legend=legend if gr.decided and bars else (),
        )

    def shared(self) -> list[Slide]:
        rows = [
            Row(
                one_line(s.title),
                " · ".join(p for p in (one_line(s.agency), ", ".join(s.groups)) if p),
                figure=str(len(s.groups)),
            )
            for s in self.data.shared
        ]
        note = "" if rows else self.tr("No program was prioritised by more than one group.")
        return self._paged(
            "shared",
            self.tr("Programs prioritised by more than one group"),
            rows,
            SHARED_ROWS,
            kicker=self.tr("Across groups"),
            figure_label=self.tr("Groups") if rows else "",
            note=note,
        )

    def _paged(
        self,
        kind: str,
        title: str,
        rows: list[Row],
        size: int,
        *,
        kicker: str = "",
        group: int | None = None,
        figure_label: str = "",
        note: str = "",
    ) -> list[Slide]:
        pages = element_chunks(rows, size) if kind == "elements" else chunks(rows, size)
        return [
            Slide(
                kind,
                title,
                kicker,
                f"{n}/{len(pages)}" if len(pages) > 1 else "",
                group,
                tuple(page),
                size,
                figure_label=figure_label,
                note=note,
            )
            for n, page in enumerate(pages, start=1)
        ]


def build_slides(data: ReportData) -> list[Slide]:
    """Every slide of the plenary presentation, in order."""
    return SlideMaker(data).slides()
