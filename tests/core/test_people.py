"""People across groups: which walk-ins look like another group's roster person (issue 13)."""

from __future__ import annotations

import pytest

from jakres_desk.base.errors import RuleViolation
from jakres_desk.core.merge import people
from jakres_desk.core.merge.people import Person, find_look_alikes, names_agree
from jakres_desk.core.services import groups, participants, programs, votes
from jakres_desk.store.db import JakresFile


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Budi Santoso", "Ir. Budi Santoso, M.T.", True),
        ("Budi S.", "Budi Santoso", True),
        ("Siti Nurhaliza", "Siti Nur Haliza", True),
        ("Dewi Lestari", "Dewi Lestary", True),
        ("Ibu Rina Wulandari", "Rina Wulandari S.Sos", True),
        ("Budi Santoso", "Budi Setiawan", False),
        ("Agus Salim", "Agus Salim Hidayat Nasution", False),
        ("R. Hartono", "S. Hartono", False),
    ],
)
def test_names_agree(a: str, b: str, same: bool) -> None:
    assert names_agree(a, b) is same


def _p(pid: str, name: str, org: str, group: str, walk_in: bool = False) -> Person:
    return Person(pid, name, org, group, walk_in)


def test_only_walk_ins_matching_another_groups_roster_and_organisation_are_flagged() -> None:
    people_ = [
        _p("r1", "Ir. Budi Santoso", "Dinas Sumber Daya Air", "g1"),
        _p("w1", "Budi Santoso", "DSDA", "g2", walk_in=True),  # the same: flagged
        _p("r2", "Rina Wulandari", "Bappeda", "g1"),
        _p("w2", "Rina Wulandari", "Dinas Kesehatan", "g3", walk_in=True),  # other agency
        _p("r3", "Agus Salim", "", "g2"),
        _p("w3", "Agus Salim", "DLH", "g2", walk_in=True),  # same group: the room knows
        _p("w4", "Agus Salim", "DLH", "g3", walk_in=True),  # no org to compare: name equal
        _p("w5", "Agus S.", "DLH", "g3", walk_in=True),  # no org, name not equal: not flagged
    ]
    found = find_look_alikes(people_, {"g1": "Kelompok 1", "g2": "Kelompok 2", "g3": "Kelompok 3"})
    assert [(x.walk_in_id, x.roster_id) for x in found] == [("w1", "r1"), ("w4", "r3")]
    assert found[0].roster_group == "Kelompok 1" and found[0].walk_in_group == "Kelompok 2"


def test_same_person_refuses_two_voters_and_one_group(workshop: JakresFile) -> None:
    one, two = groups.list_groups(workshop)[:2]
    roster = participants.add_participant(workshop, name="Budi Santoso", group_id=one.id)
    walk = participants.add_participant(
        workshop, name="Budi Santoso", group_id=two.id, walk_in=True
    )
    for who, g in ((roster, one), (walk, two)):
        cand = programs.add_room_program(workshop, group_id=g.id, title=f"Program {g.name}")
        votes.set_dots(workshop, candidate_id=cand.id, participant_id=who.id, count=1)
    with pytest.raises(RuleViolation) as info:
        people.same_person(workshop, walk.id, roster.id)
    assert info.value.key == "same_person_both_voted"
    assert "one person votes in one room" in info.value.message("en")
    other = participants.add_participant(workshop, name="Budi", group_id=two.id)
    with pytest.raises(RuleViolation) as info:
        people.same_person(workshop, walk.id, other.id)
    assert info.value.key == "same_person_same_group"
