"""An unexpected error in the GUI is logged with its traceback and told in words."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from jakres_desk.core import applog
from jakres_desk.ui import crash


def test_an_unexpected_error_is_logged_and_explained(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    applog.teardown()
    applog.setup()
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _w, title, text: told.append((title, text)))
    try:
        raise KeyError("no such candidate")
    except KeyError:
        crash.report(*sys.exc_info())
    applog.teardown()
    log = applog.log_path().read_text(encoding="utf-8")
    assert "ERROR jakres_desk.ui: unexpected error" in log
    assert "Traceback" in log and "KeyError: 'no such candidate'" in log
    assert len(told) == 1
    title, text = told[0]
    assert title == "Something went wrong"
    assert "saved" in text and str(applog.log_path()) in text


def test_run_installs_the_hook(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    crash.install()
    assert sys.excepthook is crash.report
