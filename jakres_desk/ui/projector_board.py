"""The projector's results area: the vote tally as large bars with the rule's line, or lines.

Kept apart from projector.py (the window, its clock and its keys) because this is
a drawing job: `plan()` works out every piece (text, bar, band, rule line) in the
widget's own pixels, and `paintEvent` only draws the plan, so a test can check
that every piece lies inside the window and no text is cut without "…".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from jakres_desk.ui.fonts import family

INK, MUTED, PAPER = "#111111", "#37474f", "#ffffff"
ACCENT, OTHER, STALE, CUTOFF, RULE = "#1f5a73", "#aab6bd", "#e65100", "#ffe0b2", "#b71c1c"
LEADING = 1.25
MIN_SLOT = 1.6  # a bar row is at least this many body lines high
MAX_SLOT = 2.4
BIG = 1.5  # a few lines (attendance, voting progress) are drawn this much larger
TITLE_SHARE = 0.5  # of the width, for the programs' titles
RANKING_SHARE = 0.55  # of the bars' width, for the column the list is ranked by


def font(px: float, bold: bool = False) -> QFont:
    """The projector's typeface at `px` pixels."""
    f = QFont(family())
    f.setPixelSize(max(1, round(px)))
    f.setBold(bold)
    return f


@dataclass(frozen=True)
class ChartRow:
    """One candidate as the room sees it: place, mark, title, dots, score and its colour."""

    rank: str  # "1." or "9=" (tied)
    mark: str  # "★" priority, "⚠" a decision out of date, "" otherwise
    title: str
    dots: int
    score: float | None
    score_text: str  # as every output shows it ("4.83", "4,83*", "—")
    strong: bool  # a priority program (decided, or by the rule while undecided)
    stale: bool  # decided before the latest votes (core DecisionState.STALE)
    tie_at_cutoff: bool  # tied across the cut-off, for the facilitator to decide


@dataclass(frozen=True)
class Chart:
    """The tally: rows best first, which column ranks them and where the rule draws its line."""

    rows: tuple[ChartRow, ...]
    caption: str  # the rule in words
    dots_heading: str
    score_heading: str
    more: str  # "… and %1 more"
    by_dots: bool
    score_max: float
    threshold: float | None = None  # a vertical line in the ranking column
    top_n: int | None = None  # a horizontal line under the n-th program
    legend: dict[str, str] = field(
        default_factory=dict
    )  # priority, stale, tied, cutoff, incomplete


@dataclass(frozen=True)
class Piece:
    """One thing to draw, in the board's pixels."""

    kind: str  # text, bar, band, vline, hline
    rect: QRectF
    text: str = ""
    px: int = 0
    color: str = INK
    bold: bool = False
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft


@dataclass
class Plan:
    """What the board draws, and how many results it had to leave out."""

    pieces: list[Piece] = field(default_factory=list)
    hidden: int = 0

    def text(
        self,
        rect: QRectF,
        text: str,
        px: int,
        color: str = INK,
        bold: bool = False,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        elide: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
    ) -> None:
        """A one-line text, cut with "…" (in its middle for titles) to fit its rect."""
        shown = QFontMetricsF(font(px, bold)).elidedText(text, elide, rect.width())
        self.pieces.append(Piece("text", rect, shown, px, color, bold, align))

    def texts(self) -> list[str]:
        """Every text drawn, top to bottom."""
        return [p.text for p in self.pieces if p.kind in ("text", "wrapped")]


