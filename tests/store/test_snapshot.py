"""Snapshots: a checked copy of the last committed state, or nothing at all."""

from __future__ import annotations

import errno
import hashlib
import sqlite3
import struct
import sys
from pathlib import Path

import pytest

from jakres_desk.base.errors import FileProblem
from jakres_desk.core.services import groups, participants, workshops
from jakres_desk.store import snapshot
from jakres_desk.store.db import JakresFile, open_file
from jakres_desk.store.models import Participant
from jakres_desk.store.probe import APPLICATION_ID
from jakres_desk.store.snapshot import write_snapshot
from jakres_desk.store.stamps import new_id
from tests.conftest import DEVICE


def names_in(path: Path) -> list[str]:
    """Participant names in a .jakres file, as the app reads them."""
    with open_file(path, device_id=DEVICE) as f:
        return sorted(p.name for p in participants.list_participants(f))


def add_person(f: JakresFile, name: str) -> None:
    participants.add_participant(f, name=name, group_id=groups.list_groups(f)[0].id)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for what the snapshot writes."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_snapshot_is_a_checked_self_contained_jakres(workshop: JakresFile, out: Path) -> None:
    add_person(workshop, "Ani Rahmawati")
    info = write_snapshot(workshop, out / "copy.jakres")
    assert info.path == out / "copy.jakres"
    assert sorted(p.name for p in out.iterdir()) == ["copy.jakres"]  # no -wal, -shm, temp
    data = info.path.read_bytes()
    assert info.size == len(data)
    assert info.sha256 == hashlib.sha256(data).hexdigest()
    assert info.counts["participant"] == 1 and info.counts["breakout_group"] == 5
    assert "alembic_version" not in info.counts
    header = data[:100]
    assert struct.unpack(">I", header[68:72])[0] == APPLICATION_ID
    assert header[18:20] == b"\x01\x01"  # rollback journal, not WAL: one file to hand over
    with sqlite3.connect(info.path) as con:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    assert names_in(info.path) == ["Ani Rahmawati"]


def test_snapshot_has_what_sits_only_in_the_wal(workshop: JakresFile, out: Path) -> None:
    add_person(workshop, "Budi Santoso")
    wal = workshop.path.with_name(workshop.path.name + "-wal")
    # Not checkpointed yet: the new participant is in the WAL, not in the main file
    # (a plain copy of the main file would lose it)...
    assert b"Budi Santoso" in wal.read_bytes()
    assert b"Budi Santoso" not in workshop.path.read_bytes()
    # ...and the snapshot has it all the same.
    info = write_snapshot(workshop, out / "copy.jakres")
    assert names_in(info.path) == ["Budi Santoso"]


def test_snapshot_takes_commits_not_open_transactions(workshop: JakresFile, out: Path) -> None:
    ws_id = workshops.get_workshop(workshop).id
    with open_file(workshop.path, device_id=DEVICE) as other:
        add_person(other, "Committed Just Before")
        with other.write() as s:
            s.add(Participant(id=new_id(), workshop_id=ws_id, name="Still Writing"))
            s.flush()
            during = write_snapshot(workshop, out / "during.jakres")
        after = write_snapshot(workshop, out / "after.jakres")
    assert names_in(during.path) == ["Committed Just Before"]
    assert names_in(after.path) == ["Committed Just Before", "Still Writing"]


def test_existing_destination_is_refused_and_left_alone(workshop: JakresFile, out: Path) -> None:
    dest = out / "copy.jakres"
    dest.write_bytes(b"the facilitator's own notes")
    with pytest.raises(FileProblem) as e:
        write_snapshot(workshop, dest)
    assert e.value.key == "file_exists" and str(dest) in str(e.value)
    assert dest.read_bytes() == b"the facilitator's own notes"
    assert sorted(p.name for p in out.iterdir()) == ["copy.jakres"]


def test_overwrite_replaces_but_never_the_open_file(workshop: JakresFile, out: Path) -> None:
    dest = out / "copy.jakres"
    write_snapshot(workshop, dest)
    add_person(workshop, "Citra Dewi")
    info = write_snapshot(workshop, dest, overwrite=True)
    assert names_in(info.path) == ["Citra Dewi"]
    with pytest.raises(FileProblem) as e:
        write_snapshot(workshop, workshop.path, overwrite=True)
    assert e.value.key == "snapshot_onto_open"
    assert [p.name for p in participants.list_participants(workshop)] == ["Citra Dewi"]


def test_missing_folder_is_named(workshop: JakresFile, tmp_path: Path) -> None:
    folder = tmp_path / "no-such-folder"
    with pytest.raises(FileProblem) as e:
        write_snapshot(workshop, folder / "copy.jakres")
    assert e.value.key == "folder_missing"
    assert str(e.value) == f"{folder}: folder does not exist"
    assert not folder.exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs /proc")
def test_unwritable_folder_is_named(workshop: JakresFile) -> None:
    # Nobody, not even root, can create a file in /proc.
    with pytest.raises(FileProblem) as e:
        write_snapshot(workshop, Path("/proc/copy.jakres"))
    assert e.value.key == "folder_cannot_write"
    assert str(e.value).startswith("/proc: cannot write into this folder")


def test_failed_check_leaves_nothing(
    workshop: JakresFile, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(path: Path) -> None:
        raise FileProblem("snapshot_failed", where=str(path), detail="integrity_check said no")

    monkeypatch.setattr(snapshot, "check_snapshot", refuse)
    with pytest.raises(FileProblem) as e:
        write_snapshot(workshop, out / "copy.jakres")
    assert e.value.key == "snapshot_failed"
    assert "the destination was not changed" in str(e.value)
    assert list(out.iterdir()) == []


def test_failing_transform_leaves_nothing_and_the_source_intact(
    workshop: JakresFile, out: Path
) -> None:
    add_person(workshop, "Dewi Lestari")

    def cut_then_fail(con: sqlite3.Connection) -> None:
        con.execute("DELETE FROM participant")
        raise RuntimeError("transform broke")

    with pytest.raises(RuntimeError):
        write_snapshot(workshop, out / "copy.jakres", transform=cut_then_fail)
    assert list(out.iterdir()) == []
    assert [p.name for p in participants.list_participants(workshop)] == ["Dewi Lestari"]


def test_transform_cuts_the_copy_for_good(workshop: JakresFile, out: Path) -> None:
    add_person(workshop, "Eko Prasetyo Rahasia")

    def cut(con: sqlite3.Connection) -> None:
        con.execute("DELETE FROM participant")

    info = write_snapshot(workshop, out / "copy.jakres", transform=cut)
    assert info.counts["participant"] == 0
    assert b"Eko Prasetyo Rahasia" not in info.path.read_bytes()  # gone, not just unlinked
    assert sorted(p.name for p in out.iterdir()) == ["copy.jakres"]
    assert [p.name for p in participants.list_participants(workshop)] == ["Eko Prasetyo Rahasia"]


def test_full_disk_is_a_clear_problem(
    workshop: JakresFile, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_space(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(snapshot.os, "fsync", no_space)
    with pytest.raises(FileProblem) as e:
        write_snapshot(workshop, out / "copy.jakres")
    assert e.value.key == "disk_full"
    assert "the disk is full" in str(e.value)
    assert list(out.iterdir()) == []
