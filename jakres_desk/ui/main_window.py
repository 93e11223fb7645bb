"""The facilitator's main window: the steps of the session around the open file.

Qt classes beyond the first screen's are reached through their modules (QtWidgets.X):
PySide6 builds a class's enums when its name is first imported, ~0.5 ms each.
Started on a file (`deferred`), the window shows that file's first screen from a first
look and loads the rest after it (ui/first_screen.py, docs/architecture.md "Opening the
GUI on a file"); tests and a language switch build it all at once.
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
from jakres_desk.ui.first_screen import FirstScreen, OpeningLabel
from jakres_desk.ui.icons import icon
from jakres_desk.ui.menus import build_menus
from jakres_desk.ui.session import Session
from jakres_desk.ui.steps import STEPS, page_classes, step_title
from jakres_desk.ui.timer import Timebox
from jakres_desk.ui.widgets import set_font

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent

    from jakres_desk.core.records import FocusAreaRecord, GroupRecord, WorkshopRecord
    from jakres_desk.core.services.first_look import FirstLook
    from jakres_desk.ui.widgets import Page

log = logging.getLogger("jakres_desk.ui")


def _log_to_file() -> None:
    from jakres_desk.core import applog

    applog.setup()


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
    ready = Signal()  # complete(): steps, menus and the file's first screen are there
    loaded = Signal()  # every step built and the file open through the ORM

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
        self._deferred = deferred
        self._first_screen: FirstScreen | None = None  # a first look shown, the rest to load
        self._step: int | None = None
        self.recent_menu: QtWidgets.QMenu  # ui/menus.py builds it
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
        # On its own, on an ordinary file: its first screen at once, from a first look.
        self._look_first = self._first_look() if deferred else None
        if deferred and self._look_first is None:
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
        """Build the steps and menus, open the file being opened, then say `ready`.

        Started on its own (`deferred`) on a healthy file, the window shows its first
        screen from a first look (core/services/first_look.py: no ORM) and is ready
        then; the other steps and the file through the ORM follow right after that
        screen is painted (`finish_loading`), or at once when a key or click comes first.
        """
        if self.is_ready:
            return
        self.is_ready = True
        self.setWindowIcon(icon("elements"))
        self.timebox.tick.connect(self._show_time)
        look, self._look_first = self._look_first, None
        if look is None:
            _log_to_file()  # after a first look: with the rest (finish_loading)
            self.pages = [cls(self.session, self) for cls in page_classes()]
        else:
            from jakres_desk.ui.pages.attendance import AttendancePage

            self.pages = [AttendancePage(self.session, self)]
        self._build()
        build_menus(self)
        self.session.changed.connect(self._saved)
        self.session.opened.connect(self._file_opened)
        self.session.error.connect(self._show_refusal)  # a bound method dies with the window
        self.session.status.connect(self.statusBar().showMessage)
        if look is not None:
            self._show_look(look)
        else:
            if self.session.file is not None:
                self._file_opened()
            if self.opening is not None:
                self.open_path(self.opening)
        self.go_to_step(self._wanted_step)
        self._show_time()  # a rebuilt window shows the running clock at once
        if look is not None and not self.isVisible():
            # Built before it is shown (App.start): say so on the next turn, when whoever
            # started the window has connected to it.
            QTimer.singleShot(0, self, self.ready.emit)
            return
        self.ready.emit()
        if look is None:
            self.loaded.emit()  # nothing more to load

    def _first_look(self) -> FirstLook | None:
        """The first screen's records of the file being opened, when it can be shown so."""
        if not self._deferred or self.opening is None or self.session.file is not None:
            return None
        from jakres_desk.core.services.first_look import first_look

        return first_look(self.opening)

    def _show_look(self, look: FirstLook) -> None:
        """The first screen from the first look; the rest loads once it is painted."""
        self.session.show_look(look)
        self._show_file(look.path, look.workshop, look.focus_areas, look.groups,
                        look.read_only_reason)
        self.pages[0].refresh()
        self._first_screen = FirstScreen(self, look, self.pages[0], self.finish_loading)

    def finish_loading(self) -> None:
        """Load the other steps and open the file through the ORM (after a first look)."""
        look = self._stop_loading()
        if look is None:
            return
        _log_to_file()
        for number, cls in enumerate(page_classes()[1:], start=1):
            page = cls(self.session, self)
            self.pages.append(page)
            placeholder = self.stack.widget(number)
            assert placeholder is not None  # _build left one per step not loaded
            self.stack.insertWidget(number, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        if not self.open_path(look.path):
            self.session.show_look(None)  # refused after all: show no file
            self._show_nothing()
            self.pages[0].refresh()
        self.loaded.emit()

    def _stop_loading(self) -> FirstLook | None:
        """The first look still waiting for the rest, which no longer waits (None: none)."""
        first, self._first_screen = self._first_screen, None
        if first is None:
            return None
        first.stop()
        return first.look

    @property
    def is_loaded(self) -> bool:
        """Every step is built and the file (if any) is open: nothing waits for a first look."""
        return self.is_ready and self._first_screen is None

    def _show_nothing(self) -> None:
        self.title.setText("")
        self.group_box.clear()
        self.read_only_banner.hide()
        self.setWindowTitle("jakres-desk")

    # --- layout -------------------------------------------------------------

    def _build(self) -> None:
        self.steps = QtWidgets.QListWidget()
        self.steps.setObjectName("steps")
        self.steps.setFixedWidth(270)  # narrowed to its titles once they are in
        self.stack = QtWidgets.QStackedWidget()
        for number, (name, _context, _title) in enumerate(STEPS):
            item = QtWidgets.QListWidgetItem(icon(name), f"{number}. {step_title(number)}")
            item.setSizeHint(QtCore.QSize(200, 44))
            self.steps.addItem(item)
            # A step not loaded yet (after a first look) holds its place with an empty widget.
            has_page = number < len(self.pages)
            self.stack.addWidget(self.pages[number] if has_page else QtWidgets.QWidget())
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
        # Fonts and colours set on the few widgets that have them, not a style sheet on the
        # window: that would have Qt's style-sheet style draw every widget of every step,
        # every cell of every table (a third of repainting a step, measured).
        set_font(self.title, 16, bold=True)
        set_font(self.clock, 20, bold=True, family="monospace")
        set_font(self.steps, 12)
        self.read_only_banner.setStyleSheet("background: #fff3e0; color: #8a4b00; padding: 6px;")
        self.prompt.setStyleSheet("font-style: italic; color: #37474f; padding: 4px;")
        # As wide as the longest step title in this language (in its font), no wider: the
        # pages need the room on a 1366-px laptop.
        metrics = self.steps.fontMetrics()
        text = max(
            metrics.horizontalAdvance(self.steps.item(i).text()) for i in range(self.steps.count())
        )
        wanted = text + self.steps.iconSize().width() + 40
        self.steps.setFixedWidth(min(270, wanted + 2 * self.steps.frameWidth() + 8))

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
        if self._first_screen is not None and number >= len(self.pages):
            self.finish_loading()  # the steps after the first look's
        if not 0 <= number < len(self.pages) or number == self._step:
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
        self._show_file(
            f.path,
            workshops.get_workshop(f),
            workshops.focus_areas(f),
            groups.list_groups(f),
            f.read_only_reason,
        )

    def _show_file(
        self,
        path: Path,
        ws: WorkshopRecord,
        focus_areas: Sequence[FocusAreaRecord],
        groups: Sequence[GroupRecord],
        read_only_reason: str | None,
    ) -> None:
        """The workshop's title, the group list, the read-only banner or where edits go."""
        self.title.setText(f"{ws.title} — {ws.date}")
        self.setWindowTitle(f"{path.name} — jakres-desk")
        self.group_box.clear()
        numbers = {fa.id: fa for fa in focus_areas}
        for g in groups:
            fa = numbers.get(g.focus_area_id or "")
            short = (fa.short_id if self.lang == "id" else fa.short_en) if fa else ""
            self.group_box.addItem(f"{g.name} — {short}" if short else g.name, g.id)
        self.group_box.setCurrentIndex(max(0, self.group_box.findData(self.session.group_id)))
        if read_only_reason is not None:
            why = FileProblem(read_only_reason).message()
            self.read_only_banner.setText(why[:1].upper() + why[1:])
            self.read_only_banner.show()
            self.statusBar().clearMessage()
            return
        self.read_only_banner.hide()
        self.statusBar().showMessage(
            self.tr("Every change is saved at once to %1").replace("%1", str(path))
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
        if self._stop_loading() is not None:  # closed on its first screen: load nothing
            self.session.show_look(None)
        if self.projector is not None:
            self.projector.close()
        super().closeEvent(event)
