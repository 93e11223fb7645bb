"""A folder of files written as one set (the CSV export): whole old or whole new, never mixed."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from jakres_desk.base.errors import FileProblem
from jakres_desk.store import atomic
from jakres_desk.store.atomic import SET_MARK, write_folder_atomic

OLD = {"a.csv": b"old a", "b.csv": b"old b", "c.csv": b"old c"}
NEW = {"a.csv": b"new a", "b.csv": b"new b", "c.csv": b"new c"}


def contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.name != SET_MARK}


def killed_in_child(action: Callable[[], object]) -> None:
    """Run `action` in a forked child that dies (no cleanup, as under SIGKILL) where it is told."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            action()
        finally:
            os._exit(3)  # it was meant to die before getting here
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 9, "the child was not killed where planned"


def die_on(module: object, name: str, nth: int) -> None:
    """In the child: the nth call of module.name ends the process at once."""
    real = getattr(module, name)
    calls = 0

    def dying(*args: object, **kwargs: object) -> object:
        nonlocal calls
        calls += 1
        if calls == nth:
            os._exit(9)
        return real(*args, **kwargs)

    setattr(module, name, dying)


def test_the_set_is_written_and_replaced_whole(tmp_path: Path) -> None:
    target = tmp_path / "hasil-csv"
    paths = write_folder_atomic(target, OLD, mark="{}")
    assert [p.name for p in paths] == list(OLD) and contents(target) == OLD
    write_folder_atomic(target, NEW, mark="{}")
    assert contents(target) == NEW
    assert [p.name for p in tmp_path.iterdir()] == ["hasil-csv"]  # no temp folder left


def test_a_folder_jakres_desk_did_not_write_is_refused_untouched(tmp_path: Path) -> None:
    target = tmp_path / "hasil-csv"
    target.mkdir()
    (target / "thesis.docx").write_bytes(b"months of work")
    with pytest.raises(FileProblem, match="jakres-desk did not write") as caught:
        write_folder_atomic(target, NEW, mark="{}")
    assert str(target) in caught.value.message()
    assert [p.name for p in target.iterdir()] == ["thesis.docx"]
    assert [p.name for p in tmp_path.iterdir()] == ["hasil-csv"]


def test_an_empty_folder_of_that_name_is_used(tmp_path: Path) -> None:
    target = tmp_path / "hasil-csv"
    target.mkdir()
    write_folder_atomic(target, NEW, mark="{}")
    assert contents(target) == NEW


def test_without_an_atomic_swap_two_renames_still_replace_the_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(atomic, "_exchange", lambda a, b: False)
    target = tmp_path / "hasil-csv"
    write_folder_atomic(target, OLD, mark="{}")
    write_folder_atomic(target, NEW, mark="{}")
    assert contents(target) == NEW
    assert [p.name for p in tmp_path.iterdir()] == ["hasil-csv"]


@pytest.mark.skipif(sys.platform != "linux", reason="forks and kills a child process")
@pytest.mark.parametrize("nth", [1, 2, 3])
def test_a_swap_without_exchange_killed_between_renames_leaves_a_whole_set(
    tmp_path: Path, nth: int
) -> None:
    target = tmp_path / "hasil-csv"
    write_folder_atomic(target, OLD, mark="{}")

    def child() -> None:
        atomic._exchange = lambda a, b: False  # type: ignore[assignment]
        die_on(os, "rename", nth)
        write_folder_atomic(target, NEW, mark="{}")

    killed_in_child(child)
    # nth=1: nothing moved; 2: the old set is aside and no folder at the name; 3: new in place.
    if target.exists():
        assert contents(target) in (OLD, NEW)
    atomic._finish_interrupted_swap(target)  # what the next write does first
    assert contents(target) in (OLD, NEW)
    write_folder_atomic(target, NEW, mark="{}")
    assert contents(target) == NEW
    assert [p.name for p in tmp_path.iterdir()] == ["hasil-csv"]


@pytest.mark.skipif(sys.platform != "linux", reason="forks and kills a child process")
def test_a_kill_after_the_swap_leaves_the_new_set_and_the_old_one_is_cleared_later(
    tmp_path: Path,
) -> None:
    target = tmp_path / "hasil-csv"
    write_folder_atomic(target, OLD, mark="{}")

    def child() -> None:
        die_on(shutil, "rmtree", 1)
        write_folder_atomic(target, NEW, mark="{}")

    killed_in_child(child)
    assert contents(target) == NEW
    write_folder_atomic(target, NEW, mark="{}")
    assert [p.name for p in tmp_path.iterdir()] == ["hasil-csv"]
