"""Step 0 by keyboard: check people in, add walk-ins, undo."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from jakres_desk.core.demo import build_demo
from jakres_desk.core.services import groups, participants
from jakres_desk.store.db import open_file
from jakres_desk.ui.pages.attendance import (
    COL_KIND,
    COL_NAME,
    COL_ORGANISATION,
    COL_PRESENT,
    COL_WALK_IN,
)

DEVICE = os.environ["JAKRES_DEVICE_ID"]


def _page(app):
    app.window.go_to_step(0)
    return app.window.current_page()


def test_check_in_by_search_and_enter(app, qtbot) -> None:
    f, gid = app.session.file, app.session.group_id
    for name in ("Siti Rahmawati", "Budi Santoso", "Andi Wijaya"):
        participants.add_participant(f, name=name, group_id=gid)
    page = _page(app)
    page.refresh()
    qtbot.keyClicks(page.find, "budi")
    qtbot.keyClick(page.find, Qt.Key.Key_Return)
    people = {p.name: p.present for p in participants.list_participants(f, gid)}
    assert people == {"Andi Wijaya": False, "Budi Santoso": True, "Siti Rahmawati": False}
    assert page.find.text() == ""
    assert page.count.text() == "Present: 1 of 3"


def test_space_toggles_and_moves_down(app, qtbot) -> None:
    f, gid = app.session.file, app.session.group_id
    for name in ("Ani", "Budi", "Citra"):
        participants.add_participant(f, name=name, group_id=gid)
    page = _page(app)
    page.refresh()
    page.view.setFocus()
    page.view.setCurrentIndex(page.proxy.index(0, 1))
    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    present = {p.name for p in participants.list_participants(f, gid) if p.present}
    assert present == {"Ani", "Budi"}


def test_walk_in_by_keyboard_then_undo_redo(app, qtbot) -> None:
    f, gid = app.session.file, app.session.group_id
    page = _page(app)
    page.name.setFocus()
    qtbot.keyClicks(page.name, "Rina Kartika")
    qtbot.keyClick(page.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.organisation, "KARINA")
    qtbot.keyClick(page.organisation, Qt.Key.Key_Return)  # on to the kind
    assert participants.list_participants(f, gid) == []
    qtbot.keyClick(page.kind, Qt.Key.Key_Return)  # Enter in the last field adds
    rows = participants.list_participants(f, gid)
    assert [(p.name, p.organisation, p.walk_in, p.present) for p in rows] == [
        ("Rina Kartika", "KARINA", True, True)
    ]
    assert page.name.text() == "" and page.name.hasFocus()
    app.session.undo_stack.undo()
    assert participants.list_participants(f, gid) == []
    app.session.undo_stack.redo()
    again = participants.list_participants(f, gid)
    assert [p.id for p in again] == [rows[0].id]  # the same record came back


def test_empty_name_is_refused_next_to_the_form(app, qtbot) -> None:
    page = _page(app)
    page.name.setFocus()
    for field in (page.name, page.organisation, page.kind):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert page.error.isVisible() and "name" in page.error.text()
    assert participants.list_participants(app.session.file, app.session.group_id) == []


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo workshop (17 people in Kelompok 3), built once for these read-only tests."""
    path = tmp_path_factory.mktemp("attendance") / "demo.jakres"
    build_demo(path, device_id=DEVICE).close()
    return path


@pytest.fixture
def demo_window(qtbot, demo_path: Path, request) -> Iterator[object]:
    """The main window in the language asked for, on the demo's Kelompok 3, at step 0."""
    from jakres_desk.ui import i18n
    from jakres_desk.ui.app import App, make_app

    f = open_file(demo_path, device_id=DEVICE)
    gui = App(make_app(), getattr(request, "param", "en"))
    gui.session.attach(f, groups.find_group(f, "Kelompok 3").id)
    qtbot.addWidget(gui.window)
    yield gui.window
    gui.session.close()
    i18n.install("en")


@pytest.mark.parametrize("demo_window", ["en", "id"], indirect=True)
@pytest.mark.parametrize("size", [(1280, 800), (1440, 900)])
def test_the_roster_fits_its_panel_without_a_horizontal_scrollbar(demo_window, size) -> None:
    demo_window.resize(*size)
    demo_window.show()
    demo_window.go_to_step(0)
    QApplication.processEvents()
    page = demo_window.current_page()
    view, header = page.view, page.view.horizontalHeader()
    assert page.model.rowCount() == 17
    assert view.horizontalScrollBar().maximum() == 0
    assert sum(header.sectionSize(c) for c in range(5)) <= view.viewport().width()
    # Every name is shown whole; organisations take the rest and may be cut with "…".
    assert header.sectionSize(COL_NAME) >= view.sizeHintForColumn(COL_NAME)
    assert header.sectionSize(COL_ORGANISATION) > header.sectionSize(COL_NAME)
    for col in (COL_PRESENT, COL_KIND, COL_WALK_IN):
        assert header.sectionSize(col) >= header.sectionSizeHint(col)  # headers never cut


def test_columns_refit_when_the_window_narrows(demo_window) -> None:
    demo_window.resize(1440, 900)
    demo_window.show()
    QApplication.processEvents()
    view = demo_window.current_page().view
    wide = view.horizontalHeader().sectionSize(COL_ORGANISATION)
    demo_window.resize(1100, 800)
    QApplication.processEvents()
    assert view.horizontalHeader().sectionSize(COL_ORGANISATION) < wide
    assert view.horizontalScrollBar().maximum() == 0
