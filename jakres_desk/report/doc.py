"""The document machinery: page templates, running header, page numbers, contents.

The report is laid out in one pass. Page numbers that are only known at the
end (the total in the footer, the pages in the table of contents) are PDF
form objects: pages refer to them by name while being drawn, and the canvas
defines them just before saving, once every page number is known.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date as Date
from typing import Any

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from jakres_desk.report import style
from jakres_desk.report.lean import LeanTable, forget
from jakres_desk.report.text import fit, label

# Binary (deflated) streams without the ASCII-85 layer: a quarter smaller, and the
# pure-Python encoder was the single largest cost of writing a report.
rl_config.useA85 = 0

PAGE_W, PAGE_H = float(A4[0]), float(A4[1])
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_W = PAGE_W - 2 * MARGIN_X
FRAME_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM
_NUMBER_W = 40.0  # room kept for a page number drawn from a form


_EPOCH = Date(1970, 1, 1)


def epoch_of(iso: str) -> int:
    """Midnight UTC of the workshop's date: the PDF's creation date comes from the data."""
    try:
        return (Date.fromisoformat(iso) - _EPOCH).days * 86400  # calendar.timegm, unimported
    except ValueError:
        return 946684800  # 2000-01-01, reportlab's own invariant date


class ReportCanvas(Canvas):
    """A canvas that remembers where sections begin and fills in page numbers on save."""

    def __init__(self, *args: Any, stamp: int = 946684800, **kw: Any) -> None:
        super().__init__(*args, **kw)
        ts = self._doc._timeStamp
        ts.t, ts.lt = stamp, time.gmtime(stamp)
        ts.YMDhms, ts.dhh, ts.dmm, ts.tzname = tuple(ts.lt)[:6], 0, 0, "UTC"
        self.section = ""
        self.pages: dict[str, int] = {}
        self.page_refs: set[str] = set()

    def page_ref(self, key: str) -> None:
        """Draw the page number of section `key` (or of "total" pages) here, filled in on save."""
        self.page_refs.add(key)
        self.doForm(f"pg_{key}")

    def mark(self, key: str) -> None:
        """Note that the section `key` is on the current page."""
        self.pages[key] = self.getPageNumber()

    def save(self) -> None:
        """Define the page-number forms, then write the file."""
        forget(self)  # writing the file is the peak of memory: free what drawing kept
        total = self.getPageNumber() - 1  # the build ends on a fresh, empty page
        for key in sorted(self.page_refs):
            name = f"pg_{key}"
            value = total if key == "total" else self.pages.get(key)
            self.beginForm(name, lowerx=0, lowery=-3, upperx=_NUMBER_W, uppery=10)
            self.setFont(style.REGULAR, style.SMALL)
            self.setFillColor(style.INK)
            text = "?" if value is None else str(value)
            if key == "total":
                self.drawString(0, 0, text)
            else:
                self.drawRightString(_NUMBER_W, 0, text)
            self.endForm()
        super().save()


def canvas_maker(stamp: int) -> Callable[..., ReportCanvas]:
    """The canvas factory reportlab calls, carrying the creation date."""

    def make(*args: Any, **kw: Any) -> ReportCanvas:
        return ReportCanvas(*args, stamp=stamp, **kw)

    return make


class Marker(Flowable):
    """An invisible mark where a section begins: outline entry, link target, header text."""

    def __init__(self, key: str, title: str, level: int, header: str | None = None) -> None:
        super().__init__()
        self.key, self.title, self.level, self.header = key, title, level, header
        self.width = self.height = 0

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canv = self.canv
        assert isinstance(canv, ReportCanvas)
        canv.bookmarkHorizontal(self.key, 0, 14)
        canv.addOutlineEntry(self.title, self.key, self.level, closed=self.level > 0)
        canv.mark(self.key)
        if self.header is not None:
            canv.section = self.header


class TocLine(Flowable):
    """One line of the table of contents: title, leader, page number, and a link."""

    def __init__(self, key: str, title: str, level: int) -> None:
        super().__init__()
        self.key, self.title, self.level = key, title, level
        self.height = 17.0 if level == 0 else 13.5

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = aw
        return aw, self.height

    def draw(self) -> None:
        c = self.canv
        bold = self.level == 0
        font, size = (style.BOLD, style.BODY) if bold else (style.REGULAR, style.SMALL + 0.5)
        indent = 0.0 if bold else 14.0
        room = self.width - indent - _NUMBER_W - 12
        text = fit(self.title, room, font, size)
        c.setFont(font, size)
        c.setFillColor(style.INK)
        c.drawString(indent, 3, text)
        end = indent + c.stringWidth(text, font, size) + 4
        c.setStrokeColor(style.RULE)
        c.setLineWidth(0.4)
        c.setDash(0.6, 2.4)
        c.line(end, 3, self.width - _NUMBER_W + 4, 3)
        c.setDash()
        c.saveState()
        c.translate(self.width - _NUMBER_W, 3)
        assert isinstance(c, ReportCanvas)
        c.page_ref(self.key)
        c.restoreState()
        c.linkRect("", self.key, (0, 0, self.width, self.height), relative=1, thickness=0)


class LongTable(Flowable):
    """A table of many rows, split a page at a time.

    reportlab re-measures every remaining row of a Table each time it splits
    one across a page, which makes a table of thousands of rows quadratic;
    this one only ever hands reportlab a page's worth of rows at once.
    """

    CHUNK = 120  # more rows than fit on an A4 page at the smallest row height

    def __init__(
        self, rows: list[list[str]], styles: list[Any], widths: list[float], commands: list[Any]
    ) -> None:
        super().__init__()
        self.rows, self.styles, self.widths, self.commands = rows, styles, widths, commands
        self.head_height = 0.0  # the header and first rows (tables.table sets it)
        self._table: LeanTable | None = None
        self._taken = 0

    def _make(self, n: int) -> LeanTable:
        t = LeanTable(
            [self.rows[0], *self.rows[1 : n + 1]],
            colWidths=self.widths,
            repeatRows=1,
            hAlign="LEFT",
            cellStyles=[self.styles[0], *self.styles[1 : n + 1]],
        )
        t.setStyle(self.commands)
        return t

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        n = self.CHUNK
        while True:
            table = self._make(n)
            w, h = table.wrap(aw, ah)
            if h > ah or n >= len(self.rows) - 1:
                break
            n *= 2  # the whole chunk fits: take more, so no row is left out unseen
        self._table, self._taken = table, min(n, len(self.rows) - 1)
        return w, h

    def split(self, aw: float, ah: float) -> list[Flowable]:
        if self._table is None:
            self.wrap(aw, ah)
        assert self._table is not None
        parts = self._table.split(aw, ah)
        if not parts:
            return []
        first = parts[0]
        done = len(first._cellvalues) - 1
        rest = self.rows[1 + done :]
        if not rest:
            return [first]
        styles = [self.styles[0], *self.styles[1 + done :]]
        return [first, LongTable([self.rows[0], *rest], styles, self.widths, self.commands)]

    def draw(self) -> None:
        assert self._table is not None
        self._table.drawOn(self.canv, 0, 0)


class ReportDoc(BaseDocTemplate):
    """A4 portrait: a cover page, then pages with a running header and numbered footer."""

    def __init__(self, out: Any, *, title: str, header_left: str, lang: str, date: str) -> None:
        super().__init__(
            out,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=title,
            author="jakres-desk",
            creator="jakres-desk",
            producer="jakres-desk (ReportLab)",
            subject=label("plenary_summary", lang),
            invariant=1,
            initialFontName=style.REGULAR,
            lang="id-ID" if lang == "id" else "en-GB",
        )
        self.header_left, self.lang, self.date = header_left, lang, date
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            FRAME_W,
            FRAME_H,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate(id="cover", frames=[frame], onPageEnd=_cover_band),
                PageTemplate(id="body", frames=[frame], onPageEnd=self._furniture),
            ]
        )

    def _furniture(self, canv: Canvas, _doc: Any) -> None:
        """The running header and the footer, drawn when the page is complete."""
        assert isinstance(canv, ReportCanvas)
        canv.saveState()
        top = PAGE_H - 14 * mm
        half = FRAME_W / 2 - 6
        canv.setFont(style.REGULAR, style.SMALL)
        canv.setFillColor(style.MUTED)
        canv.drawString(MARGIN_X, top, fit(self.header_left, half, style.REGULAR, style.SMALL))
        canv.setFillColor(style.ACCENT)
        canv.setFont(style.BOLD, style.SMALL)
        right = fit(canv.section, half, style.BOLD, style.SMALL)
        canv.drawRightString(PAGE_W - MARGIN_X, top, right)
        canv.setStrokeColor(style.ACCENT)
        canv.setLineWidth(0.8)
        canv.line(MARGIN_X, top - 5, PAGE_W - MARGIN_X, top - 5)
        bottom = 11 * mm
        canv.setStrokeColor(style.RULE)
        canv.setLineWidth(0.4)
        canv.line(MARGIN_X, bottom + 10, PAGE_W - MARGIN_X, bottom + 10)
        canv.setFont(style.REGULAR, style.SMALL)
        canv.setFillColor(style.MUTED)
        page = label("page_of", self.lang, page=canv.getPageNumber())
        canv.drawString(MARGIN_X, bottom, page)
        canv.translate(MARGIN_X + canv.stringWidth(page, style.REGULAR, style.SMALL), bottom)
        canv.page_ref("total")
        canv.restoreState()
        canv.setFont(style.REGULAR, style.SMALL)
        canv.setFillColor(style.MUTED)
        canv.drawRightString(PAGE_W - MARGIN_X, bottom, self.date)


def _cover_band(canv: Canvas, _doc: Any) -> None:
    """The cover has no header or footer, only a band of the accent colour along its top."""
    canv.saveState()
    canv.setFillColor(style.ACCENT)
    canv.rect(0, PAGE_H - 9 * mm, PAGE_W, 9 * mm, stroke=0, fill=1)
    canv.restoreState()
