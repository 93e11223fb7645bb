"""The facilitator's main window: the steps of the session around the open file.

Qt classes beyond the frame's are reached through their modules (QtWidgets.X):
PySide6 builds a class's enums when its name is first imported, ~0.5 ms each,
and the frame must not wait for the classes only the steps and menus use.

Start-up comes in two turns so the window is on screen at once: the first
builds only the frame (Qt alone, no SQLAlchemy, qtawesome or report code), and
once that frame has been painted `complete()` imports and builds the steps,
the menus and opens the file. Tests and a language switch build it all at once.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow

from jakres_desk.base.errors import FileProblem, JakresError
from jakres_desk.ui import settings
from jakres_desk.ui.icons import icon
from jakres_desk.ui.session import Session
from jakres_desk.ui.timer import Timebox

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QPaintEvent

    from jakres_desk.ui.widgets import Page

log = logging.getLogger("jakres_desk.ui")
ICONS = ("attendance", "elements", "criteria", "programs", "votes", "finish")


def page_classes() -> tuple[type[Page], ...]:
    """The steps of a session, in order (imported here: they pull in the core)."""
    from jakres_desk.ui.pages.attendance import AttendancePage
    from jakres_desk.ui.pages.criteria import CriteriaPage
    from jakres_desk.ui.pages.elements import ElementsPage
    from jakres_desk.ui.pages.finish import FinishPage
    from jakres_desk.ui.pages.programs import ProgramsPage
    from jakres_desk.ui.pages.votes import VotesPage

    return (AttendancePage, ElementsPage, CriteriaPage, ProgramsPage, VotesPage, FinishPage)


class OpeningLabel(QLabel):
    """The frame's placeholder; it calls `painted` once it has been drawn on screen."""

    def __init__(self, text: str, painted: QTimer) -> None:
        super().__init__(text)
        # Centred by style sheet: touching the Qt namespace builds its ~90 Python enums.
        self.setStyleSheet("font-size: 16pt; color: #546e7a; qproperty-alignment: AlignCenter;")
        self._painted = painted

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self._painted.start()  # a single-shot timer: the rest is built on the next turn


def fitting_size(width: int, height: int) -> QtCore.QSize:
    """The wanted size, shrunk to the screen's free area (a 1366×768 laptop has ~720 px)."""
    screen = QtGui.QGuiApplication.primaryScreen()
    if screen is None:
        return QtCore.QSize(width, height)
    free = screen.availableGeometry()
    # Leave room for the window's own title bar and frame, which the free area includes.
    return QtCore.QSize(min(width, free.width() - 16), min(height, free.height() - 40))


def recent_label(path: Path) -> str:
    """A recent file as "name — folder", the folder shortened from the left."""
    folder = str(path.parent)
    home = str(Path.home())
    if folder == home or folder.startswith(home + "/"):
        folder = "~" + folder[len(home):]
    if len(folder) > 48:
        folder = "…" + folder[-47:]
    return f"{path.name} — {folder}"


