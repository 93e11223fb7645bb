"""A scrolling column of PDF pages that draws each page only when it comes into view."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from jakres_desk.ui.report.pdfpages import POINTS_PER_INCH, PdfPages

SCREEN_DPI = 96.0  # 100 % is the paper's real size on an ordinary screen
ZOOMS = (50, 67, 80, 100, 125, 150, 200, 300)
PAGE_GAP = 16
PAPER_STYLE = "background: white; border: 1px solid #9aa5ad;"


class PageLabel(QLabel):
    """One page: white paper of the right size until its image is drawn."""

    def __init__(self, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.drawn_at = 0.0  # the dpi of the image shown; 0: none yet
        self.setStyleSheet(PAPER_STYLE)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)


class PageView(QScrollArea):
    """The pages of one PDF under each other, zoomable, drawn lazily as they scroll into view."""

    moved = Signal()  # other pages came into view

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages: PdfPages | None = None
        self.labels: list[PageLabel] = []
        self.zoom = 100
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.column = QWidget()
        self.column.setObjectName("pageColumn")
        self.column.setStyleSheet("#pageColumn { background: #dfe4e8; }")
        self.box = QVBoxLayout(self.column)
        self.box.setSpacing(PAGE_GAP)
        self.box.setContentsMargins(PAGE_GAP, PAGE_GAP, PAGE_GAP, PAGE_GAP)
        self.box.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setWidget(self.column)
        self.verticalScrollBar().valueChanged.connect(self.draw_visible)

    def show_pages(self, pages: PdfPages | None) -> None:
        """Show a new PDF (or nothing) from its first page."""
        for label in self.labels:
            label.deleteLater()
        self.labels = []
        self.pages = pages
        if pages is not None:
            for index in range(len(pages)):
                label = PageLabel(index, self.column)
                self.box.addWidget(label)
                self.labels.append(label)
        self._size_pages()
        self.verticalScrollBar().setValue(0)

    def set_zoom(self, percent: int) -> None:
        """Show the pages at `percent` of their paper size, keeping the page in view."""
        if percent == self.zoom:
            return
        bar = self.verticalScrollBar()
        share = bar.value() / max(1, bar.maximum())
        self.zoom = percent
        self._size_pages()
        self.column.adjustSize()
        bar.setValue(round(share * bar.maximum()))

    def _size_pages(self) -> None:
        if self.pages is None:
            return
        for label, size in zip(self.labels, self.pages.sizes, strict=True):
            label.setFixedSize(self._screen_size(size.width(), size.height()))
            label.drawn_at = 0.0
            label.clear()
        QTimer.singleShot(0, self.draw_visible)  # once the layout has placed the pages

    def _screen_size(self, width_pt: float, height_pt: float) -> QSize:
        factor = self.dpi() / POINTS_PER_INCH
        return QSize(round(width_pt * factor), round(height_pt * factor))

    def dpi(self) -> float:
        """Logical dots per inch of the pages at the current zoom."""
        return SCREEN_DPI * self.zoom / 100

    def drawn_pages(self) -> list[int]:
        """Indexes of the pages drawn at the current zoom."""
        return [label.index for label in self.labels if label.drawn_at == self.dpi()]

    def visible_pages(self) -> list[int]:
        """Indexes of the pages at least partly in view.

        Worked out from the pages' sizes rather than their widgets, which are only
        placed once the layout has run (before that they would all seem in view).
        """
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        shown, y = [], PAGE_GAP
        for label in self.labels:
            height = label.height()
            if y < bottom and y + height > top:
                shown.append(label.index)
            y += height + PAGE_GAP
        return shown

    def current_page(self) -> int:
        """The page that fills most of the view (0-based)."""
        shown = self.visible_pages()
        return shown[len(shown) // 2] if len(shown) > 2 else (shown[0] if shown else 0)

    def draw_visible(self) -> None:
        """Draw the pages in view (and the next one) that are not drawn at this zoom yet."""
        if self.pages is None or not self.isVisible():
            return
        shown = self.visible_pages()
        if shown and shown[-1] + 1 < len(self.labels):
            shown.append(shown[-1] + 1)
        ratio = self.devicePixelRatioF()
        for index in shown:
            label = self.labels[index]
            if label.drawn_at != self.dpi():
                pixmap = QPixmap.fromImage(self.pages.image(index, self.dpi() * ratio))
                pixmap.setDevicePixelRatio(ratio)
                label.setPixmap(pixmap)
                label.drawn_at = self.dpi()
        self.moved.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.draw_visible()
