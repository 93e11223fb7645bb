"""Tables of step 3: the catalogue searched as you type, and the group's candidates."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from jakres_desk.core.records import CandidateRecord, ProgramRecord
from jakres_desk.ui.icons import icon
from jakres_desk.ui.models.base import SORT_ROLE, Column, Index, RecordTableModel
from jakres_desk.ui.models.dots import change_filter

COL_TITLE, COL_AGENCY, COL_FOCUS, COL_STATUS = range(4)
MUTED = QColor("#78909c")


class ElideRight(QStyledItemDelegate):
    """Cut a long text at its end, on one line (agency names), where the view wraps titles."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideRight
        # One line even where the view wraps its titles: an agency is cut, not wrapped.
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText


def qt_order(value: Any) -> Any:
    """A sort key that orders as Qt compares the values (strings by UTF-16 code units)."""
    return value.encode("utf-16-be") if isinstance(value, str) else value


class CatalogueModel(RecordTableModel):
    """Every program in the file; those already on the group's list are marked."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self.taken: set[str] = set()  # program ids that are candidates of the group
        self.order: tuple[int, Qt.SortOrder] | None = None  # see sort_rows
        self.hay: list[str] = []  # what a search looks in, per row
        self.columns = [
            Column(self.tr("Program"), lambda p: p.title, sort=lambda p: p.title.casefold()),
            Column(self.tr("Agency"), lambda p: p.agency, sort=lambda p: p.agency.casefold()),
            Column(self.tr("Area"), lambda p: ", ".join(map(str, p.focus_areas))),
            Column(self.tr("Status"), self.status, sort=lambda p: p.id in self.taken),
        ]

    def set_rows(self, rows: Any) -> None:
        rows = self._in_order(list(rows))
        self.hay = [f"{p.title} {p.agency}".casefold() for p in rows]
        super().set_rows(rows)

    # The catalogue is sorted here, on each record's key computed once, and not by
    # the proxy: Qt's sort asks the model for both keys of every comparison, ~9,000
    # calls into Python for 500 programs, on every reload. The order is the one
    # QSortFilterProxyModel gives (a stable sort on the sort role, strings compared
    # by UTF-16 code units, ties in the order the rows were in).

    def _in_order(self, rows: list[ProgramRecord]) -> list[ProgramRecord]:
        if self.order is None:
            return rows
        column, order = self.order
        key = self.columns[column].sort or self.columns[column].value
        descending = order == Qt.SortOrder.DescendingOrder
        return sorted(rows, key=lambda p: qt_order(key(p)), reverse=descending)

    def sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        """Put the rows in the order of this column (what a click on its header asks)."""
        self.order = (column, order)
        self.layoutAboutToBeChanged.emit()
        position = {id(p): i for i, p in enumerate(self.rows)}
        rows = self._in_order(self.rows)
        moved = {position[id(p)]: new for new, p in enumerate(rows)}
        self.hay = [self.hay[position[id(p)]] for p in rows]
        self.rows = rows
        before = self.persistentIndexList()
        after = [self.index(moved[i.row()], i.column()) for i in before]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def status(self, p: ProgramRecord) -> str:
        """Whether the program is already a candidate, or came from a room."""
        if p.id in self.taken:
            return self.tr("Candidate")
        return self.tr("Added in a room") if p.origin == "room" else ""

    def set_taken(self, taken: set[str]) -> None:
        """The group's candidates changed: repaint the status of every row."""
        if taken != self.taken and self.rows:
            self.taken = taken
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, COL_STATUS))
            if self.order is not None and self.order[0] == COL_STATUS:
                self.sort_rows(*self.order)
        self.taken = taken

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p: ProgramRecord = self.rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and p.id in self.taken:
            return MUTED
        if (
            role == Qt.ItemDataRole.DecorationRole
            and index.column() == COL_STATUS
            and p.id in self.taken
        ):
            return icon("ok", "#2e7d32")
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(x for x in (p.title, p.agency, p.description) if x)
        return super().data(index, role)


class CatalogueFilter(QSortFilterProxyModel):
    """Rows whose title or agency hold every word typed, in one focus area unless all."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        self.focus_area: int | None = None
        self.setSortRole(SORT_ROLE)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted by the catalogue itself (see CatalogueModel.sort_rows); rows pass in its order."""
        model = self.sourceModel()
        if isinstance(model, CatalogueModel) and 0 <= column < model.columnCount():
            model.sort_rows(column, order)
            column, order = -1, Qt.SortOrder.AscendingOrder  # the model's own order, not reversed
        super().sort(column, order)

    def search(self, text: str, focus_area: int | None) -> None:
        """Filter on these words and this focus area (None: every focus area)."""

        words = text.casefold().split()
        if (words, focus_area) == (self.words, self.focus_area):
            return  # the rows shown stay (a reload is filtered by the model's reset)

        def apply() -> None:
            self.words, self.focus_area = words, focus_area

        change_filter(self, apply)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model: CatalogueModel = self.sourceModel()  # type: ignore[assignment]
        if (
            self.focus_area is not None
            and self.focus_area not in model.rows[source_row].focus_areas
        ):
            return False
        hay = model.hay[source_row]
        return all(w in hay for w in self.words)


class CandidatesModel(RecordTableModel):
    """The group's candidates in the order they were added."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self.origins: Mapping[str, str] = {}  # program id -> catalogue | room
        self.number: dict[str, int] = {}
        self.columns = [
            Column(
                "#",
                lambda c: self.number.get(c.id, 0),
                align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            ),
            Column(self.tr("Program"), lambda c: c.title, sort=lambda c: c.title.casefold()),
            Column(self.tr("Agency"), lambda c: c.agency, sort=lambda c: c.agency.casefold()),
            Column(self.tr("Origin"), self.origin),
        ]

    def set_rows(self, rows: Any) -> None:
        self.number = {c.id: i for i, c in enumerate(rows, start=1)}
        super().set_rows(rows)

    def origin(self, c: CandidateRecord) -> str:
        """Catalogue, or added by the room."""
        return (
            self.tr("The room")
            if self.origins.get(c.program_id) == "room"
            else self.tr("Catalogue")
        )
