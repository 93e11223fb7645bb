"""A file that cannot be written is opened read-only: it reads, refuses writes, leaves no trace."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from jakres_desk.base.errors import FileProblem
from jakres_desk.core.services import participants, summary
from jakres_desk.core.services.groups import list_groups
from jakres_desk.store.db import JakresFile, open_file
from tests.conftest import DEVICE
from tests.faults import read_only_mount


def _closed_copy(workshop: JakresFile, folder: Path) -> Path:
    group = list_groups(workshop)[0]
    participants.add_participant(workshop, group_id=group.id, name="Siti Rahma")
    workshop.close()  # checkpointed: no -wal beside the copy
    folder.mkdir()
    return Path(shutil.copy(workshop.path, folder / "w.jakres"))


def _beside(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


def test_opened_read_only_reads_and_refuses_every_write(
    workshop: JakresFile, tmp_path: Path
) -> None:
    path = _closed_copy(workshop, tmp_path / "ro")
    before = path.read_bytes()
    with open_file(path, device_id=DEVICE, read_only=True) as f:
        assert f.read_only
        assert summary.describe(f)["groups"][0]["participants"] == 1
        group = list_groups(f)[0]
        with pytest.raises(FileProblem) as exc:
            participants.add_participant(f, group_id=group.id, name="Budi")
        assert exc.value.key == "read_only_asked"
        assert "read-only" in exc.value.message("en")
        assert "hanya-baca" in exc.value.message("id")
        assert _beside(path) == ["w.jakres"]  # no -wal, no -shm, while open
    assert _beside(path) == ["w.jakres"]
    assert path.read_bytes() == before


def test_a_read_only_disk_is_detected_on_open(workshop: JakresFile, tmp_path: Path) -> None:
    path = _closed_copy(workshop, tmp_path / "stick")
    with read_only_mount(path.parent):
        with open_file(path, device_id=DEVICE) as f:
            assert f.read_only_reason == "read_only_disk"
            assert summary.describe(f)["groups"][0]["participants"] == 1
            with pytest.raises(FileProblem, match="the disk cannot be written"):
                participants.add_participant(f, group_id=list_groups(f)[0].id, name="Budi")
        assert _beside(path) == ["w.jakres"]


def test_a_writable_file_opens_for_writing(workshop: JakresFile) -> None:
    workshop.close()
    with open_file(workshop.path, device_id=DEVICE) as f:
        assert not f.read_only
