"""The File menu's Consolidate action; the window itself loads when it is first opened."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from jakres_desk.ui.icons import icon


def consolidate_action(main_window: QMainWindow) -> QAction:
    """The File menu's "Consolidate group files…" action (Ctrl+Shift+M)."""
    text = QCoreApplication.translate("ConsolidateWindow", "&Consolidate group files…")
    act = QAction(icon("consolidate"), text, main_window)
    act.setShortcut(QKeySequence("Ctrl+Shift+M"))
    act.setToolTip(
        QCoreApplication.translate(
            "ConsolidateWindow",
            "Merge the groups' files into this master file, link duplicates, categorise programs",
        )
    )
    act.triggered.connect(lambda _=False: _open(main_window))
    return act


def _open(main_window: QMainWindow) -> None:
    from jakres_desk.ui.consolidate.window import open_consolidate

    open_consolidate(main_window)
