"""Step 4, first two tabs: the dot-voting grid and the scoring matrix, typed in place."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSize, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jakres_desk.core.records import CriterionRecord, ParticipantRecord, WorkshopRecord
from jakres_desk.ui.forms import is_delete
from jakres_desk.ui.icons import icon
from jakres_desk.ui.models.dots import (
    COL_TOTAL,
    Cell,
    DotDelegate,
    DotEditor,
    DotGridModel,
    Row,
    RowFinder,
)
from jakres_desk.ui.models.scores import Key, ScoreEditor, ScoreMatrixModel
from jakres_desk.ui.widgets import ErrorLabel, style_named

TITLE_WIDTH = 330  # the program titles down the left, kept in view while scrolling across
BAR_STYLE = (
    "#bar { background: #ffebee; color: #b71c1c; font-weight: bold; padding: 6px;"
    " border-radius: 4px; }"
)
STYLE = (
    BAR_STYLE + "#muted { color: #546e7a; }"
    "#empty { color: #546e7a; font-size: 13pt; padding: 24px; }"
    "#hint { background: #fff8e1; border: 1px solid #ffca28; border-radius: 4px; }"
    "#hintText { color: #e65100; font-weight: bold; }"
)
EDIT = QAbstractItemView.EditTrigger
CTRL = Qt.KeyboardModifier.ControlModifier


def closed_text() -> str:
    """What a closed grid says when someone types in it."""
    return QCoreApplication.translate(
        "VotesPage",
        "Voting is closed: dots and scores are frozen. Reopen the voting to change them.",
    )


def freeze(tab: DotsTab | ScoresTab, frozen: bool) -> None:
    """The group's voting closed (or reopened): cells read-only (or editable) again."""
    model = tab.model
    if model.frozen != frozen:
        model.frozen = frozen
        if model.rowCount():
            last = model.index(model.rowCount() - 1, model.columnCount() - 1)
            model.dataChanged.emit(model.index(0, 0), last)
    if not frozen and tab.bar.text() == closed_text():
        tab.bar.clear()


def message_bar() -> ErrorLabel:
    """A refusal shown above a grid, in a band the eye cannot miss."""
    bar = ErrorLabel()
    bar.setObjectName("bar")
    bar.setStyleSheet("")  # the tab's style sheet draws it
    return bar


class GridHeader(QHeaderView):
    """A grid's header whose size is set, not measured.

    Qt sizes a header by asking the model for the text, font and icon of a sample
    of up to 200 sections (some 1,000 calls into Python after each reload of a
    500-row grid, a third of showing it). These headers are fixed in size: the row
    titles are as wide as `TITLE_WIDTH`, the columns' names are two lines high.
    """

    def sizeHint(self) -> QSize:
        lines = 2 if self.orientation() == Qt.Orientation.Horizontal else 1
        high = lines * self.fontMetrics().lineSpacing() + 12
        return QSize(min(self.maximumWidth(), TITLE_WIDTH), high)


def grid_view(model: QSortFilterProxyModel, column_width: int) -> QTableView:
    """A spreadsheet-like view: titles as row headers, narrow fixed columns, one cell at a time."""
    view = QTableView()
    view.setHorizontalHeader(GridHeader(Qt.Orientation.Horizontal, view))
    view.setVerticalHeader(GridHeader(Qt.Orientation.Vertical, view))
    for header in (view.horizontalHeader(), view.verticalHeader()):
        header.setSectionsClickable(True)  # as a table view's own headers are
        header.setHighlightSections(True)
    view.setModel(model)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    view.setWordWrap(False)
    across = view.horizontalHeader()
    across.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    across.setDefaultSectionSize(column_width)
    across.setMinimumHeight(46)  # two lines: a name and what is left
    down = view.verticalHeader()
    down.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    down.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    down.setFixedWidth(TITLE_WIDTH)
    down.setTextElideMode(Qt.TextElideMode.ElideRight)
    return view


def sized_columns(view: QTableView, stretch: int, widths: Mapping[int, int]) -> None:
    """Rows in file order, one column stretched and the others set widths.

    Not sized to contents: that reads every row, and a room may list 500 programs.
    """
    header = view.horizontalHeader()
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for col, width in widths.items():
        header.resizeSection(col, width)


