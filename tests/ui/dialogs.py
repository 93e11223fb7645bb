"""Answering a modal question by keyboard, as a person would (Enter or Esc)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


class Answer:
    """Press `key` in the next modal message box; keep what it said."""

    def __init__(self, qtbot: object, key: Qt.Key) -> None:
        self.qtbot, self.key = qtbot, key
        self.text = ""
        self.detail = ""
        QTimer.singleShot(0, self._press)

    def _press(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, self._press)  # not shown yet: look again
            return
        self.text, self.detail = box.text(), box.informativeText()
        self.qtbot.keyClick(box, self.key)  # type: ignore[attr-defined]
