"""Start-up in two turns: the window's frame at once, the steps and the file right after."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from jakres_desk.store.db import JakresFile
from jakres_desk.ui.first_screen import OpeningLabel


def start(qtbot, path: Path, on_ready: Callable[[object], None] | None = None) -> object:
    """`App.start` on `path`, as `jakres-desk gui FILE` does; `on_ready(window)` at `ready`.

    The window may say `ready` on the first turn of the event loop (pytest-qt runs one
    after a fixture's setup), so a test waits on `is_ready` / `is_loaded`, and what
    must happen at `ready` is connected here, before any turn.
    """
    from jakres_desk.ui.app import App, make_app

    gui = App.start(make_app(), "en", path)
    qtbot.addWidget(gui.window)
    if on_ready is not None:
        window = gui.window
        window.ready.connect(lambda: on_ready(window))
    return gui


@pytest.fixture
def started(qtbot, workshop: JakresFile) -> Iterator[object]:
    """The GUI started on the workshop's file."""
    path = workshop.path
    workshop.close()
    gui = start(qtbot, path)
    yield gui
    gui.session.close()


def wait_ready(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.is_ready, timeout=10_000)


def wait_loaded(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.is_loaded, timeout=10_000)


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


def test_an_ordinary_file_shows_its_first_screen_at_once_then_opens_on_step_0(
    started, qtbot
) -> None:
    window = started.window
    # Shown at once with its first screen from a first look (no ORM yet), no frame before.
    assert window.isVisible() and window.is_ready
    assert not isinstance(window.centralWidget(), OpeningLabel)
    assert window.windowTitle().startswith("w.jakres")
    wait_ready(qtbot, window)
    # Ready: the steps, the menus and the first screen; nothing editable yet.
    assert started.session.look is not None and started.session.file is None
    assert window.steps.count() == 6 and window.stack.currentIndex() == 0
    assert window.title.text().strip() != "" and window.group_box.count() == 5
    assert window.menuBar().actions(), "the menus are built"
    # Then, once that screen is painted, the other steps and the file through the ORM.
    wait_loaded(qtbot, window)
    assert len(window.pages) == 6 and started.session.look is None
    assert started.session.file is not None and started.session.file.path.name == "w.jakres"
    assert window.stack.currentIndex() == 0
    qtbot.waitUntil(window.current_page().isVisible)  # Qt shows new children on the next turn
    assert window.title.text().strip() != "" and window.group_box.count() == 5
    assert [window.stack.widget(i) for i in range(6)] == window.pages


def test_an_older_file_shows_the_frame_first_then_opens_migrated(qtbot, tmp_path: Path) -> None:
    import shutil

    from jakres_desk.store import migrate
    from jakres_desk.store.probe import probe
    from jakres_desk.ui.app import App, make_app

    old = Path(shutil.copy(Path(__file__).parent.parent / "fixtures" / "rev0001.jakres",
                           tmp_path / "old.jakres"))
    gui = App.start(make_app(), "en", old)
    qtbot.addWidget(gui.window)
    window = gui.window
    assert window.isVisible() and not window.is_ready
    assert isinstance(window.centralWidget(), OpeningLabel)
    assert "old.jakres" in window.centralWidget().text()
    wait_loaded(qtbot, window)
    assert gui.session.file is not None and len(window.pages) == 6
    assert probe(old).revision == migrate.head()  # backed up and migrated, the long way
    gui.session.close()


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
    wait_loaded(qtbot, gui.window)
    assert len(shown) == 1 and "notes.jakres" in shown[0]
    assert gui.session.file is None and len(gui.window.pages) == 6
    assert bad.read_text() == "these are my notes, not a workshop"


def test_the_first_look_shows_what_the_open_file_shows(started, qtbot, workshop) -> None:
    from jakres_desk.core.services import participants

    wait_ready(qtbot, started.window)
    group = started.session.group_id
    assert group is not None
    model = started.window.pages[0].model
    first = [(p.name, p.present) for p in model.rows]
    wait_loaded(qtbot, started.window)
    assert started.session.group_id == group
    after = [(p.name, p.present) for p in model.rows]
    listed = participants.list_participants(started.session.file, started.session.group_id)
    assert first == after == [(p.name, p.present) for p in listed]


def test_a_key_pressed_on_the_first_screen_waits_for_the_rest_and_is_not_lost(
    qtbot, workshop: JakresFile
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    pressed: list[int] = []

    def press_at_once(window) -> None:  # the facilitator presses ↓ on the steps at once
        assert window.session.file is None, "pressed on the first screen"
        QTest.keyClick(window.steps, Qt.Key.Key_Down)
        pressed.append(window.stack.currentIndex())

    workshop.close()
    gui = start(qtbot, workshop.path, press_at_once)
    window = gui.window
    qtbot.waitUntil(lambda: bool(pressed), timeout=10_000)
    assert pressed == [1], "the key went to step 1"
    assert len(window.pages) == 6 and gui.session.file is not None
    assert window.current_page() is window.pages[1]
    assert window.steps.currentRow() == 1
    gui.session.close()


def test_a_file_gone_before_it_opens_is_explained_and_nothing_stale_shows(
    qtbot, workshop: JakresFile, monkeypatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text: shown.append(text))
    path = workshop.path
    workshop.close()

    def carried_away(_window) -> None:  # the USB stick is pulled as the window appears
        path.rename(path.with_name("moved.jakres"))

    gui = start(qtbot, path, carried_away)
    window = gui.window
    wait_loaded(qtbot, window)
    assert len(shown) == 1 and "w.jakres" in shown[0]
    assert gui.session.file is None and gui.session.look is None
    assert window.pages[0].model.rowCount() == 0
    assert window.title.text() == "" and window.group_box.count() == 0


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_steps_listed_before_their_pages_load_have_the_pages_own_titles(
    qtbot, lang: str
) -> None:
    from jakres_desk.ui import i18n
    from jakres_desk.ui.session import Session
    from jakres_desk.ui.steps import STEPS, page_classes, step_title

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


def test_a_window_closed_on_its_first_screen_opens_nothing_after(
    qtbot, workshop: JakresFile
) -> None:
    closed: list[bool] = []

    def close_at_once(window) -> None:  # closed as soon as it shows the roster
        closed.append(window.close())

    workshop.close()
    gui = start(qtbot, workshop.path, close_at_once)
    qtbot.waitUntil(lambda: bool(closed), timeout=10_000)
    qtbot.wait(700)  # past the wait for a paint that never comes
    assert gui.session.file is None and gui.session.look is None
    assert len(gui.window.pages) == 1


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    from jakres_desk.core.demo import build_demo
    from tests.conftest import DEVICE

    path = tmp_path / "demo.jakres"
    build_demo(path, device_id=DEVICE).close()
    return path


def test_a_person_checked_in_by_keys_on_the_first_screen_is_checked_in_and_undone(
    qtbot, demo_path: Path
) -> None:
    """In the roster, ↓ ↓ to a person and Space: the keys come before the rest has loaded
    (the first makes it load); the person is checked in, and Ctrl+Z takes it back."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from jakres_desk.ui.models.base import RECORD_ROLE

    done: list[tuple[str, bool]] = []

    def keys_at_once(window) -> None:
        page = window.pages[0]
        page.view.setFocus()  # the facilitator has clicked into the roster
        QTest.keyClick(page.view, Qt.Key.Key_Down)  # this key makes the rest load first
        QTest.keyClick(page.view, Qt.Key.Key_Down)
        person = page.view.currentIndex().data(RECORD_ROLE)
        QTest.keyClick(page.view, Qt.Key.Key_Space)
        done.append((person.id, person.present))

    gui = start(qtbot, demo_path, keys_at_once)
    window = gui.window
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    pid, was = done[0]
    model = window.pages[0].model
    assert model.rows[model.row_of(pid)].present is (not was)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: model.rows[model.row_of(pid)].present is was)
    gui.session.close()


def test_the_loaded_window_is_kept_out_of_full_collections_and_a_rebuild_thaws_it(
    qtbot, workshop: JakresFile, monkeypatch
) -> None:
    """A full garbage collection over the loaded window took 91 ms in the middle of a
    step switch: `jakres-desk gui` freezes what is alive once the window has loaded,
    and thaws it when the window is rebuilt in another language (so the old one can
    be freed), freezing again once the new one has loaded."""
    from jakres_desk.ui import app as app_module

    calls: list[str] = []

    class Recorder:
        def freeze(self) -> None:
            calls.append("freeze")

        def unfreeze(self) -> None:
            calls.append("unfreeze")

    monkeypatch.setattr(app_module, "gc", Recorder())
    path = workshop.path
    workshop.close()
    gui = start(qtbot, path)
    assert calls == []  # not before every step and the file are loaded
    wait_loaded(qtbot, gui.window)
    assert calls == ["freeze"]
    from jakres_desk.ui import i18n

    gui.window.language_chosen.emit("id")  # Bahasa ▸ Indonesia in the menu
    try:
        qtbot.waitUntil(lambda: calls == ["freeze", "unfreeze", "freeze"], timeout=10_000)
        qtbot.addWidget(gui.window)
        assert gui.window.lang == "id" and gui.window.is_loaded
    finally:
        i18n.install("en")
        gui.session.close()
