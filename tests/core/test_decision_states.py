"""Decision states: each stored decision judged against the live ranking, without Qt."""

from __future__ import annotations

import pytest

from jakres_desk.core.rules.decisions import DecisionState
from jakres_desk.core.rules.rounding import shown_score
from jakres_desk.core.services import (
    criteria,
    decisions,
    groups,
    participants,
    programs,
    summary,
    votes,
    workshops,
)
from jakres_desk.store.db import JakresFile

MATCHES, STALE, OVERRIDE = DecisionState.MATCHES, DecisionState.STALE, DecisionState.OVERRIDE
UNDECIDED, UNDECIDED_TIE = DecisionState.UNDECIDED, DecisionState.UNDECIDED_TIE


@pytest.fixture
def room(workshop: JakresFile) -> dict[str, object]:
    """Group 3: three present people, ranking by dots, the top 1 a priority."""
    f = workshop
    workshops.set_rules(f, ranking_method="dots", priority_rule="top_n", top_n=1)
    g = groups.find_group(f, "Kelompok 3")
    people = [
        participants.add_participant(f, name=n, group_id=g.id, present=True)
        for n in ("Ani", "Budi", "Citra")
    ]
    cands = [
        programs.add_room_program(f, group_id=g.id, title=t, agency="DLH")
        for t in ("Bank Sampah Unit", "IPAL Komunal", "Kampung Iklim")
    ]
    return {"f": f, "g": g, "people": people, "cands": cands}


def _states(room: dict) -> dict[str, DecisionState]:
    return {j.ranked.title: j.state for j in decisions.judged(room["f"], group_id=room["g"].id)}


def _stale_in_info(room: dict) -> int:
    info = summary.describe(room["f"])
    return next(g["stale_decisions"] for g in info["groups"] if g["uuid"] == room["g"].id)


def _dots(room: dict, cand: int, person: int, n: int) -> None:
    c, p = room["cands"][cand], room["people"][person]
    votes.set_dots(room["f"], candidate_id=c.id, participant_id=p.id, count=n)


def test_nothing_decided_is_undecided(room: dict) -> None:
    _dots(room, 0, 0, 2)
    assert set(_states(room).values()) == {UNDECIDED}
    assert _stale_in_info(room) == 0


def test_late_votes_make_a_rule_decision_stale(room: dict) -> None:
    _dots(room, 0, 0, 2)
    decisions.apply_rule(room["f"], group_id=room["g"].id)
    assert _states(room) == {
        "Bank Sampah Unit": MATCHES,
        "IPAL Komunal": MATCHES,
        "Kampung Iklim": MATCHES,
    }
    assert _stale_in_info(room) == 0
    _dots(room, 2, 1, 2)  # Kampung Iklim overtakes after the rule was applied
    _dots(room, 2, 2, 2)
    assert _states(room) == {
        "Kampung Iklim": STALE,  # now first, but decided "not priority"
        "Bank Sampah Unit": STALE,  # now second, but decided "priority"
        "IPAL Komunal": MATCHES,
    }
    assert _stale_in_info(room) == 2
    decisions.apply_rule(room["f"], group_id=room["g"].id)
    assert set(_states(room).values()) == {MATCHES}
    assert _stale_in_info(room) == 0


def test_a_rule_change_makes_a_rule_decision_stale(room: dict) -> None:
    _dots(room, 0, 0, 2)
    _dots(room, 1, 1, 1)
    decisions.apply_rule(room["f"], group_id=room["g"].id)
    workshops.set_rules(room["f"], top_n=2)  # no vote changed: the rule did
    assert _states(room)["IPAL Komunal"] is STALE
    assert _states(room)["Bank Sampah Unit"] is MATCHES
    assert _stale_in_info(room) == 1


def test_an_override_stands_whatever_the_votes(room: dict) -> None:
    _dots(room, 0, 0, 2)
    decisions.apply_rule(room["f"], group_id=room["g"].id)
    cand = room["cands"][1]
    decisions.override(room["f"], candidate_id=cand.id, is_priority=True, reason="Sudah berjalan")
    _dots(room, 2, 1, 2)
    judged = {j.ranked.title: j for j in decisions.judged(room["f"], group_id=room["g"].id)}
    assert judged["IPAL Komunal"].state is OVERRIDE
    assert judged["IPAL Komunal"].reason == "Sudah berjalan"
    assert judged["IPAL Komunal"].is_priority is True
    assert judged["Bank Sampah Unit"].reason == ""


def test_a_tie_across_the_cut_off_waits_for_the_facilitator(room: dict) -> None:
    _dots(room, 0, 0, 2)
    _dots(room, 1, 1, 2)
    assert _states(room)["Bank Sampah Unit"] is UNDECIDED_TIE
    decisions.apply_rule(room["f"], group_id=room["g"].id)  # the rule cannot separate them
    states = _states(room)
    assert states["Bank Sampah Unit"] is UNDECIDED_TIE
    assert states["IPAL Komunal"] is UNDECIDED_TIE
    assert states["Kampung Iklim"] is MATCHES
    cand = room["cands"][1]
    decisions.override(room["f"], candidate_id=cand.id, is_priority=False, reason="Sudah ada")
    assert _states(room)["IPAL Komunal"] is OVERRIDE
    assert _states(room)["Bank Sampah Unit"] is UNDECIDED_TIE
    assert _stale_in_info(room) == 0


def test_info_counts_stale_decisions_of_every_group(room: dict) -> None:
    info = summary.describe(room["f"])
    assert [g["stale_decisions"] for g in info["groups"]] == [0] * 5


def test_a_criterion_weight_change_makes_a_score_decision_stale(workshop: JakresFile) -> None:
    f = workshop
    g = groups.find_group(f, "Kelompok 1")
    crit = [criteria.add_criterion(f, group_id=g.id, name=n, weight=1) for n in ("Dampak", "Biaya")]
    cand = programs.add_room_program(f, group_id=g.id, title="Sumur Resapan", agency="DSDA")
    groups.set_criteria_locked(f, group_id=g.id, locked=True)
    for c, v in zip(crit, (5, 1), strict=True):
        votes.set_score(f, candidate_id=cand.id, criterion_id=c.id, value=v)
    decisions.apply_rule(f, group_id=g.id)  # (5 + 1) / 2 = 3 < 3.5: not priority
    [j] = decisions.judged(f, group_id=g.id)
    assert j.state is MATCHES and j.is_priority is False
    groups.set_criteria_locked(f, group_id=g.id, locked=False)
    criteria.update_criterion(f, criterion_id=crit[0].id, weight=3)  # (15 + 1) / 4 = 4
    [j] = decisions.judged(f, group_id=g.id)
    assert j.state is STALE and j.ranked.priority


@pytest.mark.parametrize(
    ("raw", "shown"),
    [(4.125, 4.13), (4.135, 4.14), (2.675, 2.68), (4.124999, 4.12), (3.0, 3.0), (1.005, 1.01)],
)
def test_scores_are_shown_rounded_half_up(raw: float, shown: float) -> None:
    assert f"{raw:.2f}" != f"{shown:.2f}" or raw in (4.124999, 3.0)  # Python alone differs
    assert shown_score(raw) == shown
    assert f"{shown_score(raw):.2f}" == f"{shown:.2f}"
