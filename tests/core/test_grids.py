"""Grids of a group's votes in one read, and decisions put back as they stood."""

from __future__ import annotations

import pytest

from jakres_desk.core import operations as ops
from jakres_desk.core.services import (
    criteria,
    decisions,
    grids,
    groups,
    participants,
    programs,
    votes,
)
from jakres_desk.core.topics import Topic
from jakres_desk.store.db import JakresFile


@pytest.fixture
def room(workshop: JakresFile) -> dict[str, object]:
    """Group 3 with two people, two locked criteria and three candidates; group 2 with one."""
    g = groups.find_group(workshop, "Kelompok 3")
    other = groups.find_group(workshop, "Kelompok 2")
    people = [
        participants.add_participant(workshop, name=n, group_id=g.id, present=True)
        for n in ("Ani", "Budi")
    ]
    crit = [
        criteria.add_criterion(workshop, group_id=g.id, name=n, weight=w)
        for n, w in (("Melibatkan banyak pihak", 2), ("Sosialisasi intensif", 1))
    ]
    groups.set_criteria_locked(workshop, group_id=g.id, locked=True)
    cands = [
        programs.add_room_program(workshop, group_id=g.id, title=t, agency="DLH")
        for t in ("Bank Sampah Unit", "IPAL Komunal", "Kampung Iklim")
    ]
    elsewhere = programs.add_room_program(workshop, group_id=other.id, title="Jalur Sepeda")
    return {
        "f": workshop,
        "g": g,
        "people": people,
        "crit": crit,
        "cands": cands,
        "other": other,
        "elsewhere": elsewhere,
    }


def test_dot_grid_holds_every_cell_with_dots(room: dict) -> None:
    f, (ani, budi), cands = room["f"], room["people"], room["cands"]
    votes.set_dots(f, candidate_id=cands[0].id, participant_id=ani.id, count=2)
    votes.set_dots(f, candidate_id=cands[2].id, participant_id=budi.id, count=1)
    votes.set_dots(f, candidate_id=cands[1].id, participant_id=budi.id, count=1)
    votes.set_dots(f, candidate_id=cands[1].id, participant_id=budi.id, count=0)  # taken back
    assert grids.dot_grid(f, room["g"].id) == {(ani.id, cands[0].id): 2, (budi.id, cands[2].id): 1}
    assert grids.dot_grid(f, room["other"].id) == {}


def test_score_grid_consensus_or_one_person(room: dict) -> None:
    f, (ani, _), cands, crit = room["f"], room["people"], room["cands"], room["crit"]
    votes.set_score(f, candidate_id=cands[0].id, criterion_id=crit[0].id, value=4)
    votes.set_score(f, candidate_id=cands[1].id, criterion_id=crit[1].id, value="2.5")
    votes.set_score(
        f, candidate_id=cands[0].id, criterion_id=crit[1].id, value=1, participant_id=ani.id
    )
    assert grids.score_grid(f, room["g"].id) == {
        (cands[0].id, crit[0].id): 4.0,
        (cands[1].id, crit[1].id): 2.5,
    }
    assert grids.score_grid(f, room["g"].id, ani.id) == {(cands[0].id, crit[1].id): 1.0}
    votes.set_score(
        f,
        candidate_id=cands[0].id,
        criterion_id=crit[1].id,
        value=4,
        participant_id=room["people"][1].id,
    )
    assert grids.personal_means(f, room["g"].id) == {(cands[0].id, crit[1].id): (2.5, 2)}


def _decided(f: JakresFile, gid: str) -> dict[str, tuple]:
    return {
        c.title: (c.is_priority, c.decided_by, c.reason) for c in programs.list_candidates(f, gid)
    }


def test_undo_of_applying_the_rule_and_of_an_override(room: dict) -> None:
    f, g, cands, crit = room["f"], room["g"], room["cands"], room["crit"]
    for cand, value in zip(cands, (5, 2, 4), strict=True):
        for c in crit:
            votes.set_score(f, candidate_id=cand.id, criterion_id=c.id, value=value)
    applied = ops.perform(f, decisions.apply_rule, group_id=g.id)
    assert applied.changes.topics == {Topic.DECISIONS}
    ruled = _decided(f, g.id)
    over = ops.perform(
        f, decisions.override, candidate_id=cands[1].id, is_priority=True, reason="Quick win"
    )
    assert _decided(f, g.id)["IPAL Komunal"] == (True, "facilitator", "Quick win")
    ops.undo(f, over.undo)
    assert (
        _decided(f, g.id)
        == ruled
        == {
            "Bank Sampah Unit": (True, "rule", ""),
            "IPAL Komunal": (False, "rule", ""),
            "Kampung Iklim": (True, "rule", ""),
        }
    )
    ops.undo(f, applied.undo)
    assert {c.is_priority for c in programs.list_candidates(f, g.id)} == {None}


def test_undo_of_an_undone_override_brings_back_the_same_decision(room: dict) -> None:
    f, g, cands = room["f"], room["g"], room["cands"]
    over = ops.perform(
        f, decisions.override, candidate_id=cands[0].id, is_priority=True, reason="Wanted by all"
    )
    redo = ops.undo(f, over.undo).undo
    assert {c.is_priority for c in programs.list_candidates(f, g.id)} == {None}
    ops.undo(f, redo)
    [decided] = [c for c in programs.list_candidates(f, g.id) if c.is_priority is not None]
    assert (decided.id, decided.decided_by, decided.reason) == (
        cands[0].id,
        "facilitator",
        "Wanted by all",
    )
