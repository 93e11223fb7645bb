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

from PySide6.QtCore import QEvent, QObject, QRect, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView

WRAP = int(Qt.TextFlag.TextWordWrap)
TALL = 100_000


class FittedRows(QObject):
    """Keeps the rows of `view` as tall as `ResizeToContents` would make them.

    `wrapped` maps a column that wraps its text to the text of a record there;
    `kind` gives what else of a record changes its row's height (an icon, a
    line break in a column that does not wrap). Records are read from the
    model under the view's proxy (its `rows`). Rows are fitted just before the
    view paints, once the columns have their widths: a change in many signals
    (a filter) is fitted once, a view off screen not at all. Only the rows on
    screen are fitted before that paint; the others follow in slices of
    `SLICE` rows while the event loop is idle and the view is shown, or before
    a paint that shows them (a scroll), so that 500 rows cost the first paint
    what 20 do. The view scrolls by row, so a row fitted above the first one
    shown moves nothing on screen.
    """

    SLICE = 100

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
        # The pass under way: which rows are fitted, the next row of the idle slices,
        # and the height of each kind of row met so far.
        self._fitted = bytearray()
        self._next = 0
        self._tall: dict[Hashable, int] = {}
        self._widths: list[tuple[int, int]] = []
        self._records: list[Any] = []
        self._sorter: QSortFilterProxyModel | None = None
        self._idle = QTimer(self, singleShot=True, interval=0)
        self._idle.timeout.connect(self._fit_slice)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
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

    @property
    def pending(self) -> int:
        """Rows not fitted yet (all of them while the view waits to paint a change)."""
        if self.dirty:
            return self.view.model().rowCount()
        return self._fitted.count(0)

    def changed(self, *_why: object) -> None:
        """The rows (or their texts) changed: fit them before the view next paints."""
        self.dirty = True
        self._idle.stop()
        self.view.viewport().update()

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        if column in self.wrapped:
            self.changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            if self.dirty:
                self._begin()
            if self._next < len(self._fitted):
                # Before the view's own paintEvent, which then draws the rows fitted.
                self._fit_shown()
                self._idle.start()
        return False

    def fit(self) -> None:
        """Give every row the height of its kind, now."""
        if self.dirty:
            self._begin()
        for row in range(self._next, len(self._fitted)):
            self._fit_row(row)
        self._next = len(self._fitted)

    def _begin(self) -> None:
        """Start a pass over the rows as they are now."""
        self.dirty = False
        proxy = self.view.model()
        sorter = proxy if isinstance(proxy, QSortFilterProxyModel) else None
        self._sorter = sorter
        self._records = getattr(sorter.sourceModel() if sorter is not None else proxy, "rows", [])
        self._fitted = bytearray(proxy.rowCount())
        self._next = 0
        self._tall = {}
        self._widths = self._text_widths()
        if len(self._heights) > 50_000:  # the texts of many widths (a window resized often)
            self._heights.clear()

    def _fit_shown(self) -> None:
        """Fit the rows from the first one on screen down to the viewport's bottom."""
        view, count = self.view, len(self._fitted)
        row, room = max(0, view.rowAt(0)), view.viewport().height()
        while row < count and room > 0:
            self._fit_row(row)
            room -= view.rowHeight(row)
            row += 1

    def _fit_slice(self) -> None:
        """Fit the next rows not fitted yet, while the event loop has nothing else to do."""
        if self.dirty or not self.view.isVisible():
            return  # the next paint starts again, or goes on
        count, row, done = len(self._fitted), self._next, 0
        while row < count and done < self.SLICE:
            if not self._fitted[row]:
                self._fit_row(row)
                done += 1
            row += 1
        self._next = row
        if row < count:
            self._idle.start()

    def _fit_row(self, row: int) -> None:
        if self._fitted[row]:
            return
        self._fitted[row] = 1
        sorter, heights, view = self._sorter, self._heights, self.view
        font = view.fontMetrics()
        at = sorter.mapToSource(sorter.index(row, 0)).row() if sorter is not None else row
        record = self._records[at]
        texts = []
        for column, width in self._widths:
            text = self.wrapped[column](record)
            size = heights.get((text, width))
            if size is None:
                size = font.boundingRect(QRect(0, 0, width, TALL), WRAP, text).height()
                heights[(text, width)] = size
            texts.append(size)
        kind = (tuple(texts), self.kind(record))
        height = self._tall.get(kind)
        if height is None:
            height = self._tall[kind] = view.sizeHintForRow(row)
        header = view.verticalHeader()
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
