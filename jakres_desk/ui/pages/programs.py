"""Step 3: programs — search the catalogue as you type, add candidates, name the room's own."""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jakres_desk.base.errors import JakresError
from jakres_desk.base.i18n import current_language
from jakres_desk.core.services import groups, programs, workshops
from jakres_desk.core.topics import EVERYTHING, Changes, Topic
from jakres_desk.ui.cards import show_beside
from jakres_desk.ui.forms import EnterChain, act_once, clear_keeps_no_undo, empty, is_delete
from jakres_desk.ui.icons import icon
from jakres_desk.ui.models.base import RECORD_ROLE
from jakres_desk.ui.models.candidates import (
    COL_AGENCY,
    COL_FOCUS,
    COL_STATUS,
    COL_TITLE,
    CandidatesModel,
    CatalogueFilter,
    CatalogueModel,
    ElideRight,
)
from jakres_desk.ui.pages.confirm import confirm
from jakres_desk.ui.pages.fitted_rows import FittedRows
from jakres_desk.ui.pages.grid_tabs import sized_columns
from jakres_desk.ui.pages.record_dialog import Field, edit_record
from jakres_desk.ui.session import Session
from jakres_desk.ui.widgets import ErrorLabel, Page, sortable_view, style_named

CATALOGUE = (Topic.PROGRAMS, Topic.FOCUS_AREAS, Topic.GROUPS)
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
LATEST = 5  # candidate titles the projector shows


def _key(event: object) -> Qt.Key | None:
    if isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
        return Qt.Key(event.key())
    return None


