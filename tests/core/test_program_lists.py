"""Step 3's lists, read in one SQL query each, are what the ORM queries they replaced gave.

`list_programs` and `list_candidates` used to load ORM objects (100+ ms at 500
candidates, on every first visit of a step); the ORM versions are kept here as
the reference, and both are compared on the demo and on edge cases.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from jakres_desk.core.demo import build_demo
from jakres_desk.core.records import CandidateRecord, ProgramRecord
from jakres_desk.core.services import decisions, groups, programs
from jakres_desk.core.services.common import record
from jakres_desk.store.db import JakresFile, open_file
from jakres_desk.store.models import Candidate, Decision, FocusArea, Program, ProgramFocusArea
from tests.conftest import DEVICE
from tests.edits import edited


def orm_programs(f: JakresFile) -> list[ProgramRecord]:
    """list_programs as it was, through ORM objects."""
    with f.read() as s:
        links: dict[str, list[int]] = {}
        for pid, num in s.execute(
            select(ProgramFocusArea.program_id, FocusArea.number).join(
                FocusArea, ProgramFocusArea.focus_area_id == FocusArea.id
            )
        ):
            links.setdefault(pid, []).append(num)
        rows = s.scalars(select(Program).order_by(Program.title, Program.id))
        return [
            record(ProgramRecord, p, focus_areas=tuple(sorted(links.get(p.id, ())))) for p in rows
        ]


def orm_candidates(f: JakresFile, group_id: str) -> list[CandidateRecord]:
    """list_candidates as it was, through ORM objects."""
    with f.read() as s:
        rows = s.execute(
            select(Candidate, Program, Decision)
            .join(Program, Candidate.program_id == Program.id)
            .outerjoin(Decision, Decision.candidate_id == Candidate.id)
            .where(Candidate.group_id == group_id)
            .order_by(Candidate.position, Candidate.id)
        ).all()
        return [
            CandidateRecord(
                c.id,
                c.group_id,
                p.id,
                p.title,
                p.agency,
                c.position,
                d.is_priority if d else None,
                d.decided_by if d else None,
                d.reason if d else "",
                d.rank if d else None,
            )
            for c, p, d in rows
        ]


def same_lists(f: JakresFile) -> None:
    assert programs.list_programs(f) == orm_programs(f)
    for g in groups.list_groups(f):
        new, old = programs.list_candidates(f, g.id), orm_candidates(f, g.id)
        assert new == old
        # The same types too (a SQLite 0/1 is not the ORM's bool).
        assert [tuple(map(type, vars(c).values())) for c in new] == [
            tuple(map(type, vars(c).values())) for c in old
        ]
    assert programs.list_candidates(f, "no-such-group") == []


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.jakres"
    build_demo(path, device_id=DEVICE).close()
    return path


def test_the_demo_lists_alike(demo: Path) -> None:
    with open_file(demo, device_id=DEVICE) as f:
        assert any(
            c.is_priority is not None
            for g in groups.list_groups(f)
            for c in programs.list_candidates(f, g.id)
        )  # decisions were read
        same_lists(f)


def test_a_fresh_workshop_lists_alike(workshop: JakresFile) -> None:
    same_lists(workshop)


@pytest.mark.parametrize(
    "sql",
    [
        "DELETE FROM candidate",
        "DELETE FROM decision",
        "DELETE FROM program_focus_area",
        "UPDATE decision SET rank = NULL, reason = '', is_priority = 0",
        "UPDATE program SET title = 'Ruang «hijau» ünïcödé 城市 ' || id, agency = ''",
        "UPDATE program SET title = 'Sama', added_by_group_id = NULL",  # ties broken by id
        "UPDATE candidate SET position = 0",
        "DELETE FROM program WHERE id NOT IN (SELECT program_id FROM candidate)",
    ],
)
def test_edge_cases_list_alike(demo: Path, tmp_path: Path, sql: str) -> None:
    path = edited(demo, tmp_path, "PRAGMA foreign_keys=ON", sql)
    with open_file(path, device_id=DEVICE) as f:
        same_lists(f)


def test_a_room_program_and_a_decision_list_alike(workshop: JakresFile) -> None:
    g = groups.find_group(workshop, "Kelompok 3")
    programs.add_room_program(workshop, group_id=g.id, title="Sumur resapan", agency="Warga")
    made = programs.add_program(workshop, title="IPAL Komunal", focus_areas=[3, 1])
    cand = programs.add_candidate(workshop, group_id=g.id, program_id=made.id)
    decisions.override(workshop, candidate_id=cand.id, is_priority=True, reason="disepakati")
    same_lists(workshop)
