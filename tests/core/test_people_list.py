"""`list_participants`, read in plain SQL, gives what the ORM query it replaced gave."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from jakres_desk.core.demo import build_demo
from jakres_desk.core.records import ParticipantRecord
from jakres_desk.core.services import groups, participants
from jakres_desk.core.services.common import record
from jakres_desk.store.db import JakresFile, open_file
from jakres_desk.store.models import Participant
from tests.conftest import DEVICE
from tests.edits import edited


def orm_people(f: JakresFile, group_id: str | None = None) -> list[ParticipantRecord]:
    """list_participants as it was, through ORM objects."""
    with f.read() as s:
        q = select(Participant).order_by(Participant.name, Participant.id)
        if group_id is not None:
            q = q.where(Participant.group_id == group_id)
        return [record(ParticipantRecord, p) for p in s.scalars(q)]


def same_people(f: JakresFile) -> None:
    for gid in [None, "no-such-group", *(g.id for g in groups.list_groups(f))]:
        new, old = participants.list_participants(f, gid), orm_people(f, gid)
        assert new == old
        assert [tuple(map(type, vars(p).values())) for p in new] == [
            tuple(map(type, vars(p).values())) for p in old
        ]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.jakres"
    build_demo(path, device_id=DEVICE).close()
    return path


def test_the_demo_lists_alike(demo: Path) -> None:
    with open_file(demo, device_id=DEVICE) as f:
        assert participants.list_participants(f)
        same_people(f)


def test_a_fresh_workshop_lists_alike(workshop: JakresFile) -> None:
    same_people(workshop)


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE participant SET present = 1 - present, walk_in = 1",
        "UPDATE participant SET group_id = NULL WHERE rowid % 2 = 0",
        "UPDATE participant SET name = 'Sama', stakeholder_kind = NULL",  # ties broken by id
        "UPDATE participant SET name = 'Ni Luh «Ayu» ünïcödé 城市 ' || id, organisation = ''",
        "DELETE FROM participant",
    ],
)
def test_edge_cases_list_alike(demo: Path, tmp_path: Path, sql: str) -> None:
    path = edited(demo, tmp_path, sql)
    with open_file(path, device_id=DEVICE) as f:
        same_people(f)
