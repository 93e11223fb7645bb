"""Icons drawn from the font are drawn once per size and mode, and look as drawn afresh."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from jakres_desk.ui.icons import GlyphEngine, _font, icon


def test_a_glyph_is_drawn_once_per_size_and_mode_and_as_drawn_afresh(qapp) -> None:
    font = _font()
    assert font is not None
    family, chars = font
    engine = GlyphEngine(family, chars["vote"], "#37474f")
    size, normal, off = QSize(24, 24), QIcon.Mode.Normal, QIcon.Mode.Disabled
    first = engine.pixmap(size, normal, QIcon.State.Off)
    again = engine.pixmap(size, QIcon.Mode.Selected, QIcon.State.On)
    assert again.cacheKey() == first.cacheKey()  # the same pixmap, not drawn again
    fresh = GlyphEngine(family, chars["vote"], "#37474f").pixmap(size, normal, QIcon.State.Off)
    assert first.toImage() == fresh.toImage()
    grey = engine.pixmap(size, off, QIcon.State.Off)
    assert grey.toImage() != first.toImage()  # disabled is drawn in the palette's grey
    assert engine.pixmap(QSize(32, 32), normal, QIcon.State.Off).size() == QSize(32, 32)
    assert not icon("votes").pixmap(24, 24).isNull()
