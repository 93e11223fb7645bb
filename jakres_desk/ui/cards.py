"""Widgets of steps 1 and 2: cards (CRF goals to pick, criteria to adopt), the target form,
a text box that commits, and small helpers those steps share."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jakres_desk.base.errors import JakresError, ValidationError
from jakres_desk.core.services.framework import DimensionInfo, GoalInfo, SuggestedCriterion
from jakres_desk.ui.forms import EnterChain, act_once, empty
from jakres_desk.ui.icons import icon
from jakres_desk.ui.widgets import ErrorLabel

CARD_STYLE = """
#card { border: 1px solid #b0bec5; border-radius: 6px; background: #ffffff; }
#card[picked="true"] { border: 2px solid #2e7d32; background: #e8f5e9; }
#card[focused="true"] { border: 2px solid #1565c0; }
#cardTitle { font-weight: bold; }
#cardText { color: #455a64; }
#badge { color: #6a1b9a; font-weight: bold; }
#dimension { font-weight: bold; color: #1565c0; padding-top: 6px; }
#section { font-size: 12pt; font-weight: bold; }
"""



def in_file_order(view: QTableView, wide: tuple[int, ...]) -> None:
    """Rows in the group's order (a header click still sorts); `wide` columns share the room."""
    header = view.horizontalHeader()
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    header.setStretchLastSection(False)
    for col in range(header.count()):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if col in wide
                                    else QHeaderView.ResizeMode.ResizeToContents)


def named_label(text: str, name: str, wrap: bool = False) -> QLabel:
    """A label the style sheets find by its object name."""
    widget = QLabel(text)
    widget.setObjectName(name)
    widget.setWordWrap(wrap)
    return widget


def show_beside(label: QLabel, exc: JakresError) -> None:
    """Show a refusal beside its own field, without repeating the field's code name."""
    field = getattr(exc, "field", "")
    label.setText(exc.bare_message() if field and exc.where == field else exc.message())
    label.show()


