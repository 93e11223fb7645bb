"""Opening the GUI on a file: the frame shown while a file opens the long way, and a
first screen shown from a first look while the rest loads.

docs/architecture.md, "Opening the GUI on a file", tells the whole story; the main
window (ui/main_window.py) decides which way a file goes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

    from jakres_desk.core.services.first_look import FirstLook

FIRST_PAINT_WAIT_MS = 500  # after a first look, load the rest by then even if not painted
# What makes the rest load at once after a first look: the user is acting on the window.
INPUT = (
    QtCore.QEvent.Type.KeyPress,
    QtCore.QEvent.Type.ShortcutOverride,
    QtCore.QEvent.Type.MouseButtonPress,
    QtCore.QEvent.Type.MouseButtonDblClick,
    QtCore.QEvent.Type.Wheel,
    QtCore.QEvent.Type.ContextMenu,
    QtCore.QEvent.Type.DragEnter,
)


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


class FirstScreen(QtCore.QObject):
    """A window showing a first look while the rest waits: `load` is called once the first
    page's table has been painted (and what else waited for that paint has run), after
    FIRST_PAINT_WAIT_MS at the latest, or before any key, click, wheel or drop is handled."""

    def __init__(
        self,
        parent: QtCore.QObject,
        look: FirstLook,
        page: QtWidgets.QWidget,
        load: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self.look = look
        self.load = load
        table = page.findChild(QtWidgets.QAbstractItemView)
        self.first_table = table.viewport() if table is not None else page
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.timeout.connect(load)
        # One more turn: what else waited for this paint (bench/run's ready mark) goes first.
        self.after_paint = QTimer(self)
        self.after_paint.setSingleShot(True)
        self.after_paint.timeout.connect(lambda: self.soon.start(0))
        app = QtCore.QCoreApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.soon.start(FIRST_PAINT_WAIT_MS)  # in case it is never painted (minimised)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        kind = event.type()
        if kind == QtCore.QEvent.Type.Paint and watched is self.first_table:
            self.after_paint.start(0)  # once this paint is done and on screen
        elif kind in INPUT:
            self.load()  # before the key or click is handled
        return False

    def stop(self) -> None:
        """Nothing more waits: no filter, no timers."""
        app = QtCore.QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.soon.stop()
        self.after_paint.stop()
