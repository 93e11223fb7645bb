"""Starting the GUI: the application, its language, the main window."""

from __future__ import annotations

import gc
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication

from jakres_desk import __version__
from jakres_desk.ui import crash, i18n, settings
from jakres_desk.ui.main_window import MainWindow
from jakres_desk.ui.session import Session
from jakres_desk.ui.timer import Timebox


def settle_heap() -> None:
    """Keep what is alive now (modules, steps, the open file) out of full garbage collections.

    Python's cycle collector now and then walks every object alive: after loading
    the window, some 125,000, and a walk took 91 ms, in the middle of whatever the
    facilitator was doing (measured during step switches). Frozen, they are left out
    of it; what is made afterwards is collected as before. A window rebuilt in
    another language thaws them first (`App.build`), so the old window is freed.
    """
    gc.freeze()


class App:
    """The running GUI: one session, a main window rebuilt when the language changes."""

    def __init__(
        self, qapp: QApplication, lang: str, *, opening: Path | None = None, deferred: bool = False
    ) -> None:
        self.qapp = qapp
        self.session = Session()
        self.timebox = Timebox()  # outlives a window rebuilt in another language
        self.window: MainWindow | None = None
        self.settles = False  # App.start: the heap is settled each time a window has loaded
        self.build(lang, opening=opening, deferred=deferred)

    @classmethod
    def start(cls, qapp: QApplication, lang: str, path: Path | None) -> App:
        """Show the main window: its first screen at once when `path` allows a first look,
        else its frame at once and the steps, menus and `path` on the next turn."""
        app = cls(qapp, lang, opening=path, deferred=True)
        assert app.window is not None
        app.settles = True
        app.settle_when_loaded()
        marker = os.environ.get("JAKRES_BENCH_READY")
        if marker and path is not None:
            if app.window.is_ready:  # its first screen built at once: its first paint is next
                _mark_when_painted(app, Path(marker))
            else:
                app.window.ready.connect(lambda: _mark_when_painted(app, Path(marker)))
        app.window.show()
        return app  # keep it: the window has no parent and dies with its last reference

    def build(
        self, lang: str, *, opening: Path | None = None, deferred: bool = False
    ) -> MainWindow:
        """(Re)build the main window in `lang`, keeping the open file and step."""
        i18n.install(lang)
        step = 0
        if self.window is not None:
            if self.settles:
                gc.unfreeze()  # the old window may be freed; settled again once loaded
            step = self.window.stack.currentIndex() if self.window.is_ready else 0
            self.window.close()
            self.window.deleteLater()
        self.window = MainWindow(
            self.session, lang, opening=opening, deferred=deferred, timebox=self.timebox, step=step
        )
        self.window.language_chosen.connect(self.switch_language)
        if self.settles:
            self.settle_when_loaded()
        return self.window

    def settle_when_loaded(self) -> None:
        """`settle_heap` once the window has loaded every step (at once if it has)."""
        assert self.window is not None
        if self.window.is_loaded:
            settle_heap()
        else:
            self.window.loaded.connect(settle_heap)

    def switch_language(self, lang: str) -> None:
        """Remember the language and rebuild the window in it."""
        settings.set_language(lang)
        if self.window is not None:
            self.session.relabel(self.window.lang, lang)
        QTimer.singleShot(0, lambda: self.build(lang).show())


class _FirstPaint(QObject):
    """bench/run's marks: the time of the first paint of the first step's table (ready),
    then the time the window has loaded every step and the file (`loaded`), and quit."""

    def __init__(self, app: App, marker: Path) -> None:
        super().__init__(app.qapp)
        self.app, self.marker = app, marker
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.stamp)  # once this paint is done
        return False

    def stamp(self) -> None:
        self.marker.write_text(f"{time.time()}\n")
        self.painted = True
        window = self.app.window
        if window is None or window.is_loaded:
            self.stamp_loaded()
        else:
            window.loaded.connect(self.stamp_loaded)

    def stamp_loaded(self) -> None:
        with self.marker.open("a") as out:
            out.write(f"{time.time()}\n")
        self.app.qapp.quit()


def _mark_when_painted(app: App, marker: Path) -> None:
    assert app.window is not None
    table = app.window.current_page().findChild(QAbstractItemView)
    target = table.viewport() if table is not None else app.window.current_page()
    target.installEventFilter(_FirstPaint(app, marker))


def make_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once)."""
    qapp = QApplication.instance() or QApplication(argv or sys.argv[:1])
    qapp.setApplicationName("jakres-desk")
    qapp.setOrganizationName("jakres-desk")
    qapp.setApplicationVersion(__version__)
    return qapp  # type: ignore[return-value]


def run(path: Path | None) -> int:
    """Open the main window (on `path` if given) and run until it closes."""
    qapp = make_app()
    crash.install()
    app = App.start(qapp, i18n.initial_language(), path)
    code = qapp.exec()
    del app
    return code
