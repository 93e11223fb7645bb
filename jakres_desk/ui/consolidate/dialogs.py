"""Small dialogs of the Consolidate view: adopting a session, naming a set or category."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from jakres_desk.base.errors import JakresError
from jakres_desk.core.records import GroupRecord
from jakres_desk.ui.widgets import ErrorLabel

GROUP_ID_ROLE = Qt.ItemDataRole.UserRole + 10


class AdoptDialog(QDialog):
    """Ask which of the master's groups a session of another workshop becomes."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        file_name: str,
        title: str,
        date: str,
        groups: Sequence[tuple[GroupRecord, str]],
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Adopt a group session"))
        explain = QLabel(
            self.tr(
                "%1 is a group session started without a kit: its workshop is "
                "'%2' (%3), not this one. If it holds the results of one of this "
                "workshop's groups, choose that group. Cancel leaves the file out."
            )
            .replace("%1", file_name)
            .replace("%2", title)
            .replace("%3", date)
        )
        explain.setWordWrap(True)
        self.model = QStandardItemModel(self)
        for group, detail in groups:
            item = QStandardItem(f"{group.name} — {detail}" if detail else group.name)
            item.setData(group.id, GROUP_ID_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.doubleClicked.connect(self.accept)
        label = QLabel(self.tr("&Group of this workshop:"))
        label.setBuddy(self.list)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Adopt"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 420)
        self.list.setFocus()
        self._ok_when_chosen()
        self.list.selectionModel().selectionChanged.connect(self._ok_when_chosen)

    def _ok_when_chosen(self, *_args: object) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.group_id() is not None)

    def choose(self, group_id: str) -> None:
        """Select a group (keyboard users type its first letters into the list)."""
        for row in range(self.model.rowCount()):
            if self.model.item(row).data(GROUP_ID_ROLE) == group_id:
                self.list.setCurrentIndex(self.model.index(row, 0))

    def group_id(self) -> str | None:
        """The group chosen, if any."""
        rows = self.list.selectionModel().selectedRows()
        return rows[0].data(GROUP_ID_ROLE) if rows else None


class NameDialog(QDialog):
    """A name in Bahasa Indonesia and, optionally, English; `save` stores it or refuses."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        title: str,
        save: Callable[[str, str], Any],
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._save = save
        self.saved: Any = None
        self.name = QLineEdit()
        self.name_en = QLineEdit()
        self.error = ErrorLabel()
        form = QFormLayout()
        # addRow(text, field) makes the label the field's buddy: Alt+N, Alt+E reach them.
        form.addRow(self.tr("&Name (Bahasa Indonesia):"), self.name)
        form.addRow(self.tr("Name in &English (optional):"), self.name_en)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        QWidget.setTabOrder(self.name, self.name_en)
        self.setMinimumWidth(460)
        self.name.setFocus()

    def accept(self) -> None:
        """Store the name; a refusal stays in the dialog, next to the fields."""
        try:
            self.saved = self._save(self.name.text(), self.name_en.text())
        except JakresError as exc:
            self.error.show_error(exc)
            self.name.setFocus()
            self.name.selectAll()
            return
        super().accept()
