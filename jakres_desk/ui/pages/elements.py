"""Step 1: elements and targets — pick CRF goals or own elements, say why, set targets."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jakres_desk.base.errors import JakresError
from jakres_desk.base.i18n import current_language
from jakres_desk.core.records import ElementRecord
from jakres_desk.core.services import elements, framework
from jakres_desk.core.topics import EVERYTHING, Changes, Topic
from jakres_desk.ui.cards import (
    CommitTextEdit,
    GoalPicker,
    TargetForm,
    in_file_order,
    named_label,
    show_beside,
)
from jakres_desk.ui.forms import EnterChain, act_once, empty, is_delete
from jakres_desk.ui.icons import icon
from jakres_desk.ui.models.base import RECORD_ROLE
from jakres_desk.ui.models.elements import ElementsModel, TargetsModel
from jakres_desk.ui.pages.confirm import confirm
from jakres_desk.ui.pages.record_dialog import Field, edit_record
from jakres_desk.ui.session import Session
from jakres_desk.ui.widgets import ErrorLabel, Page, sortable_view, style_named


class ElementsPage(Page):
    """Elements and targets."""

    key = "elements"
    topics = frozenset({Topic.ELEMENTS, Topic.TARGETS, Topic.GROUPS, Topic.FOCUS_AREAS})

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._element_id: str | None = None
        self._built_for: tuple[int, str, str] | None = None
        self._loading = False
        self.focus_label = named_label("", "focusArea", wrap=True)
        self.picker = GoalPicker(self)
        self.picker.goal_toggled.connect(self.toggle_goal)
        self.picker_error = ErrorLabel()
        self.custom = QLineEdit(placeholderText=self.tr("An element not in the CRF"))
        self.custom_keys = EnterChain((self.custom,), self.add_custom)
        self.custom_button = QPushButton(icon("add"), self.tr("Add element"))
        act_once(self.custom_button, self.add_custom)
        self.custom_error = ErrorLabel()
        self.custom_keys.clears(self.custom_error)
        self.model = ElementsModel(self)
        self.view, self.proxy = sortable_view(self.model, self)
        in_file_order(self.view, (0,))
        # A long goal name wraps onto a second line rather than being cut (1366×768).
        self.view.setWordWrap(True)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.setMinimumHeight(150)
        self.view.installEventFilter(self)
        self.view.selectionModel().currentRowChanged.connect(self._element_picked)
        self.remove_button = QPushButton(icon("remove"), self.tr("Remove element"))
        self.remove_button.setToolTip(
            self.tr("Remove the selected element and its targets (Delete)"))
        self.remove_button.clicked.connect(self.remove_element)
        self.rationale = CommitTextEdit()
        self.rationale.setPlaceholderText(self.tr("Why the group chose this element"))
        self.rationale.committed.connect(self.save_rationale)
        self.rationale_error = ErrorLabel()
        self.targets = TargetsModel(self)
        self.target_view, self.target_proxy = sortable_view(self.targets, self)
        in_file_order(self.target_view, (0, 1, 5))
        self.target_view.setWordWrap(False)
        self.target_view.installEventFilter(self)
        self.target_view.doubleClicked.connect(lambda _index: self.edit_target())
        self.view.doubleClicked.connect(lambda _index: self.edit_element())
        self.targets_label = named_label("", "section")
        self.form = TargetForm(self)
        self.form.submitted.connect(self.add_target)
        self._layout()

    def _layout(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self.focus_label)
        left.addWidget(self.picker, 1)
        left.addWidget(self.picker_error)
        own = named_label(self.tr("&Own element"), "section")
        own.setBuddy(self.custom)
        left.addWidget(own)
        row = QHBoxLayout()
        row.addWidget(self.custom, 1)
        row.addWidget(self.custom_button)
        left.addLayout(row)
        left.addWidget(self.custom_error)
        chosen = QVBoxLayout()
        chosen_label = named_label(self.tr("&Chosen elements"), "section")
        chosen_label.setBuddy(self.view)
        chosen.addWidget(chosen_label)
        chosen.addWidget(self.view, 1)
        chosen.addWidget(self.remove_button, alignment=Qt.AlignmentFlag.AlignRight)
        why = QVBoxLayout()
        why_label = named_label(self.tr("&Rationale"), "section")
        why_label.setBuddy(self.rationale)
        why.addWidget(why_label)
        why.addWidget(self.rationale, 1)
        why.addWidget(named_label(self.tr("Saved when you leave the box or press Ctrl+Enter"),
                                  "hint"))
        why.addWidget(self.rationale_error)
        top = QHBoxLayout()
        top.addLayout(chosen, 3)
        top.addLayout(why, 2)
        right = QVBoxLayout()
        right.addLayout(top, 2)
        right.addWidget(self.targets_label)
        right.addWidget(self.target_view, 3)
        right.addWidget(self.form)
        body = QHBoxLayout(self)
        body.addLayout(left, 1)
        body.addLayout(right, 2)
        style_named(self, "#section { font-size: 12pt; font-weight: bold; }"
                    "#focusArea { font-size: 12pt; color: #1565c0; }"
                    "#hint { color: #546e7a; }")
        QWidget.setTabOrder(self.custom, self.custom_button)
        QWidget.setTabOrder(self.custom_button, self.view)
        QWidget.setTabOrder(self.view, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.rationale)
        QWidget.setTabOrder(self.rationale, self.target_view)
        QWidget.setTabOrder(self.target_view, self.form.statement)

    def title(self) -> str:
        return self.tr("Elements and targets")

    def prompt(self) -> str:
        return self.tr("Pick the resilience elements that matter for this focus area and say "
                       "why; then set targets for each: what, how it is measured, by when and "
                       "who leads.")

    def minutes(self) -> int:
        return 30

    # --- reading the file -------------------------------------------------------

    def refresh(self, change: Changes = EVERYTHING) -> None:
        f, gid = self.session.file, self.session.group_id
        if f is None or gid is None:
            self.model.set_rows([])
            self._show(None)
            return
        self._build_cards(f, gid)
        rows = elements.list_elements(f, gid)
        self._loading = True
        self.model.set_rows(rows)
        self._loading = False
        self.picker.set_picked({e.goal_id for e in rows if e.goal_id})
        if self._element_id not in {e.id for e in rows}:
            self._element_id = rows[0].id if rows else None
        self._show(self._element_id)

    def _build_cards(self, f: Any, gid: str) -> None:
        key = (id(f), gid, current_language())
        if key == self._built_for:
            return
        self._built_for = key
        fa = framework.focus_area_of(f, gid)  # read once: its goals are the suggestions
        self.picker.build(framework.dimensions(f), fa.goal_ids if fa else ())
        title = (fa.title_id if current_language() == "id" else fa.title_en or fa.title_id) \
            if fa else ""
        self.focus_label.setText(self.tr("Focus area %1: %2").replace("%1", str(fa.number))
                                 .replace("%2", title) if fa else "")
        self.focus_label.setVisible(fa is not None)

    def _show(self, element_id: str | None) -> None:
        """Select an element in the list and show its rationale and targets."""
        self._element_id = element_id
        row = self.model.row_of(element_id) if element_id else -1
        element: ElementRecord | None = self.model.rows[row] if row >= 0 else None
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            self._loading = True
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self._loading = False
        self.targets.set_rows(element.targets if element else [])
        self.rationale.load(element.id if element else None, element.rationale if element else "")
        for widget in (self.rationale, self.form, self.remove_button, self.target_view):
            widget.setEnabled(element is not None)
        self.targets_label.setText(
            self.tr("Targets for “%1”").replace("%1", element.title) if element
            else self.tr("Targets (choose an element first)"))

    def _element_picked(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._loading:
            return
        element = current.data(RECORD_ROLE) if current.isValid() else None
        new_id = element.id if element else None
        if new_id == self._element_id:
            return
        self._element_id = new_id  # first, so the refresh a save causes keeps this selection
        self.save_rationale()
        self._show(new_id)

    def current_element(self) -> ElementRecord | None:
        """The element whose rationale and targets are shown."""
        row = self.model.row_of(self._element_id) if self._element_id else -1
        return self.model.rows[row] if row >= 0 else None

    # --- edits ----------------------------------------------------------------------

    def toggle_goal(self, goal_id: str, on: bool) -> None:
        """A goal card was ticked or unticked: choose or drop that element."""
        f, gid = self.session.file, self.session.group_id
        if f is None or gid is None:
            return
        label = self.picker.cards[goal_id].goal.label
        try:
            if on:
                added = self.session.perform(self.tr("Choose %1").replace("%1", label),
                                             elements.add_element, group_id=gid, goal_id=goal_id,
                                             origin=self)
                self._show(added.id)
            else:
                chosen = [e for e in self.model.rows if e.goal_id == goal_id]
                if not all(self.confirm_removal(e) for e in chosen):
                    self.picker.set_picked({e.goal_id for e in self.model.rows if e.goal_id})
                    return
                for e in chosen:
                    self._remove(e)
        except JakresError as exc:
            self.picker_error.show_error(exc)
            self.refresh()
            return
        self.picker_error.clear()

    def add_custom(self) -> None:
        """Add the group's own element named in the line edit."""
        f, gid = self.session.file, self.session.group_id
        if f is None or gid is None:
            return
        name = self.custom.text()
        try:
            added = self.session.perform(
                self.tr("Add element %1").replace("%1", name.strip()),
                elements.add_element, group_id=gid, custom_title=name, origin=self)
        except JakresError as exc:
            show_beside(self.custom_error, exc)
            self.custom.setFocus()
            self.custom.selectAll()
            return
        self.custom_error.clear()
        empty(self.custom)
        self._show(added.id)
        self.custom.setFocus()

    def remove_element(self) -> None:
        """Drop the selected element with its targets, asking first if it has any (undoable)."""
        element = self.current_element()
        if element is not None and self.confirm_removal(element):
            try:
                self._remove(element)
            except JakresError as exc:
                self.custom_error.show_error(exc)

    def confirm_removal(self, element: ElementRecord) -> bool:
        """An element with targets goes only after a question that names them (Enter/Esc)."""
        if not element.targets:
            return True
        return confirm(
            self,
            self.tr("Remove an element"),
            self.tr("Remove the element %1?").replace("%1", element.title),
            self.tr("&Remove"),
            self.tr("Its targets go with it: %1.").replace("%1", str(len(element.targets))),
        )

    def _remove(self, element: ElementRecord) -> None:
        self.session.perform(self.tr("Remove %1").replace("%1", element.title),
                             elements.remove_element, element.id, origin=self)

    def save_rationale(self) -> None:
        """Save the rationale being edited, if it changed (undo restores the old text)."""
        f, editor = self.session.file, self.rationale
        if f is None or not editor.dirty():
            return
        eid, new = editor.record_id, editor.toPlainText()
        assert eid is not None
        try:
            self.session.perform(self.tr("Edit the rationale"), elements.update_element, eid,
                                 rationale=new, origin=self)
        except JakresError as exc:
            self.rationale_error.show_error(exc)
            return
        self.rationale_error.clear()
        editor.saved_text = new

    def add_target(self) -> None:
        """Add the target in the form to the selected element."""
        f, eid = self.session.file, self._element_id
        if f is None or eid is None:
            return
        values = self.form.values()
        try:
            text = self.tr("Add target %1").replace("%1", values["statement"].strip())
            self.session.perform(text, elements.add_target, element_id=eid, **values,
                                 origin=self)
        except JakresError as exc:
            self.form.show_error(exc)
            return
        self.form.reset()

    def remove_target(self) -> None:
        """Drop the target selected in the table."""
        f, index = self.session.file, self.target_view.currentIndex()
        if f is None or not index.isValid():
            return
        target = index.data(RECORD_ROLE)
        try:
            self.session.perform(self.tr("Remove target %1").replace("%1", target.statement),
                                 elements.remove_target, target.id, origin=self)
        except JakresError as exc:
            self.form.show_error(exc)

    def edit_element(self) -> None:
        """Rename the group's own element (a CRF goal keeps the framework's name)."""
        element = self.current_element()
        if element is None:
            return
        if element.goal_id is not None:
            self.custom_error.setText(
                self.tr("%1 is a CRF goal: its name comes from the framework.").replace(
                    "%1", element.title))
            self.custom_error.show()
            return
        self.custom_error.clear()

        def save(changed: dict[str, Any]) -> None:
            self.session.perform(self.tr("Rename %1").replace("%1", element.title),
                                 elements.update_element, element.id,
                                 custom_title=changed["custom_title"], origin=self)

        edit_record(self, self.tr("Edit %1").replace("%1", element.title),
                    [Field(self.tr("&Element"), "custom_title", element.title)], save)
        self.view.setFocus()

    def edit_target(self) -> None:
        """Correct any field of the target highlighted in the table (undoable)."""
        index = self.target_view.currentIndex()
        if self.session.file is None or not index.isValid():
            return
        t = index.data(RECORD_ROLE)
        fields = [
            Field(self.tr("&Statement"), "statement", t.statement),
            Field(self.tr("&Indicator"), "indicator", t.indicator),
            Field(self.tr("&Baseline"), "baseline", t.baseline),
            Field(self.tr("&Target value"), "target_value", t.target_value),
            Field(self.tr("&Year"), "target_year", t.target_year or ""),
            Field(self.tr("Responsible a&gency"), "responsible_agency", t.responsible_agency),
        ]

        def save(changed: dict[str, Any]) -> None:
            self.session.perform(self.tr("Edit target %1").replace("%1", t.statement),
                                 elements.update_target, t.id, **changed, origin=self)

        edit_record(self, self.tr("Edit target"), fields, save)
        self.target_view.setFocus()

    def eventFilter(self, obj: QObject, event: Any) -> bool:
        if (isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_F2 and obj in (self.view, self.target_view)):
            self.edit_element() if obj is self.view else self.edit_target()
            return True
        if is_delete(event) and obj in (self.view, self.target_view):
            self.remove_element() if obj is self.view else self.remove_target()
            return True
        return super().eventFilter(obj, event)

    def projector_lines(self) -> list[str]:
        lines = [self.tr("%1 — targets: %2").replace("%1", e.title)
                 .replace("%2", str(len(e.targets))) for e in self.model.rows]
        return lines or [self.tr("No elements chosen yet")]
