"""Hostile group files are refused in one line with the master untouched, or merged correctly.

A small corpus (60 files) from tests/harness/hostile.py; the full size runs from
bench/hostile.py. Commands (`info`, `report`, `export`, `load`) run after the
first merged file of each category (all of them in the bench).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.harness import hostile, hostile_run
from tests.harness.hostile import Case

SEED = 20180926
# Categories whose files a defect still lets through (none since issue 10 was fixed).
KNOWN: dict[str, str] = {}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, hostile.Material, list[Case]]:
    folder = tmp_path_factory.mktemp("hostile")
    material, cases = hostile.make_corpus(folder, files=60, seed=SEED, big=False)
    return folder, material, cases


@pytest.fixture(scope="module")
def tally(corpus: tuple[Path, hostile.Material, list[Case]]) -> Iterator[hostile_run.Tally]:
    folder, material, cases = corpus
    first: dict[str, str] = {}

    def commands(case: Case) -> bool:
        # Huge text makes the report take minutes (defect 3): measured in the bench only.
        if case.category == "huge-text":
            return False
        return first.setdefault(case.category, case.name) == case.name

    yield hostile_run.run_corpus(material.master, cases, folder / "work", commands=commands)


def test_the_master_copy_is_judged_on_sound_ground(
    corpus: tuple[Path, hostile.Material, list[Case]], tmp_path: Path
) -> None:
    master = hostile_run.sha256(corpus[1].master)
    material = hostile.Material(*(tmp_path / p.name for p in corpus[1].__dict__.values()))
    shutil.copyfile(corpus[1].master, material.master)
    assert hostile_run.sha256(material.master) == master
    assert hostile_run.value_problems(material.master) == []
    before = hostile_run.sha256(material.master)
    from jakres_desk.store.db import open_file

    with open_file(material.master, device_id=hostile.DEVICE):
        pass
    assert hostile_run.sha256(material.master) == before  # opening and closing writes nothing


def test_every_file_was_tried_and_none_hung(tally: hostile_run.Tally) -> None:
    assert tally.tried == 60
    assert tally.hangs == 0 and tally.crashes == 0, [
        (v.name, v.problems) for v in tally.verdicts if v.outcome in ("hang", "crash")
    ]
    assert tally.refused > 0 and tally.merged > 0


@pytest.mark.parametrize(
    "category",
    [
        pytest.param(
            c, marks=pytest.mark.xfail(strict=True, raises=AssertionError, reason=KNOWN[c])
        )
        if c in KNOWN
        else c
        for c in hostile.CATEGORIES
        if c != "million-rows"
    ],
)
def test_each_hostile_file_is_refused_cleanly_or_merged_correctly(
    tally: hostile_run.Tally, category: str
) -> None:
    mine = [v for v in tally.verdicts if v.category == category]
    assert mine
    failed = [
        (v.name, v.how, v.problems[:3])
        for v in mine
        if v.problems or v.outcome != "merged" and v.outcome != "refused"
    ]
    assert not failed
