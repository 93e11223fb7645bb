"""A small form that corrects one record: F2 or a double-click opens it, Enter saves, Esc leaves."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jakres_desk.base.errors import JakresError
from jakres_desk.ui.widgets import ErrorLabel

EDIT_KEYS = (Qt.Key.Key_F2,)


@dataclass
class Field:
    """One field of the form: its label (with a mnemonic), key, value and choices if any."""

    label: str
    key: str
    value: Any
    choices: Sequence[tuple[str, Any]] = field(default_factory=tuple)  # (shown, stored)


Save = Callable[[dict[str, Any]], object]


class RecordDialog(QDialog):
    """Edit a record's fields; Save hands the changed ones to `save`, a refusal stays shown."""

    def __init__(self, parent: QWidget, title: str, fields: Sequence[Field], save: Save) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.save = save
        self.fields = list(fields)
        self.widgets: dict[str, QLineEdit | QComboBox] = {}
        form = QFormLayout()
        for f in self.fields:
            widget = self._widget(f)
            label = QLabel(f.label)
            label.setBuddy(widget)
            form.addRow(label, widget)
            self.widgets[f.key] = widget
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.error)
        box.addWidget(buttons)
        self.setMinimumWidth(480)

    def accept(self) -> None:
        changed = self.values()
        if changed:
            try:
                self.save(changed)
            except JakresError as exc:
                self.error.show_error(exc)  # the file is unchanged: correct and save again
                return
        super().accept()

    @staticmethod
    def _widget(f: Field) -> QLineEdit | QComboBox:
        if f.choices:
            combo = QComboBox()
            for shown, stored in f.choices:
                combo.addItem(shown, stored)
            combo.setCurrentIndex(max(0, combo.findData(f.value)))
            return combo
        line = QLineEdit("" if f.value is None else str(f.value))
        line.selectAll()
        return line

    def values(self) -> dict[str, Any]:
        """The fields whose value the user changed, by key."""
        out = {}
        for f in self.fields:
            widget = self.widgets[f.key]
            now = widget.currentData() if isinstance(widget, QComboBox) else widget.text()
            before = "" if f.value is None else f.value
            if (now if now is not None else "") != (
                before if isinstance(widget, QComboBox) else str(before)
            ):
                out[f.key] = now
        return out


def edit_record(parent: QWidget, title: str, fields: Sequence[Field], save: Save) -> bool:
    """Open the form; whether it was saved (Enter) rather than left (Esc)."""
    dialog = RecordDialog(parent, title, fields, save)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return accepted