def _restyle(widget: QWidget, name: str, value: bool) -> None:
    """Set a property the style sheet reads; re-polish (a few ms a card) only on a change."""
    text = "true" if value else "false"
    if widget.property(name) == text:
        return
    widget.setProperty(name, text)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class GoalCard(QFrame):
    """A CRF goal: its label and one-line description, picked with a checkbox (Space)."""

    picked = Signal(str, bool)  # goal id, now picked
    focused = Signal(QWidget)

    def __init__(self, goal: GoalInfo, suggested: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.goal = goal
        self.setObjectName("card")
        self.check = QCheckBox()
        self.check.setAccessibleName(goal.label)
        self.check.setToolTip(self.tr("Space picks or drops this goal"))
        self.check.clicked.connect(lambda on: self.picked.emit(goal.id, on))
        self.check.installEventFilter(self)
        title = named_label(goal.label, "cardTitle", wrap=True)
        text = named_label(goal.description, "cardText", wrap=True)
        grid = QGridLayout(self)
        grid.addWidget(self.check, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(title, 0, 1)
        if suggested:
            badge = QLabel()
            badge.setPixmap(icon("priority", "#f9a825").pixmap(18, 18))
            badge.setToolTip(self.tr("Suggested for this focus area"))
            grid.addWidget(badge, 0, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(text, 1, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        self.setProperty("picked", "false")  # not polished yet: the style sheet reads it then

    def set_picked(self, on: bool) -> None:
        """Show whether the group chose this goal (no signal)."""
        self.check.setChecked(on)
        _restyle(self, "picked", on)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.check.setFocus(Qt.FocusReason.MouseFocusReason)
            self.check.click()
            return
        super().mousePressEvent(event)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.check and event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            has = event.type() == QEvent.Type.FocusIn
            _restyle(self, "focused", has)
            if has:
                self.focused.emit(self)
        return super().eventFilter(obj, event)


class GoalPicker(QScrollArea):
    """The CRF goals as cards by dimension: the focus area's first, the others behind a toggle."""

    goal_toggled = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.cards: dict[str, GoalCard] = {}
        self.suggested: tuple[str, ...] = ()
        self._hidden = 0  # how many goals the toggle hides
        self._revealed = False
        # The goals behind the toggle are made when first shown (9 of 12 cards: two thirds
        # of showing step 1 for the first time); until then `_later` holds them.
        self._later: list[DimensionInfo] = []
        self._picked: set[str] = set()
        self.more = QPushButton()  # both rebuilt by build()
        self.others = QWidget()
        self.setStyleSheet(CARD_STYLE)

    def build(self, dims: list[DimensionInfo], suggested: tuple[str, ...]) -> None:
        """Lay out the cards for a group (its focus area's suggested goals first)."""
        self.cards.clear()
        self.suggested = suggested
        self._revealed = False
        inner = QWidget()
        box = QVBoxLayout(inner)
        self.more = QPushButton(icon("eye"), "")
        self.more.setCheckable(True)
        self.more.setAutoDefault(True)
        self.more.toggled.connect(self._show_others)
        self.others = QWidget()
        others_box = QVBoxLayout(self.others)
        others_box.setContentsMargins(0, 0, 0, 0)
        self._later = []
        if suggested:
            box.addWidget(named_label(self.tr("Suggested for this focus area"), "section"))
            self._add_cards(box, dims, lambda g: g.id in suggested, True)
            self._hidden = sum(1 for d in dims for g in d.goals if g.id not in suggested)
            self._later = dims
            self._show_others(False)
            box.addWidget(self.more)
            others_box.addWidget(named_label(self.tr("Other CRF goals"), "section"))
        else:
            self._add_cards(others_box, dims, lambda g: True, False)
        box.addWidget(self.others)
        box.addStretch()
        self.others.setVisible(not suggested)
        self.more.setVisible(bool(suggested))
        self.setWidget(inner)

    def _add_cards(self, box: QVBoxLayout, dims: Iterable[DimensionInfo],
                   keep: Callable[[GoalInfo], bool], suggested: bool) -> None:
        for dim in dims:
            goals = [g for g in dim.goals if keep(g)]
            if not goals:
                continue
            box.addWidget(named_label(dim.label, "dimension"))
            for goal in goals:
                card = GoalCard(goal, suggested)
                card.picked.connect(self.goal_toggled)
                card.focused.connect(lambda w: self.ensureWidgetVisible(w, 10, 10))
                box.addWidget(card)
                self.cards[goal.id] = card

    def _show_others(self, on: bool) -> None:
        if on and self._later:
            dims, self._later = self._later, []
            layout = self.others.layout()
            assert isinstance(layout, QVBoxLayout)
            self._add_cards(layout, dims, lambda g: g.id not in self.suggested, False)
            self.set_picked(self._picked)
        self.others.setVisible(on)
        self.more.setIcon(icon("eye_off" if on else "eye"))
        more = self.tr("Show &all CRF goals (%1 more)").replace("%1", str(self._hidden))
        self.more.setText(self.tr("Hide &all other CRF goals") if on else more)

    def set_picked(self, goal_ids: set[str]) -> None:
        """Mark the goals the group chose."""
        self._picked = set(goal_ids)
        for goal_id, card in self.cards.items():
            card.set_picked(goal_id in goal_ids)
        # Open the other goals once if the group chose one of them; later the toggle is theirs.
        if self.suggested and goal_ids - set(self.suggested) and not self._revealed:
            self._revealed = True
            self.more.setChecked(True)


class SuggestionCard(QFrame):
    """A suggested criterion with one button that adopts it."""

    add_requested = Signal(object)  # the SuggestedCriterion

    def __init__(self, item: SuggestedCriterion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName("card")
        title = named_label(item.name, "cardTitle", wrap=True)
        text = named_label(item.description, "cardText", wrap=True)
        self.button = QPushButton(icon("add"), self.tr("Add"))
        self.button.setAutoDefault(True)  # Enter adds, as Space does
        self.button.setAccessibleName(self.tr("Add %1").replace("%1", item.name))
        self.button.clicked.connect(lambda: self.add_requested.emit(item))
        grid = QGridLayout(self)
        grid.addWidget(title, 0, 0)
        grid.addWidget(self.button, 0, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(text, 1, 0, 1, 2)
        if item.reported:
            grid.addWidget(named_label(self.tr("Reported in 2018"), "badge"), 2, 0)
        grid.setColumnStretch(0, 1)
        self.setProperty("picked", "false")  # not polished yet: the style sheet reads it then

    def set_added(self, added: bool, locked: bool = False) -> None:
        """Show whether the group already adopted this suggestion (no adding while locked)."""
        self.button.setEnabled(not added and not locked)
        self.button.setText(self.tr("Added") if added else self.tr("Add"))
        self.button.setIcon(icon("ok", "#2e7d32") if added else icon("add"))
        _restyle(self, "picked", added)


class CommitTextEdit(QPlainTextEdit):
    """A text box that commits its text on focus-out or Ctrl+Enter."""

    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record_id: str | None = None
        self.saved_text = ""
        self.setTabChangesFocus(True)

    def load(self, record_id: str | None, value: str) -> None:
        """Show a record's text; words being typed into this same record are kept."""
        if record_id == self.record_id and self.dirty():
            self.saved_text = value
            return
        self.record_id, self.saved_text = record_id, value
        if self.toPlainText() != value:
            self.setPlainText(value)

    def dirty(self) -> bool:
        """Whether the text differs from what the file holds."""
        return self.record_id is not None and self.toPlainText().strip() != self.saved_text.strip()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.committed.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.committed.emit()
        super().focusOutEvent(event)


class TargetForm(QGroupBox):
    """The fields of a new target; Enter moves on, Enter in the last field adds."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("New target"))
        self.statement = QLineEdit(placeholderText=self.tr("What the city wants to achieve"))
        self.indicator = QLineEdit(placeholderText=self.tr("How progress is measured"))
        self.baseline = QLineEdit(placeholderText=self.tr("Where it stands now"))
        self.value = QLineEdit(placeholderText=self.tr("The value to reach"))
        self.year = QLineEdit(placeholderText=self.tr("e.g. 2030"))
        self.agency = QLineEdit(placeholderText=self.tr("Lead agency (OPD)"))
        self.add_button = QPushButton(icon("add"), self.tr("Add target"))
        act_once(self.add_button, self.submitted.emit)
        self.statement_error, self.year_error, self.error = ErrorLabel(), ErrorLabel(), ErrorLabel()
        self._layout()

    def fields(self) -> list[QLineEdit]:
        """The fields in tab order."""
        return [self.statement, self.indicator, self.baseline, self.value, self.year, self.agency]

    def _layout(self) -> None:
        grid = QGridLayout(self)
        cells = ((0, 0, self.tr("&Statement"), self.statement, 3),
                 (3, 0, self.tr("&Indicator"), self.indicator, 1),
                 (3, 1, self.tr("&Baseline"), self.baseline, 1),
                 (3, 2, self.tr("&Target value"), self.value, 1),
                 (5, 0, self.tr("&Year"), self.year, 1),
                 (5, 1, self.tr("Responsible a&gency"), self.agency, 1))
        for row, col, text, field, span in cells:
            label = QLabel(text)
            label.setBuddy(field)
            grid.addWidget(label, row, col)
            grid.addWidget(field, row + 1, col, 1, span)
        grid.addWidget(self.statement_error, 2, 0, 1, 3)
        grid.addWidget(self.add_button, 6, 2, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.year_error, 7, 0)
        grid.addWidget(self.error, 7, 1, 1, 2)
        for col in range(3):
            grid.setColumnStretch(col, 1)
        fields = [*self.fields(), self.add_button]
        EnterChain(fields[:-1], self.submitted.emit).clears(
            self.statement_error, self.year_error, self.error
        )
        for first, second in itertools.pairwise(fields):
            QWidget.setTabOrder(first, second)

    def values(self) -> dict[str, str]:
        """What was typed, by service argument."""
        return {"statement": self.statement.text(), "indicator": self.indicator.text(),
                "baseline": self.baseline.text(), "target_value": self.value.text(),
                "target_year": self.year.text().strip(), "responsible_agency": self.agency.text()}

    def show_error(self, exc: JakresError) -> None:
        """Show a refusal next to the field it is about, and go to that field."""
        self.clear_errors()
        field = getattr(exc, "field", "") if isinstance(exc, ValidationError) else ""
        beside = {"target_year": (self.year_error, self.year),
                  "statement": (self.statement_error, self.statement)}
        label, widget = beside.get(field, (self.error, self.statement))
        if field in beside:
            show_beside(label, exc)
        else:
            label.show_error(exc)
        widget.setFocus()
        widget.selectAll()

    def clear_errors(self) -> None:
        """Hide every message."""
        for label in (self.statement_error, self.year_error, self.error):
            label.clear()

    def reset(self) -> None:
        """Empty the form for the next target."""
        self.clear_errors()
        empty(*self.fields())
        self.statement.setFocus()