def _finder_row(finder: RowFinder, progress: QLabel) -> tuple[QHBoxLayout, QLineEdit]:
    find = QLineEdit(
        placeholderText=QCoreApplication.translate("VotesPage", "Words from a title or agency")
    )
    find.setClearButtonEnabled(True)
    find.textChanged.connect(finder.find)
    find.setMaximumWidth(360)
    label = QLabel(QCoreApplication.translate("VotesPage", "F&ind a program"))
    label.setBuddy(find)
    row = QHBoxLayout()
    row.addWidget(label)
    row.addWidget(find, 1)
    row.addWidget(progress, 1, Qt.AlignmentFlag.AlignRight)
    return row, find


def _empty_label() -> QLabel:
    label = QLabel()
    label.setObjectName("empty")
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class DotsTab(QWidget):
    """Dot voting: type a digit in a cell; + and - add or take a dot; Delete clears."""

    def __init__(self, editor: DotEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DotGridModel(editor, self)
        self.finder = RowFinder(self)
        self.finder.setSourceModel(self.model)
        self.view = grid_view(self.finder, 78)
        self.view.setItemDelegate(DotDelegate(self.model, self.view))
        self.model.person_changed.connect(self.view.horizontalHeader().updateSection)
        self.view.setEditTriggers(EDIT.DoubleClicked | EDIT.EditKeyPressed)
        self.view.installEventFilter(self)
        self.bar = message_bar()
        self.rules = QLabel(objectName="muted", wordWrap=True)
        self.progress = QLabel()
        self.empty = _empty_label()
        top, self.search = _finder_row(self.finder, self.progress)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.rules)
        box.addWidget(self.bar)
        box.addWidget(self.empty)
        box.addWidget(self.view, 1)
        style_named(self, STYLE)

    def load(
        self,
        rows: Sequence[Row],
        people: Sequence[ParticipantRecord],
        counts: Mapping[Cell, int],
        ws: WorkshopRecord,
    ) -> None:
        """Show the group's grid."""
        self.model.load(rows, people, counts, ws.dots_per_participant, ws.max_dots_per_candidate)
        self.view.horizontalHeader().resizeSection(COL_TOTAL, 64)
        limit = (
            self.tr(", at most %1 on one program").replace("%1", str(ws.max_dots_per_candidate))
            if ws.max_dots_per_candidate
            else ""
        )
        self.rules.setText(
            self.tr(
                "Each person has %1 dots%2. Type a digit in a cell; + and − add or take one; "
                "Delete clears; Ctrl+Z undoes."
            )
            .replace("%1", str(ws.dots_per_participant))
            .replace("%2", limit)
        )
        empty = ""
        if not rows:
            empty = self.tr("No candidates yet: add programs in step 3.")
        elif not people:
            empty = self.tr("Nobody is checked in yet: mark who is present in step 0.")
        self.empty.setText(empty)
        self.empty.setVisible(bool(empty))
        self.view.setVisible(not empty)
        self.show_progress()

    def show_progress(self) -> None:
        """How many people have given all their dots."""
        m = self.model
        done = sum(1 for col in range(1, len(m.people) + 1) if not m.left(col))
        self.progress.setText(
            self.tr("%1 of %2 people have placed all their dots")
            .replace("%1", str(done))
            .replace("%2", str(len(m.people)))
        )

    def set_current(self, n: int) -> None:
        """Put n dots in the highlighted cell (as typing the digit does)."""
        index = self.view.currentIndex()
        if index.isValid() and index.column() != COL_TOTAL and n >= 0:
            self.finder.setData(index, n, Qt.ItemDataRole.EditRole)

    def eventFilter(self, obj: QObject, event: Any) -> bool:
        if (
            obj is self.view
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
        ):
            typed = event.text()
            current = self.view.currentIndex().data(Qt.ItemDataRole.EditRole) or 0
            edit = typed.isdigit() or typed in ("+", "-", "−") or is_delete(event)
            if self.model.frozen and edit and not event.modifiers() & CTRL:
                self.bar.setText(closed_text())
                self.bar.show()
                return True
            if typed.isdigit() and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.set_current(int(typed))
                return True
            if typed in ("+", "-", "−"):
                self.set_current(current + (1 if typed == "+" else -1))
                return True
            if is_delete(event):
                self.set_current(0)
                return True
        return super().eventFilter(obj, event)


