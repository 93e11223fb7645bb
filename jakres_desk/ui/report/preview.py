"""The Report dialog: the summary PDF as it will print, with Print… and Save as PDF….

What the dialog shows, prints and saves is one layout: the PDF that
`render_report` makes. Printing draws its pages; saving writes it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jakres_desk.base.errors import JakresError
from jakres_desk.base.i18n import current_language
from jakres_desk.core.services import groups
from jakres_desk.report.pdf import render_report, write_report
from jakres_desk.ui.icons import icon
from jakres_desk.ui.report.pageview import ZOOMS, PageView
from jakres_desk.ui.report.pdfpages import PdfPages
from jakres_desk.ui.report.printing import PrintFailed, prepare, print_pages
from jakres_desk.ui.session import Session
from jakres_desk.ui.widgets import ErrorLabel

log = logging.getLogger(__name__)

AskPath = Callable[[QWidget, Path], Path | None]  # (parent, suggested path) -> chosen or None
AskPrinter = Callable[[QWidget, QPrinter], bool]  # (parent, printer) -> go ahead?


@contextmanager
def busy() -> Iterator[None]:
    """The wait cursor while the report is made or written."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def ask_pdf_path(parent: QWidget, suggested: Path) -> Path | None:
    """Ask where to save the PDF; adds .pdf when the name has no extension."""
    title = QCoreApplication.translate("ReportDialog", "Save the report as PDF")
    kinds = QCoreApplication.translate("ReportDialog", "PDF files (*.pdf)")
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), kinds)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(".pdf")


def ask_printer(parent: QWidget, printer: QPrinter) -> bool:
    """The system's print dialog."""
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, max(1, printer.toPage()))  # prepare() set the PDF's page count
    return dialog.exec() == QDialog.DialogCode.Accepted


def suggested_pdf(session: Session, group_id: str | None) -> Path:
    """'<file>.pdf' next to the workshop file, or '<file> - <group>.pdf' for one group."""
    assert session.file is not None
    path = session.file.path
    if group_id is None:
        return path.with_suffix(".pdf")
    name = next((g.name for g in groups.list_groups(session.file) if g.id == group_id), "")
    safe = "".join(c for c in name if c.isalnum() or c in " -_").strip()
    return path.with_name(f"{path.stem} - {safe}.pdf" if safe else f"{path.stem}.pdf")


