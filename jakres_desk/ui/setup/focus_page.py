"""The desk's Focus areas and groups page: titles, suggested goals and criteria; groups."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jakres_desk.base.errors import JakresError
from jakres_desk.base.i18n import current_language
from jakres_desk.core.records import FocusAreaRecord, GroupRecord
from jakres_desk.core.services import framework, groups, workshops
from jakres_desk.core.topics import EVERYTHING, Changes, Topic
from jakres_desk.ui.session import Session
from jakres_desk.ui.widgets import ErrorLabel, Page

ID_ROLE = Qt.ItemDataRole.UserRole
CRITERIA_COLUMNS = 4  # name (id), name (en), description (id), description (en)


class FocusPage(Page):
    """Focus areas (both languages, CRF goals, suggested criteria) and the groups."""

    key = "focus"
    topics = frozenset({Topic.FOCUS_AREAS, Topic.GROUPS, Topic.FRAMEWORK})

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.error = ErrorLabel()
        self.areas = QListWidget()
        self.areas.currentRowChanged.connect(self._area_picked)
        self.add_area_button = QPushButton(self.tr("&Add focus area"))
        self.add_area_button.clicked.connect(self.add_area)
        self.remove_area_button = QPushButton(self.tr("Remove focus area…"))
        self.remove_area_button.clicked.connect(self.remove_area)
        self.titles = {k: QLineEdit() for k in ("title_id", "title_en", "short_id", "short_en",
                                                "description_id", "description_en")}  # fmt: skip
        self.goals = QListWidget()
        self.criteria = QTableWidget(0, CRITERIA_COLUMNS)
        self.criteria.setHorizontalHeaderLabels([
            self.tr("Criterion (Indonesian)"), self.tr("Criterion (English)"),
            self.tr("Description (Indonesian)"), self.tr("Description (English)")])  # fmt: skip
        self.criteria.horizontalHeader().setStretchLastSection(True)
        self.criteria.setTabKeyNavigation(False)
        add_row = self.add_row_button = QPushButton(self.tr("New criterion &row"))
        add_row.clicked.connect(lambda: self._add_criterion_row())
        drop_row = QPushButton(self.tr("Remove criterion row"))
        drop_row.clicked.connect(lambda: self.criteria.removeRow(self.criteria.currentRow()))
        self.save_area_button = QPushButton(self.tr("Sa&ve focus area"))
        self.save_area_button.clicked.connect(self.save_area)
        self.group_list = QListWidget()
        self.group_list.currentRowChanged.connect(self._group_picked)
        self.group_name = QLineEdit()
        self.group_area = QComboBox()
        self.facilitator = QLineEdit()
        self.room = QLineEdit()
        self.save_group_button = QPushButton(self.tr("Save &group"))
        self.save_group_button.clicked.connect(self.save_group)
        self.add_group_button = QPushButton(self.tr("Add grou&p"))
        self.add_group_button.clicked.connect(self.add_group)
        self.remove_group_button = QPushButton(self.tr("Remove group…"))
        self.remove_group_button.clicked.connect(self.remove_group)
        for field in (self.group_name, self.facilitator, self.room):
            field.returnPressed.connect(self.save_group)
        self._layout(add_row, drop_row)
        self._records: list[FocusAreaRecord] = []
        self._groups: list[GroupRecord] = []

    def _layout(self, add_row: QPushButton, drop_row: QPushButton) -> None:
        area_box = QGroupBox(self.tr("Focus areas"))
        left = QVBoxLayout()
        left.addWidget(self.areas, 1)
        left.addWidget(self.add_area_button)
        left.addWidget(self.remove_area_button)
        form = QFormLayout()
        form.addRow(self.tr("&Title (Indonesian)"), self.titles["title_id"])
        form.addRow(self.tr("Title (Engl&ish)"), self.titles["title_en"])
        form.addRow(self.tr("&Short title (Indonesian)"), self.titles["short_id"])
        form.addRow(self.tr("Short title (Eng&lish)"), self.titles["short_en"])
        form.addRow(self.tr("&Description (Indonesian)"), self.titles["description_id"])
        form.addRow(self.tr("Description (Englis&h)"), self.titles["description_en"])
        rows = QHBoxLayout()
        rows.addWidget(add_row)
        rows.addWidget(drop_row)
        rows.addStretch(1)
        rows.addWidget(self.save_area_button)
        grid = QGridLayout()
        grid.addLayout(form, 0, 0)
        grid.addWidget(self.goals, 0, 1, 2, 1)
        grid.addWidget(self.criteria, 1, 0)
        grid.addLayout(rows, 2, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self.goals.setToolTip(self.tr("CRF goals suggested to the group as its elements"))
        area_row = QHBoxLayout(area_box)
        area_row.addLayout(left, 1)
        area_row.addLayout(grid, 4)
        group_box = QGroupBox(self.tr("Groups"))
        group_form = QFormLayout()
        group_form.addRow(self.tr("&Name"), self.group_name)
        group_form.addRow(self.tr("&Focus area"), self.group_area)
        group_form.addRow(self.tr("Fa&cilitator"), self.facilitator)
        group_form.addRow(self.tr("R&oom"), self.room)
        buttons = QHBoxLayout()
        for b in (self.save_group_button, self.add_group_button, self.remove_group_button):
            buttons.addWidget(b)
        group_form.addRow("", buttons)
        group_row = QHBoxLayout(group_box)
        group_row.addWidget(self.group_list, 1)
        group_row.addLayout(group_form, 4)
        box = QVBoxLayout(self)
        box.addWidget(area_box, 3)
        box.addWidget(group_box, 2)
        box.addWidget(self.error)

    def title(self) -> str:
        return self.tr("Focus areas and groups")

    def prompt(self) -> str:
        return self.tr(
            "Each focus area in both languages, the CRF goals and criteria suggested to its "
            "group; each group with its focus area (none: a cross-cutting session), "
            "facilitator and room."
        )

    # --- loading -----------------------------------------------------------------

    def refresh(self, change: Changes = EVERYTHING) -> None:
        f = self.session.file
        self.setEnabled(f is not None)
        if f is None:
            return
        self._records = workshops.focus_areas(f)
        self._groups = groups.list_groups(f)
        self._fill_goals_once()
        self._fill(self.areas, [(fa.id, self._area_name(fa)) for fa in self._records])
        self._fill(self.group_list, [(g.id, g.name) for g in self._groups])
        self.group_area.blockSignals(True)
        self.group_area.clear()
        self.group_area.addItem(self.tr("(none: cross-cutting, the whole CRF)"), None)
        for fa in self._records:
            self.group_area.addItem(self._area_name(fa), fa.id)
        self.group_area.blockSignals(False)
        self._area_picked(self.areas.currentRow())
        self._group_picked(self.group_list.currentRow())

    @staticmethod
    def _area_name(fa: FocusAreaRecord) -> str:
        title = fa.title_id if current_language() == "id" else (fa.title_en or fa.title_id)
        return f"{fa.number}. {title}"

    @staticmethod
    def _fill(widget: QListWidget, rows: list[tuple[str, str]]) -> None:
        old = widget.currentItem().data(ID_ROLE) if widget.currentItem() else None
        widget.blockSignals(True)
        widget.clear()
        for rid, text in rows:
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, rid)
            widget.addItem(item)
        ids = [rid for rid, _ in rows]
        widget.setCurrentRow(ids.index(old) if old in ids else (0 if ids else -1))
        widget.blockSignals(False)

    def _fill_goals_once(self) -> None:
        if self.goals.count():
            return
        assert self.session.file is not None
        for dim in framework.dimensions(self.session.file):
            for goal in dim.goals:
                item = QListWidgetItem(f"{goal.id.split('.')[-1]}  {goal.label}")
                item.setData(ID_ROLE, goal.id)
                item.setToolTip(f"{dim.label}: {goal.description}")
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.goals.addItem(item)

    def current_area(self) -> FocusAreaRecord | None:
        """The focus area picked in the list."""
        row = self.areas.currentRow()
        return self._records[row] if 0 <= row < len(self._records) else None

    def current_group(self) -> GroupRecord | None:
        """The group picked in the list."""
        row = self.group_list.currentRow()
        return self._groups[row] if 0 <= row < len(self._groups) else None

    def select(self, record_id: str) -> None:
        """Pick a group (keyboard in its facilitator) or a focus area (in its title)."""
        self.ensure_fresh()
        for row, g in enumerate(self._groups):
            if g.id == record_id:
                self.group_list.setCurrentRow(row)
                self.facilitator.setFocus()
                return
        for row, fa in enumerate(self._records):
            if fa.id == record_id:
                self.areas.setCurrentRow(row)
                self.titles["title_id"].setFocus()
                return

    def _area_picked(self, _row: int) -> None:
        fa = self.current_area()
        for key, field in self.titles.items():
            field.setText(getattr(fa, key) if fa else "")
        chosen = set(fa.goal_ids) if fa else set()
        for i in range(self.goals.count()):
            item = self.goals.item(i)
            checked = item.data(ID_ROLE) in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.criteria.setRowCount(0)
        if fa is not None and self.session.file is not None:
            for item in framework.suggestions_of(self.session.file, fa.id):
                self._add_criterion_row(item)

    def _add_criterion_row(self, item: dict[str, Any] | None = None) -> None:
        row = self.criteria.rowCount()
        self.criteria.insertRow(row)
        cells = ("name", "name", "description", "description")
        for col, (key, lang) in enumerate(zip(cells, ("id", "en", "id", "en"), strict=True)):
            value = (item or {}).get(key, {}).get(lang, "") if isinstance(item, dict) else ""
            self.criteria.setItem(row, col, QTableWidgetItem(value))
        if not isinstance(item, dict):
            self.criteria.setCurrentCell(row, 0)
            self.criteria.setFocus()

    def _group_picked(self, _row: int) -> None:
        g = self.current_group()
        self.group_name.setText(g.name if g else "")
        self.facilitator.setText(g.facilitator if g else "")
        self.room.setText(g.room if g else "")
        index = self.group_area.findData(g.focus_area_id) if g and g.focus_area_id else 0
        self.group_area.setCurrentIndex(max(index, 0))

    # --- edits -------------------------------------------------------------------

    def _perform(self, text: str, service: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            value = self.session.perform(text, service, *args, origin=self, **kwargs)
        except JakresError as exc:
            self.error.show_error(exc)
            return None
        self.error.clear()
        return value

    def add_area(self) -> None:
        """A new focus area, titled for now; its titles are typed next."""
        fa = self._perform(self.tr("Add focus area"), framework.add_focus_area,
                           title_id=self.tr("New focus area"))  # fmt: skip
        if fa is not None:
            self.areas.setCurrentRow(self.areas.count() - 1)
            self.titles["title_id"].setFocus()
            self.titles["title_id"].selectAll()

    def save_area(self) -> None:
        """Save the titles, goals and suggested criteria of the focus area that changed."""
        fa, f = self.current_area(), self.session.file
        if fa is None or f is None:
            return
        # Read the whole form first: each saved part refreshes the page from the file.
        titles = {k: w.text() for k, w in self.titles.items() if w.text() != getattr(fa, k)}
        goals = [self.goals.item(i).data(ID_ROLE) for i in range(self.goals.count())
                 if self.goals.item(i).checkState() == Qt.CheckState.Checked]  # fmt: skip
        criteria = self._criteria_rows()
        steps: list[tuple[str, Any, tuple[Any, ...], dict[str, Any]]] = []
        if titles:
            steps.append((self.tr("Edit focus area"), framework.update_focus_area, (fa.id,),
                          titles))  # fmt: skip
        if tuple(goals) != fa.goal_ids:
            steps.append((self.tr("Suggested goals"), framework.set_focus_area_goals, (),
                          {"focus_area_id": fa.id, "goal_ids": goals}))  # fmt: skip
        if criteria != framework.suggestions_of(f, fa.id):
            steps.append((self.tr("Suggested criteria"), framework.set_suggested_criteria, (),
                          {"focus_area_id": fa.id, "criteria": criteria}))  # fmt: skip
        for text, service, args, kwargs in steps:
            if self._perform(text, service, *args, **kwargs) is None:
                return

    def _criteria_rows(self) -> list[dict[str, Any]]:
        old = {}
        fa = self.current_area()
        if fa is not None and self.session.file is not None:
            old = {c["name"].get("id", ""): c for c in framework.suggestions_of(
                self.session.file, fa.id)}  # fmt: skip
        rows = []
        for r in range(self.criteria.rowCount()):
            cells = [(self.criteria.item(r, c).text() if self.criteria.item(r, c) else "").strip()
                     for c in range(CRITERIA_COLUMNS)]  # fmt: skip
            if not any(cells):
                continue
            reported = old.get(cells[0], {}).get("reported", False)
            rows.append({"name": {"id": cells[0], "en": cells[1]},
                         "description": {"id": cells[2], "en": cells[3]},
                         "reported": reported})  # fmt: skip
        return rows

    def remove_area(self) -> None:
        """Remove the focus area, after saying what it changes."""
        fa, f = self.current_area(), self.session.file
        if fa is None or f is None:
            return
        takes = framework.focus_area_removal_takes(f, fa.id)
        text = (
            self.tr("Remove focus area %1? %2 group(s) will have no focus area and %3 "
                    "program(s) lose this focus area. You can undo it (Ctrl+Z).")
            .replace("%1", self._area_name(fa))
            .replace("%2", str(takes["groups"]))
            .replace("%3", str(takes["programs"]))
        )  # fmt: skip
        if self._confirm(text):
            self._perform(self.tr("Remove focus area"), framework.remove_focus_area, fa.id)

    def add_group(self) -> None:
        """A new group named from the name field (or a numbered name)."""
        name = self.tr("Group %1").replace("%1", str(len(self._groups) + 1))
        g = self._perform(self.tr("Add group"), groups.add_group, name=name)
        if g is not None:
            self.group_list.setCurrentRow(self.group_list.count() - 1)
            self.group_name.setFocus()
            self.group_name.selectAll()

    def save_group(self) -> None:
        """Save the name, focus area, facilitator and room of the group that changed."""
        g = self.current_group()
        if g is None:
            return
        # Read the whole form first: each saved part refreshes the page from the file.
        name, area = self.group_name.text(), self.group_area.currentData()
        facilitator, room = self.facilitator.text(), self.room.text()
        if name != g.name and self._perform(
            self.tr("Rename group"), groups.rename_group, g.id, name=name
        ) is None:  # fmt: skip
            return
        if area != g.focus_area_id and self._perform(
            self.tr("Group's focus area"), groups.set_group_focus_area,
            group_id=g.id, focus_area_id=area) is None:  # fmt: skip
            return
        if (facilitator, room) != (g.facilitator, g.room):
            self._perform(self.tr("Facilitator and room"), groups.update_group, g.id,
                          facilitator=facilitator, room=room)  # fmt: skip

    def remove_group(self) -> None:
        """Remove the group, after saying what it takes with it."""
        g, f = self.current_group(), self.session.file
        if g is None or f is None:
            return
        takes = groups.removal_takes(f, g.id)
        text = (
            self.tr("Remove %1? It takes %2 element(s), %3 criteria and %4 candidate "
                    "program(s) with it; its %5 participant(s) stay, without a group. "
                    "You can undo it (Ctrl+Z).")
            .replace("%1", g.name)
            .replace("%2", str(takes["elements"]))
            .replace("%3", str(takes["criteria"]))
            .replace("%4", str(takes["candidates"]))
            .replace("%5", str(takes["participants"]))
        )  # fmt: skip
        if self._confirm(text):
            self._perform(self.tr("Remove group"), groups.remove_group, g.id)

    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Remove"), text)
        return answer == QMessageBox.StandardButton.Yes
