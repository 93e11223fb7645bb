"""The Report actions for the main window's menus: preview and print, save as PDF, present.

Only Qt is imported here: reportlab, pypdfium2 and the report code load when an
action is first used, so building the menus costs nothing at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from jakres_desk.base.errors import JakresError
from jakres_desk.base.i18n import current_language
from jakres_desk.ui.icons import icon

if TYPE_CHECKING:
    from jakres_desk.ui.report.present import PresentationWindow
    from jakres_desk.ui.report.preview import ReportDialog


class ReportActions(QObject):
    """The three actions and what they open, owned by the main window."""

    def __init__(self, main: Any) -> None:
        super().__init__(main)
        self.main = main
        self.session = main.session
        self.presentation: PresentationWindow | None = None
        self.preview = self._action(
            self.tr("&Report and print…"), "Ctrl+P", "mdi6.file-document-outline", self.open_preview
        )
        self.save = self._action(
            self.tr("Save report as &PDF…"), "Ctrl+Shift+S", "mdi6.file-pdf-box", self.save_pdf
        )
        self.present = self._action(
            self.tr("Plenary &presentation"), "F6", "mdi6.presentation-play", self.open_presentation
        )
        self.session.opened.connect(self._enable)
        self._enable()

    def _action(self, text: str, key: str, glyph: str, slot: Any) -> QAction:
        act = QAction(icon(glyph), text, self.main)
        act.setShortcut(QKeySequence(key))
        act.triggered.connect(lambda _=False: slot())
        return act

    def actions(self) -> list[QAction]:
        """Report and print, Save report as PDF, Plenary presentation."""
        return [self.preview, self.save, self.present]

    def _enable(self) -> None:
        for act in self.actions():
            act.setEnabled(self.session.file is not None)

    def open_preview(self) -> ReportDialog | None:
        """The Report dialog on the open file (modal)."""
        if self.session.file is None:
            return None
        from jakres_desk.ui.report.preview import ReportDialog

        dialog = ReportDialog(self.session, self.main)
        dialog.exec()
        dialog.deleteLater()
        return dialog

    def save_pdf(self) -> None:
        """The whole workshop's report straight to a PDF file."""
        if self.session.file is None:
            return
        from jakres_desk.report.pdf import write_report
        from jakres_desk.ui.report import preview

        path = preview.ask_pdf_path(self.main, preview.suggested_pdf(self.session, None))
        if path is None:
            return
        try:
            with preview.busy():
                write_report(self.session.file, path, lang=current_language())
        except JakresError as exc:
            QMessageBox.warning(self.main, self.tr("The report was not saved"), exc.message())
            return
        self.main.statusBar().showMessage(self.tr("Report saved to %1").replace("%1", str(path)))

    def open_presentation(self) -> PresentationWindow | None:
        """The slides of the whole workshop, full screen (on the projector if there is one)."""
        if self.session.file is None:
            return None
        from jakres_desk.report.data import gather
        from jakres_desk.ui.report.present import PresentationWindow
        from jakres_desk.ui.report.preview import busy
        from jakres_desk.ui.report.slides import build_slides

        try:
            with busy():
                slides = build_slides(gather(self.session.file, lang=current_language()))
        except JakresError as exc:
            QMessageBox.warning(self.main, self.tr("The presentation cannot start"), exc.message())
            return None
        if self.presentation is not None:
            self.presentation.close()
        self.presentation = PresentationWindow(slides, self.main)
        self.presentation.destroyed.connect(self._forget)
        self.presentation.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.presentation.present()
        return self.presentation

    def _forget(self) -> None:
        self.presentation = None


def report_actions(main_window: Any) -> list[QAction]:
    """The Report actions for the main window's menus (their owner is a child of the window)."""
    return ReportActions(main_window).actions()
