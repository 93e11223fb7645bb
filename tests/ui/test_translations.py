"""Bahasa Indonesia is first-class: every UI string is translated and the .qm is current."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "jakres_id.ts"
QM = ROOT / "resources" / "i18n" / "jakres_id.qm"
UI = ROOT / "jakres_desk" / "ui"


def tool(name: str) -> str:
    """A Qt tool shipped with PySide6 (pyside6-lupdate, pyside6-lrelease)."""
    beside = Path(sys.executable).with_name(f"pyside6-{name}")  # the venv's, off PATH in CI
    found = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    if found is None:
        pytest.skip(f"pyside6-{name} not installed")
    return found


def sources() -> list[str]:
    """Every UI module, as lupdate is run in docs/translating.md."""
    return sorted(str(p.relative_to(ROOT)) for p in UI.rglob("*.py"))


def test_every_ui_string_has_an_indonesian_translation(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    subprocess.run([tool("lupdate"), *sources(), "-no-obsolete", "-locations", "none",
                    "-ts", str(fresh)], cwd=ROOT, check=True, capture_output=True)
    missing = []
    for context in ET.parse(fresh).getroot().iter("context"):
        name = context.findtext("name")
        for msg in context.iter("message"):
            tr = msg.find("translation")
            done = tr is not None and tr.get("type") not in ("unfinished", "vanished",
                                                              "obsolete")
            text = "".join(tr.itertext()) if tr is not None else ""
            if not done or not text.strip():
                missing.append(f"{name}: {msg.findtext('source')!r}")
    assert not missing, "untranslated (run the update in docs/translating.md):\n" + "\n".join(
        missing)
    assert all(c.findtext("name") for c in ET.parse(fresh).getroot().iter("context")), (
        "a string without a context: use self.tr() in a QObject or "
        "QCoreApplication.translate('Context', ...)")


def test_shipped_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    out = tmp_path / "jakres_id.qm"
    subprocess.run([tool("lrelease"), str(TS), "-qm", str(out)], check=True,
                   capture_output=True)
    assert out.read_bytes() == QM.read_bytes(), "recompile: see docs/translating.md"


def test_indonesian_ui_shows_indonesian(app, qtbot) -> None:
    app.switch_language("id")
    qtbot.waitUntil(lambda: app.window is not None and app.window.lang == "id")
    titles = [p.title() for p in app.window.pages]
    assert titles[0] == "Kehadiran"
    assert app.window.menuBar().actions()[0].text() == "&Berkas"