class ProgramsPage(Page):
    """Programs."""

    key = "programs"
    topics = frozenset({*CATALOGUE, Topic.CANDIDATES})

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.focus_number: int | None = None
        self.catalogue = CatalogueModel(self)
        self.filter = CatalogueFilter(self)
        self.filter.setSourceModel(self.catalogue)
        self.results = self._results_view()
        self.search = QLineEdit(placeholderText=self.tr("Words of a title or agency, then Enter"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_search)
        self.search.returnPressed.connect(self.add_current)
        self.search.installEventFilter(self)
        self.all_areas = QCheckBox(self.tr("&All focus areas"))
        self.all_areas.toggled.connect(self.apply_search)
        self.matches = QLabel(objectName="count")
        self.add_button = QPushButton(icon("add"), self.tr("Add as &candidate"))
        act_once(self.add_button, self.add_current)
        clear_keeps_no_undo(self.search)
        self.search_error = ErrorLabel()
        self.search.textEdited.connect(self._search_edited)
        self.candidates = CandidatesModel(self)
        self.list_view, self.list_proxy = sortable_view(self.candidates, self)
        sized_columns(self.list_view, 1, {0: 40, 2: 150, 3: 90})
        for view, agency_col in ((self.list_view, 2), (self.results, COL_AGENCY)):
            # Titles often differ only at the end ("… di Jakarta Utara"): a title never
            # is cut, it wraps onto a second line; agencies are cut at their end.
            view.setWordWrap(True)
            view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
            view.setItemDelegateForColumn(agency_col, ElideRight(view))
        # Rows as tall as their wrapped titles (see fitted_rows: not sized to contents).
        self.list_rows = FittedRows(
            self.list_view,
            {1: lambda c: c.title},
            lambda c: (self.candidates.origins.get(c.program_id), c.agency.count("\n")),
        )
        self.result_rows = FittedRows(
            self.results,
            {COL_TITLE: lambda p: p.title, COL_FOCUS: lambda p: ", ".join(map(str, p.focus_areas))},
            lambda p: (p.id in self.catalogue.taken, p.origin, p.agency.count("\n")),
        )
        self.list_view.installEventFilter(self)
        self.list_heading = QLabel(objectName="section")
        self.remove_button = QPushButton(icon("remove"), self.tr("&Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected candidate (Delete)"))
        self.remove_button.clicked.connect(self.remove_current)
        self.edit_button = QPushButton(icon("override"), self.tr("Edit program…"))
        self.edit_button.setToolTip(
            self.tr("Correct a program the room added: title, agency, description (F2)")
        )
        self.edit_button.clicked.connect(self.edit_current)
        self.list_view.doubleClicked.connect(lambda _index: self.edit_current())
        self.list_error = ErrorLabel()
        self.title_field, self.agency, self.description = QLineEdit(), QLineEdit(), QLineEdit()
        self.title_field.setPlaceholderText(self.tr("The program's name as the room says it"))
        self.agency.setPlaceholderText(self.tr("The agency that runs it"))
        self.room_keys = EnterChain(
            (self.title_field, self.agency, self.description), self.add_room_program
        )
        self.room_button = QPushButton(icon("add"), self.tr("Add &program"))
        act_once(self.room_button, self.add_room_program)
        self.title_error = ErrorLabel()
        self.room_keys.clears(self.title_error)
        self._layout()

    def _results_view(self) -> QTableView:
        view = QTableView(self)
        view.setModel(self.filter)
        view.setSortingEnabled(True)
        view.sortByColumn(COL_TITLE, Qt.SortOrder.AscendingOrder)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for col, width in ((COL_AGENCY, 150), (COL_FOCUS, 60), (COL_STATUS, 110)):
            header.resizeSection(col, width)
        view.doubleClicked.connect(lambda _index: self.add_current())
        view.installEventFilter(self)
        return view

    def _layout(self) -> None:
        find_label = QLabel(self.tr("&Search the catalogue"), objectName="section")
        find_label.setBuddy(self.search)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.all_areas)
        actions = QHBoxLayout()
        actions.addWidget(self.matches, 1)
        actions.addWidget(self.add_button)
        left = QVBoxLayout()
        left.addWidget(find_label)
        left.addLayout(top)
        left.addWidget(self.search_error)
        left.addWidget(self.results, 1)
        left.addLayout(actions)
        left.addWidget(self._room_form())
        self.list_heading.setBuddy(self.list_view)
        # The button keeps its own width at the left; a refusal shows beside it.
        below = QHBoxLayout()
        below.addWidget(self.remove_button)
        below.addWidget(self.edit_button)
        below.addWidget(self.list_error, 1)
        below.addStretch()
        right = QVBoxLayout()
        right.addWidget(self.list_heading)
        right.addWidget(self.list_view, 1)
        right.addLayout(below)
        body = QHBoxLayout(self)
        body.addLayout(left, 1)
        body.addLayout(right, 1)
        style_named(
            self, "#section { font-size: 12pt; font-weight: bold; }#count { color: #546e7a; }"
        )
        order = (
            self.search,
            self.all_areas,
            self.results,
            self.add_button,
            self.title_field,
            self.agency,
            self.description,
            self.room_button,
            self.list_view,
            self.remove_button,
            self.edit_button,
        )
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _room_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("A program that is not in the catalogue"))
        form = QFormLayout()
        title_line = QHBoxLayout()
        title_line.addWidget(self.title_field, 3)
        title_line.addWidget(self.title_error, 2)
        for text, field, line in (
            (self.tr("&Title"), self.title_field, title_line),
            (self.tr("A&gency"), self.agency, None),
            (self.tr("&Description"), self.description, None),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, line if line is not None else field)
        inner = QVBoxLayout(box)
        inner.addLayout(form)
        inner.addWidget(self.room_button, alignment=Qt.AlignmentFlag.AlignRight)
        return box

    def title(self) -> str:
        return self.tr("Programs")

    def prompt(self) -> str:
        return self.tr(
            "Ask the room which existing programs serve the group's targets: find "
            "each one in the catalogue, or add it by name if it is not there."
        )

    def minutes(self) -> int:
        return 30

    # --- reading the file ---------------------------------------------------------

    def refresh(self, change: Changes = EVERYTHING) -> None:
        f, gid = self.session.file, self.session.group_id
        if f is None or gid is None:
            self.catalogue.set_rows([])
            self.candidates.set_rows([])
            return
        if change.touches(*CATALOGUE):
            self._load_catalogue(f, gid)
        if change.touches(*CATALOGUE, Topic.CANDIDATES):
            self._load_candidates(f, gid)
            self.apply_search()  # the highlight moves to a program not yet on the list

    def _load_catalogue(self, f: Any, gid: str) -> None:
        group = next((g for g in groups.list_groups(f) if g.id == gid), None)
        area = next(
            (
                a
                for a in workshops.focus_areas(f)
                if group is not None and a.id == group.focus_area_id
            ),
            None,
        )
        self.focus_number = area.number if area else None
        short = (area.short_id if current_language() == "id" else area.short_en) if area else ""
        self.all_areas.setToolTip(
            self.tr("Also show programs outside focus area %1 (%2)")
            .replace("%1", str(self.focus_number))
            .replace("%2", short)
        )
        self.all_areas.setEnabled(area is not None)
        rows = programs.list_programs(f)
        # The search as it will be, before the rows: the reset filters them once, and the
        # search that follows (apply_search) finds nothing to change.
        only = None if self.all_areas.isChecked() else self.focus_number
        self.filter.search(self.search.text(), only)
        self.catalogue.set_rows(rows)
        self.candidates.origins = {p.id: p.origin for p in rows}

    def _load_candidates(self, f: Any, gid: str) -> None:
        rows = programs.list_candidates(f, gid)
        self.candidates.set_rows(rows)
        self.catalogue.set_taken({c.program_id for c in rows})
        self.list_heading.setText(
            self.tr("The group's cand&idates (%1)").replace("%1", str(len(rows)))
        )
        self.remove_button.setEnabled(bool(rows))
        self.edit_button.setEnabled(bool(rows))

    def apply_search(self) -> None:
        """Filter the catalogue on the words typed and highlight the first program to add."""
        only = None if self.all_areas.isChecked() else self.focus_number
        self.results.setColumnHidden(COL_FOCUS, only is not None)
        self.filter.search(self.search.text(), only)
        count = self.filter.rowCount()
        self.matches.setText(self.tr("Programs found: %1").replace("%1", str(count)))
        first = next(
            (
                r
                for r in range(count)
                if self.filter.index(r, 0).data(RECORD_ROLE).id not in self.catalogue.taken
            ),
            0 if count else None,
        )
        if first is None:
            self.results.clearSelection()
            return
        self.results.setCurrentIndex(self.filter.index(first, 0))
        self.results.scrollTo(self.results.currentIndex())

    # --- edits --------------------------------------------------------------------

    def add_current(self) -> None:
        """Make the highlighted program a candidate (undo takes it off the list)."""
        f, gid, index = self.session.file, self.session.group_id, self.results.currentIndex()
        if f is None or gid is None or not index.isValid():
            return
        program = index.data(RECORD_ROLE)
        try:
            self.session.perform(
                self.tr("Add candidate %1").replace("%1", program.title),
                programs.add_candidate,
                group_id=gid,
                program_id=program.id,
                origin=self,
            )
        except JakresError as exc:
            self.search_error.show_error(exc)
            return
        self.search_error.clear()
        empty(self.search)
        self.search.setFocus()

    def add_room_program(self) -> None:
        """Add the room's own program to the file and to the list (undo removes both)."""
        f, gid = self.session.file, self.session.group_id
        if f is None or gid is None:
            return
        title, agency, desc = self.title_field.text(), self.agency.text(), self.description.text()
        try:
            # One step: undo deletes the program itself and its place on the list.
            self.session.perform(
                self.tr("Add program %1").replace("%1", title.strip()),
                programs.add_room_program,
                group_id=gid,
                title=title,
                agency=agency,
                description=desc,
                origin=self,
            )
        except JakresError as exc:
            self.title_error.clear()
            show_beside(self.title_error, exc)
            self.title_field.setFocus()
            self.title_field.selectAll()
            return
        self.title_error.clear()
        empty(self.title_field, self.agency, self.description)
        self.title_field.setFocus()

    def remove_current(self) -> None:
        """Take the selected candidate off the list, after saying what goes with it."""
        f, index = self.session.file, self.list_view.currentIndex()
        if f is None or not index.isValid():
            return
        cand = index.data(RECORD_ROLE)
        if not confirm(
            self,
            self.tr("Remove a candidate"),
            self.tr("Take %1 off the group's list?").replace("%1", cand.title),
            self.tr("&Remove"),
            self._removal_detail(f, cand),
        ):
            return
        try:
            self.session.perform(
                self.tr("Remove candidate %1").replace("%1", cand.title),
                programs.remove_candidate,
                cand.id,
                origin=self,
            )
        except JakresError as exc:
            self.list_error.show_error(exc)
            return
        self.list_error.clear()
        row = min(index.row(), self.list_proxy.rowCount() - 1)
        if row >= 0:
            self.list_view.setCurrentIndex(self.list_proxy.index(row, 1))
        self.list_view.setFocus()

    def _removal_detail(self, f: Any, cand: Any) -> str:
        dots, scores, decided = programs.what_removal_takes(f, cand.id)
        parts = []
        if dots or scores:
            parts.append(
                self.tr("Dots and scores that go with it: %1 dots, %2 scores.")
                .replace("%1", str(dots))
                .replace("%2", str(scores))
            )
        if decided:
            parts.append(self.tr("So does its priority decision."))
        if self.candidates.origins.get(cand.program_id) == "room":
            parts.append(self.tr("The program itself goes too: only this room added it."))
        return " ".join(parts) or self.tr("It has no dots, scores or decision yet.")

    def edit_current(self) -> None:
        """Correct the title, agency or description of a program the room added (undoable)."""
        f, gid, index = self.session.file, self.session.group_id, self.list_view.currentIndex()
        if f is None or gid is None or not index.isValid():
            return
        cand = index.data(RECORD_ROLE)
        program = next((p for p in self.catalogue.rows if p.id == cand.program_id), None)
        if program is None or program.origin != "room" or program.added_by_group_id != gid:
            self.list_error.setText(
                self.tr("%1 is a catalogue program: the secretariat corrects it.").replace(
                    "%1", cand.title
                )
            )
            self.list_error.show()
            return
        self.list_error.clear()
        fields = [
            Field(self.tr("&Title"), "title", program.title),
            Field(self.tr("A&gency"), "agency", program.agency),
            Field(self.tr("&Description"), "description", program.description),
        ]

        def save(changed: dict[str, Any]) -> None:
            self.session.perform(
                self.tr("Edit program %1").replace("%1", program.title),
                programs.update_room_program,
                program.id,
                group_id=gid,
                **changed,
                origin=self,
            )

        edit_record(self, self.tr("Edit %1").replace("%1", program.title), fields, save)
        self.list_view.setFocus()

    def _search_edited(self, _text: str) -> None:
        self.search_error.clear()  # an old refusal goes once the user types again

    def eventFilter(self, obj: QObject, event: Any) -> bool:
        key = _key(event)
        if obj is self.search and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            # The first arrow moves the highlight as well as the focus (it used to be lost).
            count = self.filter.rowCount()
            if count:
                current = self.results.currentIndex()
                row = current.row() if current.isValid() else -1
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(count - 1, row + step))
                self.results.setCurrentIndex(self.filter.index(row, COL_TITLE))
            self.results.setFocus()
            return True
        if obj is self.results and key in ENTER_KEYS:
            self.add_current()
            return True
        if obj is self.list_view and is_delete(event):
            self.remove_current()
            return True
        if obj is self.list_view and key == Qt.Key.Key_F2:
            self.edit_current()
            return True
        return super().eventFilter(obj, event)

    def projector_lines(self) -> list[str]:
        rows = self.candidates.rows
        lines = [self.tr("Candidate programs: %1").replace("%1", str(len(rows)))]
        lines += [f"+ {c.title}" for c in rows[-LATEST:]]
        return lines
