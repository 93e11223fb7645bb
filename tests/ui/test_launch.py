"""`jakres-desk` with no arguments (or `gui FILE`) opens the main window on a file."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from jakres_desk.cli import main


def test_gui_command_opens_the_file(workshop, qapp) -> None:
    seen = {}

    def look() -> None:
        seen["windows"] = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        seen["titles"] = [w.windowTitle() for w in seen["windows"]]
        qapp.exit(0)

    QTimer.singleShot(200, look)
    assert main(["gui", str(workshop.path)]) == 0
    # exit() and closing only after exec(): quit() closes the windows inside exec(), which
    # queues a second quit that, run later, makes the next tests' event loops return at once.
    for w in seen["windows"]:
        w.close()
    assert any(t.startswith("w.jakres") for t in seen["titles"])


def test_no_screen_writes_the_summary_pdf(workshop, monkeypatch, capsys, tmp_path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert main(["gui", str(workshop.path)]) == 0
    out, err = capsys.readouterr()
    assert "no screen" in err and "Kelompok 3" in out
    assert (tmp_path / "w-summary.pdf").read_bytes().startswith(b"%PDF")
