"""The File menu's "Prepare workshop…" action; the setup desk loads when first opened."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from jakres_desk.ui.icons import icon

SHORTCUT = "Ctrl+Shift+D"  # D for desk: Ctrl+Shift+M, S and T are taken


def setup_action(main_window: QMainWindow) -> QAction:
    """The File menu's "Prepare workshop…" action (Ctrl+Shift+D)."""
    text = QCoreApplication.translate("SetupWindow", "Prepare &workshop…")
    act = QAction(icon("new"), text, main_window)
    act.setShortcut(QKeySequence(SHORTCUT))
    act.setToolTip(
        QCoreApplication.translate(
            "SetupWindow",
            "The secretariat's desk: workshop, focus areas and groups, rules, readiness, kits",
        )
    )
    act.triggered.connect(lambda _=False: _open(main_window))
    return act


def _open(main_window: QMainWindow) -> None:
    from jakres_desk.ui.setup.window import open_setup

    open_setup(main_window)
