"""A proxy over a record table: sorts on raw values, filters on typed words and a predicate."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from jakres_desk.ui.models.base import RECORD_ROLE, SORT_ROLE
from jakres_desk.ui.models.dots import change_filter


class RecordFilter(QSortFilterProxyModel):
    """Rows whose shown text holds every word typed, and that pass `only` (if set)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.words: list[str] = []
        self.only: Callable[[Any], bool] | None = None

    def set_words(self, text: str) -> None:
        """Keep the rows holding every word of the text (in any column, any case)."""
        change_filter(self, lambda: setattr(self, "words", text.casefold().split()))

    def set_only(self, only: Callable[[Any], bool] | None) -> None:
        """Keep only the records passing this test (None: every record)."""
        change_filter(self, lambda: setattr(self, "only", only))

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if self.only is not None and not self.only(model.index(row, 0, parent).data(RECORD_ROLE)):
            return False
        if not self.words:
            return True
        shown = " ".join(
            str(model.index(row, c, parent).data() or "") for c in range(model.columnCount())
        ).casefold()
        return all(w in shown for w in self.words)
