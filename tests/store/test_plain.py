"""store/plain.py: a master opened without the ORM keeps what a merge committed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from jakres_desk.base.errors import FileProblem
from jakres_desk.core.merge import run
from jakres_desk.store.db import JakresFile
from jakres_desk.store.plain import open_plain, reading
from tests.conftest import DEVICE
from tests.core.merging import LAPTOP_1, hand_in, laptop, set_up_master, write_kit


def _kit(master: JakresFile, tmp_path: Path) -> Path:
    set_up_master(master)
    path = write_kit(master, 1, tmp_path / "kit-1.jakres")
    with laptop(path, LAPTOP_1) as f:
        return hand_in(f, tmp_path / "kelompok-1.jakres")


def _log_lines(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return int(con.execute("SELECT count(*) FROM import_log").fetchone()[0])
    finally:
        con.close()


def test_a_master_renamed_while_open_keeps_the_merge(workshop: JakresFile, tmp_path: Path) -> None:
    handed = _kit(workshop, tmp_path)
    workshop.close()
    old = workshop.path
    plain = open_plain(old, device_id=DEVICE)
    [line] = run.merge_files(plain, [handed])
    assert line.status != "refused" and Path(f"{old}-wal").stat().st_size > 0
    new = tmp_path / "renamed.jakres"
    old.rename(new)
    plain.close()
    assert _log_lines(new) == 1
    assert not Path(f"{old}-wal").exists() and not Path(f"{old}-shm").exists()
    with pytest.raises(FileProblem) as info:
        plain.check_writable()
    assert info.value.key == "file_moved"


def test_a_closed_master_leaves_no_wal(workshop: JakresFile, tmp_path: Path) -> None:
    handed = _kit(workshop, tmp_path)
    workshop.close()
    with open_plain(workshop.path, device_id=DEVICE) as plain:
        run.merge_files(plain, [handed, handed])
        with reading(plain) as con:
            assert con.execute("SELECT count(*) FROM import_log").fetchone()[0] == 2
    assert not Path(f"{workshop.path}-wal").exists()
    assert _log_lines(workshop.path) == 2
