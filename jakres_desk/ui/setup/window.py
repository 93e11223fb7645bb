"""The secretariat's setup desk: prepare a whole workshop, page by page, then its kits."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jakres_desk.base.errors import JakresError
from jakres_desk.core.services import workshops
from jakres_desk.ui import settings
from jakres_desk.ui.icons import icon
from jakres_desk.ui.session import Session
from jakres_desk.ui.setup.catalogue import CataloguePage
from jakres_desk.ui.setup.focus_page import FocusPage
from jakres_desk.ui.setup.kits_page import KitsPage
from jakres_desk.ui.setup.people import PeoplePage
from jakres_desk.ui.setup.readiness_page import ReadinessPage
from jakres_desk.ui.setup.rules_page import RulesPage
from jakres_desk.ui.setup.workshop_page import WorkshopPage
from jakres_desk.ui.widgets import Page, style_named

# The desk's pages in order; each is a Page subclass built as (session, parent) with a
# `key`. Adding a page is one line here (the people and catalogue pages go after "focus").
PAGES: list[type[Page]] = [
    WorkshopPage,
    FocusPage,
    PeoplePage,
    CataloguePage,
    RulesPage,
    ReadinessPage,
    KitsPage,
]


NAV_WIDTH = 260  # the longest page name in 11 pt, in both languages


class SetupWindow(QMainWindow):
    """A navigator of pages on the left, the page on the right; Ctrl+1..9 open them."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.setWindowIcon(icon("new"))
        self.pages: list[Page] = [cls(session, self) for cls in PAGES]
        self.nav = QListWidget()
        self.nav.setObjectName("setupNav")
        self.stack = QStackedWidget()
        for number, page in enumerate(self.pages, start=1):
            self.nav.addItem(f"{number}  {page.title()}")
            self.stack.addWidget(page)
        self.nav.currentRowChanged.connect(self._row_changed)
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.prompt = QLabel()
        self.prompt.setObjectName("prompt")
        self.prompt.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(self.prompt)
        right.addWidget(self.stack, 1)
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.addWidget(self.nav)
        layout.addLayout(right, 1)
        self.setCentralWidget(body)
        style_named(
            self,
            "#prompt { font-style: italic; color: #37474f; padding: 2px 4px; }"
            "#setupNav { font-size: 11pt; } #setupNav::item { padding: 6px 4px; }",
        )
        self._menus()
        session.opened.connect(self._file_opened)
        session.changed.connect(self._saved)
        session.error.connect(self._show_refusal)
        geometry = settings.geometry("setup")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1366, 768)
        self._file_opened()
        self.nav.setCurrentRow(0)

    def _menus(self) -> None:
        bar = self.menuBar()
        window = bar.addMenu(self.tr("&Window"))
        for number, page in enumerate(self.pages, start=1):
            act = window.addAction(page.title())
            if number <= 9:
                act.setShortcut(QKeySequence(f"Ctrl+{number}"))
            act.triggered.connect(lambda _=False, k=page.key: self.show_page(k))
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

    def page(self, key: str) -> Page | None:
        """The page with this key, if the desk has it."""
        return next((p for p in self.pages if p.key == key), None)

    def show_page(self, key: str, subject: str = "") -> bool:
        """Bring the page with this key to the front, keyboard in it; False if unknown.

        `subject` is a record to pick there (a group's or focus area's id), for a
        page that has a `select(record_id)` method.
        """
        page = self.page(key)
        if page is None:
            self.statusBar().showMessage(self.tr("This page is not part of the desk yet."))
            return False
        self.nav.setCurrentRow(self.pages.index(page))
        page.setFocus()
        select = getattr(page, "select", None)
        if subject and select is not None:
            select(subject)
        elif page.focusWidget() is None:
            page.focusNextChild()
        return True

    def current_page(self) -> Page:
        """The page on screen."""
        return self.pages[self.stack.currentIndex()]

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.stack.setCurrentIndex(row)
            self.prompt.setText(self.pages[row].prompt())

    def _file_opened(self) -> None:
        f = self.session.file
        if f is None:
            self.setWindowTitle(self.tr("Prepare workshop") + " — jakres-desk")
            return
        ws = workshops.get_workshop(f)
        self.setWindowTitle(
            self.tr("Prepare workshop — %1").replace("%1", ws.title) + " — jakres-desk"
        )
        self.statusBar().showMessage(
            self.tr("Workshop file: %1. Every change is saved at once.").replace("%1", str(f.path))
        )

    def _saved(self, _change: object) -> None:
        stamp = datetime.now().strftime("%H:%M:%S")
        self.statusBar().showMessage(self.tr("Saved at %1").replace("%1", stamp))

    def _show_refusal(self, exc: JakresError) -> None:
        self.statusBar().showMessage(exc.message())

    def closeEvent(self, event: QCloseEvent) -> None:
        settings.set_geometry("setup", self.saveGeometry())
        super().closeEvent(event)


def open_setup(main_window: QMainWindow) -> SetupWindow:
    """Open (or raise) the setup desk on the main window's session."""
    session: Session = main_window.session  # type: ignore[attr-defined]
    window = main_window.findChild(SetupWindow)
    if window is None:
        window = SetupWindow(session, main_window)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
