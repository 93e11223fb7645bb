"""A disk that fills during a session: the vote says so, every committed vote stays.

The disk is a real one: a small tmpfs mounted for the test (root only; skipped
elsewhere), filled up with a filler file while the workshop is open.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from jakres_desk.base.errors import FileProblem
from jakres_desk.cli import main
from jakres_desk.core.services.votes import set_dots
from jakres_desk.store.db import open_file
from tests.conftest import DEVICE
from tests.faults import fill_up, small_disk


def _votes(path: Path) -> list[tuple[str, str, int]]:
    con = sqlite3.connect(path)
    try:
        rows = con.execute(
            "SELECT candidate_id, participant_id, count FROM dot_vote WHERE count > 0 "
            "ORDER BY id LIMIT 20"
        ).fetchall()
    finally:
        con.close()
    return [(str(c), str(p), int(n)) for c, p, n in rows]


def test_a_vote_on_a_full_disk_says_so_and_keeps_the_committed_ones(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", 4 * 1024) as disk:
        path = disk / "demo.jakres"
        assert main(["demo", str(path)]) == 0
        votes = _votes(path)
        f = open_file(path, device_id=DEVICE)
        try:
            for candidate, person, _ in votes[:10]:
                set_dots(f, candidate_id=candidate, participant_id=person, count=0)
            fill_up(disk)
            candidate, person, _ = votes[10]
            with pytest.raises(FileProblem) as exc:
                for _ in range(50):  # the WAL may still hold a few free pages
                    set_dots(f, candidate_id=candidate, participant_id=person, count=0)
                    set_dots(f, candidate_id=candidate, participant_id=person, count=1)
            assert exc.value.key == "disk_full_write"
            assert "the disk is full" in exc.value.message("en")
            assert "disk penuh" in exc.value.message("id")
        finally:
            f.close()
            (disk / "filler.bin").unlink()
        con = sqlite3.connect(path)
        try:
            assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            for candidate, person, _ in votes[:10]:
                row = con.execute(
                    "SELECT count FROM dot_vote WHERE candidate_id = ? AND participant_id = ?",
                    (candidate, person),
                ).fetchone()
                assert row == (0,)
        finally:
            con.close()
