"""The scoring matrix: candidates down, criteria across, the group's agreed scores typed in."""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from jakres_desk.base.i18n import decimal_input, format_number
from jakres_desk.core.records import CriterionRecord
from jakres_desk.core.rules.ranking import weighted_score
from jakres_desk.core.rules.rounding import SHOWN_DECIMALS, shown_score
from jakres_desk.ui.models.dots import CENTER, Index, Row
from jakres_desk.ui.models.roles import (
    ALIGN,
    BACKGROUND,
    DISPLAY,
    EDIT,
    FONT,
    FOREGROUND,
    TOOLTIP,
    bold,
    italic,
)

CELL_ROLES = frozenset({DISPLAY, EDIT, ALIGN, BACKGROUND, FOREGROUND, FONT, TOOLTIP})
PERSONAL_INK, WEIGHTED_BACK = QColor("#546e7a"), QColor("#eceff1")

HEADER_WRAP = 16  # characters per line of a criterion's name in its column header
Key = tuple[str, str]  # (candidate id, criterion id), as grids.score_grid gives them

# The page saves an edit: (candidate id, criterion, typed text, old value) -> accepted.
ScoreEditor = Callable[[str, CriterionRecord, str, float | None], bool]


def number_text(value: float | None) -> str:
    """A score as people write it: 4, 3.5 (3,5 in Indonesian)."""
    return "" if value is None else format_number(value, 2, trim=True)


class ScoreMatrixModel(QAbstractTableModel):
    """Consensus scores per candidate and criterion, and each candidate's weighted score."""

    def __init__(self, editor: ScoreEditor, parent: Any = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.rows: list[Row] = []
        self.criteria: list[CriterionRecord] = []
        self.values: dict[Key, float] = {}
        self.personal: dict[Key, tuple[float, int]] = {}  # mean and count, where no consensus
        self.locked = False
        self.frozen = False  # the group's voting is closed: no cell is editable
        self._row_of: dict[str, int] = {}
        self._col_of: dict[str, int] = {}

    @property
    def weighted_col(self) -> int:
        """The last column: the weighted score."""
        return len(self.criteria)

    def load(
        self,
        rows: Sequence[Row],
        crits: Sequence[CriterionRecord],
        values: Mapping[Key, float],
        personal: Mapping[Key, tuple[float, int]],
        locked: bool,
    ) -> None:
        """Replace everything (a reload)."""
        self.beginResetModel()
        self.rows, self.criteria = list(rows), list(crits)
        self.values, self.personal, self.locked = dict(values), dict(personal), locked
        self._row_of = {r.id: i for i, r in enumerate(self.rows)}
        self._col_of = {c.id: i for i, c in enumerate(self.criteria)}
        self.endResetModel()

    def set_locked(self, locked: bool) -> None:
        """Criteria were locked or unlocked: cells become editable or not."""
        if locked != self.locked:
            self.locked = locked
            if self.rows:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(self.rows) - 1, self.weighted_col)
                )

    def set_value(self, candidate_id: str, criterion_id: str, value: float | None) -> None:
        """One score changed: repaint its cell and its row's weighted score."""
        key = (candidate_id, criterion_id)
        if value is None:
            self.values.pop(key, None)
        else:
            self.values[key] = value
        row, col = self._row_of.get(candidate_id), self._col_of.get(criterion_id)
        if row is not None and col is not None:
            self.dataChanged.emit(self.index(row, col), self.index(row, col))
            self.dataChanged.emit(
                self.index(row, self.weighted_col), self.index(row, self.weighted_col)
            )

    def update_values(
        self, values: Mapping[Key, float], personal: Mapping[Key, tuple[float, int]]
    ) -> None:
        """Take the file's scores, repainting only the cells that differ."""
        self.personal = dict(personal)
        for key in set(values) | set(self.values):
            if values.get(key) != self.values.get(key):
                self.set_value(*key, values.get(key))

    def value(self, row: int, col: int) -> tuple[float | None, int]:
        """The cell's value: the consensus score (count 0), else the mean of personal ones."""
        key = (self.rows[row].id, self.criteria[col].id)
        if key in self.values:
            return self.values[key], 0
        mean, n = self.personal.get(key, (None, 0))
        return mean, n

    def weighted(self, row: int) -> float | None:
        """The candidate's weighted score over the scored criteria."""
        values = {c.id: self.value(row, i)[0] for i, c in enumerate(self.criteria)}
        return weighted_score(values, {c.id: c.weight for c in self.criteria})

    def scored(self) -> int:
        """How many candidates have a value on every criterion."""
        return sum(
            1
            for row in range(len(self.rows))
            if all(self.value(row, col)[0] is not None for col in range(len(self.criteria)))
        )

    # --- Qt model ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or not self.criteria else len(self.criteria) + 1

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role not in CELL_ROLES or not index.isValid():
            return None
        row, col = index.row(), index.column()
        if col == self.weighted_col:
            return self._weighted_data(row, role)
        value, personal = self.value(row, col)
        if role == DISPLAY:  # a mean of personal scores is rounded as shown
            return number_text(None if value is None else shown_score(value))
        if role == EDIT:
            return number_text(value) if not personal else ""
        if role == ALIGN:
            return CENTER
        if not personal:
            return None
        if role == FOREGROUND:
            return PERSONAL_INK
        if role == FONT:
            return italic()
        if role == TOOLTIP:
            return self.tr(
                "The mean of personal scores (%1 given); type a value to agree one score."
            ).replace("%1", str(personal))
        return None

    def _weighted_data(self, row: int, role: int) -> Any:
        if role == DISPLAY:
            score = self.weighted(row)
            return "" if score is None else format_number(shown_score(score), SHOWN_DECIMALS)
        if role == ALIGN:
            return CENTER
        if role == BACKGROUND:
            return WEIGHTED_BACK
        if role == FONT:
            return bold()
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if not 0 <= section < len(self.rows):
                return None
            r = self.rows[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return r.title
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{r.title} — {r.agency}" if r.agency else r.title
            return None
        if section == self.weighted_col:
            return self.tr("Weighted\nscore") if role == Qt.ItemDataRole.DisplayRole else None
        crit = self.criteria[section]
        if role == Qt.ItemDataRole.DisplayRole:
            name = textwrap.shorten(crit.name, HEADER_WRAP * 2, placeholder="…")
            return (
                self.tr("%1\n× %2")
                .replace("%1", textwrap.fill(name, HEADER_WRAP))
                .replace("%2", number_text(crit.weight))
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("%1 (weight %2)\n%3")
                .replace("%1", crit.name)
                .replace("%2", number_text(crit.weight))
                .replace("%3", crit.description)
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        editable = self.locked and not self.frozen
        if index.isValid() and editable and index.column() != self.weighted_col:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A typed score: saved through the service (empty clears it), undoable."""
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or index.column() == self.weighted_col
        ):
            return False
        row, col = index.row(), index.column()
        text = decimal_input(str(value))
        old = self.values.get((self.rows[row].id, self.criteria[col].id))
        if text == decimal_input(number_text(old)):
            return False
        return self.editor(self.rows[row].id, self.criteria[col], text, old)
