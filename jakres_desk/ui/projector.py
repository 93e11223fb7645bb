"""The projector window: the current step in large type for the back of the room.

It shows only what the room needs (who is working, the step, the timebox, a
"time is up" banner and the results so far), never the facilitator's prompt.
The votes step's tally is drawn as bars with the rule's line
(projector_board.py), and only once the facilitator chooses to show it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QGuiApplication,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from jakres_desk.base.i18n import current_language
from jakres_desk.core.services import groups, programs, votes, voting, workshops
from jakres_desk.ui.icons import icon
from jakres_desk.ui.models.ranking import RankingModel, RankRow, score_text, tally_mark
from jakres_desk.ui.pages.priority import tally_rank
from jakres_desk.ui.projector_board import Board, Chart, ChartRow, font
from jakres_desk.ui.tally_action import make_tally_action as make_tally_action

REFERENCE_HEIGHT = 1080  # the pixel sizes below are for a 1080-line projector
BODY_PX, HEADING_PX, CLOCK_PX = 32, 56, 120
MIN_BODY_PX = 16  # a small test window on a laptop still reads
CHART_ROWS = 20  # at most this many programs in the tally (fewer when they do not fit)

INK, MUTED, PAUSED, OVER, PAPER = "#111111", "#37474f", "#546e7a", "#b71c1c", "#ffffff"


def time_is_up(box: Any) -> bool:
    """Whether the step's timebox has run out (the clock reads 00:00 or below)."""
    return box.remaining_ms() <= 0


