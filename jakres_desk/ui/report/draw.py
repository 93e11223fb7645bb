"""Drawing one slide with QPainter on a canvas 1080 units high, scaled to the window.

Every size below is in pixels of a 1080-line projector; the painter scales the
whole canvas with the window's height, so the type keeps its proportions on
any screen and long text is wrapped or cut with "…" rather than shrunk.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from jakres_desk.ui.fonts import family
from jakres_desk.ui.report.slides import Bar, Row, Slide

REF_HEIGHT = 1080
MIN_WIDTH = 1280  # a window narrower than 1280:1080 scales by its width instead
BODY_PX, DETAIL_PX, TITLE_PX, COVER_PX, KICKER_PX, COUNTER_PX, BIG_PX = 42, 34, 64, 80, 34, 30, 84
LEADING = 1.2
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 96.0, 56.0, 76.0
LEAD_W, BULLET_W, BIG_LEAD_W, FIGURE_W, GAP = 110, 56, 170, 190, 28
LABEL_SHARE = 0.52  # of the chart's width, for the programs' names

PAPER, INK, MUTED, ACCENT = (
    QColor("#ffffff"),
    QColor("#1e2328"),
    QColor("#56626b"),
    QColor("#1f5a73"),
)
RULE, BAR_OTHER = QColor("#c9d1d6"), QColor("#aab6bd")
RULED = ("overview", "criteria", "programs", "shared")  # kinds whose rows are parted by a rule


def is_empty(slide: Slide) -> bool:
    """A list slide with nothing to list: its note is said in the body instead."""
    return slide.kind != "title" and not slide.rows and not slide.bars


def canvas_scale(width: float, height: float) -> float:
    """Window pixels per canvas unit: the height decides, unless the window is very narrow."""
    return max(0.05, min(height / REF_HEIGHT, width / MIN_WIDTH))


def font(px: float, bold: bool = False) -> QFont:
    """The typeface at a canvas size; unhinted, so it measures the same at every scale."""
    f = QFont(family())
    f.setPixelSize(max(1, round(px)))
    f.setBold(bold)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return f


def fitted(text: str, px: float, width: float, bold: bool = False) -> QFont:
    """The font at `px`, or smaller (down to three quarters) so that one line holds the text."""
    f = font(px, bold)
    wide = QFontMetricsF(f).horizontalAdvance(text)
    return f if wide <= width else font(max(px * 0.75, math.floor(px * width / wide)), bold)


def wrap(text: str, f: QFont, width: float, max_lines: int) -> list[str]:
    """Greedy word wrap into at most `max_lines`; the last line is cut in its middle if text
    is left, so that the ends that tell similar titles apart ("… Jakarta Barat") stay."""
    fm = QFontMetricsF(f)
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < max_lines:
        line = words.pop(0)
        while words and fm.horizontalAdvance(f"{line} {words[0]}") <= width:
            line += " " + words.pop(0)
        lines.append(line)
    if words or (lines and fm.horizontalAdvance(lines[-1]) > width):
        rest = " ".join([lines[-1], *words])
        lines[-1] = fm.elidedText(rest, Qt.TextElideMode.ElideMiddle, width)
    return lines


class Canvas:
    """One slide being drawn on a painter already scaled to canvas units."""

    def __init__(self, painter: QPainter, width: float, height: float) -> None:
        self.p = painter
        self.w = width
        self.h = height

    def text(
        self,
        x: float,
        y: float,
        w: float,
        text: str,
        f: QFont,
        color: QColor,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        *,
        line_h: float = 0.0,
        elide: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
    ) -> float:
        """One line at (x, y) top-left, cut to `w`; returns the line's height."""
        self.p.setFont(f)
        self.p.setPen(color)
        line_h = line_h or f.pixelSize() * LEADING
        shown = QFontMetricsF(f).elidedText(text, elide, w)
        self.p.drawText(QRectF(x, y, w, line_h), int(align | Qt.AlignmentFlag.AlignVCenter), shown)
        return line_h

    def lines(
        self, x: float, y: float, w: float, text: str, f: QFont, color: QColor, max_lines: int
    ) -> float:
        """Wrapped text; returns the height used."""
        top = y
        for line in wrap(text, f, w, max_lines):
            y += self.text(x, y, w, line, f, color)
        return y - top

    # --- parts of every slide -------------------------------------------------------

    def header(self, slide: Slide) -> float:
        """Kicker, title, page part and the accent mark; returns where the body starts."""
        x, w, y = MARGIN_X, self.w - 2 * MARGIN_X, MARGIN_TOP
        if slide.kicker:
            y += self.text(x, y, w, slide.kicker, font(KICKER_PX), MUTED)
        part_w = 0.0
        title_h = TITLE_PX * LEADING
        if slide.part:
            part_font = font(TITLE_PX * 0.6)
            part_w = QFontMetricsF(part_font).horizontalAdvance(slide.part) + GAP
            right = Qt.AlignmentFlag.AlignRight
            self.text(x, y, w, slide.part, part_font, MUTED, right, line_h=title_h)
        title_font = fitted(slide.title, TITLE_PX, w - part_w, bold=True)
        y += self.text(x, y, w - part_w, slide.title, title_font, INK, line_h=title_h)
        self.p.fillRect(QRectF(x, y + 10, 140, 7), ACCENT)
        if slide.figure_label:  # heads the figures, level with the accent mark
            right = Qt.AlignmentFlag.AlignRight
            self.text(x, y, w, slide.figure_label, font(DETAIL_PX), MUTED, right)
        return y + 48

    def footer(self, slide: Slide, counter: str) -> float:
        """The note or legend at the foot and the slide counter; returns where the body ends."""
        base = self.h - MARGIN_BOTTOM
        self.text(
            MARGIN_X,
            base + 16,
            self.w - 2 * MARGIN_X,
            counter,
            font(COUNTER_PX),
            MUTED,
            Qt.AlignmentFlag.AlignRight,
        )
        if slide.kind == "title" or is_empty(slide) or not (slide.note or slide.legend):
            return base
        y = base - DETAIL_PX * LEADING
        x = MARGIN_X
        for meaning, strong in slide.legend:
            self.p.fillRect(
                QRectF(x, y + DETAIL_PX * 0.25, DETAIL_PX * 0.8, DETAIL_PX * 0.8),
                ACCENT if strong else BAR_OTHER,
            )
            x += DETAIL_PX * 1.2
            f = font(DETAIL_PX)
            width = QFontMetricsF(f).horizontalAdvance(meaning)
            self.text(x, y, width + 4, meaning, f, INK)
            x += width + GAP * 2
        if slide.note:
            f = font(DETAIL_PX)
            if QFontMetricsF(f).horizontalAdvance(slide.note) > self.w - MARGIN_X - x:
                x, y = MARGIN_X, y - DETAIL_PX * LEADING  # its own line, above the legend
            self.text(x, y, self.w - MARGIN_X - x, slide.note, f, MUTED)
        return y - 12

    # --- the slides -------------------------------------------------------------------

    def title_slide(self, slide: Slide) -> None:
        x, w = MARGIN_X * 1.5, self.w - 3 * MARGIN_X
        y = self.h * 0.2
        y += self.text(x, y, w, slide.kicker.upper(), font(KICKER_PX, bold=True), ACCENT)
        y += 16
        y += self.lines(x, y, w, slide.title, font(COVER_PX, bold=True), INK, 3)
        self.p.fillRect(QRectF(x, y + 24, 180, 8), ACCENT)
        y += 80
        for n, line in enumerate(slide.lines):
            y += self.lines(x, y, w, line, font(BODY_PX, bold=n == 0), INK if n < 2 else MUTED, 2)
            y += 10
        if slide.note:
            self.text(MARGIN_X, self.h - MARGIN_BOTTOM + 16, w, slide.note, font(COUNTER_PX), MUTED)

    def message(self, text: str, area: QRectF) -> None:
        """What an empty list says instead ("The group has agreed no criteria.")."""
        self.lines(area.left(), area.top(), area.width(), text, font(BODY_PX), MUTED, 3)

    def rows(self, slide: Slide, area: QRectF) -> None:
        slot = area.height() / max(slide.slots, len(slide.rows))
        for i, row in enumerate(slide.rows):
            box = QRectF(area.left(), area.top() + i * slot, area.width(), slot)
            if slide.kind in RULED and i:
                self.p.fillRect(QRectF(box.left(), box.top() - 1, box.width(), 2), RULE)
            self.row(slide.kind, row, box)

    def row(self, kind: str, row: Row, box: QRectF) -> None:
        """One row in its slot: lead mark, text and detail (wrapped as room allows), figure."""
        overview = kind == "overview"
        lead_w = BIG_LEAD_W if overview else BULLET_W if row.level else LEAD_W if row.lead else 0
        x = box.left() + (LEAD_W if row.level else 0)
        y = box.top() + (10 if kind in RULED else 0)
        fig_w = FIGURE_W + GAP if row.figure else 0
        text_w = box.right() - fig_w - x - lead_w
        if row.lead:
            lead_font = font(BIG_PX if overview else BODY_PX, bold=row.level == 0)
            color = ACCENT if (row.strong or overview or row.level == 0) else MUTED
            self.text(x, y, lead_w, row.lead, lead_font, color)
        if row.figure:
            right = Qt.AlignmentFlag.AlignRight
            self.text(
                box.right() - FIGURE_W, y, FIGURE_W, row.figure, font(BODY_PX, True), INK, right
            )
        room = box.bottom() - y - 2
        bold = row.level == 0 and kind in ("elements", "overview", "criteria")
        detail_font = font(BODY_PX) if overview else font(DETAIL_PX)
        detail_h = detail_font.pixelSize() * LEADING if row.detail else 0.0
        most = 1 if overview else max(1, int((room - detail_h) // (BODY_PX * LEADING)))
        y0 = y
        y += self.lines(x + lead_w, y, text_w, row.text, font(BODY_PX, bold), INK, most)
        if row.detail:
            left = max(1, int((room - (y - y0)) // detail_h))
            self.lines(
                x + lead_w, y, text_w, row.detail, detail_font, INK if overview else MUTED, left
            )

    def bars(self, bars: tuple[Bar, ...], area: QRectF) -> None:
        slot = min(area.height() / len(bars), BODY_PX * 2.2)
        label_w = area.width() * LABEL_SHARE
        value_font = font(BODY_PX, bold=True)
        value_w = max(QFontMetricsF(value_font).horizontalAdvance(str(b.value)) for b in bars)
        x0 = area.left() + label_w + GAP
        room = area.right() - x0 - GAP - value_w
        top = max(b.value for b in bars) or 1
        for i, b in enumerate(bars):
            y = area.top() + i * slot
            self.text(
                area.left(),
                y + (slot - BODY_PX * LEADING) / 2,
                label_w,
                b.label,
                font(BODY_PX),
                INK,
                elide=Qt.TextElideMode.ElideMiddle,  # the ends tell similar titles apart
            )
            length = room * b.value / top
            self.p.fillRect(
                QRectF(x0, y + slot * 0.18, length, slot * 0.64), ACCENT if b.strong else BAR_OTHER
            )
            self.text(
                x0 + length + GAP / 2,
                y + (slot - BODY_PX * LEADING) / 2,
                value_w + GAP,
                str(b.value),
                value_font,
                INK,
            )


def paint_slide(painter: QPainter, slide: Slide, width: int, height: int, counter: str) -> None:
    """Draw `slide` filling a width x height device, with `counter` ("3 / 40") in its corner."""
    painter.fillRect(0, 0, width, height, PAPER)
    scale = canvas_scale(width, height)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.scale(scale, scale)
    canvas = Canvas(painter, width / scale, height / scale)
    bottom = canvas.footer(slide, counter)
    if slide.kind == "title":
        canvas.title_slide(slide)
    else:
        top = canvas.header(slide)
        area = QRectF(MARGIN_X, top, canvas.w - 2 * MARGIN_X, bottom - top)
        if is_empty(slide):
            canvas.message(slide.note, area)
        elif slide.kind == "votes":
            canvas.bars(slide.bars, area)
        else:
            canvas.rows(slide, area)
    painter.restore()
