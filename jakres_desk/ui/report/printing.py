"""Printing the report: the PDF's own pages, drawn one per sheet at the printer's resolution."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from jakres_desk.ui.report.pdfpages import PdfPages

# A whole A4 page at the 1200 dpi of a PDF printer would be a 550 MB image; 300 dpi is
# print quality for text and bars and keeps one page near 35 MB.
MAX_DPI = 300


class PrintFailed(Exception):
    """The printer could not be started (no printer, or a file that cannot be written)."""


def prepare(printer: QPrinter, pages: PdfPages) -> None:
    """Set the printer's paper to the PDF's and let it print the whole sheet."""
    if not len(pages):
        return
    size = QPageSize(pages.sizes[0], QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    printer.setPageSize(size)
    first = pages.sizes[0]
    landscape = first.width() > first.height()
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    printer.setFullPage(True)  # the PDF's own margins are the margins
    printer.setFromTo(1, len(pages))


def chosen_pages(printer: QPrinter, count: int) -> range:
    """The pages the print dialog asked for (0-based), every page by default."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(count, printer.toPage() or count)
        return range(first - 1, last)
    return range(count)


Progress = Callable[[int, int], bool]  # (pages done, pages wanted) -> go on?


def print_pages(pages: PdfPages, printer: QPrinter, progress: Progress | None = None) -> int:
    """Draw the chosen pages onto the printer, one per sheet; returns how many were sent.

    `progress` is told before each page and may stop the job (the printer is aborted).
    """
    dpi = min(printer.resolution(), MAX_DPI)
    wanted = chosen_pages(printer, len(pages))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed(printer.outputFileName() or printer.printerName())
    try:
        for n, index in enumerate(wanted):
            if progress is not None and not progress(n, len(wanted)):
                printer.abort()
                return n
            if n and not printer.newPage():
                raise PrintFailed(printer.printerName())
            image = pages.image(index, dpi)
            painter.drawImage(_fit(image.width(), image.height(), painter), image)
    finally:
        if painter.isActive():  # an aborted job has already closed it
            painter.end()
    return len(wanted)


def _fit(width: int, height: int, painter: QPainter) -> QRectF:
    """The largest rectangle of the image's shape centred on the sheet."""
    area = QRectF(painter.viewport())
    scale = min(area.width() / width, area.height() / height)
    w, h = width * scale, height * scale
    return QRectF(area.x() + (area.width() - w) / 2, area.y() + (area.height() - h) / 2, w, h)
