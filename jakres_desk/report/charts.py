"""Horizontal bar charts drawn with reportlab.graphics: labels left, bars, values at the end."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from jakres_desk.report import style
from jakres_desk.report.shapes import Drawing, Line, Rect, String
from jakres_desk.report.text import fit_middle, text_width

ROW = 13.0
BAR = 8.5
LABEL_SHARE = 0.44


class Bar(NamedTuple):
    """One bar: its label, its value, and whether it is drawn in the accent colour."""

    label: str
    value: float
    strong: bool = False
    shown: str = ""  # the value as printed; empty: the value itself


def chart_height(bars: int, *, legend: bool) -> float:
    """The height of a chart of so many bars."""
    return bars * ROW + 6 + (16.0 if legend else 0.0)


def bar_chart(
    bars: Sequence[Bar], width: float, legend: Sequence[tuple[str, bool]] = ()
) -> Drawing:
    """A chart of one bar per row, the longest bar spanning the room left for bars."""
    legend_h = 16.0 if legend else 0.0
    height = chart_height(len(bars), legend=bool(legend))
    d = Drawing(width, height)
    label_w = width * LABEL_SHARE
    values = [b.shown or f"{b.value:g}" for b in bars]
    widest = max((text_width(v, style.REGULAR, style.SMALL) for v in values), default=0.0)
    room = width - label_w - 8 - 4 - widest - 2
    top = max((b.value for b in bars), default=0) or 1
    x0 = label_w + 8
    for i, b in enumerate(bars):
        y = height - (i + 1) * ROW
        text = fit_middle(b.label, label_w, style.REGULAR, style.SMALL)
        d.add(
            String(
                0, y + 2.2, text, fontName=style.REGULAR, fontSize=style.SMALL, fillColor=style.INK
            )
        )
        length = room * b.value / top
        fill = style.ACCENT if b.strong else style.BAR_OTHER
        if length > 0:
            d.add(Rect(x0, y, length, BAR, fillColor=fill, strokeColor=None))
        d.add(
            String(
                x0 + length + 4,
                y + 2.2,
                values[i],
                fontName=style.REGULAR,
                fontSize=style.SMALL,
                fillColor=style.MUTED,
            )
        )
    d.add(Line(x0, legend_h + 3, x0, height, strokeColor=style.RULE, strokeWidth=0.6))
    _legend(d, legend, x0)
    return d


def _legend(d: Drawing, legend: Sequence[tuple[str, bool]], x: float) -> None:
    for text, strong in legend:
        fill = style.ACCENT if strong else style.BAR_OTHER
        d.add(Rect(x, 1, 8, 7, fillColor=fill, strokeColor=None))
        d.add(
            String(
                x + 11,
                1.5,
                text,
                fontName=style.REGULAR,
                fontSize=style.SMALL,
                fillColor=style.MUTED,
            )
        )
        x += 11 + text_width(text, style.REGULAR, style.SMALL) + 16
