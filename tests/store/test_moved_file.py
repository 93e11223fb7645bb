"""A file renamed or deleted while open (Linux/macOS): writes are refused, nothing is lost.

SQLite keeps writing through its open descriptors, but its WAL stays under the old
name and is not checkpointed at close, so edits "saved" after a rename were lost
and the stranded WAL later spoilt another file at the old name.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from jakres_desk.base.errors import FileProblem
from jakres_desk.core.services import participants
from jakres_desk.core.services.groups import list_groups
from jakres_desk.core.services.workshops import create_workshop
from jakres_desk.store.db import JakresFile, open_file
from tests.conftest import DEVICE


def _names(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return sorted(str(r[0]) for r in con.execute("SELECT name FROM participant"))
    finally:
        con.close()


def _add(f: JakresFile, name: str) -> None:
    participants.add_participant(f, group_id=list_groups(f)[0].id, name=name)


def _meta(f: JakresFile, key: str) -> None:
    with f.write_sql(("meta",)) as con:
        con.execute("INSERT INTO meta (key, value) VALUES (?, 'x')", (key,))


def test_a_renamed_file_takes_no_more_writes_and_keeps_what_was_saved(
    workshop: JakresFile, tmp_path: Path
) -> None:
    old = workshop.path
    saved = [f"Peserta {i}" for i in range(5)]
    for name in saved:
        _add(workshop, name)
    assert Path(f"{old}-wal").stat().st_size > 0  # the edits sit in the WAL
    new = tmp_path / "renamed.jakres"
    old.rename(new)
    with pytest.raises(FileProblem) as exc:
        _add(workshop, "Sesudah")
    assert exc.value.key == "file_moved"
    assert "renamed" in exc.value.message("en") and "diganti nama" in exc.value.message("id")
    with pytest.raises(FileProblem, match="renamed"):
        _meta(workshop, "after")  # the votes' path, too
    workshop.close()
    assert _names(new) == saved
    assert not Path(f"{old}-wal").exists() and not Path(f"{old}-shm").exists()
    again = create_workshop(old, device_id=DEVICE, title="Baru", date="2019-01-01")
    again.close()
    with open_file(old, device_id=DEVICE) as f:  # not spoilt by a stranded WAL
        assert _names(f.path) == []


def test_a_file_renamed_and_closed_without_a_write_keeps_its_edits(
    workshop: JakresFile, tmp_path: Path
) -> None:
    _add(workshop, "Siti")
    new = tmp_path / "renamed.jakres"
    workshop.path.rename(new)
    workshop.close()
    assert _names(new) == ["Siti"]


def test_a_deleted_file_saves_nothing(workshop: JakresFile) -> None:
    _add(workshop, "Siti")
    workshop.path.unlink()
    with pytest.raises(FileProblem) as exc:
        _add(workshop, "Budi")
    assert exc.value.key == "file_moved"
    assert "deleted" in exc.value.message("en") and "dihapus" in exc.value.message("id")
    with pytest.raises(FileProblem, match="deleted"):
        _meta(workshop, "after")
    workshop.close()
    assert list(workshop.path.parent.iterdir()) == []
