"""Every icon through one cached helper, drawn from qtawesome's Material Design font.

The glyphs are drawn here, straight from the font file qtawesome ships, the way
qtawesome draws them (its default "text" drawing: the glyph at 7/8 of the icon's
height, centred). Importing qtawesome itself would load QtPy and a dozen icon
fonts (150-250 ms of start-up); only a name of another icon set goes through it.
The font and its name-to-character map are read on the first icon.
"""

from __future__ import annotations

import importlib.util
import json
from functools import cache
from pathlib import Path

from PySide6 import QtCore, QtGui
from PySide6.QtGui import QIcon

PREFIX = "mdi6"
FONT = "materialdesignicons6-webfont-[0-9]*.ttf"  # qtawesome names its files by version
CHARMAP = "materialdesignicons6-webfont-charmap-[0-9]*.json"

# Our names for what an icon means, mapped to a qtawesome glyph.
GLYPHS = {
    "attendance": "mdi6.account-check",
    "elements": "mdi6.shield-star",
    "criteria": "mdi6.scale-balance",
    "programs": "mdi6.clipboard-list",
    "votes": "mdi6.vote",
    "finish": "mdi6.usb-flash-drive",
    "projector": "mdi6.projector-screen",
    "open": "mdi6.folder-open",
    "new": "mdi6.file-plus",
    "undo": "mdi6.undo",
    "redo": "mdi6.redo",
    "add": "mdi6.plus",
    "remove": "mdi6.delete",
    "lock": "mdi6.lock",
    "unlock": "mdi6.lock-open-variant",
    "play": "mdi6.play",
    "pause": "mdi6.pause",
    "extend": "mdi6.timer-plus",
    "reset": "mdi6.timer-refresh",
    "priority": "mdi6.star",
    "not_priority": "mdi6.star-outline",
    "override": "mdi6.account-edit",
    "tie": "mdi6.equal",
    "warning": "mdi6.alert",
    "ok": "mdi6.check-circle",
    "language": "mdi6.translate",
    "search": "mdi6.magnify",
    "eye": "mdi6.eye",
    "eye_off": "mdi6.eye-off",
    # consolidation (the secretariat's view)
    "consolidate": "mdi6.call-merge",
    "drop": "mdi6.tray-arrow-down",
    "files": "mdi6.file-multiple",
    "merged": "mdi6.check-circle",
    "unchanged": "mdi6.minus-circle-outline",
    "refused": "mdi6.close-circle",
    "link": "mdi6.link-variant",
    "unlink": "mdi6.link-variant-off",
    "hide": "mdi6.eye-off-outline",
    "tag": "mdi6.tag-plus",
    "untag": "mdi6.tag-minus",
    "group_by": "mdi6.format-list-group",
}


def _fonts_folder() -> Path:
    """qtawesome's font folder, found without importing qtawesome."""
    spec = importlib.util.find_spec("qtawesome")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("qtawesome is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "fonts"


@cache
def _font() -> tuple[str, dict[str, str]] | None:
    """The icon font's family (loaded into Qt once) and its name-to-character map;
    None when qtawesome's files are not where they were (then qtawesome draws)."""
    folder = _fonts_folder()
    fonts, charmaps = sorted(folder.glob(FONT)), sorted(folder.glob(CHARMAP))
    if not fonts or not charmaps:
        return None
    families = QtGui.QFontDatabase.applicationFontFamilies(
        QtGui.QFontDatabase.addApplicationFont(str(fonts[-1]))
    )
    if not families:
        return None
    with open(charmaps[-1], encoding="utf-8") as fh:
        charmap = {name: chr(int(code, 16)) for name, code in json.load(fh).items()}
    return families[0], charmap


class GlyphEngine(QtGui.QIconEngine):
    """One glyph of the icon font in one colour (the palette's disabled text colour when
    the icon is disabled), at whatever size it is asked for."""

    def __init__(self, family: str, char: str, color: str) -> None:
        super().__init__()
        self.family, self.char, self.color = family, char, color
        # Drawn pixmaps by size, mode and colour: a view asks for its items' icons
        # on every paint (the steps list: six glyphs drawn again per step switch).
        self._drawn: dict[tuple[int, int, int, int], QtGui.QPixmap] = {}

    def paint(
        self,
        painter: QtGui.QPainter,
        rect: QtCore.QRect,
        mode: QIcon.Mode,
        state: QIcon.State,
    ) -> None:
        painter.save()
        if mode == QIcon.Mode.Disabled:
            palette = QtGui.QGuiApplication.palette()
            color = palette.color(QtGui.QPalette.ColorGroup.Disabled, QtGui.QPalette.ColorRole.Text)
        else:
            color = QtGui.QColor(self.color)
        painter.setPen(color)
        font = QtGui.QFont(self.family)
        font.setPixelSize(max(1, round(0.875 * rect.height())))
        painter.setFont(font)
        painter.drawText(rect, int(QtCore.Qt.AlignmentFlag.AlignCenter), self.char)
        painter.restore()

    def pixmap(self, size: QtCore.QSize, mode: QIcon.Mode, state: QIcon.State) -> QtGui.QPixmap:
        disabled = mode == QIcon.Mode.Disabled
        palette = QtGui.QGuiApplication.palette() if disabled else None
        # The disabled colour is the palette's at the time: part of the key.
        shade = (
            palette.color(QtGui.QPalette.ColorGroup.Disabled, QtGui.QPalette.ColorRole.Text).rgba()
            if palette is not None
            else 0
        )
        key = (size.width(), size.height(), int(disabled), shade)
        pm = self._drawn.get(key)
        if pm is None:
            pm = QtGui.QPixmap(size)
            pm.fill(QtCore.Qt.GlobalColor.transparent)
            painter = QtGui.QPainter(pm)
            self.paint(painter, QtCore.QRect(QtCore.QPoint(0, 0), size), mode, state)
            painter.end()
            self._drawn[key] = pm
        return pm

    def clone(self) -> QtGui.QIconEngine:
        return GlyphEngine(self.family, self.char, self.color)


@cache
def icon(name: str, color: str = "#37474f") -> QIcon:
    """The icon for one of our names (or an "mdi6.<name>" of the font), cached."""
    glyph = GLYPHS.get(name, name)
    prefix, _, glyph_name = glyph.partition(".")
    font = _font() if prefix == PREFIX else None
    if font is not None and glyph_name in font[1]:
        return QIcon(GlyphEngine(font[0], font[1][glyph_name], color))
    import qtawesome as qta  # another icon set (or a name the font lacks: qtawesome says so)

    return qta.icon(glyph, color=color)
