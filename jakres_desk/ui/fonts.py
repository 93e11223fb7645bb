"""The bundled DejaVu Sans for what Qt draws itself (slides, projector), as in the PDF."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from PySide6.QtGui import QFontDatabase


@cache
def family() -> str:
    """The report's own typeface (the bundled DejaVu Sans), so slides and PDF look alike."""
    found = ""
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        data = files("jakres_desk.resources").joinpath("fonts", name).read_bytes()
        fid = QFontDatabase.addApplicationFontFromData(data)
        found = found or next(iter(QFontDatabase.applicationFontFamilies(fid)), "")
    return found or "DejaVu Sans"
