"""Start-up in two turns: the window's frame at once, the steps and the file right after."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from jakres_desk.store.db import JakresFile
from jakres_desk.ui.main_window import OpeningLabel


@pytest.fixture
def started(qtbot, workshop: JakresFile) -> Iterator[object]:
    """`App.start` on the workshop's file, as `jakres-desk gui FILE` does."""
    from jakres_desk.ui.app import App, make_app

    path = workshop.path
    workshop.close()
    gui = App.start(make_app(), "en", path)
    qtbot.addWidget(gui.window)
    yield gui
    gui.session.close()


def test_the_command_and_the_frame_load_no_database_icons_or_report_code() -> None:
    code = (
        "import sys\n"
        "import jakres_desk.cli, jakres_desk.ui.app\n"
        "heavy = ('sqlalchemy', 'alembic', 'qtawesome', 'qtpy', 'reportlab', 'pypdfium2',\n"
        "         'rapidfuzz', 'openpyxl', 'logging.handlers', 'jakres_desk.store',\n"
        "         'jakres_desk.ui.pages')\n"
        "print([m for m in sys.modules if m.startswith(heavy)])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_the_frame_shows_first_then_the_file_opens_on_step_0(started, qtbot) -> None:
    window = started.window
    assert window.isVisible() and not window.is_ready
    assert isinstance(window.centralWidget(), OpeningLabel)
    assert "w.jakres" in window.centralWidget().text()
    assert window.windowTitle().startswith("w.jakres")
    with qtbot.waitSignal(window.ready, timeout=10_000):
        pass
    # Ready: the first screen from a first look (no ORM yet), the steps and the menus.
    assert window.is_ready and started.session.look is not None
    assert window.steps.count() == 6 and window.stack.currentIndex() == 0
    assert window.title.text().strip() != "" and window.group_box.count() == 5
    assert window.menuBar().actions(), "the menus are built"
    # Then, once that screen is painted, the other steps and the file through the ORM.
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        pass
    assert len(window.pages) == 6 and started.session.look is None
    assert started.session.file is not None and started.session.file.path.name == "w.jakres"
    assert window.stack.currentIndex() == 0
    qtbot.waitUntil(window.current_page().isVisible)  # Qt shows new children on the next turn
    assert window.title.text().strip() != "" and window.group_box.count() == 5
    assert [window.stack.widget(i) for i in range(6)] == window.pages


def test_a_bad_file_is_explained_and_the_window_stays_usable(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    from jakres_desk.ui.app import App, make_app

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text: shown.append(text))
    bad = tmp_path / "notes.jakres"
    bad.write_text("these are my notes, not a workshop")
    gui = App.start(make_app(), "en", bad)
    qtbot.addWidget(gui.window)
    with qtbot.waitSignal(gui.window.ready, timeout=10_000):
        pass
    assert len(shown) == 1 and "notes.jakres" in shown[0]
    assert gui.session.file is None and len(gui.window.pages) == 6
    assert bad.read_text() == "these are my notes, not a workshop"


def test_the_first_look_shows_what_the_open_file_shows(started, qtbot, workshop) -> None:
    from jakres_desk.core.services import participants

    with qtbot.waitSignal(started.window.ready, timeout=10_000):
        pass
    group = started.session.group_id
    assert group is not None
    model = started.window.pages[0].model
    first = [(p.name, p.present) for p in model.rows]
    with qtbot.waitSignal(started.window.loaded, timeout=10_000):
        pass
    assert started.session.group_id == group
    after = [(p.name, p.present) for p in model.rows]
    listed = participants.list_participants(started.session.file, started.session.group_id)
    assert first == after == [(p.name, p.present) for p in listed]


def test_a_key_pressed_on_the_first_screen_waits_for_the_rest_and_is_not_lost(
    started, qtbot
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window = started.window
    pressed: list[int] = []

    def press_at_once() -> None:  # the facilitator presses ↓ on the steps as the window appears
        QTest.keyClick(window.steps, Qt.Key.Key_Down)
        pressed.append(window.stack.currentIndex())

    window.ready.connect(press_at_once)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        pass
    assert pressed == [1], "the key went to step 1"
    assert len(window.pages) == 6 and started.session.file is not None
    assert window.current_page() is window.pages[1]
    assert window.steps.currentRow() == 1


def test_a_file_gone_before_it_opens_is_explained_and_nothing_stale_shows(
    started, qtbot, monkeypatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text: shown.append(text))
    window = started.window
    path = window.opening

    def carried_away() -> None:  # the USB stick is pulled as the window appears
        path.rename(path.with_name("moved.jakres"))

    window.ready.connect(carried_away)
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        pass
    assert len(shown) == 1 and "w.jakres" in shown[0]
    assert started.session.file is None and started.session.look is None
    assert window.pages[0].model.rowCount() == 0
    assert window.title.text() == "" and window.group_box.count() == 0


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_steps_listed_before_their_pages_load_have_the_pages_own_titles(
    qtbot, lang: str
) -> None:
    from jakres_desk.ui import i18n
    from jakres_desk.ui.main_window import page_classes
    from jakres_desk.ui.session import Session
    from jakres_desk.ui.steps import STEPS, step_title

    i18n.install(lang)
    try:
        session = Session()
        pages = [cls(session) for cls in page_classes()]
        for page in pages:
            qtbot.addWidget(page)
        assert [step_title(n) for n in range(len(STEPS))] == [p.title() for p in pages]
        assert [key for key, _c, _t in STEPS] == [p.key for p in pages]
        if lang == "id":
            assert step_title(0) != "Attendance"  # really translated
    finally:
        i18n.install("en")


def test_a_window_closed_on_its_first_screen_opens_nothing_after(started, qtbot) -> None:
    window = started.window
    window.ready.connect(window.close)  # closed as soon as it shows the roster
    with qtbot.waitSignal(window.ready, timeout=10_000):
        pass
    qtbot.wait(700)  # past the wait for a paint that never comes
    assert started.session.file is None and started.session.look is None
    assert len(window.pages) == 1
