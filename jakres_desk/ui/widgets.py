"""Small shared widgets: the page base, inline error labels, a sortable table view."""

from __future__ import annotations

import re

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from jakres_desk.base.errors import JakresError
from jakres_desk.core.topics import ALL_TOPICS, EVERYTHING, Changes, Topic, merged
from jakres_desk.ui.models.base import SORT_ROLE
from jakres_desk.ui.session import Session


class Page(QWidget):
    """One step of the session; refreshes itself, by topic, when the file changes.

    A page names the `topics` it shows. It hears every change the session
    reports (`core.topics.Changes`: topics, ids, who started it) and calls
    `refresh(change)` for those that touch its topics: at once when it is on
    screen, else once when it is next shown (with the changes it missed put
    together). Opening a file or switching group is `EVERYTHING`.
    """

    key = ""
    topics: frozenset[Topic] = ALL_TOPICS

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        # A page built on a file already open (the window rebuilt in another language)
        # has missed the `opened` signal: it loads when first shown.
        self._missed: Changes | None = EVERYTHING if session.file is not None else None
        # Bound methods, not lambdas: Qt drops them with the page when the window is
        # rebuilt in another language, where a lambda would outlive it.
        session.changed.connect(self._page_changed)
        session.group_changed.connect(self._everything_changed)
        session.opened.connect(self._everything_changed)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        """No: the window's stack of steps asks every step, shown or not, how tall it
        would be at a width when it has a height for width, which lays out every
        wrapping label of every step again on each layout of the window (half of
        showing step 5, measured with callgrind). A step fills the room it is given;
        its own layout still wraps its labels to that room."""
        return False

    def _everything_changed(self, *_why: object) -> None:
        self._page_changed(EVERYTHING)

    def _page_changed(self, change: Changes) -> None:
        if not change.touches(*self.topics):
            return
        # Only the step on screen reloads at once; the others reload when shown,
        # so a vote in step 4 does not make five pages re-read the file.
        if self.isVisible():
            self.refresh(change)
        else:
            self._missed = merged(self._missed, change)

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_fresh()
        super().showEvent(event)

    def ensure_fresh(self) -> None:
        """Catch up on the changes heard while hidden (e.g. before the projector reads it)."""
        if self._missed is not None:
            change, self._missed = self._missed, None
            self.refresh(change)

    def title(self) -> str:
        """The step's name in the navigator."""
        raise NotImplementedError

    def prompt(self) -> str:
        """A short facilitator prompt for the step."""
        return ""

    def minutes(self) -> int:
        """The default timebox of the step."""
        return 20

    def refresh(self, change: Changes = EVERYTHING) -> None:
        """Show what the change touched (`EVERYTHING`: reload from the file)."""

    def projector_lines(self) -> list[str]:
        """What the projector shows for this step (results so far), in large type."""
        return []


def set_font(widget: QWidget, points: int, bold: bool = False, family: str = "") -> None:
    """Give a widget its own size (and weight, and family) of the font it would inherit.

    Rather than a style sheet on a page or the window: Qt then draws every widget
    under it, every cell of its tables, with its slower style-sheet style.
    """
    font = QFont(widget.font())
    font.setPointSize(points)
    font.setBold(bold)
    if family:
        font.setFamilies([family])
        font.setStyleHint(QFont.StyleHint.Monospace)
    widget.setFont(font)


def style_named(root: QWidget, sheet: str) -> None:
    """Give the widgets under `root` that `sheet` names (``#name``) the sheet, not `root`.

    A style sheet set on a page would make Qt draw everything under it, every
    cell of its tables, with the style-sheet style (measured: a third of
    repainting a step). Set on the named labels and frames only, it styles
    just them (and what they hold). A named widget made later is styled by
    its maker: `style_named(widget.parentWidget(), sheet)` or its own sheet.
    """
    names = set(re.findall(r"#([A-Za-z_][\w-]*)", sheet))
    styled: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        if widget.objectName() in names and not any(s.isAncestorOf(widget) for s in styled):
            widget.setStyleSheet(sheet)
            styled.append(widget)


class ErrorLabel(QLabel):
    """A message shown next to a form, in the user's language; hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("error")
        self.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.setWordWrap(True)
        self.hide()

    def show_error(self, exc: JakresError) -> None:
        """Show a refusal (the file is unchanged)."""
        self.setText(exc.message())
        self.show()

    def clear(self) -> None:
        """Hide the message."""
        self.setText("")
        self.hide()


def sortable_view(
    model: object, parent: QWidget | None = None
) -> tuple[QTableView, QSortFilterProxyModel]:
    """A table view over a proxy that sorts on raw values and filters on every column."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)  # type: ignore[arg-type]
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(-1)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view, proxy