class ScoresTab(QWidget):
    """The scoring matrix: the group's agreed score per candidate and criterion."""

    lock_requested = Signal()
    criteria_requested = Signal()

    def __init__(self, editor: ScoreEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ScoreMatrixModel(editor, self)
        self.finder = RowFinder(self)
        self.finder.setSourceModel(self.model)
        self.view = grid_view(self.finder, 150)
        across = self.view.horizontalHeader()
        across.setMinimumSectionSize(130)
        across.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # few criteria: fill
        self.view.setEditTriggers(EDIT.AnyKeyPressed | EDIT.DoubleClicked | EDIT.EditKeyPressed)
        self.view.installEventFilter(self)
        self.bar = message_bar()
        self.rules = QLabel(objectName="muted", wordWrap=True)
        self.progress = QLabel()
        self.empty = _empty_label()
        self.hint = QFrame(objectName="hint")
        self.hint_text = QLabel(objectName="hintText", wordWrap=True)
        self.lock_button = QPushButton(icon("lock"), self.tr("Lock the criteria &now"))
        self.lock_button.clicked.connect(self.lock_requested)
        self.go_button = QPushButton(icon("criteria"), self.tr("&Go to criteria"))
        self.go_button.clicked.connect(self.criteria_requested)
        line = QHBoxLayout(self.hint)
        line.addWidget(QLabel(pixmap=icon("warning", "#e65100").pixmap(24, 24)))
        line.addWidget(self.hint_text, 1)
        line.addWidget(self.lock_button)
        line.addWidget(self.go_button)
        top, self.search = _finder_row(self.finder, self.progress)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.hint)
        box.addWidget(self.rules)
        box.addWidget(self.bar)
        box.addWidget(self.empty)
        box.addWidget(self.view, 1)
        style_named(self, STYLE)

    def load(
        self,
        rows: Sequence[Row],
        crits: Sequence[CriterionRecord],
        values: Mapping[Key, float],
        personal: Mapping[Key, tuple[float, int]],
        ws: WorkshopRecord,
        locked: bool,
    ) -> None:
        """Show the group's matrix."""
        self.model.load(rows, crits, values, personal, locked)
        self.rules.setText(
            self.tr(
                "Type the score the group agrees, from %1 to %2 (3.5 or 3,5 also work); Delete "
                "clears it. Grey italic values are the mean of personal scores."
            )
            .replace("%1", str(ws.score_min))
            .replace("%2", str(ws.score_max))
        )
        empty = self.tr("No candidates yet: add programs in step 3.") if not rows else ""
        self.empty.setText(empty)
        self.empty.setVisible(bool(empty))
        self.view.setVisible(not empty and bool(crits))
        self.set_locked(locked)
        self.show_progress()

    def set_locked(self, locked: bool) -> None:
        """Scoring is open only once the criteria are locked: say so, and offer to lock."""
        self.model.set_locked(locked)
        has_criteria = bool(self.model.criteria)
        if not has_criteria:
            text = self.tr("No criteria yet: agree them in step 2 and lock them, then score here.")
        else:
            text = self.tr(
                "The criteria are not locked yet. Scores are given against a fixed "
                "list: lock the criteria first."
            )
        self.hint_text.setText(text)
        self.hint.setVisible(not locked or not has_criteria)
        self.lock_button.setVisible(has_criteria and not locked)

    def show_progress(self) -> None:
        """How many candidates have a value on every criterion."""
        self.progress.setText(
            self.tr("%1 of %2 programs scored on every criterion")
            .replace("%1", str(self.model.scored()))
            .replace("%2", str(len(self.model.rows)))
        )

    def eventFilter(self, obj: QObject, event: Any) -> bool:
        typing = (
            isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and (event.text().strip() or is_delete(event))
            and not event.modifiers() & CTRL
        )
        if obj is self.view and typing and self.model.frozen:
            self.bar.setText(closed_text())
            self.bar.show()
            return True
        if obj is self.view and is_delete(event) and self.model.locked:
            index = self.view.currentIndex()
            if index.isValid():
                self.finder.setData(index, "", Qt.ItemDataRole.EditRole)
            return True
        return super().eventFilter(obj, event)
