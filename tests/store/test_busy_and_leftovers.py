"""A file busy with other work, and what interrupted runs leave behind."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from jakres_desk.base.errors import FileProblem
from jakres_desk.core.services import participants
from jakres_desk.core.services.groups import list_groups
from jakres_desk.core.services.workshops import create_workshop
from jakres_desk.store import atomic, engine
from jakres_desk.store.db import JakresFile, open_file
from tests.conftest import DEVICE


def test_an_edit_while_another_program_writes_says_the_file_is_busy(
    workshop: JakresFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = workshop.path
    workshop.close()
    # SQLite waits busy_timeout ms for the lock first; a short wait keeps the test quick.
    quick = tuple(p if "busy" not in p else "busy_timeout=50" for p in engine.PRAGMAS)
    monkeypatch.setattr(engine, "PRAGMAS", quick)
    with open_file(path, device_id=DEVICE) as f:
        group = list_groups(f)[0].id
        other = sqlite3.connect(path, isolation_level=None)  # a long import elsewhere
        other.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(FileProblem) as exc:
                participants.add_participant(f, group_id=group, name="Budi")
            assert exc.value.key == "file_busy"
            assert "busy" in exc.value.message("en") and "sibuk" in exc.value.message("id")
            with pytest.raises(FileProblem, match="busy"):
                with f.write_sql(("meta",)) as con:  # the votes' path
                    con.execute("INSERT INTO meta (key, value) VALUES ('k', 'v')")
        finally:
            other.execute("ROLLBACK")
            other.close()
        participants.add_participant(f, group_id=group, name="Budi")  # free again


def test_a_new_killed_half_way_leaves_nothing_in_the_way(tmp_path: Path) -> None:
    out = tmp_path / "w.jakres"
    killed = (
        "import os, signal, sys\n"
        "from jakres_desk.core.services.workshops import create_workshop\n"
        "create_workshop(sys.argv[1], device_id='x', title='T', date='2018-09-26',\n"
        "                then=lambda f: os.kill(os.getpid(), signal.SIGKILL))\n"
    )
    done = subprocess.run([sys.executable, "-c", killed, str(out)], capture_output=True)
    assert done.returncode == -9
    assert not out.exists()
    leftovers = [p.name for p in tmp_path.iterdir()]
    assert leftovers and all(".jakres-tmp" in name for name in leftovers)
    create_workshop(out, device_id=DEVICE, title="T", date="2018-09-26").close()
    assert [p.name for p in tmp_path.iterdir()] == ["w.jakres"]  # the leftovers went too


def test_only_leftovers_of_ended_runs_are_removed(tmp_path: Path) -> None:
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True)  # fmt: skip
    dead_pid = int(ended.stdout)
    tag = atomic._host_tag()
    dead = tmp_path / f".r.pdf.{tag}-{dead_pid}-0a1b2c3d{atomic.TEMP_SUFFIX}"
    live = tmp_path / f".r.pdf.{tag}-{os.getppid()}-0a1b2c3d{atomic.TEMP_SUFFIX}"
    other = tmp_path / ".hidden-notes.txt"
    for p in (dead, live, other):
        p.write_bytes(b"x")
    assert atomic.clean_stale(tmp_path) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([live.name, other.name])


def test_the_private_copy_of_a_killed_merge_is_removed_by_the_next(tmp_path, monkeypatch) -> None:
    import tempfile

    from jakres_desk.store import atomic, untrusted

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)
    gone = int(ended.stdout)
    left = tmp_path / f".jakres-incoming.{atomic._host_tag()}-{gone}-0000beef{atomic.TEMP_SUFFIX}"
    left.mkdir()
    (left / "incoming.jakres").write_bytes(b"half a copy")
    with pytest.raises(FileProblem):  # a missing file will do: the cleaning comes first
        with untrusted.received(tmp_path / "missing.jakres"):
            pass
    assert not left.exists()
    assert not [p for p in tmp_path.iterdir() if "jakres-incoming" in p.name]
