"""The setup desk's writes on people and the catalogue: many at once, each one undoable."""

from __future__ import annotations

import pytest

from jakres_desk.base.errors import ValidationError
from jakres_desk.core import operations
from jakres_desk.core.services import groups, participants, programs, votes
from jakres_desk.store.db import JakresFile


def test_assign_many_to_a_group_is_one_undoable_write(workshop: JakresFile) -> None:
    g = groups.find_group(workshop, "Kelompok 3")
    ids = [participants.add_participant(workshop, name=n).id for n in ("Andi", "Budi", "Cici")]
    outcome = operations.perform(workshop, participants.assign_group, ids[:2], g.id)
    assert {p.group_id for p in outcome.value} == {g.id}
    assert [p.name for p in participants.list_participants(workshop, g.id)] == ["Andi", "Budi"]
    operations.undo(workshop, outcome.undo)
    assert participants.list_participants(workshop, g.id) == []
    operations.perform(workshop, participants.assign_group, ids, g.id)
    operations.perform(workshop, participants.assign_group, ids[:1], None)
    assert len(participants.list_participants(workshop, g.id)) == 2
    with pytest.raises(ValidationError):
        participants.assign_group(workshop, [], g.id)


def _voted(workshop: JakresFile) -> tuple[str, str]:
    g = groups.find_group(workshop, "Kelompok 3")
    person = participants.add_participant(workshop, name="Andi", group_id=g.id)
    program = programs.add_program(workshop, title="Kampung Iklim", agency="Dinas LH")
    candidate = programs.add_candidate(workshop, group_id=g.id, program_id=program.id)
    votes.set_dots(workshop, participant_id=person.id, candidate_id=candidate.id, count=2)
    return person.id, program.id


def test_removing_people_says_what_it_takes_and_undoes(workshop: JakresFile) -> None:
    person, _ = _voted(workshop)
    assert participants.participant_impact(workshop, [person]) == (2, 0)
    outcome = operations.perform(workshop, participants.remove_participants, [person])
    assert outcome.value == 1 and participants.list_participants(workshop) == []
    operations.undo(workshop, outcome.undo)
    assert participants.participant_impact(workshop, [person]) == (2, 0)


def test_programs_edited_and_removed_with_their_candidates(workshop: JakresFile) -> None:
    _, program = _voted(workshop)
    other = programs.add_program(workshop, title="Sekolah Aman", agency="Disdik")
    changed = programs.update_program(
        workshop, program, description="baru", focus_areas=[1, 3], agency="DLH"
    )
    assert (changed.agency, changed.description, changed.focus_areas) == ("DLH", "baru", (1, 3))
    with pytest.raises(ValidationError, match="already in the catalogue"):
        programs.update_program(workshop, program, title="sekolah  aman", agency="DISDIK")
    assert programs.program_impact(workshop, [program, other.id]) == ["Kelompok 3"]
    outcome = operations.perform(workshop, programs.remove_programs, [program])
    assert [p.title for p in programs.list_programs(workshop)] == ["Sekolah Aman"]
    g = groups.find_group(workshop, "Kelompok 3")
    assert programs.list_candidates(workshop, g.id) == []
    operations.undo(workshop, outcome.undo)
    assert [c.title for c in programs.list_candidates(workshop, g.id)] == ["Kampung Iklim"]
