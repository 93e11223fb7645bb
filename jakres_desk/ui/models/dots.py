"""The dot-voting grid: candidates down, present participants across, dots in the cells.

Built for hundreds of candidates against dozens of people: the counts live in one
dict loaded with one query, and an edit repaints its cell, its row's total and
its person's header only.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from jakres_desk.core.records import ParticipantRecord
from jakres_desk.ui.models.roles import ALIGN, BACKGROUND, DISPLAY, EDIT, FONT, TOOLTIP, bold

Index = QModelIndex | QPersistentModelIndex
COL_TOTAL = 0  # the total sits beside the titles, not 60 columns away
CENTER = int(Qt.AlignmentFlag.AlignCenter)
TOTAL_BACK, ONE_DOT, DOTS = QColor("#eceff1"), QColor("#bbdefb"), QColor("#64b5f6")
CELL_ROLES = frozenset({DISPLAY, EDIT, ALIGN, BACKGROUND, FONT, TOOLTIP})  # what a cell has
Cell = tuple[str, str]  # (participant id, candidate id), as grids.dot_grid gives them

# The page saves an edit through the service: (candidate, person, new count) -> accepted.
DotEditor = Callable[[str, ParticipantRecord, int], bool]


@dataclass(frozen=True)
class Row:
    """A candidate as the voting grids show it."""

    id: str
    title: str
    agency: str


def short_names(people: Sequence[ParticipantRecord]) -> list[str]:
    """First names, with a last initial where two people share one."""
    firsts = [(p.name.split() or ["?"])[0] for p in people]
    out = []
    for person, first in zip(people, firsts, strict=True):
        words = person.name.split()
        same = firsts.count(first) > 1 and len(words) > 1
        out.append(f"{first} {words[-1][0]}." if same else first)
    return out


class DotGridModel(QAbstractTableModel):
    """Dots per candidate (rows) and person (columns), a total column first."""

    # A person's "dots left" changed. Not headerDataChanged: that makes the view
    # re-measure every header (30 ms with 500 titles) for a text of the same size.
    person_changed = Signal(int)

    def __init__(self, editor: DotEditor, parent: Any = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.rows: list[Row] = []
        self.people: list[ParticipantRecord] = []
        self.short: list[str] = []
        self.counts: dict[Cell, int] = {}
        self.per, self.most = 5, 0
        self.frozen = False  # the group's voting is closed: no cell is editable
        self._row_of: dict[str, int] = {}
        self._col_of: dict[str, int] = {}
        self.totals: list[int] = []
        self.used: list[int] = []

    def load(
        self,
        rows: Sequence[Row],
        people: Sequence[ParticipantRecord],
        counts: Mapping[Cell, int],
        per: int,
        most: int,
    ) -> None:
        """Replace everything (a reload)."""
        self.beginResetModel()
        self.rows, self.people, self.short = list(rows), list(people), short_names(people)
        self.per, self.most = per, most
        self._row_of = {r.id: i for i, r in enumerate(self.rows)}
        self._col_of = {p.id: i + 1 for i, p in enumerate(self.people)}
        self.counts = {}
        self.totals, self.used = [0] * len(self.rows), [0] * len(self.people)
        for cell, n in counts.items():
            self._put(cell, n)
        self.endResetModel()

    def _put(self, cell: Cell, n: int) -> tuple[int, int] | None:
        """Store one count; the (row, column) it sits at, or None if not on the grid."""
        row, col = self._row_of.get(cell[1]), self._col_of.get(cell[0])
        old = self.counts.pop(cell, 0)
        if n:
            self.counts[cell] = n
        if row is None or col is None:
            return None
        self.totals[row] += n - old
        self.used[col - 1] += n - old
        return row, col

    def set_cell(self, person_id: str, candidate_id: str, n: int) -> None:
        """One count changed: repaint its cell, its total and its person's header."""
        where = self._put((person_id, candidate_id), n)
        if where is None:
            return
        row, col = where
        self.dataChanged.emit(self.index(row, col), self.index(row, col))
        self.dataChanged.emit(self.index(row, COL_TOTAL), self.index(row, COL_TOTAL))
        self.person_changed.emit(col)

    def update_counts(self, counts: Mapping[Cell, int]) -> int:
        """Take the file's counts, repainting only the cells that differ; how many did."""
        changed = [
            c for c in set(counts) | set(self.counts) if counts.get(c, 0) != self.counts.get(c, 0)
        ]
        for cell in changed:
            self.set_cell(*cell, counts.get(cell, 0))
        return len(changed)

    def count(self, row: int, col: int) -> int:
        """Dots one person put on one candidate."""
        return self.counts.get((self.people[col - 1].id, self.rows[row].id), 0)

    def left(self, col: int) -> int:
        """Dots the person of a column still has."""
        return self.per - self.used[col - 1]

    def voters(self) -> int:
        """How many people have put at least one dot."""
        return sum(1 for n in self.used if n)

    # --- Qt model ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or not self.rows else len(self.people) + 1

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role not in CELL_ROLES or not index.isValid():
            return None
        row, col = index.row(), index.column()
        n = self.totals[row] if col == COL_TOTAL else self.count(row, col)
        if role == DISPLAY:
            return str(n) if n or col == COL_TOTAL else ""
        if role == EDIT:
            return n
        if role == ALIGN:
            return CENTER
        if role == BACKGROUND:
            return self._background(col, n)
        if role == FONT:
            return bold() if col == COL_TOTAL or n else None
        if col != COL_TOTAL:  # the tooltip
            return (
                self.tr("Dots from %1 on %2: %3")
                .replace("%1", self.people[col - 1].name)
                .replace("%2", self.rows[row].title)
                .replace("%3", str(n))
            )
        return None

    def _background(self, col: int, n: int) -> QColor | None:
        if col == COL_TOTAL:
            return TOTAL_BACK
        if n:
            return ONE_DOT if n == 1 else DOTS
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return self._row_header(section, role)
        if section == COL_TOTAL:
            return self.tr("Total") if role == Qt.ItemDataRole.DisplayRole else None
        left = self.left(section)
        if role == Qt.ItemDataRole.DisplayRole:
            state = self.tr("%1 left").replace("%1", str(left)) if left else self.tr("done")
            return f"{self.short[section - 1]}\n{state}"
        if role == Qt.ItemDataRole.ToolTipRole:
            person = self.people[section - 1]
            return (
                self.tr("%1 (%2): %3 of %4 dots given")
                .replace("%1", person.name)
                .replace("%2", person.organisation or "—")
                .replace("%3", str(self.per - left))
                .replace("%4", str(self.per))
            )
        if role == Qt.ItemDataRole.ForegroundRole and not left:
            return QColor("#2e7d32")
        return None

    def _row_header(self, row: int, role: int) -> Any:
        if not 0 <= row < len(self.rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[row].title
        if role == Qt.ItemDataRole.ToolTipRole:
            r = self.rows[row]
            return f"{r.title} — {r.agency}" if r.agency else r.title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() != COL_TOTAL and not self.frozen:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """An edit from the view (or a script): saved through the service, undoable."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() == COL_TOTAL:
            return False
        try:
            n = int(value)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return False
        row, col = index.row(), index.column()
        if n == self.count(row, col):
            return False
        return self.editor(self.rows[row].id, self.people[col - 1], n)


def change_filter(proxy: QSortFilterProxyModel, apply: Callable[[], None]) -> None:
    """Change what a proxy filters on (Qt 6.9 wants it bracketed; older Qt re-filters)."""
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        apply()
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:
        apply()
        proxy.invalidateRowsFilter()


class RowFinder(QSortFilterProxyModel):
    """Shows the rows whose title and agency contain every word typed (no sorting)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []

    def find(self, text: str) -> None:
        """Filter on these words."""
        change_filter(self, lambda: setattr(self, "words", text.casefold().split()))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self.words:
            return True
        r = self.sourceModel().rows[source_row]  # type: ignore[attr-defined]
        hay = f"{r.title} {r.agency}".casefold()
        return all(w in hay for w in self.words)


class DotDelegate(QStyledItemDelegate):
    """A spin box from 0 to the dots each person has (double-click or F2)."""

    def __init__(self, model: DotGridModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        box = QSpinBox(parent)
        box.setRange(0, self.model.per)
        box.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return box
