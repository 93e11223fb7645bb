"""core/services/sql_reads.py gives what the ORM services give: the same records, in order.

The report reads through a bare sqlite3 connection (no SQLAlchemy); the GUI and
every other command through the ORM services. Both must see the same workshop.
Records are compared by value and by repr, so a 0/1 where the ORM gives
False/True (equal in Python) is caught too.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from jakres_desk.base.errors import NotFound
from jakres_desk.core.demo import build_demo
from jakres_desk.core.merge import duplicates as dedupe
from jakres_desk.core.services import (
    categories,
    elements,
    framework,
    groups,
    participants,
    programs,
    sql_reads,
    votes,
    workshops,
)
from jakres_desk.store.db import JakresFile, open_file
from jakres_desk.store.glance import glance
from tests.conftest import DEVICE


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.jakres"
    build_demo(path, device_id=DEVICE).close()
    return path


def _odd(f: JakresFile) -> None:
    """Edge cases: unicode and spacing, no group or kind, deletions, a link, a tag, a flag."""
    g = groups.add_group(f, name="  Kelompok Ümbul  Ñ ", facilitator="Ağa")
    loose = groups.add_group(f, name="Tanpa fokus")
    groups.set_criteria_locked(f, group_id=g.id, locked=True)
    participants.add_participant(f, name="Zoë  Ō", group_id=g.id, present=True, walk_in=True)
    participants.add_participant(f, name="ani", group_id=None)  # no group, no kind
    gone = participants.add_participant(f, name="Budi", group_id=loose.id, present=True)
    participants.remove_participant(f, gone.id)
    a = programs.add_room_program(f, group_id=g.id, title="Bank Sampah 🌱", agency="DLH")
    b = programs.add_room_program(f, group_id=loose.id, title="Bank sampah", agency="")
    c = programs.add_room_program(f, group_id=loose.id, title="Dihapus", agency="X")
    programs.remove_candidate(f, c.id)
    dedupe.link(f, a=a.program_id, b=b.program_id, note="sama")
    made = categories.add_category_set(f, name="Pilar ü", name_en="Pillars")
    cat = categories.add_category(f, set_id=made.id, code="A", label="Satu")
    categories.tag(f, program_ids=[a.program_id, b.program_id], category_id=cat.id)
    e = elements.add_element(f, group_id=g.id, custom_title="Sendiri ⚑")
    elements.add_target(f, element_id=e.id, statement="Target ✓")


@pytest.fixture(scope="module")
def files(demo: Path, tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The demo; the demo with the edge cases; a fresh workshop; one with nothing but itself."""
    folder = tmp_path_factory.mktemp("reads")
    odd = Path(shutil.copy(demo, folder / "odd.jakres"))
    with open_file(odd, device_id=DEVICE) as f:
        _odd(f)
    fresh = folder / "fresh.jakres"
    workshops.create_workshop(
        fresh, device_id=DEVICE, title="Lokakarya", date="2024-02-29", preset="jakarta-2018"
    ).close()
    bare = folder / "bare.jakres"
    with workshops.create_workshop(
        bare, device_id=DEVICE, title="Kosong", date="2024-01-02", preset="jakarta-2018"
    ) as f, f.write() as s:  # fmt: skip
        for table in ("breakout_group", "participant", "focus_area", "category_set"):
            s.connection().exec_driver_sql(f"DELETE FROM {table}")
    return [demo, odd, fresh, bare]


def _same(new: Any, old: Any) -> None:
    assert new == old
    assert repr(new) == repr(old)


# (what the ORM services say, what sql_reads says), each of an open file / a connection.
PAIRS: dict[str, tuple[Callable[[JakresFile], Any], Callable[[Any], Any]]] = {
    "workshop": (workshops.get_workshop, sql_reads.workshop),
    "groups": (groups.list_groups, sql_reads.groups),
    "focus_areas": (workshops.focus_areas, sql_reads.focus_areas),
    "participants": (participants.list_participants, sql_reads.participants),
    "kinds": (participants.stakeholder_kinds, sql_reads.stakeholder_kinds),
    "category_sets": (categories.list_category_sets, sql_reads.category_sets),
    "program_categories": (categories.program_categories, sql_reads.program_categories),
    "links": (
        lambda f: [(k.program_a, k.program_b) for k in dedupe.list_links(f)],
        sql_reads.link_pairs,
    ),
    "dimensions_id": (
        lambda f: framework.dimensions(f, "id"),
        lambda con: sql_reads.dimensions(con, "id"),
    ),
    "dimensions_en": (
        lambda f: framework.dimensions(f, "en"),
        lambda con: sql_reads.dimensions(con, "en"),
    ),
}


@pytest.mark.parametrize("what", list(PAIRS))
def test_each_read_gives_the_services_records(files: list[Path], what: str) -> None:
    orm, bare = PAIRS[what]
    for path in files:
        with open_file(path, device_id=DEVICE) as f:
            old = orm(f)
        with glance(path, device_id=DEVICE) as con:
            new = bare(con)
        _same(new, old)


def test_the_criteria_translations_are_the_services(files: list[Path]) -> None:
    for path in files:
        with open_file(path, device_id=DEVICE) as f, f.read() as s:
            old = framework.criterion_translations(s)
        with glance(path, device_id=DEVICE) as con:
            _same(sql_reads.criterion_translations(con), old)


@pytest.mark.parametrize(
    "name", ["Kelompok 1", "  kelompok   2 ", "3", "kelompok ümbul ñ", "9", "nope", ""]
)
def test_a_group_is_found_as_the_services_find_it(files: list[Path], name: str) -> None:
    path = files[1]
    with open_file(path, device_id=DEVICE) as f:
        try:
            old: object = groups.find_group(f, name)
        except NotFound as exc:
            old = exc.message()
    with glance(path, device_id=DEVICE) as con:
        try:
            new: object = sql_reads.find_group(con, name)
        except NotFound as exc:
            new = exc.message()
    _same(new, old)


def test_no_workshop_is_said_as_the_services_say_it(files: list[Path], tmp_path: Path) -> None:
    path = Path(shutil.copy(files[2], tmp_path / "none.jakres"))
    with open_file(path, device_id=DEVICE) as f, f.write() as s:
        s.connection().exec_driver_sql("PRAGMA foreign_keys=OFF")
        s.connection().exec_driver_sql("DELETE FROM workshop")
    with open_file(path, device_id=DEVICE) as f, pytest.raises(NotFound) as old:
        workshops.get_workshop(f)
    with glance(path, device_id=DEVICE) as con, pytest.raises(NotFound) as new:
        sql_reads.workshop(con)
    assert new.value.message() == old.value.message()


def test_the_tallies_of_the_edge_cases_are_the_services(files: list[Path]) -> None:
    from jakres_desk.core.services import glance as light

    for path in files:
        with open_file(path, device_id=DEVICE) as f, f.read() as s:
            old = votes.tallies_by_group(s)
        with glance(path, device_id=DEVICE) as con:
            new = light.tallies_by_group(con)
        assert {g: sorted(t, key=repr) for g, t in new.items()} == {
            g: sorted(t, key=repr) for g, t in old.items()
        }
