"""Qt's item-data roles as plain ints, for the `data()` of models that paint many cells.

A view asks seven roles of every cell it paints (font, alignment, colours,
check state, icon, text), most of which a model has nothing for. Compared with
these ints, a model answers those in a set lookup; compared with
`Qt.ItemDataRole.X`, each test first looks the enum up on Qt's class.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

R = Qt.ItemDataRole
DISPLAY, EDIT, TOOLTIP = int(R.DisplayRole), int(R.EditRole), int(R.ToolTipRole)
ALIGN, FONT, CHECK = int(R.TextAlignmentRole), int(R.FontRole), int(R.CheckStateRole)
BACKGROUND, FOREGROUND = int(R.BackgroundRole), int(R.ForegroundRole)
USER = int(R.UserRole)


@cache
def bold() -> QFont:
    """The application's font, bold (made once, after the application exists).

    Only what a role's font sets is taken by the view (`QFont.resolve`): the
    view's own family and size stay, whatever they are by then.
    """
    font = QFont()
    font.setBold(True)
    return font


@cache
def italic() -> QFont:
    """The application's font, italic (as `bold`)."""
    font = QFont()
    font.setItalic(True)
    return font
