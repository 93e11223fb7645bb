"""The secretariat's Consolidate window: import the groups' files, link duplicates, categorise."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jakres_desk.base.errors import JakresError
from jakres_desk.core.merge.run import check_master
from jakres_desk.core.services import workshops
from jakres_desk.ui import settings
from jakres_desk.ui.consolidate.dupes_tab import DupesTab
from jakres_desk.ui.consolidate.import_tab import ImportTab, local_paths
from jakres_desk.ui.consolidate.programs_tab import ProgramsTab
from jakres_desk.ui.icons import icon
from jakres_desk.ui.session import Session
from jakres_desk.ui.widgets import Page, style_named

TAB_ICONS = ("drop", "link", "tag")


class ConsolidateWindow(QMainWindow):
    """Three tabs over the master file: Import, Duplicates, Programs & categories."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.setWindowIcon(icon("consolidate"))
        self.setAcceptDrops(True)
        self.import_tab = ImportTab(session, self)
        self.dupes_tab = DupesTab(session, self)
        self.programs_tab = ProgramsTab(session, self)
        self.tabs = QTabWidget()
        for page, name in zip(self.pages(), TAB_ICONS, strict=True):
            self.tabs.addTab(page, icon(name), page.title())
        self.tabs.currentChanged.connect(self._tab_shown)
        self.heading = QLabel()
        self.heading.setObjectName("consolidateTitle")
        self.heading.setWordWrap(True)
        self.prompt = QLabel()
        self.prompt.setObjectName("prompt")
        self.prompt.setWordWrap(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        layout.addWidget(self.prompt)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(body)
        style_named(
            self,
            "#consolidateTitle { font-size: 15pt; font-weight: bold; }"
            "#prompt { font-style: italic; color: #37474f; padding: 2px 4px; }",
        )
        self.tabs.tabBar().setStyleSheet("QTabBar::tab { padding: 6px 16px; font-size: 11pt; }")
        self._menus()
        session.opened.connect(self._file_opened)
        session.changed.connect(self._saved)
        session.error.connect(self._show_refusal)
        session.status.connect(self.statusBar().showMessage)
        geometry = settings.geometry("consolidate")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1440, 900)
        self._file_opened()
        self._tab_shown(0)

    def pages(self) -> tuple[Page, ...]:
        """The tabs, in order."""
        return (self.import_tab, self.dupes_tab, self.programs_tab)

    def _menus(self) -> None:
        bar = self.menuBar()
        window = bar.addMenu(self.tr("&Window"))
        add = window.addAction(icon("files"), self.tr("&Add files…"))
        add.triggered.connect(self._add_files)
        window.addSeparator()
        for number, page in enumerate(self.pages(), start=1):
            act = window.addAction(page.title())
            act.setShortcut(QKeySequence(f"Alt+{number}"))
            act.triggered.connect(lambda _=False, n=number - 1: self.show_tab(n))
        window.addSeparator()
        close = window.addAction(self.tr("&Close"))
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        edit = bar.addMenu(self.tr("&Edit"))
        undo = self.session.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.setIcon(icon("undo"))
        redo = self.session.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        redo.setIcon(icon("redo"))
        edit.addAction(undo)
        edit.addAction(redo)

    def _add_files(self) -> None:
        self.show_tab(0)
        self.import_tab.choose_and_add()

    def show_tab(self, number: int) -> None:
        """Bring a tab to the front and put the keyboard in it."""
        self.tabs.setCurrentIndex(number)
        self.pages()[number].setFocus()

    def _tab_shown(self, number: int) -> None:
        if 0 <= number < len(self.pages()):
            self.prompt.setText(self.pages()[number].prompt())

    def _file_opened(self) -> None:
        f = self.session.file
        self.import_tab.refused.clear()
        if f is None:
            return
        ws = workshops.get_workshop(f)
        self.heading.setText(f"{ws.title} — {ws.date}")
        self.setWindowTitle(
            self.tr("Consolidate — %1").replace("%1", f.path.name) + " — jakres-desk"
        )
        self.statusBar().showMessage(
            self.tr("Master file: %1. Every change is saved at once.").replace("%1", str(f.path))
        )
        try:
            check_master(f)
        except JakresError:
            self.close()  # another file was opened, and it is not a master

    def _saved(self, _change: object) -> None:
        stamp = datetime.now().strftime("%H:%M:%S")
        self.statusBar().showMessage(self.tr("Saved at %1").replace("%1", stamp))

    def _show_refusal(self, exc: JakresError) -> None:
        # Stays until the next message: the user must see why Undo did nothing.
        self.statusBar().showMessage(exc.message())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.show_tab(0)
            self.import_tab.add_files(paths)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings.set_geometry("consolidate", self.saveGeometry())
        super().closeEvent(event)


def open_consolidate(main_window: QMainWindow) -> ConsolidateWindow | None:
    """Open (or raise) the Consolidate window on the open file, which must be the master."""
    session: Session = main_window.session  # type: ignore[attr-defined]
    f = session.file
    # Contexts written out, not an aliased tr(): lupdate sees only literal calls.
    problem = (
        QCoreApplication.translate(
            "ConsolidateWindow", "Open the master workshop file first (File > Open)."
        )
        if f is None
        else ""
    )
    if f is not None:
        try:
            check_master(f)
        except JakresError as exc:
            problem = (
                exc.message()
                + "\n\n"
                + QCoreApplication.translate(
                    "ConsolidateWindow",
                    "Open the master workshop file to consolidate the groups' files into it.",
                )
            )
    if problem:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("ConsolidateWindow", "Cannot consolidate this file"),
            problem,
            QMessageBox.StandardButton.Ok,
            main_window,
        )
        box.setObjectName("consolidateRefusal")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not modal to the application: the caller goes on at once
        return None
    window = main_window.findChild(ConsolidateWindow)
    if window is None:
        window = ConsolidateWindow(session, main_window)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
