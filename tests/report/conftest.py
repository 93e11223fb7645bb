"""Fixtures of the report tests: the demo workshop, and reading a PDF back as a reader would."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from jakres_desk.core.demo import build_demo
from jakres_desk.store.db import JakresFile

DEVICE = os.environ["JAKRES_DEVICE_ID"]


@pytest.fixture(scope="session")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo workshop, built once for every read-only report test."""
    path = tmp_path_factory.mktemp("report-demo") / "demo.jakres"
    build_demo(path, device_id=DEVICE).close()
    return path


@pytest.fixture
def demo(demo_path: Path) -> Iterator[JakresFile]:
    """The demo workshop, open (read only by the tests that use it)."""
    from jakres_desk.store.db import open_file

    with open_file(demo_path, device_id=DEVICE) as f:
        yield f


def link_and_categorise(f: JakresFile) -> list[tuple[str, ...]]:
    """Make the demo a consolidated workshop: linked programs and the pillars given.

    Links, across groups, the first priority program of Kelompok 1 with the
    first of Kelompok 2 and that with the first of Kelompok 3 (one family of
    three), and Kelompok 4's first with Kelompok 5's (a family of two); tags
    every program of Kelompok 2 SIAP, of Kelompok 3 SEHAT, of Kelompok 4
    TERHUBUNG. Returns the families' program ids.
    """
    from jakres_desk.core.merge import duplicates as dedupe
    from jakres_desk.core.services import categories, groups, programs

    first = {}
    taken: dict[str, list[str]] = {}
    for g in groups.list_groups(f):
        cands = programs.list_candidates(f, g.id)
        taken[g.name] = [c.program_id for c in cands]
        first[g.name] = next(c.program_id for c in cands if c.is_priority)
    dedupe.link(f, a=first["Kelompok 1"], b=first["Kelompok 2"], note="sama")
    dedupe.link(f, a=first["Kelompok 2"], b=first["Kelompok 3"], note="sama")
    dedupe.link(f, a=first["Kelompok 4"], b=first["Kelompok 5"], note="sama")
    [pillars] = [s for s in categories.list_category_sets(f) if s.key == "jakarta-pillars"]
    code = {c.code: c.id for c in pillars.categories}
    for name, pillar in (
        ("Kelompok 2", "SIAP"),
        ("Kelompok 3", "SEHAT"),
        ("Kelompok 4", "TERHUBUNG"),
    ):
        categories.tag(f, program_ids=taken[name], category_id=code[pillar])
    return [
        (first["Kelompok 1"], first["Kelompok 2"], first["Kelompok 3"]),
        (first["Kelompok 4"], first["Kelompok 5"]),
    ]


@pytest.fixture(scope="session")
def linked_path(demo_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo consolidated: programs linked across groups and given pillars."""
    import shutil

    from jakres_desk.store.db import open_file

    path = tmp_path_factory.mktemp("report-linked") / "linked.jakres"
    shutil.copy(demo_path, path)
    with open_file(path, device_id=DEVICE) as f:
        link_and_categorise(f)
    return path


@pytest.fixture
def linked(linked_path: Path) -> Iterator[JakresFile]:
    """The consolidated demo, open (read only by the tests that use it)."""
    from jakres_desk.store.db import open_file

    with open_file(linked_path, device_id=DEVICE) as f:
        yield f
