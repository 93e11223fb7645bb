"""Answering a modal dialog by keyboard, as a person would (type, then Enter or Esc)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox


class Answer:
    """In the next modal dialog: run `first` (typing), then press `key`; keep what it said."""

    waiting: set[Answer] = set()  # kept alive until answered, even when the caller drops it

    def __init__(
        self, qtbot: Any, key: Qt.Key, first: Callable[[QDialog], None] | None = None
    ) -> None:
        self.qtbot, self.key, self.first = qtbot, key, first
        self.text = self.detail = self.title = ""
        self.asked = 0
        Answer.waiting.add(self)
        QTimer.singleShot(0, self._press)

    def _press(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QDialog):
            QTimer.singleShot(10, self._press)  # not shown yet: look again
            return
        self.asked += 1
        Answer.waiting.discard(self)
        self.title = box.windowTitle()
        if isinstance(box, QMessageBox):
            self.text, self.detail = box.text(), box.informativeText()
        if self.first is not None:
            self.first(box)
        target = box.focusWidget() or box
        self.qtbot.keyClick(target, self.key)