def _label(name: str, color: str = INK, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    _paint(label, color)
    label.setFont(font(BODY_PX, bold))
    return label


def _paint(
    widget: QWidget,
    color: str,
    role: QPalette.ColorRole = QPalette.ColorRole.WindowText,
) -> None:
    palette = widget.palette()
    palette.setColor(role, QColor(color))
    widget.setPalette(palette)


class ProjectorWindow(QWidget):
    """Large-type view of the current step for the room."""

    tally_toggled = Signal(bool)

    def __init__(self, main: Any) -> None:
        # No parent: a child window would be kept above the main window on one screen.
        super().__init__()
        self.main = main
        self.tally_visible = False
        self.lines: list[str] = []  # what the page offers, before fitting
        self.chart: Chart | None = None  # the tally as bars, when shown
        self.words = RankingModel(self)  # the rule in the words the ranking view uses
        self.setWindowTitle(self.tr("Projector — jakres-desk"))
        self.setWindowIcon(icon("projector"))
        self.setAutoFillBackground(True)
        _paint(self, PAPER, QPalette.ColorRole.Window)
        self.context = _label("context", MUTED)
        self.step = _label("step", bold=True)
        self.clock = _label("clock", bold=True)
        self.clock.setWordWrap(False)
        self.banner = _label("timeUp", PAPER, bold=True)
        self.banner.setText(self.tr("Time is up"))
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setAutoFillBackground(True)
        _paint(self.banner, OVER, QPalette.ColorRole.Window)
        self.banner.hide()
        self.body = Board()
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
        box.addWidget(self.banner)
        box.addWidget(self.body, 1)
        box.addWidget(self.footer)

    def _actions(self) -> None:
        self.tally_action = self._add_action(
            self.tr("Show the vote &tally"), "T", self.set_tally_visible, checkable=True
        )
        self.full_action = self._add_action(
            self.tr("&Full screen"), "F11", self.set_full_screen, checkable=True
        )
        self._add_action(
            self.tr("&Leave full screen"), "Esc", lambda _=False: self.set_full_screen(False)
        )
        self._add_action(
            self.tr("&Close the projector window"),
            QKeySequence.StandardKey.Close,
            lambda _=False: self.close(),
        )
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
        self._show_results()
        self.refresh_time()

    def refresh_time(self) -> None:
        """Redraw the clock and the time-up banner (every timer tick)."""
        if not self.isVisible():
            return
        box = self.main.timebox
        self.clock.setText(box.text())
        up = time_is_up(box)
        _paint(self.clock, OVER if up else INK if box.running else PAUSED)
        self.banner.setVisible(up)

    def _context_text(self) -> str:
        f, gid = self.main.session.file, self.main.session.group_id
        if f is None:
            return ""
        parts = [workshops.get_workshop(f).title]
        group = next((g for g in groups.list_groups(f) if g.id == gid), None)
        if group is not None:
            parts.append(group.name)
            fa = next((a for a in workshops.focus_areas(f) if a.id == group.focus_area_id), None)
            if fa is not None:  # the short name: the full one would take three lines
                parts.append(fa.short_id if current_language() == "id" else fa.short_en)
        return " · ".join(parts)

    def _show_results(self) -> None:
        """The page's lines, or its tally as bars when the facilitator shows it."""
        page = self.main.current_page()
        has_tally = callable(getattr(page, "tally_lines", None))
        closed = has_tally and self._voting_closed()
        self.chart = None
        if has_tally and (self.tally_visible or closed):
            self.lines = list(page.tally_lines())
            self.chart = self._chart()
        else:
            self.lines = list(page.projector_lines())
        more = self.tr("… and %1 more")
        if self.chart is not None:
            self.body.show_chart(self.chart)
            note = self.tr("Voting is closed: the group's results.") if closed else ""
        else:
            self.body.show_lines(self.lines, more)
            hidden = has_tally and not (self.tally_visible or closed)
            note = (
                self.tr("The tally stays hidden until the group closes its voting.")
                if hidden
                else ""
            )
        self.footer.setText(note)
        self.footer.setVisible(bool(note))

    def _voting_closed(self) -> bool:
        """Whether the group on screen has closed its voting: its results may then be shown."""
        f, gid = self.main.session.file, self.main.session.group_id
        return f is not None and gid is not None and voting.is_closed(f, gid)

    def _chart(self) -> Chart | None:
        """The group's live ranking as the room sees it (decision states as in step 4)."""
        f, gid = self.main.session.file, self.main.session.group_id
        if f is None or gid is None:
            return None
        ws = workshops.get_workshop(f)
        decided = {c.id: c for c in programs.list_candidates(f, gid)}
        rows = [RankRow(r, decided.get(r.candidate_id)) for r in votes.ranking(f, gid)]
        if not rows:
            return None
        top_n = ws.top_n if ws.priority_rule == "top_n" else None
        return Chart(
            rows=tuple(self._chart_row(r) for r in rows[:CHART_ROWS]),
            caption=self._caption(ws),
            dots_heading=self.tr("Dots"),
            score_heading=self.tr("Score (%1–%2)")
            .replace("%1", str(ws.score_min))
            .replace("%2", str(ws.score_max)),
            more=self.tr("… and %1 more"),
            by_dots=ws.ranking_method == "dots",
            score_max=ws.score_max,
            threshold=ws.threshold if ws.priority_rule == "threshold" else None,
            top_n=top_n,
            legend=self._legend(),
        )

    def _caption(self, ws: Any) -> str:
        """The rule in the ranking view's words, and what its red line on the chart is."""
        rule = self.words.describe_rule(ws)
        if ws.priority_rule == "top_n":
            line = self.tr("red dashed line: the cut-off")
        elif ws.priority_rule == "threshold":
            line = self.tr("red dashed line: the threshold")
        else:
            return rule
        return f"{rule} · {line}"

    @staticmethod
    def _chart_row(r: RankRow) -> ChartRow:
        mark = tally_mark(r).strip()
        return ChartRow(
            rank=tally_rank(r),
            mark=mark,
            title=r.ranked.title,
            dots=r.ranked.dots,
            score=r.ranked.score,
            score_text=score_text(r.ranked),
            strong=mark == "★",
            stale=r.stale,
            tie_at_cutoff=r.ranked.tie_at_cutoff,
        )

    def _legend(self) -> dict[str, str]:
        """What each mark means; the chart says those its shown rows carry."""
        return {
            "priority": self.tr("★ priority"),
            "stale": self.tr("⚠ decided before the latest votes: not final"),
            "tied": self.tr("= tied with another program"),
            "cutoff": self.tr("orange: tied across the cut-off, the facilitator decides"),
            "incomplete": self.tr("* not every criterion scored yet"),
        }

    # --- size, screens, tally ------------------------------------------------------

    def body_pixel_size(self) -> int:
        """The body text size for the window's height (32 px at 1080 lines)."""
        return max(MIN_BODY_PX, round(BODY_PX * self.height() / REFERENCE_HEIGHT))

    def _scale(self) -> None:
        body = self.body_pixel_size()
        heading = round(body * HEADING_PX / BODY_PX)
        sizes = {
            self.context: (body, False),
            self.footer: (body, False),
            self.step: (heading, True),
            self.banner: (heading, True),
        }
        for label, (px, bold) in sizes.items():
            label.setFont(font(px, bold))
        mono = font(round(body * CLOCK_PX / BODY_PX), True)
        mono.setStyleHint(mono.StyleHint.Monospace)
        mono.setFamilies(["DejaVu Sans Mono", "Consolas", "Menlo", "monospace"])
        self.clock.setFont(mono)
        self.body.setFont(font(body))
        self.banner.setContentsMargins(body // 2, body // 4, body // 2, body // 4)
        margin = body * 3 // 2
        self.box.setContentsMargins(margin, margin, margin, margin)
        self.box.setSpacing(body // 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale()

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
            if self.isVisible():
                self._show_results()
            self.tally_toggled.emit(visible)
