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
    assert window.is_ready and len(window.pages) == 6
    assert started.session.file is not None and started.session.file.path.name == "w.jakres"
    assert window.stack.currentIndex() == 0
    qtbot.waitUntil(window.current_page().isVisible)  # Qt shows new children on the next turn
    assert window.title.text().strip() != "" and window.group_box.count() == 5
    assert window.menuBar().actions(), "the menus are built"


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
