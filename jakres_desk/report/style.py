"""The look of the report: one accent colour, calm greys, a small set of text styles.

Everything stays readable printed in black and white: the accent is dark,
table headers are white on it, zebra rows are a very light grey.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus.tables import CellStyle

from jakres_desk.report.fonts import BOLD, REGULAR, register

register()

ACCENT = colors.HexColor("#1F5A73")  # a deep steel blue
ACCENT_LIGHT = colors.HexColor("#DCE8EE")
INK = colors.HexColor("#1E2328")
MUTED = colors.HexColor("#5E6A73")
RULE = colors.HexColor("#B9C3C9")
ZEBRA = colors.HexColor("#F1F4F6")
BAR_OTHER = colors.HexColor("#BCC6CC")
WHITE = colors.white

BODY = 9.5
SMALL = 7.5
CELL = 8.0
CELL_LEADING = 9.8
PAD = 4.0  # left/right padding of a table cell

__all__ = ["BOLD", "REGULAR"]


def _para(name: str, size: float, leading: float, **kw: Any) -> ParagraphStyle:
    base: dict[str, Any] = {
        "fontName": REGULAR,
        "fontSize": size,
        "leading": leading,
        "textColor": INK,
        "alignment": TA_LEFT,
        "splitLongWords": 1,
        # reportlab lets a line run 5 % of its spaces past the margin, meant for
        # justified text; left-aligned lines must stay inside.
        "spaceShrinkage": 0,
    }
    base.update(kw)
    return ParagraphStyle(name, **base)


BODY_STYLE = _para("body", BODY, 13.5, spaceAfter=5)
NOTE = _para("note", SMALL + 0.5, 10.5, textColor=MUTED, spaceAfter=3)
LEAD = _para(
    "lead",
    BODY + 1,
    15,
    borderPadding=(7, 9, 7, 9),
    leftIndent=9,  # the band's padding stays inside the margins
    rightIndent=9,
    backColor=ACCENT_LIGHT,
    spaceBefore=8,
    spaceAfter=14,
)
WARNING = colors.HexColor("#8A4B00")  # a dark amber: something to act on
WARNING_LIGHT = colors.HexColor("#FFF0D9")
ALERT = _para(
    "alert",
    BODY,
    13.5,
    borderPadding=(6, 9, 6, 9),
    leftIndent=9,
    rightIndent=9,
    backColor=WARNING_LIGHT,
    textColor=WARNING,
    spaceBefore=2,
    spaceAfter=12,
)
H1 = _para("h1", 17, 21, fontName=BOLD, textColor=ACCENT, spaceAfter=4)
SUBTITLE = _para("subtitle", BODY + 1, 14, textColor=MUTED, spaceAfter=10)
H2 = _para("h2", 12, 15, fontName=BOLD, textColor=ACCENT, spaceBefore=12, spaceAfter=5)
H3 = _para("h3", BODY + 0.5, 13, fontName=BOLD, textColor=INK, spaceBefore=6, spaceAfter=2)
ITEM = _para("item", BODY - 0.5, 12, leftIndent=12, spaceAfter=2)
ITEM_NOTE = _para("itemnote", SMALL + 0.5, 10.5, leftIndent=12, textColor=MUTED, spaceAfter=4)
COVER_KICKER = _para("kicker", 11, 14, fontName=BOLD, textColor=ACCENT, spaceAfter=10)
COVER_TITLE = _para("ctitle", 26, 31, fontName=BOLD, textColor=INK, spaceAfter=14)
COVER_SUB = _para("csub", 13, 17, textColor=MUTED, spaceAfter=26)
COVER_KEY = _para("ckey", SMALL + 0.5, 10, fontName=BOLD, textColor=MUTED)
COVER_VALUE = _para("cvalue", BODY + 1, 14, spaceAfter=9)


def table_commands() -> list[Any]:
    """The one table look: accent header band, zebra rows, a closing rule."""
    return [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, ZEBRA]),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
    ]


@cache
def cell_style(*, header: bool, bold: bool, align: str) -> CellStyle:
    """One shared cell style per kind of cell.

    Set directly instead of through TableStyle commands, which reportlab applies
    cell by cell: with thousands of rows that was the largest cost of building
    the tables. Nothing changes a cell style afterwards, so sharing is safe.
    """
    cs = CellStyle(f"jakres-{header}-{bold}-{align}")
    cs.fontname = BOLD if header or bold else REGULAR
    cs.fontsize, cs.leading = CELL, CELL_LEADING
    cs.color = WHITE if header else INK
    cs.alignment, cs.valign = align, "TOP"
    cs.leftPadding = cs.rightPadding = PAD
    cs.topPadding = cs.bottomPadding = 2.6
    return cs
