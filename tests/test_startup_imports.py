"""What each command and the GUI's first frame may import (docs/performance.md).

Start-up is most of what a user waits for: SQLAlchemy and the ORM classes,
qtawesome/QtPy, reportlab and rapidfuzz each cost 100-250 ms to import. Each
entry point runs in a fresh process, which prints the heavy packages it loaded;
a package a job does not need must not be among them. Not timed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from jakres_desk.core.demo import build_demo
from tests.conftest import DEVICE

HEAVY = (
    "sqlalchemy",
    "alembic",
    "reportlab",
    "rapidfuzz",
    "openpyxl",
    "PySide6",
    "qtawesome",
    "qtpy",
)

# Windows and dialogs the first screen does not show: loaded when first opened.
LATER = (
    "jakres_desk.ui.projector",
    "jakres_desk.ui.projector_board",
    "jakres_desk.ui.consolidate.window",
    "jakres_desk.ui.report.preview",
    "jakres_desk.ui.new_dialog",
)

CLI = """
import json, sys
from jakres_desk.cli import main
heavy = {HEAVY}
try:
    code = main(sys.argv[1:])
except SystemExit as exc:  # --version
    code = exc.code
sys.stdout.flush()
print(json.dumps(sorted({{m.split(".")[0] for m in sys.modules}} & set(heavy))), file=sys.stderr)
sys.exit(code)
"""

# The main window as `jakres-desk gui FILE` starts it: packages loaded when its first
# frame is painted, and when it is ready (steps, menus and the file loaded).
GUI = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from jakres_desk.ui import app, first_screen
heavy = {HEAVY}
seen = {{}}
def loaded():
    return sorted({{m.split(".")[0] for m in sys.modules}} & set(heavy))
painted = first_screen.OpeningLabel.paintEvent
def paint(self, event):
    painted(self, event)
    seen.setdefault("frame", loaded())
first_screen.OpeningLabel.paintEvent = paint
qapp = app.make_app()
started = app.App.start(qapp, "id", Path(sys.argv[1]))
def ready():
    seen["ready"] = loaded()
    seen["windows"] = sorted(m for m in sys.modules if m in {LATER})
    seen["roster"] = started.window.pages[0].model.rowCount()
    seen["title"] = started.window.title.text()
def done_loading():
    seen["loaded"] = loaded()
    seen["file"] = started.session.file is not None
    seen["steps"] = len(started.window.pages)
    seen["roster after"] = started.window.pages[0].model.rowCount()
    qapp.quit()
started.window.ready.connect(ready)
started.window.loaded.connect(lambda: QTimer.singleShot(0, done_loading))
seen["frame"] = loaded() if not started.window.is_ready else "none"
QTimer.singleShot(60000, qapp.quit)
qapp.exec()
print(json.dumps(seen), file=sys.stderr)
"""


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.jakres"
    build_demo(path, device_id=DEVICE).close()
    return path


def _run(script: str, *argv: str, cwd: Path) -> object:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", script.format(HEAVY=HEAVY, LATER=LATER), *argv],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stderr.strip().splitlines()[-1])


@pytest.mark.parametrize(
    ("argv", "allowed"),
    [
        # Read-only commands read the file through store/glance.py: no ORM at all.
        (["info", "{demo}", "--json"], set()),
        (["info", "{demo}"], set()),
        (["log", "{demo}", "--json"], set()),
        (["--version"], set()),
        (["export", "{demo}", "-o", "{out}.json"], {"sqlalchemy"}),
        # The report reads through store/glance.py too (report/reading.py): reportlab only.
        (["report", "{demo}", "-o", "{out}.pdf"], {"reportlab"}),
        (["report", "{demo}", "--group", "2", "-o", "{out}.pdf"], {"reportlab"}),
        (["report", "{demo}", "--agency", "BPBD", "-o", "{out}.pdf"], {"reportlab"}),
    ],
    ids=[
        "info-json",
        "info",
        "log",
        "version",
        "export-json",
        "report",
        "report-group",
        "report-agency",
    ],
)
def test_a_command_imports_only_what_it_needs(
    demo: Path, tmp_path: Path, argv: list[str], allowed: set[str]
) -> None:
    args = [a.format(demo=demo, out=tmp_path / "out") for a in argv]
    loaded = _run(CLI, *args, cwd=tmp_path)
    assert isinstance(loaded, list)
    assert set(loaded) <= allowed, f"{' '.join(argv)} loaded {sorted(set(loaded) - allowed)}"


def test_a_merge_of_kits_imports_no_orm(demo: Path, tmp_path: Path) -> None:
    """`merge` is SQL on raw connections: the master is opened with sqlite3 (store/plain.py)."""
    import shutil

    from jakres_desk.core.exchange import kit
    from jakres_desk.core.services.groups import list_groups
    from jakres_desk.store.db import open_file

    master = tmp_path / "master.jakres"
    shutil.copyfile(demo, master)
    kits = []
    with open_file(master, device_id=DEVICE) as f:
        for g in list_groups(f)[:2]:
            kits.append(tmp_path / f"{g.position}.jakres")
            kit.write_kit(f, kits[-1], group_id=g.id)
    loaded = _run(CLI, "merge", str(master), *map(str, kits), cwd=tmp_path)
    assert isinstance(loaded, list)
    # rapidfuzz only if a walk-in's name may be a roster person's (core/merge/lookalikes.py)
    assert set(loaded) <= {"rapidfuzz"}, f"merge loaded {sorted(loaded)}"


def test_the_first_frame_and_the_ready_window_import_only_what_they_show(
    demo: Path, tmp_path: Path
) -> None:
    seen = _run(GUI, str(demo), cwd=tmp_path)
    assert isinstance(seen, dict)
    assert seen["frame"] == "none"  # an ordinary file: its first screen at once, no frame
    # Ready: the steps, the menus and the demo's first screen (its title, the first
    # group's roster) from a first look, without the ORM; icons come from the font file.
    assert set(seen["ready"]) == {"PySide6"}
    assert seen["windows"] == []
    assert seen["roster"] > 0 and "Jakarta" in seen["title"]
    # Then the other steps and the file through the ORM; the report, the duplicate
    # finder, workbooks and migrations only when asked for.
    assert seen["file"], "the window did not open the file"
    assert seen["steps"] == 6 and seen["roster after"] == seen["roster"]
    assert set(seen["loaded"]) == {"PySide6", "sqlalchemy"}


def test_the_frame_of_a_file_opened_the_long_way_imports_only_qt(tmp_path: Path) -> None:
    import shutil

    old = shutil.copy(Path(__file__).parent / "fixtures" / "rev0001.jakres", tmp_path / "o.jakres")
    seen = _run(GUI, str(old), cwd=tmp_path)
    assert isinstance(seen, dict)
    assert set(seen["frame"]) == {"PySide6"}  # "Opening o.jakres…": Qt alone
    assert seen["file"] and seen["steps"] == 6
