"""Closing a group's voting: dots and scores freeze, reopening is explicit and logged."""

from __future__ import annotations

from pathlib import Path

import pytest

from jakres_desk.base.errors import RuleViolation
from jakres_desk.core import operations
from jakres_desk.core.merge.run import merge_file
from jakres_desk.core.services import (
    criteria,
    grids,
    groups,
    participants,
    programs,
    votes,
    voting,
)
from jakres_desk.core.topics import Topic
from jakres_desk.store.db import JakresFile
from tests.core.merging import LAPTOP_1, group, hand_in, laptop, own_group, set_up_master, write_kit


@pytest.fixture
def room(workshop: JakresFile) -> tuple[JakresFile, str, str, str, str]:
    """Group 1 with a candidate, a voter and a locked criterion."""
    set_up_master(workshop)
    g = group(workshop, 1)
    sumur = next(p.id for p in programs.list_programs(workshop) if p.title == "Sumur Resapan")
    cand = programs.add_candidate(workshop, group_id=g, program_id=sumur)
    ani = participants.list_participants(workshop, g)[0]
    crit = criteria.add_criterion(workshop, group_id=g, name="Dampak", weight=1)
    groups.set_criteria_locked(workshop, group_id=g, locked=True)
    return workshop, g, cand.id, ani.id, crit.id


def test_closed_voting_refuses_dots_and_scores_naming_the_group(room: tuple) -> None:
    f, g, cand, ani, crit = room
    votes.set_dots(f, candidate_id=cand, participant_id=ani, count=2)
    voting.close_voting(f, group_id=g)
    with pytest.raises(RuleViolation) as dots:
        votes.set_dots(f, candidate_id=cand, participant_id=ani, count=3)
    with pytest.raises(RuleViolation) as score:
        votes.set_score(f, candidate_id=cand, criterion_id=crit, value=4)
    assert dots.value.key == score.value.key == "voting_closed"
    assert dots.value.message("en").startswith("Kelompok 1: this group's voting is closed")
    assert "pemungutan suara kelompok ini sudah ditutup" in score.value.message("id")
    assert grids.dot_grid(f, g) == {(ani, cand): 2}
    assert votes.scores_given(f, group_id=g) == 0


def test_reopening_lets_the_room_vote_again_and_both_are_logged(room: tuple) -> None:
    f, g, cand, ani, crit = room
    groups.update_group(f, g, facilitator="Dewi")
    voting.close_voting(f, group_id=g)
    assert voting.is_closed(f, g)
    with pytest.raises(RuleViolation, match="already closed"):
        voting.close_voting(f, group_id=g)
    voting.reopen_voting(f, group_id=g)
    votes.set_dots(f, candidate_id=cand, participant_id=ani, count=1)
    votes.set_score(f, candidate_id=cand, criterion_id=crit, value=4)
    log = voting.voting_log(f, g)
    assert [e.event for e in log] == ["closed", "reopened"]
    assert all(e.by == "Dewi" and e.device == f.device_id and e.at for e in log)
    assert not voting.is_closed(f, g)
    with pytest.raises(RuleViolation, match="still open"):
        voting.reopen_voting(f, group_id=g)


def test_closing_is_an_operation_that_undo_takes_back(room: tuple) -> None:
    f, g, cand, ani, _crit = room
    done = operations.perform(f, voting.close_voting, group_id=g)
    assert done.changes.touches(Topic.VOTING)
    operations.undo(f, done.undo)
    assert not voting.is_closed(f, g) and voting.voting_log(f, g) == []
    votes.set_dots(f, candidate_id=cand, participant_id=ani, count=1)


def test_removing_a_voter_or_a_voted_candidate_is_refused_while_closed(room: tuple) -> None:
    f, g, cand, ani, _crit = room
    votes.set_dots(f, candidate_id=cand, participant_id=ani, count=2)
    voting.close_voting(f, group_id=g)
    with pytest.raises(RuleViolation, match="voting is closed"):
        participants.remove_participant(f, ani)
    with pytest.raises(RuleViolation, match="voting is closed"):
        programs.remove_candidate(f, cand)
    assert grids.dot_grid(f, g) == {(ani, cand): 2}


def test_the_merge_carries_a_groups_closed_voting_into_the_master(
    workshop: JakresFile, tmp_path: Path
) -> None:
    set_up_master(workshop)
    path = write_kit(workshop, 1, tmp_path / "kit-1.jakres")
    with laptop(path, LAPTOP_1) as f:
        voting.close_voting(f, group_id=own_group(f))
        handed = hand_in(f, tmp_path / "kelompok-1.jakres")
    line = merge_file(workshop, handed)
    assert line.refused == 0
    g1 = group(workshop, 1)
    assert voting.is_closed(workshop, g1) and not voting.is_closed(workshop, group(workshop, 2))
    [closed] = voting.voting_log(workshop, g1)
    assert (closed.event, closed.device) == ("closed", LAPTOP_1)
    with laptop(path, LAPTOP_1) as f:  # the room reopens: the next merge carries that too
        voting.reopen_voting(f, group_id=own_group(f))
        handed = hand_in(f, tmp_path / "kelompok-1b.jakres")
    merge_file(workshop, handed)
    assert not voting.is_closed(workshop, g1)
    assert [e.event for e in voting.voting_log(workshop, g1)] == ["closed", "reopened"]
