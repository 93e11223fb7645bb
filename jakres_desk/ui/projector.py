"""The projector window: the current step in large type for the back of the room.

It shows only what the room needs (who is working, the step, the timebox and the
results so far), never the facilitator's prompt, and it keeps a page's vote
tally hidden until the facilitator chooses to show it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from jakres_desk.base.i18n import current_language
from jakres_desk.core.services import groups, workshops
from jakres_desk.ui.icons import icon

REFERENCE_HEIGHT = 1080  # the pixel sizes below are for a 1080-line projector
BODY_PX, HEADING_PX, CLOCK_PX = 32, 56, 120
MIN_BODY_PX = 16  # a small test window on a laptop still reads

INK, MUTED, PAUSED, OVER, PAPER = "#111111", "#37474f", "#546e7a", "#b71c1c", "#ffffff"


def make_tally_action(main: Any) -> QAction:
    """A checkable "show the tally" action for the main window's View menu, kept in step
    with the projector's own toggle (T)."""
    act = QAction(icon("eye"), QCoreApplication.translate(
        "ProjectorWindow", "Show the vote &tally on the projector"), main)
    act.setCheckable(True)
    act.setShortcut(QKeySequence("Ctrl+Shift+T"))
    act.toggled.connect(lambda on: main.projector is not None
                        and main.projector.set_tally_visible(on))
    main.tally_action = act
    return act


def _label(name: str, color: str = INK, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(color))
    label.setPalette(palette)
    font = label.font()
    font.setBold(bold)
    label.setFont(font)
    return label


