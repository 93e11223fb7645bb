"""Small dialogs of the Consolidate view: adopting a session, naming a set or category."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jakres_desk.base.errors import JakresError
from jakres_desk.core.merge import people
from jakres_desk.core.merge.people import LookAlike
from jakres_desk.core.records import GroupRecord
from jakres_desk.ui.consolidate.models import LookAlikeModel
from jakres_desk.ui.models.base import RECORD_ROLE
from jakres_desk.ui.session import Session
from jakres_desk.ui.widgets import ErrorLabel, sortable_view

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


class PeopleDialog(QDialog):
    """Walk-ins who look like a person on another group's roster; make them one, undoably."""

    def __init__(self, parent: QWidget | None, session: Session) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("People in two groups"))
        explain = QLabel(
            self.tr(
                "Walk-ins whose name and organisation match a person on another group's "
                "roster. Same person (Enter) keeps the roster record, in the room where they "
                "sat, with the walk-in's dots and scores; Ctrl+Z undoes it."
            )
        )
        explain.setWordWrap(True)
        self.model = LookAlikeModel(self)
        self.view, self.proxy = sortable_view(self.model, self)
        self.view.installEventFilter(self)
        self.same_button = QPushButton(self.tr("&Same person"))
        self.same_button.clicked.connect(self.make_same)
        self.error = ErrorLabel()
        self.empty = QLabel(self.tr("No walk-in looks like a person on another group's roster."))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close.addButton(self.same_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.resize(900, 360)
        # A window-modal dialog keeps the window's Edit menu from Ctrl+Z: its own.
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        self.refresh()

    def undo(self) -> None:
        self.session.undo_stack.undo()
        self.refresh()

    def refresh(self) -> None:
        f = self.session.file
        self.model.set_rows(people.look_alikes(f) if f is not None else [])
        self.empty.setVisible(not self.model.rows)
        self.same_button.setEnabled(bool(self.model.rows))
        if self.model.rows:
            self.view.setCurrentIndex(self.proxy.index(0, 0))
            self.view.resizeColumnsToContents()
        self.view.setFocus()

    def make_same(self) -> None:
        """Merge the walk-in under the cursor into the roster person."""
        x: LookAlike | None = self.view.currentIndex().data(RECORD_ROLE)
        if x is None:
            return
        text = self.tr("Same person: %1 and %2").replace("%1", x.walk_in_name)
        try:
            self.session.perform(
                text.replace("%2", x.roster_name),
                people.same_person,
                x.walk_in_id,
                x.roster_id,
                origin=self,
            )
        except JakresError as exc:
            self.error.show_error(exc)
            return
        self.error.clear()
        self.refresh()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            obj is self.view
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.make_same()
            return True
        return super().eventFilter(obj, event)
