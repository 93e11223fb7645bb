"""Reading a PDF back as a reader would: the text of its pages, and where text is drawn."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader


def pages(pdf: bytes) -> list[str]:
    """The text of every page, white space collapsed (lines wrap anywhere)."""
    reader = PdfReader(io.BytesIO(pdf))
    return [" ".join((p.extract_text() or "").split()) for p in reader.pages]


def text_of(pdf: bytes) -> str:
    """The whole document's text, white space collapsed."""
    return " ".join(pages(pdf))


@dataclass(frozen=True)
class Placed:
    """A run of text and the box it is drawn in (page coordinates, points)."""

    page: int
    text: str
    left: float
    right: float
    page_width: float


def placed_text(pdf: bytes) -> list[Placed]:
    """Every run of text with its horizontal extent, in page coordinates.

    Page numbers are form objects filled in at the end; pypdf reports their
    text in the form's own coordinates, so runs of digits alone are left out.
    """
    from jakres_desk.report.fonts import BOLD, REGULAR, register
    from jakres_desk.report.text import text_width

    register()
    reader = PdfReader(io.BytesIO(pdf))
    out: list[Placed] = []
    for number, page in enumerate(reader.pages, start=1):
        width = float(page.mediabox.width)

        def visit(
            text: str, cm: Any, tm: Any, font: Any, size: float, n: int = number, w: float = width
        ) -> None:
            if not text.strip() or text.strip().isdigit() or font is None:
                return
            face = BOLD if "Bold" in str(font.get("/BaseFont", "")) else REGULAR
            scale = float(tm[0]) * float(cm[0])
            x = float(tm[4]) * float(cm[0]) + float(tm[5]) * float(cm[2]) + float(cm[4])
            extent = text_width(text.rstrip("\n"), face, float(size)) * scale
            out.append(Placed(n, text, x, x + extent, w))

        page.extract_text(visitor_text=visit)
    return out


@dataclass(frozen=True)
class Run:
    """A run of text with its baseline height on the page, size and weight."""

    page: int
    y: float
    text: str
    size: float
    bold: bool


def runs(pdf: bytes) -> list[Run]:
    """Every run of text of every page, with where (height) and how it is drawn."""
    reader = PdfReader(io.BytesIO(pdf))
    out: list[Run] = []
    for number, page in enumerate(reader.pages, start=1):

        def visit(text: str, cm: Any, tm: Any, font: Any, size: float, n: int = number) -> None:
            if not text.strip() or font is None:
                return
            bold = "Bold" in str(font.get("/BaseFont", ""))
            y = float(tm[4]) * float(cm[1]) + float(tm[5]) * float(cm[3]) + float(cm[5])
            out.append(Run(n, y, text.strip(), float(size) * float(tm[0]) * float(cm[0]), bold))

        page.extract_text(visitor_text=visit)
    return out


HEADING_SIZE = 10.0  # report.style: H3 is 10 pt bold, H2 12, H1 17; table text is 8
SECTION_SIZE = 17.0  # H1: a section starts on a new page
BODY_BOTTOM = 20 * 72 / 25.4  # doc.MARGIN_BOTTOM: the footer is drawn below it
BODY_TOP = 841.89 - 24 * 72 / 25.4  # doc.MARGIN_TOP: the running header is drawn above it


def orphan_headings(pdf: bytes, *, lines: int = 3) -> list[tuple[int, str]]:
    """Headings with fewer than `lines` lines of text under them on their page (page, text).

    A heading whose short text ends its section (the next page starts a new
    one) is not an orphan. The cover (page 1), header and footer are left out.
    """
    by_page: dict[int, list[Run]] = {}
    for r in runs(pdf):
        if r.page > 1 and BODY_BOTTOM - 2 < r.y < BODY_TOP + 2:
            by_page.setdefault(r.page, []).append(r)
    out = []
    for page, rs in by_page.items():
        following = by_page.get(page + 1, [])
        top = max(following, key=lambda r: r.y, default=None)
        ends_section = top is None or (top.bold and top.size >= SECTION_SIZE - 0.01)
        for r in rs:
            if r.bold and r.size >= HEADING_SIZE - 0.01:
                below = {round(o.y) for o in rs if o.y < r.y - 1}
                if len(below) < lines and not (below and ends_section):
                    out.append((page, r.text))
    return out
