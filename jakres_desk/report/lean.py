"""Lean drawing of text-heavy flowables: table cells and chart labels as one text block.

reportlab draws each line of each table cell (and each string of a chart)
through a fresh text object: font set-up, origin, encoding, closing. With
thousands of rows that was most of the cost of a report. Here the lines are
collected while reportlab lays things out, then written as one BT…ET block
inside q…Q (so the canvas's own idea of the current font and colour stays
true). Backgrounds, rules, splitting and repeated headers stay reportlab's.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.platypus import Flowable, Table

from jakres_desk.report.shapes import Drawing, Line, Rect, String
from jakres_desk.report.text import text_width

# (font name, size, (r, g, b), x, y, text, "LEFT" | "RIGHT" | "CENTER")
TextLine = tuple[str, float, tuple[float, float, float], float, float, str, str]


class LeanTable(Table):
    """A Table whose plain string cells are drawn in one text block."""

    def normalizeData(self, data: Any) -> list[list[Any]]:  # noqa: N802 (reportlab's name)
        """reportlab's, which passes str cells through as they are: rows of str are copied."""
        if all(type(cell) is str for row in data for cell in row):
            return [list(row) for row in data]
        return list(super().normalizeData(data))

    def draw(self) -> None:
        self._lines: list[TextLine] = []
        super().draw()
        if self._lines:
            self.canv._code.append(text_block(self.canv, self._lines))
        self._lines = []

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: Any, size: Any) -> None:
        if not isinstance(cellval, str) or cellstyle.direction or cellstyle.shaping:
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        if not cellval:
            return
        (colpos, rowpos), (colwidth, rowheight) = pos, size
        lines = cellval.split("\n")
        leading, fontsize = cellstyle.leading, cellstyle.fontsize
        if cellstyle.valign == "TOP":
            y = rowpos + rowheight - cellstyle.topPadding - fontsize
        elif cellstyle.valign == "BOTTOM":
            y = rowpos + cellstyle.bottomPadding + len(lines) * leading - fontsize
        else:
            y = (
                rowpos
                + (
                    cellstyle.bottomPadding
                    + rowheight
                    - cellstyle.topPadding
                    + len(lines) * leading
                )
                / 2.0
                - fontsize
            )
        just = cellstyle.alignment
        if just == "RIGHT":
            x = colpos + colwidth - cellstyle.rightPadding
        elif just in ("CENTRE", "CENTER"):
            x, just = (
                colpos + (colwidth + cellstyle.leftPadding - cellstyle.rightPadding) * 0.5,
                "CENTER",
            )
        else:
            x, just = colpos + cellstyle.leftPadding, "LEFT"
        rgb = cellstyle.color.rgb()
        for line in lines:
            if line:
                self._lines.append((cellstyle.fontname, fontsize, rgb, x, y, line, just))
            y -= leading


class LeanDrawing(Flowable):
    """A reportlab.graphics Drawing of rectangles, lines and strings, drawn leanly.

    Any other kind of shape sends the whole drawing through reportlab's renderer.
    """

    def __init__(self, drawing: Drawing) -> None:
        super().__init__()
        self.drawing = drawing
        self.width, self.height = drawing.width, drawing.height

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        shapes = self.drawing.contents
        if not all(isinstance(s, (Rect, Line, String)) for s in shapes):
            from reportlab.graphics.renderPDF import draw as render_drawing  # seldom needed

            render_drawing(self.drawing, c, 0, 0)
            return
        lines: list[TextLine] = []
        c.saveState()
        for s in shapes:
            if isinstance(s, Rect) and s.fillColor is not None:
                c.setFillColor(s.fillColor)
                c.rect(s.x, s.y, s.width, s.height, stroke=0, fill=1)
            elif isinstance(s, Line):
                c.setStrokeColor(s.strokeColor)
                c.setLineWidth(s.strokeWidth)
                c.line(s.x1, s.y1, s.x2, s.y2)
            elif isinstance(s, String) and s.text:
                just = {"end": "RIGHT", "middle": "CENTER"}.get(s.textAnchor, "LEFT")
                lines.append((s.fontName, s.fontSize, s.fillColor.rgb(), s.x, s.y, s.text, just))
        c.restoreState()
        if lines:
            c._code.append(text_block(c, lines))


def text_block(canv: Any, lines: list[TextLine]) -> str:
    """PDF operators drawing every line (TrueType subsets switched as needed)."""
    ops = ["q BT"]
    color: tuple[float, float, float] | None = None
    font_key: tuple[str, int, float] | None = None
    for name, size, rgb, x, y, text, just in lines:
        if rgb != color:
            ops.append("{:.4g} {:.4g} {:.4g} rg".format(*rgb))
            color = rgb
        if just != "LEFT":
            width = text_width(text, name, size)
            x -= width if just == "RIGHT" else width / 2.0
        ops.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")
        for subset, internal, shown in _encoded(canv, name, text):
            if (name, subset, size) != font_key:
                ops.append(f"{internal} {size:g} Tf")
                font_key = (name, subset, size)
            ops.append(shown)
    ops.append("ET Q")
    return "\n".join(ops)


def _encoded(canv: Any, name: str, text: str) -> list[tuple[int, str, str]]:
    """The text as (subset, font resource, "(bytes) Tj") runs, remembered for this document.

    Short strings (numbers, agencies, marks) repeat by the thousand; the subset
    a character falls in is fixed for the document once it is first used.
    """
    cache: dict[tuple[str, str], list[tuple[int, str, str]]] = canv.__dict__.setdefault(
        "_lean_encoded", {}
    )
    found = cache.get((name, text))
    if found is None:
        doc, font = canv._doc, getFont(name)
        found = [
            (subset, font.getSubsetInternalName(subset, doc), f"({canv._escape(chunk)}) Tj")
            for subset, chunk in font.splitString(text, doc)
        ]
        cache[(name, text)] = found
    return found


def forget(canv: Any) -> None:
    """Drop the document's remembered encodings (before the file is written)."""
    canv.__dict__.pop("_lean_encoded", None)
