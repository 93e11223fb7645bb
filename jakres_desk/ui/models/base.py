"""A table model over a list of plain core records, with declared columns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from jakres_desk.ui.models.roles import ALIGN, CHECK, DISPLAY, USER

SORT_ROLE = USER + 1  # the raw value a proxy sorts on
RECORD_ROLE = USER + 2  # the whole record of the row
CELL_ROLES = frozenset({DISPLAY, CHECK, SORT_ROLE, RECORD_ROLE, ALIGN})

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: its header (already translated) and how to read a record."""

    header: str
    value: Callable[[Any], Any]
    sort: Callable[[Any], Any] | None = None
    check: Callable[[Any], bool] | None = None  # a checkbox column
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class RecordTableModel(QAbstractTableModel):
    """Rows are records; columns are declared; reloads reset, edits emit narrow dataChanged."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row (a reload)."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def replace_row(self, row: int, record: Any) -> None:
        """One record changed: only its row is repainted."""
        self.rows[row] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def row_of(self, record_id: str) -> int:
        """The row holding the record with this id, or -1."""
        return next((i for i, r in enumerate(self.rows) if r.id == record_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role not in CELL_ROLES or not index.isValid():
            return None  # a font, a colour, an icon: none of them (asked of every cell painted)
        record, col = self.rows[index.row()], self.columns[index.column()]
        if role == DISPLAY:
            return col.value(record) if col.check is None else None
        if role == CHECK:
            if col.check is None:
                return None
            return Qt.CheckState.Checked if col.check(record) else Qt.CheckState.Unchecked
        if role == SORT_ROLE:
            return (col.sort or col.value)(record)
        if role == RECORD_ROLE:
            return record
        return int(col.align)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self.columns[index.column()].check is not None:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base
