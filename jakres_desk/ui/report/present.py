"""Plenary presentation: the summary as full-screen slides in large type, driven by keys.

Keys: Right, Space, PageDown, Down: next · Left, Backspace, PageUp, Up: previous ·
Home, End · 1–9: group N's first slide · F11: full screen on or off · Esc: leave.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QScreen,
)
from PySide6.QtWidgets import QWidget

from jakres_desk.ui.icons import icon
from jakres_desk.ui.report.draw import BODY_PX, canvas_scale, paint_slide
from jakres_desk.ui.report.slides import Slide

NEXT = {Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_Down}
PREVIOUS = {Qt.Key.Key_Left, Qt.Key.Key_Backspace, Qt.Key.Key_PageUp, Qt.Key.Key_Up}
DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}


class PresentationWindow(QWidget):
    """The slides, one at a time, filling the window (full screen on the projector)."""

    def __init__(self, slides: list[Slide], main: QWidget | None = None) -> None:
        # No parent: a child window would stay on the main window's screen, above it.
        super().__init__()
        self.slides = slides or [Slide("title", "")]
        self.index = 0
        self.main = main
        self.setWindowTitle(self.tr("Plenary presentation — jakres-desk"))
        self.setWindowIcon(icon("mdi6.presentation-play"))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip(
            self.tr(
                "Right or Space: next · Left: back · 1–9: a group · F11: full screen · Esc: leave"
            )
        )
        if main is not None:
            main.destroyed.connect(self.deleteLater)

    # --- where we are ---------------------------------------------------------------

    def current(self) -> Slide:
        """The slide on screen."""
        return self.slides[self.index]

    def counter_text(self) -> str:
        """'3 / 40' for the corner."""
        return f"{self.index + 1} / {len(self.slides)}"

    def go(self, index: int) -> None:
        """Show slide `index` (kept within the deck)."""
        index = max(0, min(len(self.slides) - 1, index))
        if index != self.index:
            self.index = index
            self.update()

    def next(self) -> None:
        """The next slide."""
        self.go(self.index + 1)

    def previous(self) -> None:
        """The slide before."""
        self.go(self.index - 1)

    def group_start(self, number: int) -> int | None:
        """The first slide of the report's group `number` (1-based), if there is one."""
        return next((i for i, s in enumerate(self.slides) if s.group == number - 1), None)

    def jump_to_group(self, number: int) -> None:
        """Go to group `number`'s first slide (nothing happens if there is no such group)."""
        start = self.group_start(number)
        if start is not None:
            self.go(start)

    def body_pixel_size(self) -> int:
        """The size of body text on screen, in pixels (42 at 1080 lines)."""
        return round(BODY_PX * canvas_scale(self.width(), self.height()))

    # --- keys and mouse ----------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in NEXT:
            self.next()
        elif key in PREVIOUS:
            self.previous()
        elif key == Qt.Key.Key_Home:
            self.go(0)
        elif key == Qt.Key.Key_End:
            self.go(len(self.slides) - 1)
        elif key in DIGITS:
            self.jump_to_group(DIGITS[key])
        elif key == Qt.Key.Key_F11:
            self.set_full_screen(not self.isFullScreen())
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.next()
        elif event.button() == Qt.MouseButton.RightButton:
            self.previous()

    # --- drawing and screens ---------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            paint_slide(painter, self.current(), self.width(), self.height(), self.counter_text())
        finally:
            painter.end()

    def _other_screen(self) -> QScreen | None:
        """A screen that is not the main window's (the projector), if there is one."""
        mine = self.main.screen() if self.main is not None else QGuiApplication.primaryScreen()
        return next((s for s in QGuiApplication.screens() if s != mine), None)

    def present(self) -> None:
        """Full screen on the second screen if there is one, else on this one."""
        target = self._other_screen()
        if target is None and self.main is not None:
            target = self.main.screen()
        if target is not None:
            self.setScreen(target)
            self.setGeometry(target.geometry())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.setFocus()

    def set_full_screen(self, on: bool) -> None:
        """Enter or leave full screen (F11 toggles)."""
        if on and not self.isFullScreen():
            self.showFullScreen()
        elif not on and self.isFullScreen():
            self.showNormal()
