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