class ReportDialog(QDialog):
    """Preview of the plenary summary (the whole workshop or one group) as its PDF pages."""

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        ask_path: AskPath = ask_pdf_path,
        ask_printer: AskPrinter = ask_printer,
    ) -> None:
        super().__init__(parent)
        assert session.file is not None
        self.session = session
        self.lang = current_language()
        self.ask_path = ask_path
        self.ask_printer = ask_printer
        self.pages: PdfPages | None = None
        self._cache: dict[str | None, PdfPages] = {}  # made once per scope while open
        self._loaded_once = False
        self.setWindowTitle(self.tr("Report — print or save the summary"))
        self.setWindowIcon(icon("mdi6.file-document-outline"))
        self._build()
        self._shortcuts()
        self.resize(980, 860)

    # --- layout -------------------------------------------------------------

    def _build(self) -> None:
        self.scope = QComboBox()
        self.scope.addItem(self.tr("The whole workshop"), None)
        group = self._current_group_name()
        if group:
            self.scope.addItem(
                self.tr("This group only: %1").replace("%1", group), self.session.group_id
            )
        self.scope.activated.connect(lambda _i: self.load())
        scope_label = QLabel(self.tr("&Scope:"))
        scope_label.setBuddy(self.scope)
        self.zoom_out = self._tool(
            "mdi6.magnify-minus-outline", self.tr("Zoom out (Ctrl+-)"), lambda: self.step_zoom(-1)
        )
        self.zoom_in = self._tool(
            "mdi6.magnify-plus-outline", self.tr("Zoom in (Ctrl++)"), lambda: self.step_zoom(1)
        )
        self.zoom_text = QLabel()
        self.zoom_text.setMinimumWidth(56)
        self.zoom_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_text = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(scope_label)
        bar.addWidget(self.scope, 1)
        bar.addSpacing(24)
        bar.addWidget(self.zoom_out)
        bar.addWidget(self.zoom_text)
        bar.addWidget(self.zoom_in)
        bar.addSpacing(24)
        bar.addWidget(self.page_text)
        self.view = PageView(self)
        self.view.moved.connect(self._show_page_number)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.error = ErrorLabel()
        self.print_button = QPushButton(icon("mdi6.printer"), self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_report)
        self.save_button = QPushButton(icon("mdi6.file-pdf-box"), self.tr("Save as P&DF…"))
        self.save_button.clicked.connect(self.save_pdf)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(bar)
        box.addWidget(self.view, 1)
        box.addWidget(self.error)
        box.addWidget(self.message)
        box.addWidget(buttons)
        self.setTabOrder(self.scope, self.view)
        self.setTabOrder(self.view, self.print_button)
        self.setTabOrder(self.print_button, self.save_button)
        self._show_zoom()

    def _tool(self, glyph: str, tip: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon(glyph))
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _shortcuts(self) -> None:
        keys = (
            (QKeySequence.StandardKey.ZoomIn, lambda: self.step_zoom(1)),
            (QKeySequence("Ctrl+="), lambda: self.step_zoom(1)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.step_zoom(-1)),
            (QKeySequence("Ctrl+0"), lambda: self.set_zoom(100)),
            (QKeySequence.StandardKey.Print, self.print_report),
            (QKeySequence("Ctrl+Shift+S"), self.save_pdf),
        )
        for key, slot in keys:
            QShortcut(QKeySequence(key), self, slot)

    def _current_group_name(self) -> str:
        gid, f = self.session.group_id, self.session.file
        if gid is None or f is None:
            return ""
        return next((g.name for g in groups.list_groups(f) if g.id == gid), "")

    # --- making the PDF ---------------------------------------------------------

    def group_id(self) -> str | None:
        """The chosen scope: None for the whole workshop, else the group's id."""
        gid = self.scope.currentData()
        return str(gid) if gid else None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded_once:
            self.load()

    def load(self) -> bool:
        """Make (once per scope) and show the PDF of the chosen scope; errors are shown."""
        self._loaded_once = True
        self.error.clear()
        gid = self.group_id()
        if gid not in self._cache:
            self.message.setText(self.tr("Preparing the report…"))
            try:
                with busy():
                    assert self.session.file is not None
                    data = render_report(self.session.file, lang=self.lang, group_id=gid)
                    self._cache[gid] = PdfPages(data)
            except Exception as exc:  # noqa: BLE001 - any failure is shown, never a crash
                self._failed(exc)
                return False
        self.pages = self._cache[gid]
        self.view.show_pages(self.pages)
        self.message.setText(self.tr("%1 pages").replace("%1", str(len(self.pages))))
        self._show_page_number()
        self._enable(True)
        return True

    def _failed(self, exc: Exception) -> None:
        if not isinstance(exc, JakresError):
            log.exception("the report could not be made")
        self.pages = None
        self.view.show_pages(None)
        self.message.clear()
        self._show_error(exc, self.tr("The report could not be made: %1"))
        self._enable(False)

    def _show_error(self, exc: Exception, template: str) -> None:
        text = exc.message() if isinstance(exc, JakresError) else str(exc)
        self.error.setText(template.replace("%1", text))
        self.error.show()

    def _enable(self, on: bool) -> None:
        for widget in (self.print_button, self.save_button, self.zoom_in, self.zoom_out):
            widget.setEnabled(on)

    # --- zoom and pages ---------------------------------------------------------

    def set_zoom(self, percent: int) -> None:
        """Show the pages at `percent` of their paper size."""
        self.view.set_zoom(percent)
        self._show_zoom()

    def step_zoom(self, step: int) -> None:
        """The next zoom level up (1) or down (-1)."""
        levels = list(ZOOMS)
        now = min(range(len(levels)), key=lambda i: abs(levels[i] - self.view.zoom))
        self.set_zoom(levels[max(0, min(len(levels) - 1, now + step))])

    def _show_zoom(self) -> None:
        self.zoom_text.setText(f"{self.view.zoom} %")

    def _show_page_number(self) -> None:
        if self.pages is None:
            self.page_text.clear()
            return
        self.page_text.setText(
            self.tr("Page %1 of %2")
            .replace("%1", str(self.view.current_page() + 1))
            .replace("%2", str(len(self.pages)))
        )

    # --- print and save -----------------------------------------------------------

    def print_report(self) -> None:
        """Ask for a printer, then print the PDF's pages on it."""
        if self.pages is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        prepare(printer, self.pages)
        if self.ask_printer(self, printer):
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Print the shown PDF's pages on a printer that is set up; returns the pages sent."""
        assert self.pages is not None
        self.error.clear()
        progress = QProgressDialog(
            self.tr("Printing…"), self.tr("Cancel"), 0, len(self.pages), self
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)

        def step(done: int, wanted: int) -> bool:
            progress.setMaximum(wanted)
            progress.setLabelText(
                self.tr("Printing page %1 of %2…")
                .replace("%1", str(done + 1))
                .replace("%2", str(wanted))
            )
            progress.setValue(done)
            return not progress.wasCanceled()

        try:
            with busy():
                sent = print_pages(self.pages, printer, step)
        except PrintFailed as exc:
            self._show_error(exc, self.tr("The printer could not be started: %1"))
            return 0
        finally:
            progress.close()
        self.message.setText(self.tr("%1 pages sent to the printer.").replace("%1", str(sent)))
        return sent

    def save_pdf(self) -> Path | None:
        """Ask for a file name and write the report there as PDF."""
        if self.pages is None:
            return None
        path = self.ask_path(self, suggested_pdf(self.session, self.group_id()))
        if path is None:
            return None
        self.error.clear()
        try:
            with busy():
                assert self.session.file is not None
                write_report(self.session.file, path, lang=self.lang, group_id=self.group_id())
        except JakresError as exc:
            self._show_error(exc, "%1")
            return None
        self.message.setText(self.tr("Saved to %1").replace("%1", str(path)))
        return path
