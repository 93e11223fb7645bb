"""Step 2: criteria — adopt suggestions or write the room's own, weigh them, lock for scoring."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from jakres_desk.base.errors import JakresError, ValidationError
from jakres_desk.base.i18n import current_language, decimal_input
from jakres_desk.core.records import CriterionRecord
from jakres_desk.core.services import criteria, framework, groups, votes
from jakres_desk.core.services.common import same_name
from jakres_desk.core.services.framework import SuggestedCriterion
from jakres_desk.core.topics import EVERYTHING, Changes, Topic
from jakres_desk.ui.cards import (
    CARD_STYLE,
    SuggestionCard,
    in_file_order,
    named_label,
    show_beside,
)
from jakres_desk.ui.forms import EnterChain, act_once, empty, is_delete
from jakres_desk.ui.icons import icon
from jakres_desk.ui.models.base import RECORD_ROLE
from jakres_desk.ui.models.criteria import COL_DESCRIPTION, CriteriaModel, weight_text
from jakres_desk.ui.session import Session
from jakres_desk.ui.widgets import ErrorLabel, Page, sortable_view, style_named

STYLE = (
    "#section { font-size: 12pt; font-weight: bold; }"
    "#total { font-size: 11pt; }"
    "#state { font-size: 12pt; font-weight: bold; padding: 4px 8px; border-radius: 4px; }"
    "#hint { color: #546e7a; }"
)

DEFAULT_WEIGHT = "1"


class CriteriaPage(Page):
    """Criteria."""

    key = "criteria"
    topics = frozenset({Topic.CRITERIA, Topic.CRITERIA_LOCK, Topic.GROUPS, Topic.FOCUS_AREAS})

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.locked = False
        self.cards: list[SuggestionCard] = []
        self._built_for: tuple[int, str, str] | None = None
        self.suggestions = QScrollArea()
        self.suggestions.setWidgetResizable(True)
        self.suggestions.setStyleSheet(CARD_STYLE)
        self.suggestion_error = ErrorLabel()
        self.model = CriteriaModel(self.edit, self)
        self.view, self.proxy = sortable_view(self.model, self)
        in_file_order(self.view, (0, 1))
        self.view.horizontalHeader().setSectionResizeMode(COL_DESCRIPTION,
                                                          QHeaderView.ResizeMode.Stretch)
        self.view.setWordWrap(False)
        self.view.installEventFilter(self)
        self.table_error = ErrorLabel()
        self.total = named_label("", "total")
        self.remove_button = QPushButton(icon("remove"), self.tr("Remove criterion"))
        self.remove_button.setToolTip(self.tr("Remove the selected criterion (Delete)"))
        self.remove_button.clicked.connect(self.remove_criterion)
        self.state = named_label("", "state")
        self.state.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.hint = named_label(self.tr("Unlock the criteria to change them."), "hint")
        self.lock_button = QPushButton()
        self.lock_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.lock_button.clicked.connect(self.toggle_lock)
        self.name = QLineEdit(placeholderText=self.tr("A short name the room agrees on"))
        self.description = QLineEdit(placeholderText=self.tr("What a program must show"))
        self.weight = QLineEdit(DEFAULT_WEIGHT)
        self.weight.setToolTip(self.tr("More than 0, at most 100"))
        self.weight.setMaximumWidth(120)
        self.add_button = QPushButton(icon("add"), self.tr("Add criterion"))
        act_once(self.add_button, self.add_criterion)
        self.name_error, self.weight_error = ErrorLabel(), ErrorLabel()
        EnterChain((self.name, self.description, self.weight), self.add_criterion).clears(
            self.name_error, self.weight_error
        )
        self._layout()

    def _layout(self) -> None:
        left = QVBoxLayout()
        left.addWidget(named_label(self.tr("Suggestions for this focus area"), "section"))
        left.addWidget(self.suggestion_error)
        left.addWidget(self.suggestions, 1)
        lock_bar = QHBoxLayout()
        lock_bar.addWidget(self.state)
        lock_bar.addWidget(self.hint, 1)
        lock_bar.addWidget(self.lock_button)
        heading = named_label(self.tr("The group's &criteria"), "section")
        heading.setBuddy(self.view)
        below = QHBoxLayout()
        below.addWidget(self.total, 1)
        below.addWidget(self.remove_button)
        right = QVBoxLayout()
        right.addLayout(lock_bar)
        right.addWidget(heading)
        right.addWidget(self.view, 1)
        right.addWidget(self.table_error)
        right.addLayout(below)
        right.addWidget(self._form())
        body = QHBoxLayout(self)
        body.addLayout(left, 1)
        body.addLayout(right, 2)
        style_named(self, STYLE)
        QWidget.setTabOrder(self.lock_button, self.view)
        QWidget.setTabOrder(self.view, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.name)
        QWidget.setTabOrder(self.name, self.description)
        QWidget.setTabOrder(self.description, self.weight)
        QWidget.setTabOrder(self.weight, self.add_button)

    def _form(self) -> QGroupBox:
        self.form = QGroupBox(self.tr("A criterion of the room's own"))
        rows = QFormLayout()
        for text, field, error in ((self.tr("&Name"), self.name, self.name_error),
                                   (self.tr("&Description"), self.description, None),
                                   (self.tr("&Weight"), self.weight, self.weight_error)):
            label = QLabel(text)
            label.setBuddy(field)
            line = QHBoxLayout()
            line.addWidget(field, 1 if field is not self.weight else 0)
            if error is not None:
                line.addWidget(error, 1)
            rows.addRow(label, line)
        box = QVBoxLayout(self.form)
        box.addLayout(rows)
        box.addWidget(self.add_button, alignment=Qt.AlignmentFlag.AlignRight)
        return self.form

    def title(self) -> str:
        return self.tr("Criteria")

    def prompt(self) -> str:
        return self.tr("Agree how the group will judge existing programs: adopt suggestions or "
                       "write your own, weigh them, then lock the criteria before scoring.")

    def minutes(self) -> int:
        return 20

    # --- reading the file ---------------------------------------------------------

    def refresh(self, change: Changes = EVERYTHING) -> None:
        f, gid = self.session.file, self.session.group_id
        if f is None or gid is None:
            self.model.set_rows([])
            return
        key = (id(f), gid, current_language())
        if key != self._built_for:
            self._built_for = key
            self._build_suggestions(framework.suggested_criteria(f, gid))
        group = next((g for g in groups.list_groups(f) if g.id == gid), None)
        self.locked = bool(group and group.criteria_locked)
        rows = criteria.list_criteria(f, gid)
        self.model.locked = self.locked
        self.model.set_rows(rows)
        self._show_lock(len(rows))
        for card in self.cards:
            card.set_added(any(same_name(c.name, n) for c in rows for n in card.item.names),
                           self.locked)
        self.total.setText(self.tr("Total weight: %1").replace(
            "%1", weight_text(self.model.total())) if rows else self.tr("No criteria yet"))

    def _build_suggestions(self, items: list[SuggestedCriterion]) -> None:
        inner = QWidget()
        box = QVBoxLayout(inner)
        self.cards = []
        for item in items:
            card = SuggestionCard(item)
            card.add_requested.connect(self.adopt)
            box.addWidget(card)
            self.cards.append(card)
        if not items:
            none = named_label(self.tr("No suggestions for this group."), "hint", wrap=True)
            none.setStyleSheet(STYLE)
            box.addWidget(none)
        box.addStretch()
        self.suggestions.setWidget(inner)

    def _show_lock(self, count: int) -> None:
        locked = self.locked
        self.state.setText(self.tr("Criteria locked for scoring") if locked
                           else self.tr("Criteria open for changes"))
        colours = "background: #ffecb3; color: #e65100;" if locked \
            else "background: #e8f5e9; color: #2e7d32;"
        self.state.setStyleSheet(STYLE + f"#state {{ {colours} }}")
        self.hint.setVisible(locked)
        self.lock_button.setText(self.tr("&Unlock criteria") if locked
                                 else self.tr("Loc&k criteria for scoring"))
        self.lock_button.setIcon(icon("unlock" if locked else "lock"))
        self.lock_button.setEnabled(locked or count > 0)
        self.form.setEnabled(not locked)
        self.remove_button.setEnabled(not locked)

    # --- edits ----------------------------------------------------------------------

    def _where(self) -> tuple[Any, str] | None:
        f, gid = self.session.file, self.session.group_id
        return (f, gid) if f is not None and gid is not None else None

    def adopt(self, item: SuggestedCriterion) -> None:
        """Add a suggested criterion as it stands (weight 1)."""
        where = self._where()
        if where is None:
            return
        f, gid = where
        try:
            self.session.perform(self.tr("Add criterion %1").replace("%1", item.name),
                                 criteria.add_criterion, group_id=gid, name=item.name,
                                 description=item.description, source=item.source, origin=self)
        except JakresError as exc:
            self.suggestion_error.show_error(exc)
            return
        self.suggestion_error.clear()

    def add_criterion(self) -> None:
        """Add the room's own criterion from the form."""
        where = self._where()
        if where is None:
            return
        f, gid = where
        name, desc = self.name.text(), self.description.text()
        weight = decimal_input(self.weight.text())  # 1,5 or 1.5
        try:
            self.session.perform(self.tr("Add criterion %1").replace("%1", name.strip()),
                                 criteria.add_criterion, group_id=gid, name=name,
                                 description=desc, weight=weight, source="room", origin=self)
        except JakresError as exc:
            self._form_error(exc)
            return
        self.name_error.clear()
        self.weight_error.clear()
        empty(self.name, self.description)
        self.weight.setText(DEFAULT_WEIGHT)
        self.name.setFocus()

    def _form_error(self, exc: JakresError) -> None:
        self.name_error.clear()
        self.weight_error.clear()
        on_weight = isinstance(exc, ValidationError) and exc.field == "weight"
        show_beside(self.weight_error if on_weight else self.name_error, exc)
        field = self.weight if on_weight else self.name
        field.setFocus()
        field.selectAll()

    def edit(self, criterion: CriterionRecord, field: str, value: str) -> bool:
        """Save an in-place edit of the table (undo restores the old value)."""
        f = self.session.file
        if f is None:
            return False
        label = {"name": self.tr("Rename criterion %1"),
                 "description": self.tr("Describe criterion %1"),
                 "weight": self.tr("Reweigh criterion %1")}[field].replace("%1", criterion.name)
        new_values: dict[str, Any] = {field: decimal_input(value) if field == "weight" else value}
        try:
            self.session.perform(label, criteria.update_criterion, criterion.id, **new_values,
                                 origin=self)
        except JakresError as exc:
            self.table_error.show_error(exc)
            return False
        self.table_error.clear()
        return True

    def remove_criterion(self) -> None:
        """Drop the selected criterion (and any scores given on it)."""
        f, index = self.session.file, self.view.currentIndex()
        if f is None or not index.isValid():
            return
        criterion = index.data(RECORD_ROLE)
        try:
            self.session.perform(
                self.tr("Remove criterion %1").replace("%1", criterion.name),
                criteria.remove_criterion, criterion.id, origin=self)
        except JakresError as exc:
            self.table_error.show_error(exc)
            return
        self.table_error.clear()

    def toggle_lock(self) -> None:
        """Lock the criteria for scoring, or unlock them to edit again."""
        where = self._where()
        if where is None:
            return
        f, gid = where
        now = not self.locked
        if not now:
            given = votes.scores_given(f, group_id=gid)
            if given and not self.confirm_unlock(given):
                return
        text = self.tr("Lock criteria") if now else self.tr("Unlock criteria")
        self.session.perform(text, groups.set_criteria_locked, group_id=gid, locked=now,
                             origin=self)
        self.table_error.clear()

    def confirm_unlock(self, scores: int) -> bool:
        """Ask before unlocking criteria that scores were given on (tests replace this)."""
        answer = QMessageBox.question(
            self,
            self.tr("Unlock the criteria?"),
            self.tr(
                "%1 scores were given on these criteria. If a weight or a criterion changes "
                "now, the scores given so far will be weighed differently. Unlock anyway?"
            ).replace("%1", str(scores)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def eventFilter(self, obj: QObject, event: Any) -> bool:
        if obj is self.view and is_delete(event):
            self.remove_criterion()
            return True
        return super().eventFilter(obj, event)

    def projector_lines(self) -> list[str]:
        lines = [self.tr("%1 — weight %2 (%3)").replace("%1", c.name)
                 .replace("%2", weight_text(c.weight)).replace("%3", self.model.share_text(c))
                 for c in self.model.rows]
        if not lines:
            return [self.tr("No criteria yet")]
        return [*lines, self.tr("Criteria locked for scoring") if self.locked
                else self.tr("Criteria not locked yet")]
