"""The View menu's "show the tally" action, without the projector window's module.

The main window's menus need the action at start-up; the projector window (its
board, charts and the ranking model) is loaded only when it is first opened.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from jakres_desk.ui.icons import icon


def make_tally_action(main: Any) -> QAction:
    """A checkable "show the tally" action for the main window's View menu, kept in step
    with the projector's own toggle (T)."""
    act = QAction(
        icon("eye"),
        QCoreApplication.translate("ProjectorWindow", "Show the vote &tally on the projector"),
        main,
    )
    act.setCheckable(True)
    act.setShortcut(QKeySequence("Ctrl+Shift+T"))
    act.toggled.connect(
        lambda on: main.projector is not None and main.projector.set_tally_visible(on)
    )
    main.tally_action = act
    return act