class Board(QWidget):
    """Draws the current step's results: a bar chart of the tally, or lines of large text."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("body")
        # Long results must not grow the window: they are fitted to it instead.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.lines: list[str] = []
        self.chart: Chart | None = None
        self.more = "… and %1 more"

    @property
    def px(self) -> int:
        """The body text's pixel size (the window sets the board's font for its height)."""
        return max(1, self.font().pixelSize())

    def show_lines(self, lines: list[str], more: str) -> None:
        """Lines of text (a step's results so far, or how voting is going)."""
        self.lines, self.chart, self.more = list(lines), None, more
        self.update()

    def show_chart(self, chart: Chart) -> None:
        """The tally as bars."""
        self.lines, self.chart = [], chart
        self.update()

    def text(self) -> str:
        """What the board shows, as text (one line per row)."""
        return "\n".join(self.plan().texts())

    def plan(self) -> Plan:
        """Every piece to draw at the board's present size."""
        area = QRectF(self.rect())
        if self.chart is not None and self.chart.rows:
            return ChartPlan(self.chart, area, self.px).plan
        return lines_plan(self.lines, area, self.px, self.more)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        for piece in self.plan().pieces:
            draw(painter, piece)
        painter.end()


def draw(painter: QPainter, piece: Piece) -> None:
    """One piece of a plan."""
    if piece.kind in ("bar", "band"):
        painter.fillRect(piece.rect, QColor(piece.color))
    elif piece.kind in ("vline", "hline"):
        pen = QPen(QColor(piece.color), max(2.0, piece.px / 8))
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        r = piece.rect
        if piece.kind == "vline":
            painter.drawLine(r.center().x(), r.top(), r.center().x(), r.bottom())
        else:
            painter.drawLine(r.left(), r.center().y(), r.right(), r.center().y())
    else:
        painter.setFont(font(piece.px, piece.bold))
        painter.setPen(QColor(piece.color))
        flags = piece.align | Qt.AlignmentFlag.AlignVCenter
        if piece.kind == "wrapped":
            flags = piece.align | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        painter.drawText(piece.rect, int(flags), piece.text)


# --- lines ------------------------------------------------------------------------------


def wrapped_height(text: str, px: int, width: float) -> float:
    """The height of `text` word-wrapped to `width`."""
    flags = int(Qt.TextFlag.TextWordWrap)
    return QFontMetricsF(font(px)).boundingRect(QRectF(0, 0, width, 1 << 20), flags, text).height()


def lines_plan(lines: list[str], area: QRectF, px: int, more: str) -> Plan:
    """The lines large when few, at body size when many; what does not fit is counted."""
    plan = Plan()
    if not lines or area.height() <= 0 or area.width() <= 0:
        return plan
    for size in (round(px * BIG), round(px * 1.25), px):
        if _stacked(plan, lines, area, size):
            return plan
    shown = list(lines)
    while len(shown) > 1:
        shown.pop()
        plan.hidden = len(lines) - len(shown)
        if _stacked(plan, [*shown, more.replace("%1", str(plan.hidden))], area, px):
            return plan
    plan.hidden = len(lines) - 1
    plan.text(QRectF(area.left(), area.top(), area.width(), px * LEADING), lines[0], px)
    return plan


def _stacked(plan: Plan, lines: list[str], area: QRectF, px: int) -> bool:
    """Put the lines one under the other if they all fit (each wrapped as it needs)."""
    heights = [wrapped_height(line, px, area.width()) + px * 0.3 for line in lines]
    if sum(heights) > area.height():
        return False
    y = area.top()
    for line, h in zip(lines, heights, strict=True):
        plan.pieces.append(Piece("wrapped", QRectF(area.left(), y, area.width(), h), line, px))
        y += h
    return True


# --- the chart --------------------------------------------------------------------------


def legend_of(rows: list[ChartRow], words: dict[str, str]) -> str:
    """The meanings of the marks these rows carry, on one line where it fits."""
    found = {
        "priority": any(r.mark == "★" for r in rows),
        "stale": any(r.stale for r in rows),
        "tied": any(r.rank.endswith("=") for r in rows),
        "cutoff": any(r.tie_at_cutoff for r in rows),
        "incomplete": any(r.score_text.endswith("*") for r in rows),
    }
    return "   ".join(text for key, text in words.items() if found.get(key))


class ChartPlan:
    """Lays out the tally: caption, column headings, one slot per program, the rule's line."""

    def __init__(self, chart: Chart, area: QRectF, px: int) -> None:
        self.chart, self.area, self.px = chart, area, px
        self.plan = Plan()
        self.gap = px * 0.6
        self.line = px * LEADING
        self.top = area.top() + 2 * self.line  # under the caption and the column headings
        rows = self._fitting(list(chart.rows))
        room = self.bottom - self.top
        self.rows = rows
        self.slot = room / max(1, len(rows) + bool(self.plan.hidden))
        self._columns()
        self._caption()
        for i, row in enumerate(rows):
            self._row(i, row)
        self._rule_lines()
        if self.legend:
            rect = QRectF(
                area.left(),
                self.bottom + px * 0.3,
                area.width(),
                area.bottom() - self.bottom - px * 0.3,
            )
            self.plan.pieces.append(Piece("wrapped", rect, self.legend, px, MUTED))
        if self.plan.hidden:
            y = self.top + len(rows) * self.slot
            text = chart.more.replace("%1", str(self.plan.hidden))
            rect = QRectF(self.title_x, y, area.right() - self.title_x, self.slot)
            self.plan.text(rect, text, px, MUTED)

    def _fitting(self, rows: list[ChartRow]) -> list[ChartRow]:
        """The rows that fit above the legend of their own marks; sets `bottom` and `hidden`."""
        px, room = self.px, self.area.bottom() - self.top
        shown, legend_h = rows, 0.0
        for _ in range(3):  # the legend depends on the rows shown, and their number on it
            fits = max(1, int((room - legend_h) // (px * MIN_SLOT)))
            shown = rows if len(rows) <= fits else rows[: fits - 1]  # the last: "… and n more"
            self.legend = legend_of(shown, self.chart.legend)
            needed = (
                wrapped_height(self.legend, px, self.area.width()) + px * 0.3 if self.legend else 0
            )
            if needed <= legend_h:
                break
            legend_h = needed
        self.plan.hidden = len(rows) - len(shown)
        slots = len(shown) + bool(self.plan.hidden)
        self.bottom = self.top + min((room - legend_h) / max(1, slots), px * MAX_SLOT) * slots
        return shown

    def _columns(self) -> None:
        a, px, bold = self.area, self.px, QFontMetricsF(font(self.px, True))
        self.rank_w = bold.horizontalAdvance("00=") + self.gap / 2
        self.mark_w = px * 1.3
        self.title_x = a.left() + self.rank_w + self.mark_w
        self.title_w = a.width() * TITLE_SHARE - self.rank_w - self.mark_w
        left = self.title_x + self.title_w + self.gap
        room = a.right() - left - self.gap
        first, second = (
            (left, room * RANKING_SHARE),
            (left + room * RANKING_SHARE + self.gap, room * (1 - RANKING_SHARE)),
        )
        self.value_w = bold.horizontalAdvance("0,00*") + self.gap / 2
        by_dots = self.chart.by_dots
        self.cols = {"dots": first if by_dots else second, "score": second if by_dots else first}
        top_dots = max([r.dots for r in self.chart.rows] + [1])
        if self.chart.by_dots and self.chart.threshold is not None:
            top_dots = max(top_dots, int(self.chart.threshold + 0.999))
        self.scale = {"dots": float(top_dots), "score": float(self.chart.score_max) or 1.0}

    def bar_w(self, column: str) -> float:
        """The longest bar of a column (its value is written after it)."""
        return self.cols[column][1] - self.value_w

    def x_of(self, column: str, value: float) -> float:
        """Where a value ends on a column's scale."""
        share = min(1.0, max(0.0, value / self.scale[column]))
        return self.cols[column][0] + self.bar_w(column) * share

    def _caption(self) -> None:
        a, px, line, c = self.area, self.px, self.line, self.chart
        self.plan.text(QRectF(a.left(), a.top(), a.width(), line), c.caption, px, bold=True)
        small = round(px * 0.85)
        for column, heading in (("dots", c.dots_heading), ("score", c.score_heading)):
            x, w = self.cols[column]
            ranks = (column == "dots") == c.by_dots  # the column the list is ranked by
            rect = QRectF(x, a.top() + line, w, line)
            self.plan.text(rect, heading, small, INK if ranks else MUTED, bold=ranks)

    def _row(self, i: int, row: ChartRow) -> None:
        a, px, plan = self.area, self.px, self.plan
        y, h = self.top + i * self.slot, self.slot
        if row.tie_at_cutoff:  # coloured as in the ranking view: the facilitator decides
            plan.pieces.append(Piece("band", QRectF(a.left(), y, a.width(), h), color=CUTOFF))
        plan.text(QRectF(a.left(), y, self.rank_w, h), row.rank, px, bold=True)
        mark_color = STALE if row.stale else ACCENT
        plan.text(QRectF(a.left() + self.rank_w, y, self.mark_w, h), row.mark, px, mark_color)
        plan.text(
            QRectF(self.title_x, y, self.title_w, h),
            row.title,
            px,
            elide=Qt.TextElideMode.ElideMiddle,
        )  # the ends tell similar titles apart
        color = STALE if row.stale else ACCENT if row.strong else OTHER
        values = (("dots", float(row.dots), str(row.dots)), ("score", row.score, row.score_text))
        right = Qt.AlignmentFlag.AlignRight
        for column, value, text in values:
            x, w = self.cols[column]
            if value:
                end = self.x_of(column, value)
                plan.pieces.append(
                    Piece("bar", QRectF(x, y + h * 0.2, end - x, h * 0.6), color=color)
                )
            value_rect = QRectF(x + w - self.value_w, y, self.value_w, h)
            plan.text(value_rect, text, px, bold=True, align=right)

    def _rule_lines(self) -> None:
        c, px, a = self.chart, self.px, self.area
        bottom = self.top + len(self.rows) * self.slot
        if c.threshold is not None:
            x = self.x_of("dots" if c.by_dots else "score", c.threshold)
            line = QRectF(x - px / 4, self.top - px * 0.2, px / 2, bottom - self.top + px * 0.2)
            self.plan.pieces.append(Piece("vline", line, px=px, color=RULE))
        if c.top_n is not None and 0 < c.top_n < len(self.rows):
            y = self.top + c.top_n * self.slot
            line = QRectF(a.left(), y - px / 4, a.width(), px / 2)
            self.plan.pieces.append(Piece("hline", line, px=px, color=RULE))