class ProjectorWindow(QWidget):
    """Large-type view of the current step for the room."""

    tally_toggled = Signal(bool)

    def __init__(self, main: Any) -> None:
        # No parent: a child window would be kept above the main window on one screen.
        super().__init__()
        self.main = main
        self.tally_visible = False
        self.lines: list[str] = []  # what the page offers, before fitting
        self.setWindowTitle(self.tr("Projector — jakres-desk"))
        self.setWindowIcon(icon("projector"))
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(PAPER))
        self.setPalette(palette)
        self.context = _label("context", MUTED)
        self.step = _label("step", bold=True)
        self.clock = _label("clock", bold=True)
        self.clock.setWordWrap(False)
        self.body = _label("body")
        self.body.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # Long results must not grow the window: they are fitted to it instead.
        self.body.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.body.installEventFilter(self)
        self.footer = _label("footer", MUTED)
        self._layout()
        self._actions()
        main.timebox.tick.connect(self.refresh_time)
        main.session.group_changed.connect(self.refresh)  # dropped with this window
        main.session.opened.connect(self.refresh)
        main.destroyed.connect(self.deleteLater)
        self._scale()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.step, 1)
        top.addWidget(self.clock, 0, Qt.AlignmentFlag.AlignTop)
        self.box = box = QVBoxLayout(self)
        box.addWidget(self.context)
        box.addLayout(top)
        box.addWidget(self.body, 1)
        box.addWidget(self.footer)

    def _actions(self) -> None:
        self.tally_action = self._add_action(self.tr("Show the vote &tally"), "T",
                                             self.set_tally_visible, checkable=True)
        self.full_action = self._add_action(self.tr("&Full screen"), "F11",
                                            self.set_full_screen, checkable=True)
        self._add_action(self.tr("&Leave full screen"), "Esc",
                         lambda _=False: self.set_full_screen(False))
        self._add_action(self.tr("&Close the projector window"), QKeySequence.StandardKey.Close,
                         lambda _=False: self.close())
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        main_action = getattr(self.main, "tally_action", None)
        if main_action is not None:  # the main window's View menu has the same toggle
            self.set_tally_visible(main_action.isChecked())
            self.tally_toggled.connect(main_action.setChecked)

    def _add_action(self, text: str, key: Any, slot: Any, checkable: bool = False) -> QAction:
        act = QAction(text, self)
        act.setShortcut(QKeySequence(key))
        act.setCheckable(checkable)
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    # --- what is shown -------------------------------------------------------------

    def refresh(self) -> None:
        """Redraw everything from the main window's state (step, file, group, timer)."""
        if self.isVisible():  # a closed projector costs nothing; present() redraws it
            self._redraw()

    def _redraw(self) -> None:
        self.context.setText(self._context_text())
        page = self.main.current_page()
        self.step.setText(f"{self.main.stack.currentIndex()}. {page.title()}")
        self.refresh_time()

    def refresh_time(self) -> None:
        """Redraw the clock and the page's results (every timer tick)."""
        if not self.isVisible():
            return
        box = self.main.timebox
        self.clock.setText(box.text())
        color = OVER if box.remaining_ms() < 0 else INK if box.running else PAUSED
        palette = self.clock.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(color))
        self.clock.setPalette(palette)
        self._show_lines()

    def _context_text(self) -> str:
        f, gid = self.main.session.file, self.main.session.group_id
        if f is None:
            return ""
        parts = [workshops.get_workshop(f).title]
        group = next((g for g in groups.list_groups(f) if g.id == gid), None)
        if group is not None:
            parts.append(group.name)
            fa = next((a for a in workshops.focus_areas(f) if a.id == group.focus_area_id), None)
            if fa is not None:
                parts.append(fa.title_id if current_language() == "id" else fa.title_en)
        return " · ".join(parts)

    def _page_lines(self) -> tuple[list[str], str]:
        """The page's lines, and a note when its tally is being kept from the room."""
        page = self.main.current_page()
        tally = getattr(page, "tally_lines", None)
        if callable(tally) and self.tally_visible:
            return list(tally()), ""
        note = self.tr("The tally stays hidden until voting closes.") if callable(tally) else ""
        return list(page.projector_lines()), note

    def _show_lines(self) -> None:
        self.lines, note = self._page_lines()
        self.footer.setText(note)
        self.footer.setVisible(bool(note))
        self._fit()

    def _fit(self) -> None:
        """Show as many lines as fit, then say how many more there are."""
        shown, height = list(self.lines), self.body.contentsRect().height()
        if self.isVisible() and height > 0:
            while len(shown) > 1 and self._text_height(shown) > height:
                shown.pop()
                hidden = len(self.lines) - len(shown) + 1
                shown[-1] = self.tr("… and %1 more").replace("%1", str(hidden))
        self.body.setText("\n".join(shown))

    def _text_height(self, lines: list[str]) -> int:
        width = self.body.contentsRect().width()
        flags = int(Qt.TextFlag.TextWordWrap)
        rect = QFontMetrics(self.body.font()).boundingRect(QRect(0, 0, width, 1 << 20), flags,
                                                           "\n".join(lines))
        return rect.height()

    # --- size, screens, tally ------------------------------------------------------

    def body_pixel_size(self) -> int:
        """The body text size for the window's height (32 px at 1080 lines)."""
        return max(MIN_BODY_PX, round(BODY_PX * self.height() / REFERENCE_HEIGHT))

    def _scale(self) -> None:
        body = self.body_pixel_size()
        sizes = {self.context: body, self.body: body, self.footer: body,
                 self.step: round(body * HEADING_PX / BODY_PX),
                 self.clock: round(body * CLOCK_PX / BODY_PX)}
        for label, px in sizes.items():
            font = QFont(label.font())
            font.setPixelSize(px)
            label.setFont(font)
        mono = QFont(self.clock.font())
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setFamilies(["DejaVu Sans Mono", "Consolas", "Menlo", "monospace"])
        self.clock.setFont(mono)
        margin = body * 3 // 2
        self.box.setContentsMargins(margin, margin, margin, margin)
        self.box.setSpacing(body // 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The body's size settles only after the layout reacts to new font sizes.
        if watched is self.body and event.type() == QEvent.Type.Resize:
            self._fit()
        return super().eventFilter(watched, event)

    def _other_screen(self) -> QScreen | None:
        """A screen that is not the main window's (the projector), if there is one."""
        mine = self.main.screen()
        return next((s for s in QGuiApplication.screens() if s != mine), None)

    def present(self) -> None:
        """Full screen on the second screen if there is one, else a large movable window."""
        target = self._other_screen()
        if target is not None:
            self.setScreen(target)
            self.setGeometry(target.geometry())
            self.showFullScreen()
        elif not self.isVisible():
            area = self.main.screen().availableGeometry()
            self.resize(area.width() * 3 // 4, area.height() * 3 // 4)
            self.move(area.center() - self.rect().center())
            self.show()
        self.full_action.setChecked(self.isFullScreen())
        self._redraw()
        self.raise_()

    def set_full_screen(self, on: bool) -> None:
        """Enter or leave full screen (F11 toggles, Esc leaves)."""
        if on and not self.isFullScreen():
            self.showFullScreen()
        elif not on and self.isFullScreen():
            self.showNormal()
        self.full_action.setChecked(on)

    def set_tally_visible(self, visible: bool) -> None:
        """Show a page's vote tally, or only how voting is going (the default)."""
        visible = bool(visible)
        self.tally_action.setChecked(visible)
        if visible != self.tally_visible:
            self.tally_visible = visible
            self._show_lines()
            self.tally_toggled.emit(visible)
