"""Bahasa Indonesia is first-class: every UI string is translated and the .qm is current."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileSystemModel

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
    subprocess.run(
        [tool("lupdate"), *sources(), "-no-obsolete", "-locations", "none", "-ts", str(fresh)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    missing = []
    for context in ET.parse(fresh).getroot().iter("context"):
        name = context.findtext("name")
        for msg in context.iter("message"):
            tr = msg.find("translation")
            done = tr is not None and tr.get("type") not in ("unfinished", "vanished", "obsolete")
            text = "".join(tr.itertext()) if tr is not None else ""
            if not done or not text.strip():
                missing.append(f"{name}: {msg.findtext('source')!r}")
    assert not missing, "untranslated (run the update in docs/translating.md):\n" + "\n".join(
        missing
    )
    assert all(c.findtext("name") for c in ET.parse(fresh).getroot().iter("context")), (
        "a string without a context: use self.tr() in a QObject or "
        "QCoreApplication.translate('Context', ...)"
    )


def test_shipped_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    out = tmp_path / "jakres_id.qm"
    subprocess.run([tool("lrelease"), str(TS), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == QM.read_bytes(), "recompile: see docs/translating.md"


def test_indonesian_ui_shows_indonesian(app, qtbot) -> None:
    app.switch_language("id")
    qtbot.waitUntil(lambda: app.window is not None and app.window.lang == "id")
    titles = [p.title() for p in app.window.pages]
    assert titles[0] == "Kehadiran"
    assert app.window.menuBar().actions()[0].text() == "&Berkas"


# --- Qt's own texts: our qtbase_id.ts, since Qt ships no Indonesian -----------------------

QT_TS = ROOT / "resources" / "i18n" / "qtbase_id.ts"
QT_QM = ROOT / "resources" / "i18n" / "qtbase_id.qm"


@pytest.fixture
def indonesian(app) -> Iterator[None]:
    """Indonesian installed (both catalogues), English again afterwards."""
    from jakres_desk.ui import i18n

    i18n.install("id")
    yield
    i18n.install("en")


def _messages(ts: Path) -> list[tuple[str, str, str]]:
    return [
        (
            context.findtext("name") or "",
            msg.findtext("source") or "",
            "".join(msg.find("translation").itertext()),
        )
        for context in ET.parse(ts).getroot().iter("context")
        for msg in context.iter("message")
    ]


def test_qt_catalogue_is_complete_and_compiled(tmp_path: Path) -> None:
    untranslated = [f"{c}: {s!r}" for c, s, t in _messages(QT_TS) if not t.strip()]
    assert not untranslated, "\n".join(untranslated)
    out = tmp_path / "qtbase_id.qm"
    subprocess.run([tool("lrelease"), str(QT_TS), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == QT_QM.read_bytes(), "recompile: see docs/translating.md"


def test_qt_catalogue_matches_the_installed_qt() -> None:
    """Every source text is one this Qt asks for (a Qt upgrade that renames one shows here)."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    german = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not german.load("qtbase_de", folder):
        pytest.skip("Qt's German catalogue is not installed to compare with")
    unknown = [f"{c}: {s!r}" for c, s, _ in _messages(QT_TS) if not german.translate(c, s)]
    assert not unknown, "not in this Qt's qtbase (see docs/translating.md):\n" + "\n".join(unknown)


def test_standard_buttons_speak_indonesian(app, qtbot, indonesian) -> None:
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Question,
        "t",
        "Ganti berkas?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        app.window,
    )
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Yes).text() == "&Ya"
    assert box.button(QMessageBox.StandardButton.No).text() == "&Tidak"
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Save
        | QDialogButtonBox.StandardButton.Close
    )
    qtbot.addWidget(buttons)
    texts = {b.text().replace("&", "") for b in buttons.buttons()}
    assert texts == {"OK", "Batal", "Simpan", "Tutup"}


def test_the_file_dialog_speaks_indonesian(app, qtbot, indonesian, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QFileDialog, QLabel, QToolButton

    (tmp_path / "kelompok-3.jakres").write_bytes(b"x")
    dialog = QFileDialog(app.window, "Buka", str(tmp_path), "Berkas lokakarya (*.jakres)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {w.text() for w in dialog.findChildren(QLabel)}
    assert {"&Lihat di:", "&Nama berkas:", "&Jenis berkas:"} <= labels
    tips = {w.toolTip() for w in dialog.findChildren(QToolButton)}
    assert {
        "Kembali",
        "Maju",
        "Folder Induk",
        "Buat Folder Baru",
        "Tampilan Daftar",
        "Tampilan Rinci",
    } <= tips
    model = dialog.findChild(QFileSystemModel)
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert heads == ["Nama", "Ukuran", "Jenis", "Tanggal Diubah"]
    open_button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Open)
    assert open_button.text() == "&Buka"
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Batal"


def test_the_text_context_menus_speak_indonesian(app, qtbot, indonesian) -> None:
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

    field = QLineEdit("Kampung Iklim")
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    words = [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    assert words == ["&Batalkan", "&Ulangi", "Po&tong", "&Salin", "T&empel", "Hapus", "Pilih Semua"]
    notes = QPlainTextEdit("Catatan")
    qtbot.addWidget(notes)
    menu = notes.createStandardContextMenu()
    assert "Pilih Semua" in [a.text().split("\t")[0] for a in menu.actions()]


def test_english_leaves_qt_in_english(app, qtbot) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Question,
        "t",
        "x",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Yes).text() == "&Yes"
