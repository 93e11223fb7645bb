"""Killed processes lose nothing committed and leave no half-made output (the crash suite, small).

The full size runs from bench/crash.py; the harness is tests/harness/crash.py.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.harness import crash, session
from tests.harness.forkserver import ForkServer

SEED = 20180926


@pytest.fixture(scope="module")
def server() -> Iterator[ForkServer]:
    with crash.new_server() as fs:
        yield fs


@pytest.fixture(scope="module")
def bench(server: ForkServer, tmp_path_factory: pytest.TempPathFactory) -> crash.Workbench:
    return crash.Workbench(tmp_path_factory.mktemp("commands"), server)


def test_killed_sessions_keep_every_committed_edit(server: ForkServer, tmp_path: Path) -> None:
    result = crash.kill_sessions(tmp_path, kills=20, seed=SEED, server=server)
    assert result.kills == 20
    assert result.edits_checked > 0
    assert result.ok, result


def test_the_check_sees_an_edit_that_is_not_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "w.jakres"
    session.set_up(path, device_id=crash.DEVICE)
    fake = {"person|Budi Santoso": "Kelompok 1"}
    lines = ["ready", f"begin 1 add_participant {json.dumps(fake)}"]
    lines.append(f"committed 1 add_participant {json.dumps(fake)}")
    result = crash.SessionResult()
    crash.check_after_kill(path, {}, lines, result)
    assert result.lost == 1 and "Budi Santoso" in result.losses[0]


def test_a_rule_in_flight_that_chose_no_priority_is_no_loss(tmp_path: Path) -> None:
    """Killed after `apply_rule` committed, before the child said so: whatever count of
    priorities the rule gave (none included) is the file's, not a lost edit."""
    path = tmp_path / "w.jakres"
    session.set_up(path, device_id=crash.DEVICE)
    lines = ["ready", 'begin 1 apply_rule {"priority|Kelompok 2": "?"}']
    result = crash.SessionResult()
    crash.check_after_kill(path, {"priority|Kelompok 2": 6}, lines, result)
    assert result.lost == 0 and result.in_flight_kept == 1


def test_an_edit_in_flight_may_be_there_whole(tmp_path: Path) -> None:
    path = tmp_path / "w.jakres"
    session.set_up(path, device_id=crash.DEVICE)
    from jakres_desk.core.services import groups
    from jakres_desk.store.db import open_file

    with open_file(path, device_id=crash.DEVICE) as f:
        groups.update_group(f, groups.find_group(f, "Kelompok 1").id, notes="Banjir rob")
    lines = ["ready", 'begin 1 update_group {"notes|Kelompok 1": "Banjir rob"}']
    result = crash.SessionResult()
    crash.check_after_kill(path, {}, lines, result)
    assert result.lost == 0 and result.in_flight_kept == 1


@pytest.mark.parametrize("command", ["merge", "kit", "export-json", "export-xlsx", "report"])
def test_a_killed_command_leaves_its_output_old_or_whole(
    bench: crash.Workbench, command: str
) -> None:
    result = crash.kill_command(bench, command, kills=3, seed=SEED)
    assert result.runs == 3
    assert not result.half, result.half
    assert not result.errors, result.errors


def _killed_at(
    bench: crash.Workbench, folder: Path, argv: list[str], where: tuple[str, str, int]
) -> None:
    """Run a command that kills itself on the nth call of module.function."""
    child = bench.run_cli(argv, folder, kill_at=list(where))
    assert child.wait(120)
    if child.lines and child.lines[-1].startswith("exit"):
        raise RuntimeError(f"the command was not killed at {where}: {child.lines}")


def test_new_killed_while_making_its_tables_leaves_no_half_made_file(
    bench: crash.Workbench, tmp_path: Path
) -> None:
    out = tmp_path / "baru.jakres"
    argv = ["new", str(out), "--title", "Lokakarya", "--date", "2018-09-26"]
    _killed_at(bench, tmp_path, argv, ("jakres_desk.store.migrate", "upgrade", 1))
    assert not out.exists() or crash.judge_opens(out) == "new"


def _set(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


@pytest.mark.parametrize("where", [("os", "fsync", 5), ("jakres_desk.store.atomic", "_swap", 1)])
def test_a_csv_export_killed_halfway_leaves_the_whole_old_set(
    bench: crash.Workbench, tmp_path: Path, where: tuple[str, str, int]
) -> None:
    old = tmp_path / "old"
    old.mkdir()
    bench.uncut(["export", str(bench.group_file), "-o", str(old / "hasil.csv")], old)
    shutil.copytree(old / "hasil-csv", tmp_path / "hasil-csv")
    argv = ["export", str(bench.master), "-o", str(tmp_path / "hasil.csv")]
    _killed_at(bench, tmp_path, argv, where)
    assert _set(tmp_path / "hasil-csv") == _set(old / "hasil-csv")
    bench.uncut(argv, tmp_path)  # the next export replaces the set and its leftovers
    assert _set(tmp_path / "hasil-csv") != _set(old / "hasil-csv")
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp left


def test_a_temp_file_left_by_a_killed_export_is_gone_after_the_next(
    bench: crash.Workbench, tmp_path: Path
) -> None:
    out = tmp_path / "hasil.json"
    argv = ["export", str(bench.master), "-o", str(out)]
    _killed_at(bench, tmp_path, argv, ("os", "replace", 1))
    if not list(tmp_path.glob(".hasil.json*")):
        raise RuntimeError("the kill left no temp file to clean up")
    bench.uncut(argv, tmp_path)
    assert not list(tmp_path.glob(".hasil.json*"))
