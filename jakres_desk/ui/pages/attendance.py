"""Step 0: attendance — check people in from the roster, add walk-ins by keyboard."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jakres_desk.base.errors import JakresError
from jakres_desk.base.i18n import current_language
from jakres_desk.base.lazy import lazy_module
from jakres_desk.core.records import ParticipantRecord
from jakres_desk.core.topics import EVERYTHING, Changes, Topic
from jakres_desk.ui.forms import EnterChain, act_once, clear_keeps_no_undo, empty, is_delete
from jakres_desk.ui.icons import icon
from jakres_desk.ui.models.base import RECORD_ROLE, Column, RecordTableModel
from jakres_desk.ui.pages.confirm import confirm
from jakres_desk.ui.pages.record_dialog import Field, edit_record
from jakres_desk.ui.session import Session
from jakres_desk.ui.widgets import ErrorLabel, Page, sortable_view

if TYPE_CHECKING:
    from jakres_desk.core.services import common, participants
else:  # the first screen shows this page before the ORM is loaded (ui/main_window.py)
    participants = lazy_module("jakres_desk.core.services.participants")
    common = lazy_module("jakres_desk.core.services.common")

COL_PRESENT, COL_NAME, COL_ORGANISATION, COL_KIND, COL_WALK_IN = range(5)
NAME_SHARE = 0.45  # at most this part of the width left by the narrow columns goes to names


class RosterModel(RecordTableModel):
    """The group's roster; the first column checks a person in."""

    def __init__(self, session: Session, parent: QWidget) -> None:
        self.session = session
        self.kinds: dict[str, str] = {}
        # The page's context, written out: lupdate cannot see through an aliased tr().
        yes = QCoreApplication.translate("AttendancePage", "yes")
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("AttendancePage", "Present"),
                    lambda p: "",
                    sort=lambda p: p.present,
                    check=lambda p: p.present,
                ),
                Column(
                    QCoreApplication.translate("AttendancePage", "Name"),
                    lambda p: p.name,
                    sort=lambda p: p.name.casefold(),
                ),
                Column(
                    QCoreApplication.translate("AttendancePage", "Organisation"),
                    lambda p: p.organisation,
                ),
                Column(
                    QCoreApplication.translate("AttendancePage", "Stakeholder kind"),
                    lambda p: self.kinds.get(p.stakeholder_kind or "", ""),
                ),
                Column(
                    QCoreApplication.translate("AttendancePage", "Walk-in"),
                    lambda p: yes if p.walk_in else "",
                ),
            ],
            parent,
        )

    def setData(
        self, index: QModelIndex, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        person: ParticipantRecord = self.rows[index.row()]
        self.toggle(person, Qt.CheckState(value) == Qt.CheckState.Checked)
        return True

    def toggle(self, person: ParticipantRecord, present: bool) -> None:
        """Check a person in or out, undoably."""
        f = self.session.file
        assert f is not None
        label = (
            QCoreApplication.translate("AttendancePage", "Check in %1")
            if present
            else QCoreApplication.translate("AttendancePage", "Check out %1")
        )
        self.session.perform(
            label.replace("%1", person.name), participants.set_present, person.id, present
        )


class AttendancePage(Page):
    """Check-in and walk-ins."""

    key = "attendance"
    topics = frozenset({Topic.PARTICIPANTS, Topic.FRAMEWORK})

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.model = RosterModel(session, self)
        self.view, self.proxy = sortable_view(self.model, self)
        self._fit_header()
        self.view.installEventFilter(self)
        self.view.viewport().installEventFilter(self)  # its resizes refit the columns
        self.view.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.find = QLineEdit(
            placeholderText=self.tr("Type a name; ↓ ↑ choose, Enter checks in the highlighted one")
        )
        self.find.setClearButtonEnabled(True)
        self.find.textChanged.connect(self._search)
        self.find.returnPressed.connect(self.check_in_highlighted)
        self.find.installEventFilter(self)
        clear_keeps_no_undo(self.find)
        self.checked_note = QLabel(objectName="checkedNote", wordWrap=True)
        self.count = QLabel()
        self.count.setObjectName("count")
        self.name = QLineEdit()
        self.organisation = QLineEdit()
        self.kind = QComboBox()
        self.add_button = QPushButton(icon("add"), self.tr("Add walk-in"))
        act_once(self.add_button, self.add_walk_in)
        self.error = ErrorLabel()
        self.edit_button = QPushButton(icon("override"), self.tr("Edit person…"))
        self.edit_button.setToolTip(self.tr("Correct the highlighted person's details (F2)"))
        self.edit_button.clicked.connect(self.edit_current)
        self.remove_button = QPushButton(icon("remove"), self.tr("Remove person…"))
        self.remove_button.setToolTip(self.tr("Remove the highlighted person (Delete)"))
        self.remove_button.clicked.connect(self.remove_current)
        self.roster_error = ErrorLabel()
        self.view.doubleClicked.connect(self._double_clicked)
        EnterChain((self.name, self.organisation, self.kind), self.add_walk_in).clears(self.error)
        self._layout()

    def _layout(self) -> None:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # a narrow panel: the roster
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Organisation"), self.organisation)
        form.addRow(self.tr("Stakeholder &kind"), self.kind)
        for label, widget in ((0, self.name), (1, self.organisation), (2, self.kind)):
            form.itemAt(label, QFormLayout.ItemRole.LabelRole).widget().setBuddy(widget)
        walk = QGroupBox(self.tr("Walk-in participant"))
        box = QVBoxLayout(walk)
        box.addLayout(form)
        box.addWidget(self.add_button, alignment=Qt.AlignmentFlag.AlignRight)
        box.addWidget(self.error)
        box.addStretch()
        left = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.find, 1)
        top.addWidget(self.count)
        left.addLayout(top)
        left.addWidget(self.checked_note)
        left.addWidget(self.view, 1)
        below = QHBoxLayout()
        below.addWidget(self.edit_button)
        below.addWidget(self.remove_button)
        below.addWidget(self.roster_error, 1)
        below.addStretch()  # the buttons keep their own width while no refusal shows
        left.addLayout(below)
        row = QHBoxLayout(self)
        row.addLayout(left, 3)
        row.addWidget(walk, 1)
        QWidget.setTabOrder(self.find, self.view)
        QWidget.setTabOrder(self.view, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.name)
        QWidget.setTabOrder(self.name, self.organisation)
        QWidget.setTabOrder(self.organisation, self.kind)
        QWidget.setTabOrder(self.kind, self.add_button)

    def title(self) -> str:
        return self.tr("Attendance")

    def prompt(self) -> str:
        return self.tr(
            "Welcome people as they arrive: check each one in, and add walk-ins "
            "with their organisation and kind of stakeholder."
        )

    def minutes(self) -> int:
        return 10

    def refresh(self, change: Changes = EVERYTHING) -> None:
        f, gid = self.session.file, self.session.group_id
        # Before the file is open through the ORM, the first look's records (the same).
        look = self.session.look if f is None else None
        if (f is None and look is None) or gid is None:
            self.model.set_rows([])
            return
        lang = current_language()
        kinds = list(look.kinds) if look is not None else participants.stakeholder_kinds(f)
        self.model.kinds = {code: (lid if lang == "id" else len_) for code, lid, len_, _ in kinds}
        if self.kind.count() != len(kinds):
            self.kind.clear()
            self.kind.addItem(self.tr("(not given)"), None)
            for code, lid, len_, _ in kinds:
                self.kind.addItem(lid if lang == "id" else len_, code)
        if look is not None:
            rows = list(look.roster)
        else:
            rows = participants.list_participants(f, gid)
        self.model.set_rows(rows)
        present = sum(p.present for p in rows)
        self.count.setText(
            self.tr("Present: %1 of %2").replace("%1", str(present)).replace("%2", str(len(rows)))
        )
        self.fit_columns()

    def _fit_header(self) -> None:
        # The roster fits its panel: narrow columns fit their contents, names get what
        # they need up to a share, organisations take the rest and are cut with "…".
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        for col in (COL_PRESENT, COL_KIND, COL_WALK_IN):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_ORGANISATION, QHeaderView.ResizeMode.Stretch)

    def fit_columns(self) -> None:
        """Give the name column its names' width, up to a share of the room left."""
        header = self.view.horizontalHeader()
        narrow = sum(header.sectionSize(c) for c in (COL_PRESENT, COL_KIND, COL_WALK_IN))
        spare = self.view.viewport().width() - narrow
        wanted = max(self.view.sizeHintForColumn(COL_NAME), header.sectionSizeHint(COL_NAME))
        header.resizeSection(COL_NAME, max(80, min(wanted, int(spare * NAME_SHARE))))

    def _search(self, text: str) -> None:
        """Filter the roster and highlight the first match not yet checked in."""
        self.proxy.setFilterFixedString(text)
        if not text:
            return
        rows = range(self.proxy.rowCount())
        first = next(
            (r for r in rows if not self.proxy.index(r, 0).data(RECORD_ROLE).present),
            0 if self.proxy.rowCount() else -1,
        )
        if first >= 0:
            self.view.setCurrentIndex(self.proxy.index(first, COL_NAME))
            self.view.scrollTo(self.view.currentIndex())

    def _move_highlight(self, step: int) -> None:
        count = self.proxy.rowCount()
        if count:
            row = self.view.currentIndex().row() if self.view.currentIndex().isValid() else -1
            row = max(0, min(count - 1, row + step))
            self.view.setCurrentIndex(self.proxy.index(row, COL_NAME))

    def check_in_highlighted(self) -> None:
        """Enter in the search box: check in the person highlighted, say who, then clear."""
        index = self.view.currentIndex()
        if not self.find.text() or not index.isValid():
            return
        person: ParticipantRecord = index.data(RECORD_ROLE)
        who = f"{person.name} ({person.organisation})" if person.organisation else person.name
        if person.present:
            self.checked_note.setText(self.tr("%1 is already checked in.").replace("%1", who))
        else:
            self.model.toggle(person, True)
            self.checked_note.setText(self.tr("Checked in: %1").replace("%1", who))
        empty(self.find)
        self.proxy.setFilterFixedString("")

    def add_walk_in(self) -> None:
        """Add the person in the form as a checked-in walk-in."""
        f, gid = self.session.file, self.session.group_id
        if f is None or gid is None:
            return
        name, org, kind = self.name.text(), self.organisation.text(), self.kind.currentData()
        same = next((p for p in self.model.rows if common.same_name(p.name, name)), None)
        if same is not None:
            choice = self.ask_duplicate(same)
            if choice == "check_in":
                if not same.present:
                    self.model.toggle(same, True)
                self.checked_note.setText(self.tr("Checked in: %1").replace("%1", same.name))
                empty(self.name, self.organisation)
                self.kind.setCurrentIndex(0)
                self.name.setFocus()
                return
            if choice != "add":
                self.name.setFocus()
                return
        try:
            self.session.perform(
                self.tr("Add walk-in %1").replace("%1", name.strip()),
                participants.add_participant,
                name=name,
                organisation=org,
                stakeholder_kind=kind,
                group_id=gid,
                walk_in=True,
                origin=self,
            )
        except JakresError as exc:
            self.error.show_error(exc)
            self.name.setFocus()
            return
        self.error.clear()
        empty(self.name, self.organisation)
        self.kind.setCurrentIndex(0)
        self.name.setFocus()

    # --- correcting and removing ------------------------------------------------------

    def _current(self) -> ParticipantRecord | None:
        index = self.view.currentIndex()
        return index.data(RECORD_ROLE) if index.isValid() else None

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() != COL_PRESENT:  # a double-click on the box only ticks it
            self.edit_current()

    def edit_current(self) -> None:
        """Correct the highlighted person's name, organisation, kind or role (undoable)."""
        person, f = self._current(), self.session.file
        if person is None or f is None:
            return
        kinds = [(self.kind.itemText(i), self.kind.itemData(i) or "")
                 for i in range(self.kind.count())]
        fields = [
            Field(self.tr("&Name"), "name", person.name),
            Field(self.tr("&Organisation"), "organisation", person.organisation),
            Field(self.tr("Stakeholder &kind"), "stakeholder_kind",
                  person.stakeholder_kind or "", kinds),
            Field(self.tr("&Role"), "role", person.role),
        ]

        def save(changed: dict[str, object]) -> None:
            self.session.perform(self.tr("Edit %1").replace("%1", person.name),
                                 participants.update_participant, person.id, **changed,
                                 origin=self)

        edit_record(self, self.tr("Edit %1").replace("%1", person.name), fields, save)
        self.view.setFocus()

    def remove_current(self) -> None:
        """Remove the highlighted person, after saying what goes with them (undoable)."""
        person, f = self._current(), self.session.file
        if person is None or f is None:
            return
        dots, scores = participants.what_removal_takes(f, person.id)
        if dots or scores:
            detail = (self.tr("Removing %1 also removes the %2 dots and %3 scores they gave.")
                      .replace("%1", person.name).replace("%2", str(dots))
                      .replace("%3", str(scores)))
        else:
            detail = self.tr("%1 has given no dots or scores.").replace("%1", person.name)
        if not confirm(self, self.tr("Remove a person"),
                       self.tr("Remove %1 from the roster?").replace("%1", person.name),
                       self.tr("&Remove"), detail):
            return
        row = self.view.currentIndex().row()
        try:
            self.session.perform(self.tr("Remove %1").replace("%1", person.name),
                                 participants.remove_participant, person.id, origin=self)
        except JakresError as exc:
            self.roster_error.show_error(exc)
            return
        self.roster_error.clear()
        row = min(row, self.proxy.rowCount() - 1)
        if row >= 0:
            self.view.setCurrentIndex(self.proxy.index(row, COL_NAME))
        self.view.setFocus()

    def ask_duplicate(self, person: ParticipantRecord) -> str:
        """For a walk-in named like a roster person: "check_in", "add" or "cancel".

        Tests replace this method to answer without a dialog.
        """
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Already on the roster"))
        where = f"{person.name} ({person.organisation})" if person.organisation else person.name
        box.setText(
            self.tr("%1 is already on this group's roster. Check them in instead?").replace(
                "%1", where
            )
        )
        check_in = box.addButton(self.tr("&Check in %1").replace("%1", person.name),
                                 QMessageBox.ButtonRole.AcceptRole)
        add = box.addButton(self.tr("&Add another person"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(check_in)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        return "check_in" if clicked is check_in else "add" if clicked is add else "cancel"

    def eventFilter(self, obj: object, event: object) -> bool:
        if (
            obj is self.find
            and isinstance(event, QKeyEvent)
            and event.type() == event.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
        ):
            self._move_highlight(1 if event.key() == Qt.Key.Key_Down else -1)
            return True
        if isinstance(event, QEvent) and event.type() == QEvent.Type.Resize:
            if obj is self.view.viewport():
                self.fit_columns()
            return super().eventFilter(obj, event)
        if obj is self.view and is_delete(event):
            self.remove_current()
            return True
        if (
            obj is self.view
            and isinstance(event, QKeyEvent)
            and event.type() == event.Type.KeyPress
            and event.key() == Qt.Key.Key_F2
        ):
            self.edit_current()
            return True
        if (
            obj is self.view
            and isinstance(event, QKeyEvent)
            and event.type() == event.Type.KeyPress
            and event.key() == Qt.Key.Key_Space
        ):
            index = self.view.currentIndex()
            if index.isValid():
                person = index.data(RECORD_ROLE)
                self.model.toggle(person, not person.present)
                below = self.proxy.index(min(index.row() + 1, self.proxy.rowCount() - 1), 0)
                self.view.setCurrentIndex(below)
            return True
        return super().eventFilter(obj, event)

    def projector_lines(self) -> list[str]:
        rows = self.model.rows
        present = sum(p.present for p in rows)
        return [self.tr("Present: %1").replace("%1", str(present))]
