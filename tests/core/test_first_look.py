"""The first screen's records, read without the ORM, are the services' own records."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from jakres_desk.core.demo import build_demo
from jakres_desk.core.services import groups, participants, workshops
from jakres_desk.core.services.first_look import FirstLook, first_look
from jakres_desk.store import migrate
from jakres_desk.store.db import JakresFile, open_file
from jakres_desk.store.probe import probe
from tests.conftest import DEVICE
from tests.core.merging import write_kit

FIXTURE = Path(__file__).parent.parent / "fixtures" / "rev0001.jakres"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.jakres"
    build_demo(path, device_id=DEVICE).close()
    return path


def _through_the_orm(path: Path, group_id: str | None) -> dict[str, object]:
    with open_file(path, device_id=DEVICE) as f:
        meta = workshops.meta(f)
        listed = groups.list_groups(f)
        chosen = meta.get("group_id") or (listed[0].id if listed else None)
        return {
            "workshop": workshops.get_workshop(f),
            "focus_areas": tuple(workshops.focus_areas(f)),
            "groups": tuple(listed),
            "group_id": chosen,
            "kinds": tuple(participants.stakeholder_kinds(f)),
            "roster": tuple(participants.list_participants(f, group_id)) if group_id else (),
            "read_only_reason": f.read_only_reason,
        }


def _alike(path: Path) -> FirstLook:
    look = first_look(path, device_id=DEVICE)
    assert look is not None
    old = _through_the_orm(path, look.group_id)
    new = {k: getattr(look, k) for k in old}
    assert new == old
    # Equal is not enough where 1 == True: the flags are bools, as the ORM gives them.
    for person in look.roster:
        assert type(person.present) is bool and type(person.walk_in) is bool
    assert all(type(g.criteria_locked) is bool for g in look.groups)
    assert type(look.workshop.illustrative) is bool
    return look


def _edited(demo: Path, tmp_path: Path, *sql: str) -> Path:
    path = Path(shutil.copy(demo, tmp_path / "edited.jakres"))
    con = sqlite3.connect(path)
    with con:
        for statement in sql:
            con.execute(statement)
    con.close()
    return path


def test_the_demo_looks_as_the_services_show_it(demo: Path) -> None:
    look = _alike(demo)
    assert look.roster and any(p.present for p in look.roster)
    assert look.group_id == look.groups[0].id


@pytest.mark.parametrize(
    "sql",
    [
        # Names that sort differently by case and accent, a walk-in, no kind, odd text.
        "UPDATE participant SET name = 'ábel', organisation = 'Dinas “Tata” Air\n2'"
        " WHERE id IN (SELECT id FROM participant LIMIT 1)",
        "UPDATE participant SET walk_in = 1, stakeholder_kind = NULL, present = 0"
        " WHERE id IN (SELECT id FROM participant LIMIT 3)",
        "UPDATE breakout_group SET criteria_locked = 1, voting_closed_at = '2026-12-02T08:00:00Z'",
        "UPDATE workshop SET illustrative = 0, threshold = 3.5, top_n = NULL",
        "DELETE FROM participant",
    ],
)
def test_edge_cases_look_alike(demo: Path, tmp_path: Path, sql: str) -> None:
    _alike(_edited(demo, tmp_path, sql))


def test_a_fresh_workshop_and_a_person_in_no_group_look_alike(workshop: JakresFile) -> None:
    participants.add_participant(workshop, name="Siti", group_id=None)
    workshop.close()
    look = _alike(workshop.path)
    assert look.roster == ()  # Siti is in no group


def test_a_kit_opens_on_its_own_group(demo: Path, tmp_path: Path) -> None:
    with open_file(Path(shutil.copy(demo, tmp_path / "m.jakres")), device_id=DEVICE) as master:
        kit = write_kit(master, 3, tmp_path / "kit.jakres")
        third = groups.list_groups(master)[2].id
    look = _alike(kit)
    assert look.group_id == third


def test_a_file_that_is_not_ordinary_gets_no_first_look(demo: Path, tmp_path: Path) -> None:
    old = Path(shutil.copy(FIXTURE, tmp_path / "old.jakres"))
    assert first_look(old, device_id=DEVICE) is None  # the long way migrates it
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("old.r")]  # no backup
    assert probe(old).revision != migrate.head()  # not migrated
    bad = tmp_path / "bad.jakres"
    bad.write_bytes(b"not a database at all" * 10)
    assert first_look(bad, device_id=DEVICE) is None  # the long way says why
    assert first_look(tmp_path / "missing.jakres", device_id=DEVICE) is None
    empty = _edited(demo, tmp_path, "DELETE FROM workshop")
    assert first_look(empty, device_id=DEVICE) is None


def test_a_first_look_changes_no_byte_and_leaves_nothing_beside(demo: Path) -> None:
    before = demo.read_bytes()
    assert first_look(demo, device_id=DEVICE) is not None
    assert demo.read_bytes() == before
    assert sorted(p.name for p in demo.parent.iterdir()) == ["demo.jakres"]
