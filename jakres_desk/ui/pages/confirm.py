"""A question before an edit that takes something with it: Enter answers yes, Esc no."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget, title: str, text: str, yes: str, detail: str = "") -> bool:
    """Ask; the action's own button is the default (Enter), Cancel is Esc."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    go = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(go)
    box.setEscapeButton(cancel)
    box.exec()
    answer = box.clickedButton() is go
    box.deleteLater()
    return answer