class MainWindow(QMainWindow):
    """Navigator of steps, the current step's page, its prompt and timer."""

    language_chosen = Signal(str)
    ready = Signal()  # complete(): steps, menus and the file are there

    def __init__(
        self,
        session: Session,
        lang: str,
        *,
        opening: Path | None = None,
        deferred: bool = False,
        timebox: Timebox | None = None,
        step: int = 0,
    ) -> None:
        super().__init__()
        self.session = session
        self.lang = lang
        self.opening = opening
        self.is_ready = False
        self._wanted_step = step  # where complete() lands
        self.pages: list[Page] = []
        self.projector = None
        self.setAcceptDrops(True)
        self.setWindowTitle(f"{opening.name} — jakres-desk" if opening else "jakres-desk")
        # A window rebuilt in another language gets the running timebox of the old one.
        self.timebox = timebox if timebox is not None else Timebox(self)
        geometry = settings.geometry("main")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(fitting_size(1280, 800))
        if deferred:
            turn = QTimer(self)
            turn.setSingleShot(True)
            turn.setInterval(0)
            turn.timeout.connect(self.complete)
            name = opening.name if opening else ""
            text = self.tr("Opening %1…").replace("%1", name) if name else "jakres-desk"
            self.setCentralWidget(OpeningLabel(text, turn))
            fallback = QTimer(self)  # in case the frame is never painted (e.g. minimised)
            fallback.setSingleShot(True)
            fallback.timeout.connect(self.complete)
            fallback.start(500)
        else:
            self.complete()

    def complete(self) -> None:
        """Build the steps and menus, open the file being opened, then say `ready`."""
        if self.is_ready:
            return
        self.is_ready = True
        from jakres_desk.core import applog

        applog.setup()
        self.setWindowIcon(icon("elements"))
        self.timebox.tick.connect(self._show_time)
        self.pages = [cls(self.session, self) for cls in page_classes()]
        self._build()
        self._menus()
        self.session.changed.connect(self._saved)
        self.session.opened.connect(self._file_opened)
        self.session.error.connect(self._show_refusal)  # a bound method dies with the window
        self.session.status.connect(self.statusBar().showMessage)
        if self.session.file is not None:
            self._file_opened()
        if self.opening is not None:
            self.open_path(self.opening)
        self.go_to_step(self._wanted_step)
        self._show_time()  # a rebuilt window shows the running clock at once
        self.ready.emit()

    # --- layout -------------------------------------------------------------

    def _build(self) -> None:
        self.steps = QtWidgets.QListWidget()
        self.steps.setObjectName("steps")
        self.steps.setFixedWidth(270)  # narrowed to its titles once they are in
        self.stack = QtWidgets.QStackedWidget()
        for number, (page, name) in enumerate(zip(self.pages, ICONS, strict=True)):
            item = QtWidgets.QListWidgetItem(icon(name), f"{number}. {page.title()}")
            item.setSizeHint(QtCore.QSize(200, 44))
            self.steps.addItem(item)
            self.stack.addWidget(page)
        self.steps.currentRowChanged.connect(self.go_to_step)
        self.title = QLabel()
        self.title.setObjectName("workshopTitle")
        self.title.setWordWrap(True)  # the real titles are long; never widen the window
        self.title.setMinimumWidth(200)
        self.group_box = QtWidgets.QComboBox()
        self.group_box.setMinimumWidth(260)
        self.group_box.activated.connect(self._group_picked)
        self.prompt = QLabel()
        self.prompt.setObjectName("prompt")
        self.prompt.setWordWrap(True)
        self.clock = QLabel("00:00")
        self.clock.setObjectName("clock")
        self.start_pause = QtWidgets.QToolButton()
        self.start_pause.clicked.connect(self.toggle_timer)
        self.more_time = QtWidgets.QToolButton(icon=icon("extend"))
        self.more_time.setToolTip(self.tr("Five more minutes"))
        self.more_time.clicked.connect(lambda: self.timebox.extend(5))
        head = QtWidgets.QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(QLabel(self.tr("Group:")))
        head.addWidget(self.group_box)
        step_bar = QtWidgets.QHBoxLayout()
        step_bar.addWidget(self.prompt, 1)
        step_bar.addWidget(self.clock)
        step_bar.addWidget(self.start_pause)
        step_bar.addWidget(self.more_time)
        # Shown above the steps while the open file is read-only, saying why.
        self.read_only_banner = QLabel()
        self.read_only_banner.setObjectName("readOnly")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.hide()
        right = QtWidgets.QVBoxLayout()
        right.addLayout(head)
        right.addWidget(self.read_only_banner)
        right.addLayout(step_bar)
        right.addWidget(self.stack, 1)
        body = QtWidgets.QHBoxLayout()
        body.addWidget(self.steps)
        body.addLayout(right, 1)
        central = QtWidgets.QWidget()
        central.setLayout(body)
        self.setCentralWidget(central)
        self.setStyleSheet(
            "#workshopTitle { font-size: 16pt; font-weight: bold; }"
            "#readOnly { background: #fff3e0; color: #8a4b00; padding: 6px; }"
            "#prompt { font-style: italic; color: #37474f; padding: 4px; }"
            "#clock { font-size: 20pt; font-weight: bold; font-family: monospace; }"
            "#steps { font-size: 12pt; }"
        )
        # As wide as the longest step title in this language (in the style's font), no
        # wider: the pages need the room on a 1366-px laptop.
        font = QtGui.QFont(self.steps.font())
        font.setPointSize(12)  # the style sheet's size, which polishing applies only later
        metrics = QtGui.QFontMetrics(font)
        text = max(
            metrics.horizontalAdvance(self.steps.item(i).text()) for i in range(self.steps.count())
        )
        wanted = text + self.steps.iconSize().width() + 40
        self.steps.setFixedWidth(min(270, wanted + 2 * self.steps.frameWidth() + 8))

    def _menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(
            file_menu,
            self.tr("&New group session…"),
            self.new_session,
            "new",
            QtGui.QKeySequence.StandardKey.New,
        )
        self._action(
            file_menu,
            self.tr("&Open…"),
            self.choose_file,
            "open",
            QtGui.QKeySequence.StandardKey.Open,
        )
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        from jakres_desk.ui.consolidate import consolidate_action

        file_menu.addAction(consolidate_action(self))
        from jakres_desk.ui.setup.action import setup_action

        file_menu.addAction(setup_action(self))
        from jakres_desk.ui.report.actions import report_actions

        for action in report_actions(self):
            file_menu.addAction(action)
        file_menu.addSeparator()
        self._action(
            file_menu,
            self.tr("&Export results…"),
            lambda: self.go_to_step(5),
            "finish",
            QtGui.QKeySequence("Ctrl+E"),
        )
        file_menu.addSeparator()
        self._action(
            file_menu, self.tr("&Quit"), self.close, None, QtGui.QKeySequence.StandardKey.Quit
        )
        edit = bar.addMenu(self.tr("&Edit"))
        undo = self.session.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QtGui.QKeySequence.StandardKey.Undo)
        undo.setIcon(icon("undo"))
        redo = self.session.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QtGui.QKeySequence.StandardKey.Redo)
        redo.setIcon(icon("redo"))
        edit.addAction(undo)
        edit.addAction(redo)
        view = bar.addMenu(self.tr("&View"))
        self._action(
            view,
            self.tr("&Projector window"),
            self.show_projector,
            "projector",
            QtGui.QKeySequence("F5"),
        )
        from jakres_desk.ui.tally_action import make_tally_action

        view.addAction(make_tally_action(self))
        self._action(
            view,
            self.tr("Start or pause the &timer"),
            self.toggle_timer,
            "play",
            QtGui.QKeySequence("Ctrl+T"),
        )
        self._action(
            view,
            self.tr("&Next step"),
            lambda: self.go_to_step(self.stack.currentIndex() + 1),
            None,
            QtGui.QKeySequence("Ctrl+PgDown"),
        )
        self._action(
            view,
            self.tr("&Previous step"),
            lambda: self.go_to_step(self.stack.currentIndex() - 1),
            None,
            QtGui.QKeySequence("Ctrl+PgUp"),
        )
        for n in range(len(self.pages)):
            self._action(
                view,
                self.tr("Step %1").replace("%1", str(n)),
                lambda _=False, n=n: self.go_to_step(n),
                None,
                QtGui.QKeySequence(f"Alt+{n}"),
            )
        lang_menu = bar.addMenu(self.tr("&Language"))
        group = QtGui.QActionGroup(self)
        for code, name in (("id", "Bahasa Indonesia"), ("en", "English")):
            act = lang_menu.addAction(name)
            act.setCheckable(True)
            act.setChecked(code == self.lang)
            act.triggered.connect(lambda _=False, c=code: self.language_chosen.emit(c))
            group.addAction(act)
        from jakres_desk.ui.help import add_help_menu

        add_help_menu(self)

    def _action(self, menu, text, slot, icon_name, shortcut) -> QtGui.QAction:
        act = QtGui.QAction(text, self)
        if icon_name:
            act.setIcon(icon(icon_name))
        if shortcut is not None:
            act.setShortcut(shortcut)
        act.triggered.connect(lambda _=False: slot())
        menu.addAction(act)
        return act

    # --- steps and timer ------------------------------------------------------

    def go_to_step(self, number: int) -> None:
        """Show step `number` and reset its timebox."""
        if not self.is_ready or not self.pages:
            self._wanted_step = number
            return
        if not 0 <= number < len(self.pages) or number == getattr(self, "_step", None):
            return
        self._step = number
        self.steps.setCurrentRow(number)
        self.stack.setCurrentIndex(number)
        page = self.pages[number]
        # A shorter prompt would shrink the page, which then lays itself out again (a
        # third of a switch): at one width the prompt keeps the tallest height shown.
        width = self.prompt.width() if self.prompt.isVisible() else None
        same = width is not None and width == getattr(self, "_prompt_width", None)
        self._prompt_width = width
        self.prompt.setMinimumHeight(self.prompt.height() if same else 0)
        self.prompt.setText(page.prompt())
        if self.timebox.step != number:  # the same step in a rebuilt window keeps its time
            self.timebox.reset(page.minutes())
            self.timebox.step = number
        page.setFocus()
        if self.projector is not None:
            self.projector.refresh()

    def current_page(self) -> Page:
        """The page on screen."""
        return self.pages[self.stack.currentIndex()]

    def toggle_timer(self) -> None:
        """Start or pause the step's countdown."""
        if self.timebox.running:
            self.timebox.pause()
        else:
            self.timebox.start()

    def _show_time(self) -> None:
        self.clock.setText(self.timebox.text())
        over = self.timebox.remaining_ms() < 0
        self.clock.setStyleSheet("color: #b71c1c;" if over else "")
        running = self.timebox.running
        self.start_pause.setIcon(icon("pause" if running else "play"))
        self.start_pause.setToolTip(
            self.tr("Pause the timer") if running else self.tr("Start the timer")
        )

    # --- files ------------------------------------------------------------------

    def open_path(self, path: Path) -> bool:
        """Open a .jakres file; a bad file is explained and nothing else changes."""
        from jakres_desk.core.device import device_id
        from jakres_desk.core.services import groups, workshops
        from jakres_desk.store.db import open_file

        f = None
        try:
            f = open_file(Path(path), device_id=device_id())
            meta = workshops.meta(f)
            group_id = meta.get("group_id") or (groups.list_groups(f) or [None])[0]
            group_id = getattr(group_id, "id", group_id)
        except JakresError as exc:
            if f is not None:
                f.close()
            log.warning("refused to open %s: %s", path, exc.message())
            QtWidgets.QMessageBox.warning(self, self.tr("Cannot open the file"), exc.message())
            return False
        log.info("opened %s", path)
        self.session.attach(f, group_id)
        settings.add_recent(Path(path))
        return True

    def choose_file(self) -> None:
        """Ask for a .jakres file to open."""
        name, _ = QtWidgets.QFileDialog.getOpenFileName(
            self, self.tr("Open a workshop file"), "", self.tr("Workshop files (*.jakres)")
        )
        if name:
            self.open_path(Path(name))

    def new_session(self) -> None:
        """Start an ad-hoc group session from a preset when no kit came."""
        from jakres_desk.ui.new_dialog import NewSessionDialog

        dialog = NewSessionDialog(self)
        if dialog.exec() and dialog.created is not None:
            self.session.attach(dialog.created, dialog.group_id)
            settings.add_recent(dialog.created.path)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in settings.recent_files():
            # The folder too: the laptop's copy and the USB stick's copy share a name.
            act = self.recent_menu.addAction(recent_label(path))
            act.setToolTip(str(path))
            act.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def _file_opened(self) -> None:
        from jakres_desk.core.services import groups, workshops

        f = self.session.file
        assert f is not None
        ws = workshops.get_workshop(f)
        self.title.setText(f"{ws.title} — {ws.date}")
        self.setWindowTitle(f"{f.path.name} — jakres-desk")
        self.group_box.clear()
        numbers = {fa.id: fa for fa in workshops.focus_areas(f)}
        for g in groups.list_groups(f):
            fa = numbers.get(g.focus_area_id or "")
            short = (fa.short_id if self.lang == "id" else fa.short_en) if fa else ""
            self.group_box.addItem(f"{g.name} — {short}" if short else g.name, g.id)
        self.group_box.setCurrentIndex(max(0, self.group_box.findData(self.session.group_id)))
        if f.read_only_reason is not None:
            why = FileProblem(f.read_only_reason).message()
            self.read_only_banner.setText(why[:1].upper() + why[1:])
            self.read_only_banner.show()
            self.statusBar().clearMessage()
            return
        self.read_only_banner.hide()
        self.statusBar().showMessage(
            self.tr("Every change is saved at once to %1").replace("%1", str(f.path))
        )

    def _group_picked(self, index: int) -> None:
        self.session.set_group(self.group_box.itemData(index))

    def _show_refusal(self, exc: JakresError) -> None:
        # Stays until the next message: the user must see why Undo did nothing.
        self.statusBar().showMessage(exc.message())

    def _saved(self, _change: object) -> None:
        stamp = datetime.now().strftime("%H:%M:%S")
        self.statusBar().showMessage(self.tr("Saved at %1").replace("%1", stamp))
        if self.projector is not None:
            self.projector.refresh()

    def show_projector(self) -> None:
        """Open the projector window (full screen on a second screen if there is one)."""
        from jakres_desk.ui.projector import ProjectorWindow

        if self.projector is None:
            self.projector = ProjectorWindow(self)
        self.projector.present()

    # --- drag and drop ------------------------------------------------------------

    @staticmethod
    def _dropped_file(mime: QtCore.QMimeData) -> Path | None:
        urls = [u for u in mime.urls() if u.isLocalFile()]
        return Path(urls[0].toLocalFile()) if len(urls) == 1 else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        path = self._dropped_file(event.mimeData())
        if self.is_ready and path is not None and path.suffix.lower() == ".jakres":
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event.mimeData())
        if path is not None:
            self.open_path(path)
            event.acceptProposedAction()

    def closeEvent(self, event: QCloseEvent) -> None:
        settings.set_geometry("main", self.saveGeometry())
        if self.projector is not None:
            self.projector.close()
        super().closeEvent(event)
