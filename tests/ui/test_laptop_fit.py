"""Every step fits a 1366×768 laptop, in both languages.

The window gets the screen less the task bar and its title bar (1366×720 of
room). No step may need a horizontal scroll bar, except the vote grids, whose
columns are the people (or criteria) of the room and scroll by nature. The
window must not ask for more than that room either.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication

from jakres_desk.core.demo import build_demo
from jakres_desk.core.services import groups
from jakres_desk.store.db import open_file
from jakres_desk.ui.pages.grid_tabs import DotsTab, ScoresTab

DEVICE = os.environ["JAKRES_DEVICE_ID"]
ROOM = (1366, 720)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fit") / "demo.jakres"
    build_demo(path, device_id=DEVICE).close()
    return path


@pytest.fixture
def window(qtbot, demo_path: Path, request) -> Iterator[object]:
    from jakres_desk.ui import i18n
    from jakres_desk.ui.app import App, make_app

    f = open_file(demo_path, device_id=DEVICE)
    gui = App(make_app(), request.param)
    gui.session.attach(f, groups.find_group(f, "Kelompok 3").id)
    qtbot.addWidget(gui.window)
    yield gui.window
    gui.session.close()
    i18n.install("en")


def _scrolled_sideways(page) -> list[str]:
    found = []
    for area in page.findChildren(QAbstractScrollArea):
        if not area.isVisible() or area.horizontalScrollBar().maximum() == 0:
            continue
        parent = area.parent()
        while parent is not None and not isinstance(parent, DotsTab | ScoresTab):
            parent = parent.parent()
        if parent is None:  # a grid of the room's people or criteria may scroll
            found.append(f"{type(area).__name__} {area.objectName()!r} in {type(page).__name__}")
    return found


@pytest.mark.parametrize("window", ["id", "en"], indirect=True)
def test_every_step_fits_the_laptop_without_sideways_scrolling(window) -> None:
    window.resize(*ROOM)
    window.show()
    QApplication.processEvents()
    problems = []
    for number, page in enumerate(window.pages):
        window.go_to_step(number)
        QApplication.processEvents()
        QApplication.processEvents()
        problems += [f"step {number}: {where}" for where in _scrolled_sideways(page)]
        hint = window.minimumSizeHint()
        if hint.width() > ROOM[0] or hint.height() > ROOM[1]:
            problems.append(f"step {number}: the window asks for {hint.width()}×{hint.height()}")
    assert window.size().toTuple() == ROOM
    assert problems == [], "\n".join(problems)


def test_the_first_window_fits_the_screen(qtbot) -> None:
    from jakres_desk.ui.main_window import fitting_size

    free = QApplication.primaryScreen().availableGeometry()
    size = fitting_size(1280, 800)
    assert size.width() <= free.width() and size.height() + 30 <= free.height()
    assert size.width() == min(1280, free.width() - 16)


# Views whose title column must show every title whole (in full or wrapped onto more
# lines), by the page's attribute name and the column: the names a room reads aloud.
TITLE_COLUMNS = {
    "ProgramsPage": (("results", 0), ("list_view", 1)),
    "AttendancePage": (("view", 1),),
    "ElementsPage": (("view", 0),),
}


def _cut_titles(view, column: int) -> list[str]:
    """The titles of the rows on screen that the view cannot show whole."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtWidgets import QStyle

    fm = view.fontMetrics()
    # The style's text margin inside a cell, on both sides (as QCommonStyle lays it out).
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    width = view.columnWidth(column) - margin
    cut = []
    for row in range(view.model().rowCount()):
        rect = view.visualRect(view.model().index(row, column))
        if not rect.isValid() or not view.viewport().rect().intersects(rect):
            continue
        text = str(view.model().index(row, column).data() or "")
        if view.wordWrap():
            needed = fm.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text)
            whole = needed.height() <= view.rowHeight(row) and needed.width() <= width
        else:
            whole = fm.horizontalAdvance(text) <= width
        if not whole:
            cut.append(text)
    return cut


@pytest.mark.parametrize("window", ["id", "en"], indirect=True)
def test_no_step_cuts_a_title_at_1366(window) -> None:
    window.resize(*ROOM)
    window.show()
    QApplication.processEvents()
    problems, checked = [], 0
    for number, page in enumerate(window.pages):
        window.go_to_step(number)
        if type(page).__name__ == "ProgramsPage":
            page.all_areas.setChecked(True)  # the whole catalogue, its longest titles too
        QApplication.processEvents()
        QApplication.processEvents()
        for name, column in TITLE_COLUMNS.get(type(page).__name__, ()):
            view = getattr(page, name)
            checked += view.model().rowCount() > 0
            problems += [f"step {number} {name}: {t!r}" for t in _cut_titles(view, column)]
    assert checked >= 3  # the demo fills these tables: the test looks at real titles
    assert problems == [], "\n".join(problems)
