"""The setup desk's participants: the whole roster, filtered, edited and put in groups."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jakres_desk.base.errors import JakresError
from jakres_desk.base.i18n import current_language
from jakres_desk.core.records import ParticipantRecord
from jakres_desk.core.services import groups as group_service
from jakres_desk.core.services import participants
from jakres_desk.core.topics import EVERYTHING, Changes, Topic
from jakres_desk.ui.forms import ENTER, act_once, clear_keeps_no_undo
from jakres_desk.ui.icons import icon
from jakres_desk.ui.models.base import RECORD_ROLE
from jakres_desk.ui.models.people import P_GROUP, P_NAME, P_ORGANISATION, P_ROLE, PeopleModel
from jakres_desk.ui.models.record_filter import RecordFilter
from jakres_desk.ui.session import Session
from jakres_desk.ui.widgets import ErrorLabel, Page


def record_table(model: object, parent: QWidget) -> tuple[QTableView, RecordFilter]:
    """A sortable table of records over a filter; several rows may be selected."""
    proxy = RecordFilter(parent)
    proxy.setSourceModel(model)  # type: ignore[arg-type]
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view, proxy


def selected_records(view: QTableView) -> list[object]:
    """The records of the selected rows, top to bottom as shown."""
    rows = sorted({i.row() for i in view.selectionModel().selectedRows()})
    return [view.model().index(r, 0).data(RECORD_ROLE) for r in rows]


class _TableKeys(QObject):
    """Delete removes the selected rows; Enter edits the current one."""

    def __init__(self, view: QTableView, remove: object, edit: object) -> None:
        super().__init__(view)
        self.remove, self.edit = remove, edit
        view.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Delete:
                self.remove()  # type: ignore[operator]
                return True
            if event.key() in ENTER and not event.modifiers():
                self.edit()  # type: ignore[operator]
                return True
        return False


class PersonDialog(QDialog):
    """Add or correct one participant: Enter saves, Esc cancels."""

    def __init__(
        self,
        parent: QWidget,
        kinds: list[tuple[str, str]],
        groups: list[tuple[str, str]],
        person: ParticipantRecord | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit participant") if person else self.tr("Add participant"))
        self.name = QLineEdit(person.name if person else "")
        self.organisation = QLineEdit(person.organisation if person else "")
        self.role = QLineEdit(person.role if person else "")
        self.kind = QComboBox()
        self.kind.addItem(self.tr("(not given)"), "")
        for code, label in kinds:
            self.kind.addItem(label, code)
        self.group = QComboBox()
        self.group.addItem(self.tr("(no group)"), None)
        for gid, name in groups:
            self.group.addItem(name, gid)
        if person:
            self.kind.setCurrentIndex(max(0, self.kind.findData(person.stakeholder_kind or "")))
            self.group.setCurrentIndex(max(0, self.group.findData(person.group_id)))
        for field in (self.name, self.organisation, self.role):
            clear_keeps_no_undo(field)
        self.error = ErrorLabel()
        form = QFormLayout(self)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Organisation"), self.organisation)
        form.addRow(self.tr("Stakeholder &kind"), self.kind)
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("&Group"), self.group)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.name.setFocus()
        self.resize(460, self.sizeHint().height())

    def values(self) -> dict[str, object]:
        """The fields as a service takes them."""
        return {
            "name": self.name.text(),
            "organisation": self.organisation.text(),
            "stakeholder_kind": self.kind.currentData() or None,
            "role": self.role.text(),
        }


class PeoplePage(Page):
    """Every participant of the workshop: filter, add, edit, remove, put in a group."""

    key = "people"
    topics = frozenset({Topic.PARTICIPANTS, Topic.GROUPS, Topic.FRAMEWORK})

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.model = PeopleModel(self)
        self.view, self.proxy = record_table(self.model, self)
        self.view.sortByColumn(P_NAME, Qt.SortOrder.AscendingOrder)
        self.kinds: list[tuple[str, str]] = []
        self.groups: list[tuple[str, str]] = []
        self.filter = QLineEdit(
            placeholderText=self.tr("Filter: any part of a name, organisation, group…")
        )
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.set_words)
        clear_keeps_no_undo(self.filter)
        self.ungrouped = QCheckBox(self.tr("Only people wit&hout a group"))
        self.ungrouped.toggled.connect(self._only_ungrouped)
        self.count = QLabel(objectName="count")
        self.status = QLabel(objectName="status", wordWrap=True)
        self.add_button = QPushButton(icon("add"), self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("E&dit…"))
        self.remove_button = QPushButton(icon("remove"), self.tr("&Remove…"))
        self.import_button = QPushButton(icon("open"), self.tr("&Import from CSV/XLSX…"))
        self.group = QComboBox()
        self.assign_button = QPushButton(self.tr("Assign"))
        self.error = ErrorLabel()
        act_once(self.add_button, self.add_person)
        act_once(self.edit_button, self.edit_person)
        act_once(self.remove_button, self.remove_people)
        act_once(self.assign_button, self.assign)
        act_once(self.import_button, self.open_import)
        self.keys = _TableKeys(self.view, self.remove_people, self.edit_person)
        self.view.doubleClicked.connect(lambda _index: self.edit_person())
        QShortcut(QKeySequence("Ctrl+F"), self, self.filter.setFocus)
        self._layout()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.ungrouped)
        top.addWidget(self.count)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addSpacing(16)
        assign = QLabel(self.tr("Put the selected in &group:"))
        assign.setBuddy(self.group)
        buttons.addWidget(assign)
        buttons.addWidget(self.group)
        buttons.addWidget(self.assign_button)
        buttons.addStretch()
        buttons.addWidget(self.import_button)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.view, 1)
        box.addWidget(self.error)
        box.addWidget(self.status)
        box.addLayout(buttons)
        QWidget.setTabOrder(self.filter, self.ungrouped)
        QWidget.setTabOrder(self.ungrouped, self.view)
        QWidget.setTabOrder(self.view, self.add_button)

    def title(self) -> str:
        return self.tr("Participants")

    def prompt(self) -> str:
        return self.tr("Everyone invited, with their organisation and group.")

    # --- reading -----------------------------------------------------------------------

    def refresh(self, change: Changes = EVERYTHING) -> None:
        f = self.session.file
        if f is None:
            self.model.set_rows([])
            return
        lang = current_language()
        self.kinds = [
            (code, lid if lang == "id" else len_)
            for code, lid, len_, _ in participants.stakeholder_kinds(f)
        ]
        self.groups = [(g.id, g.name) for g in group_service.list_groups(f)]
        self.model.kinds = dict(self.kinds)
        self.model.groups = dict(self.groups)
        kept = self.group.currentData()
        self.group.clear()
        self.group.addItem(self.tr("(no group)"), None)
        for gid, name in self.groups:
            self.group.addItem(name, gid)
        self.group.setCurrentIndex(max(0, self.group.findData(kept)) if kept else 0)
        selected = {p.id for p in selected_records(self.view)}  # type: ignore[attr-defined]
        self.model.set_rows(participants.list_participants(f))
        self._reselect(selected)
        self._count()
        self._fit()

    def _fit(self) -> None:
        """Columns as wide as their text (at most 320 px); where the table is narrower
        than that (a 1366-px laptop), organisation and role give way first, down to
        140 px each (their cells keep the whole text in a tooltip), so the group
        column stays on screen."""
        header = self.view.horizontalHeader()
        widths = {}
        for col in range(self.model.columnCount()):
            wanted = max(self.view.sizeHintForColumn(col), header.sectionSizeHint(col))
            widths[col] = min(wanted + 12, 320)
        widths[P_GROUP] = max(widths[P_GROUP], 120)
        # Room for the vertical scroll bar too, which a long list shows after this.
        room = self.view.viewport().width() - self.view.verticalScrollBar().sizeHint().width()
        over = sum(widths.values()) - room if room > 0 else 0
        for col in (P_ROLE, P_ORGANISATION):
            give = min(max(over, 0), max(widths[col] - 140, 0))
            widths[col] -= give
            over -= give
        for col, width in widths.items():
            header.resizeSection(col, width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _reselect(self, ids: set[str]) -> None:
        selection = self.view.selectionModel()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(RECORD_ROLE).id in ids:
                selection.select(
                    index,
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )

    def _count(self) -> None:
        rows = self.model.rows
        without = sum(1 for p in rows if p.group_id is None)
        self.count.setText(
            self.tr("%1 people, %2 without a group")
            .replace("%1", str(len(rows)))
            .replace("%2", str(without))
        )

    def _only_ungrouped(self, on: bool) -> None:
        self.proxy.set_only((lambda p: p.group_id is None) if on else None)

    # --- writing -----------------------------------------------------------------------

    def _dialog(self, person: ParticipantRecord | None = None) -> PersonDialog:
        return PersonDialog(self, self.kinds, self.groups, person)

    def add_person(self) -> None:
        """Add one participant (the dialog stays open on a refusal)."""
        dialog = self._dialog()
        dialog.group.setCurrentIndex(max(0, dialog.group.findData(self.group.currentData())))

        def save() -> None:
            values = dialog.values()
            try:
                self.session.perform(
                    self.tr("Add participant %1").replace("%1", str(values["name"]).strip()),
                    participants.add_participant,
                    group_id=dialog.group.currentData(),
                    origin=self,
                    **values,  # type: ignore[arg-type]
                )
            except JakresError as exc:
                dialog.error.show_error(exc)
                return
            QDialog.accept(dialog)

        dialog.accept = save  # type: ignore[method-assign]
        dialog.exec()
        dialog.deleteLater()

    def edit_person(self) -> None:
        """Correct the current participant."""
        index = self.view.currentIndex()
        if not index.isValid():
            return
        person: ParticipantRecord = index.data(RECORD_ROLE)
        dialog = self._dialog(person)

        def save() -> None:
            try:
                self.session.perform(
                    self.tr("Edit participant %1").replace("%1", person.name),
                    participants.edit_participant,
                    person.id,
                    group_id=dialog.group.currentData(),
                    origin=self,
                    **dialog.values(),  # type: ignore[arg-type]
                )
            except JakresError as exc:
                dialog.error.show_error(exc)
                return
            QDialog.accept(dialog)

        dialog.accept = save  # type: ignore[method-assign]
        dialog.exec()
        dialog.deleteLater()
        self.view.setFocus()

    def remove_people(self) -> None:
        """Remove the selected participants, after saying what goes with them."""
        f = self.session.file
        chosen: list[ParticipantRecord] = selected_records(self.view)  # type: ignore[assignment]
        if f is None or not chosen:
            return
        ids = [p.id for p in chosen]
        dots, scores = participants.participant_impact(f, ids)
        who = (
            chosen[0].name
            if len(chosen) == 1
            else self.tr("%1 participants").replace("%1", str(len(chosen)))
        )
        text = self.tr("Remove %1?").replace("%1", who)
        if dots or scores:
            text += " " + self.tr("This also removes the %1 dots and %2 scores they gave.").replace(
                "%1", str(dots)
            ).replace("%2", str(scores))
        else:
            text += " " + self.tr("They have given no dots or scores.")
        if not self.confirm(self.tr("Remove participants"), text):
            return
        self.session.perform(
            self.tr("Remove %1").replace("%1", who),
            participants.remove_participants,
            ids,
            origin=self,
        )
        self.status.setText(self.tr("Removed: %1 (Ctrl+Z brings them back)").replace("%1", who))

    def confirm(self, title: str, text: str) -> bool:
        """Ask before a removal; Enter removes, Esc keeps."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self)
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(remove)
        box.exec()
        answer = box.clickedButton() is remove
        box.deleteLater()
        return answer

    def assign(self) -> None:
        """Put every selected participant in the chosen group, as one undoable step."""
        chosen: list[ParticipantRecord] = selected_records(self.view)  # type: ignore[assignment]
        if not chosen:
            self.status.setText(self.tr("Select the people to put in a group first."))
            return
        group_id, group_name = self.group.currentData(), self.group.currentText()
        text = (
            self.tr("Put %1 people in %2").replace("%1", str(len(chosen))).replace("%2", group_name)
        )
        try:
            self.session.perform(
                text, participants.assign_group, [p.id for p in chosen], group_id, origin=self
            )
        except JakresError as exc:
            self.error.show_error(exc)
            return
        self.error.clear()
        self.status.setText(text)

    def open_import(self) -> None:
        """Choose a sheet, preview it, import it."""
        from jakres_desk.ui.setup.import_preview import choose_and_import

        report = choose_and_import(self, self.session, "participants")
        if report is not None:
            self.status.setText(report)
