"""Rows as tall as their wrapped text, without asking every cell of every row on each show.

A vertical header in `ResizeToContents` asks the delegate of every cell of every
row each time the view lays itself out (every time the step is shown, every
keystroke of a search): at 500 programs that is tens of thousands of calls of
the model, most of a second. Here each row gets a *kind*: how tall its wrapping
texts are at their column's width (one font-metrics call per text, remembered)
and whatever else changes its height (an icon). The view is asked the height
of one row of each kind (`sizeHintForRow`, what `ResizeToContents` asks of
every row), and every row of that kind gets it. Rows are recomputed only when
the rows or a column's width have changed, just before the view paints.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRect, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

WRAP = int(Qt.TextFlag.TextWordWrap)
TALL = 100_000


class FittedRows(QObject):
    """Keeps the rows of `view` as tall as `ResizeToContents` would make them.

    `wrapped` maps a column that wraps its text to the text of a record there;
    `kind` gives what else of a record changes its row's height (an icon, a
    line break in a column that does not wrap). Records are read from the
    model under the view's proxy (its `rows`). Rows are fitted just before the
    view paints, once the columns have their widths: a change in many signals
    (a filter) is fitted once, a view off screen not at all.
    """

    def __init__(
        self,
        view: QTableView,
        wrapped: Mapping[int, Callable[[Any], str]],
        kind: Callable[[Any], Hashable] = lambda _record: None,
    ) -> None:
        super().__init__(view)
        self.view, self.wrapped, self.kind = view, dict(wrapped), kind
        self.dirty = True
        self._heights: dict[tuple[str, int], int] = {}  # (text, width) -> wrapped height
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        model = view.model()
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
        ):
            signal.connect(self.changed)
        view.horizontalHeader().sectionResized.connect(self._column_resized)
        view.viewport().installEventFilter(self)

    def changed(self, *_why: object) -> None:
        """The rows (or their texts) changed: fit them before the view next paints."""
        self.dirty = True
        self.view.viewport().update()

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        if column in self.wrapped:
            self.changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.dirty and event.type() == QEvent.Type.Paint:
            self.fit()  # before the view's own paintEvent, which then draws the new rows
        return False

    def fit(self) -> None:
        """Give every row the height of its kind."""
        self.dirty = False
        view = self.view
        proxy = view.model()
        sorter = proxy if isinstance(proxy, QSortFilterProxyModel) else None
        records = getattr(sorter.sourceModel() if sorter is not None else proxy, "rows", [])
        count = proxy.rowCount()
        if not count:
            return
        widths = self._text_widths()
        if len(self._heights) > 50_000:  # the texts of many widths (a window resized often)
            self._heights.clear()
        font = view.fontMetrics()
        heights = self._heights
        kinds: list[Hashable] = []
        for row in range(count):
            at = sorter.mapToSource(sorter.index(row, 0)).row() if sorter is not None else row
            record = records[at]
            texts = []
            for column, width in widths:
                text = self.wrapped[column](record)
                size = heights.get((text, width))
                if size is None:
                    size = font.boundingRect(QRect(0, 0, width, TALL), WRAP, text).height()
                    heights[(text, width)] = size
                texts.append(size)
            kinds.append((tuple(texts), self.kind(record)))
        header = view.verticalHeader()
        tall: dict[Hashable, int] = {}
        for row, k in enumerate(kinds):
            height = tall.get(k)
            if height is None:
                height = tall[k] = view.sizeHintForRow(row)
            if header.sectionSize(row) != height:
                header.resizeSection(row, height)

    def _text_widths(self) -> list[tuple[int, int]]:
        """The room a wrapping text has in each shown column (as QCommonStyle lays it out)."""
        view = self.view
        margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        grid = 1 if view.showGrid() else 0  # QTableView gives a cell its width less the grid line
        return [
            (column, max(1, view.columnWidth(column) - grid - 2 * margin))
            for column in self.wrapped
            if not view.isColumnHidden(column)
        ]
