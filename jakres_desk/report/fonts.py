"""The bundled Unicode font (DejaVu Sans), registered once per process.

A fresh machine may have no fonts at all, and reportlab's built-in Helvetica
cannot show most non-Latin names, so the report always uses the TTF files
shipped in jakres_desk.resources (resources/fonts, with their licence).
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "JakresSans"
BOLD = "JakresSans-Bold"
FAMILY = "JakresSans"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


def _load(name: str, filename: str) -> TTFont:
    node = files("jakres_desk.resources").joinpath("fonts", filename)
    with node.open("rb") as fh:
        return TTFont(name, fh)


@cache
def register() -> tuple[str, str]:
    """Register the regular and bold faces (and <b> between them); returns their names."""
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(_load(name, filename))
    # <b> in a paragraph picks the bold face; there is no italic, so italic maps to regular.
    for bold, italic, face in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, REGULAR), (1, 1, BOLD)):
        addMapping(FAMILY, bold, italic, face)
    return REGULAR, BOLD
