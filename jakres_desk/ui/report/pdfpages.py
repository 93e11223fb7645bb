"""A rendered report PDF as page images (PDFium), for the preview and the printer.

The preview and the printer draw the very pages the PDF holds, so there is one
layout: the PDF's.
"""

from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QImage

POINTS_PER_INCH = 72.0


class PdfPages:
    """The bytes of a PDF, its page sizes in points, and its pages drawn as images."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        doc = pdfium.PdfDocument(data)
        try:
            self.sizes = [QSizeF(*doc.get_page_size(i)) for i in range(len(doc))]
        finally:
            doc.close()

    def __len__(self) -> int:
        return len(self.sizes)

    def images(self, dpi: float, first: int = 0, last: int | None = None) -> list[QImage]:
        """Pages first..last (all by default) drawn at `dpi` dots per inch."""
        last = len(self) - 1 if last is None else last
        doc = pdfium.PdfDocument(self.data)  # PDFium handles are not shared between calls
        try:
            return [_draw(doc, i, dpi) for i in range(first, last + 1)]
        finally:
            doc.close()

    def image(self, index: int, dpi: float) -> QImage:
        """One page drawn at `dpi` dots per inch."""
        return self.images(dpi, index, index)[0]


def _draw(doc: pdfium.PdfDocument, index: int, dpi: float) -> QImage:
    page = doc[index]
    try:
        # RGBx byte order is the same on every machine, unlike Qt's 32-bit formats.
        bitmap = page.render(scale=dpi / POINTS_PER_INCH, prefer_bgrx=True, rev_byteorder=True)
        try:
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGBX8888,
            )
            return image.copy()  # own the pixels: the buffer above is temporary
        finally:
            bitmap.close()
    finally:
        page.close()
