"""The app's log file: written under the platformdirs log folder, never a reason to stop."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from jakres_desk.cli import main
from jakres_desk.core import applog


@pytest.fixture
def state_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    applog.teardown()
    yield tmp_path / "state"
    applog.teardown()


def test_records_go_to_one_file_in_the_log_folder(state_home: Path) -> None:
    path = applog.setup()
    assert path == state_home / "jakres-desk" / "log" / "jakres-desk.log"
    assert applog.setup() == path  # once: a second call adds no second handler
    logging.getLogger("jakres_desk.merge").info("merged kelompok-3.jakres: 12 added")
    text = path.read_text(encoding="utf-8")
    assert text.count("merged kelompok-3.jakres: 12 added") == 1
    assert " INFO jakres_desk.merge: " in text


def test_a_folder_that_cannot_be_written_means_no_log_and_no_error(
    state_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    state_home.parent.mkdir(parents=True, exist_ok=True)
    state_home.write_text("a file where the folder should be")
    assert applog.setup() is None
    logging.getLogger("jakres_desk.cli").warning("still fine")
    assert capsys.readouterr().err == ""


def test_a_disk_that_fails_later_prints_no_traceback(
    state_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = applog.setup()
    assert path is not None
    handler = next(
        h for h in logging.getLogger("jakres_desk").handlers if isinstance(h, RotatingFileHandler)
    )
    handler.stream.close()  # what a pulled USB disk or a full disk looks like to logging
    logging.getLogger("jakres_desk").warning("lost, quietly")
    assert "Traceback" not in capsys.readouterr().err


def test_a_refused_command_is_logged_with_its_reason(state_home: Path, tmp_path: Path) -> None:
    bad = tmp_path / "notes.jakres"
    bad.write_text("not a workshop")
    assert main(["info", str(bad)]) == 1
    text = applog.log_path().read_text(encoding="utf-8")
    assert f"info info {bad}" in text
    assert "info refused:" in text and "notes.jakres" in text
    assert os.environ["XDG_STATE_HOME"] in str(applog.log_path())


def test_a_written_kit_is_logged_with_its_checksum(state_home: Path, tmp_path: Path) -> None:
    src = tmp_path / "w.jakres"
    assert main(["new", str(src), "--title", "T", "--date", "2018-09-26"]) == 0
    assert main(["kit", str(src), "--group", "Kelompok 2", "-o", str(tmp_path / "k2.jakres")]) == 0
    text = applog.log_path().read_text(encoding="utf-8")
    assert f"wrote {tmp_path / 'k2.jakres'} from {src}" in text and "sha256 " in text


def test_merged_and_refused_files_are_logged(state_home: Path, tmp_path: Path) -> None:
    master, kit, bad = tmp_path / "m.jakres", tmp_path / "k3.jakres", tmp_path / "notes.jakres"
    assert main(["new", str(master), "--title", "T", "--date", "2018-09-26"]) == 0
    assert main(["kit", str(master), "--group", "Kelompok 3", "-o", str(kit)]) == 0
    bad.write_text("not a workshop")
    assert main(["merge", str(master), str(kit), str(bad)]) == 1
    text = applog.log_path().read_text(encoding="utf-8")
    assert f"merged {kit} (sha256 " in text and f"into {master} as Kelompok 3" in text
    assert f"refused {bad} for {master}: " in text
