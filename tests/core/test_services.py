"""Services: each call is one transaction; bad input is refused with a named field."""

from __future__ import annotations

import pytest

from jakres_desk.base.errors import NotFound, RuleViolation, ValidationError
from jakres_desk.core.services import (
    criteria,
    decisions,
    elements,
    groups,
    participants,
    programs,
    summary,
    votes,
    workshops,
)
from jakres_desk.store.db import JakresFile


@pytest.fixture
def room(workshop: JakresFile) -> dict[str, object]:
    """Group 3 with three present people, two criteria and three candidates."""
    g = groups.find_group(workshop, "Kelompok 3")
    people = [
        participants.add_participant(
            workshop, name=n, group_id=g.id, present=True, stakeholder_kind="academia"
        )
        for n in ("Ani", "Budi", "Citra")
    ]
    crit = [
        criteria.add_criterion(workshop, group_id=g.id, name=n, weight=w)
        for n, w in (("Melibatkan banyak pihak", 2), ("Sosialisasi intensif", 1))
    ]
    cands = [
        programs.add_room_program(workshop, group_id=g.id, title=t, agency="DLH")
        for t in ("Bank Sampah Unit", "IPAL Komunal", "Kampung Iklim")
    ]
    return {"f": workshop, "g": g, "people": people, "crit": crit, "cands": cands}


def test_new_workshop_from_preset(workshop: JakresFile) -> None:
    info = summary.describe(workshop)
    assert [g["name"] for g in info["groups"]] == [f"Kelompok {i}" for i in range(1, 6)]
    assert [g["focus_area"] for g in info["groups"]] == [1, 2, 3, 4, 5]
    fas = workshops.focus_areas(workshop)
    assert fas[1].title_id.startswith("Mengembangkan Budaya 'Siap Siaga'")
    assert fas[3].goal_ids[0] == "crf.g09"
    kinds = [k[0] for k in participants.stakeholder_kinds(workshop)]
    assert {
        "local_government",
        "central_government",
        "academia",
        "business",
        "local_ngo",
        "international_organisation",
        "foreign_institution",
    } <= set(kinds)


def test_every_record_carries_provenance(room: dict) -> None:
    f = room["f"]
    with f.engine.connect() as c:
        rows = c.exec_driver_sql(
            "SELECT id, created_at, modified_at, device_id FROM participant"
        ).all()
    assert len(rows) == 3
    for rid, created, modified, device in rows:
        assert len(rid) == 36 and created <= modified and device == f.device_id


def test_bad_input_names_the_field(workshop: JakresFile) -> None:
    g = groups.list_groups(workshop)[0]
    with pytest.raises(ValidationError) as e:
        participants.add_participant(workshop, name="   ", group_id=g.id)
    assert e.value.field == "name"
    with pytest.raises(ValidationError) as e:
        participants.add_participant(workshop, name="X", stakeholder_kind="aliens")
    assert "aliens" in str(e.value)
    el = elements.add_element(workshop, group_id=g.id, goal_id="crf.g10")
    with pytest.raises(ValidationError) as e:
        elements.add_target(workshop, element_id=el.id, statement="Naik", target_year=2010)
    assert e.value.key == "year_past" and "2018" in str(e.value)
    with pytest.raises(ValidationError):
        elements.add_element(workshop, group_id=g.id, goal_id="crf.g10")
    for w in (0, -1, 101, "berat", float("nan")):
        with pytest.raises(ValidationError) as e:
            criteria.add_criterion(workshop, group_id=g.id, name="Dampak", weight=w)
        assert e.value.field == "weight"
    programs.add_program(workshop, title="Sumur Resapan", agency="DSDA")
    with pytest.raises(ValidationError) as e:
        programs.add_program(workshop, title="  sumur   resapan ", agency="dsda")
    assert e.value.key == "duplicate_program"
    with pytest.raises(NotFound):
        groups.find_group(workshop, "Kelompok 9")


def test_failed_call_leaves_file_as_it_was(room: dict) -> None:
    f, g = room["f"], room["g"]
    before = summary.describe(f)
    with pytest.raises(ValidationError):
        programs.add_room_program(f, group_id=g.id, title="Bank Sampah Unit", agency="DLH")
    assert summary.describe(f) == before


def test_dot_rules(room: dict) -> None:
    f, (ani, _, _), cands = room["f"], room["people"], room["cands"]
    assert votes.set_dots(f, candidate_id=cands[0].id, participant_id=ani.id, count=2) == 3
    with pytest.raises(RuleViolation) as e:  # max 2 on one program
        votes.set_dots(f, candidate_id=cands[1].id, participant_id=ani.id, count=3)
    assert e.value.key == "too_many_on_one" and "Ani" in str(e.value)
    votes.set_dots(f, candidate_id=cands[1].id, participant_id=ani.id, count=2)
    with pytest.raises(RuleViolation) as e:  # 5 dots each: 4 used, 1 left
        votes.set_dots(f, candidate_id=cands[2].id, participant_id=ani.id, count=2)
    assert e.value.key == "out_of_dots" and "1 left" in str(e.value)
    assert votes.set_dots(f, candidate_id=cands[2].id, participant_id=ani.id, count=1) == 0
    votes.set_dots(f, candidate_id=cands[0].id, participant_id=ani.id, count=0)  # take back
    assert votes.dots_left(f, room["g"].id)[ani.id] == 2
    other = groups.find_group(f, "Kelompok 1")
    stranger = participants.add_participant(f, name="Dewi", group_id=other.id)
    with pytest.raises(RuleViolation):
        votes.set_dots(f, candidate_id=cands[0].id, participant_id=stranger.id, count=1)
    assert summary.describe(f)["groups"][2]["dot_votes"] == 3


def test_scoring_needs_locked_criteria(room: dict) -> None:
    f, g, crit, cands = room["f"], room["g"], room["crit"], room["cands"]
    with pytest.raises(RuleViolation) as e:
        votes.set_score(f, candidate_id=cands[0].id, criterion_id=crit[0].id, value=4)
    assert e.value.key == "criteria_not_locked"
    groups.set_criteria_locked(f, group_id=g.id, locked=True)
    with pytest.raises(RuleViolation):
        criteria.add_criterion(f, group_id=g.id, name="Baru")
    with pytest.raises(ValidationError) as e:
        votes.set_score(f, candidate_id=cands[0].id, criterion_id=crit[0].id, value=6)
    assert e.value.key == "score_range"
    votes.set_score(f, candidate_id=cands[0].id, criterion_id=crit[0].id, value=4)
    votes.set_score(f, candidate_id=cands[0].id, criterion_id=crit[0].id, value=5)  # replaces
    a, b, _ = room["people"]
    votes.set_score(
        f, candidate_id=cands[1].id, criterion_id=crit[0].id, value=2, participant_id=a.id
    )
    votes.set_score(
        f, candidate_id=cands[1].id, criterion_id=crit[0].id, value=5, participant_id=b.id
    )
    t = {x.title: x for x in votes.tallies(f, g.id)}
    assert t["Bank Sampah Unit"].values[crit[0].id] == 5
    assert t["IPAL Komunal"].values[crit[0].id] == 3.5  # the mean of participants
    assert t["Kampung Iklim"].values[crit[0].id] is None


def test_rule_then_override_with_reason(room: dict) -> None:
    f, g, crit, cands = room["f"], room["g"], room["crit"], room["cands"]
    groups.set_criteria_locked(f, group_id=g.id, locked=True)
    for cand, v in zip(cands, (5, 3, 4), strict=True):
        for c in crit:
            votes.set_score(f, candidate_id=cand.id, criterion_id=c.id, value=v)
    assert decisions.apply_rule(f, group_id=g.id) == 2  # threshold 3.5: 5 and 4
    with pytest.raises(ValidationError) as e:
        decisions.override(f, candidate_id=cands[1].id, is_priority=True, reason=" ")
    assert e.value.field == "reason"
    decisions.override(f, candidate_id=cands[1].id, is_priority=True, reason="Sudah berjalan")
    assert decisions.apply_rule(f, group_id=g.id) == 3  # the override survives the rule
    listed = {c.title: c for c in programs.list_candidates(f, g.id)}
    assert listed["IPAL Komunal"].decided_by == "facilitator"
    assert listed["IPAL Komunal"].rank == 3
    decisions.clear_override(f, candidate_id=cands[1].id)
    assert decisions.apply_rule(f, group_id=g.id) == 2


def test_rules_validation(workshop: JakresFile) -> None:
    with pytest.raises(ValidationError):
        workshops.set_rules(workshop, priority_rule="top_n", top_n=None)
    with pytest.raises(ValidationError):
        workshops.set_rules(workshop, dots_per_participant=0)
    with pytest.raises(ValidationError):
        workshops.set_rules(workshop, colour="blue")
    ws = workshops.set_rules(workshop, ranking_method="dots", priority_rule="top_n", top_n=10)
    assert (ws.ranking_method, ws.top_n) == ("dots", 10)
    assert workshops.get_workshop(workshop).priority_rule == "top_n"


def test_deletions_leave_tombstones(room: dict) -> None:
    f, cands = room["f"], room["cands"]
    programs.remove_candidate(f, cands[2].id)
    with f.engine.connect() as c:
        rows = c.exec_driver_sql("SELECT id, entity FROM tombstone").all()
    assert (cands[2].id, "candidate") in [tuple(r) for r in rows]


def test_listeners_hear_what_changed(room: dict) -> None:
    f, people, cands = room["f"], room["people"], room["cands"]
    heard = []
    f.listeners.append(heard.append)
    votes.set_dots(f, candidate_id=cands[0].id, participant_id=people[0].id, count=1)
    assert heard and "dot_vote" in heard[-1].tables


def test_removing_a_criterion_takes_its_scores_and_undo_brings_them_back(room: dict) -> None:
    from jakres_desk.core import operations

    f, g, crit, cands = room["f"], room["g"], room["crit"], room["cands"]
    a, b, _ = room["people"]
    groups.set_criteria_locked(f, group_id=g.id, locked=True)
    for who in (a, b):
        for c in crit:
            votes.set_score(
                f, candidate_id=cands[0].id, criterion_id=c.id, value=4, participant_id=who.id
            )
    groups.set_criteria_locked(f, group_id=g.id, locked=False)

    def scores_of(criterion_id: str) -> int:
        with f.engine.connect() as con:
            return int(
                con.exec_driver_sql(
                    "SELECT count(*) FROM score WHERE criterion_id = ?", (criterion_id,)
                ).scalar_one()
            )

    removed = operations.perform(f, criteria.remove_criterion, crit[0].id)
    assert scores_of(crit[0].id) == 0 and scores_of(crit[1].id) == 2
    with f.engine.connect() as con:
        dead = con.exec_driver_sql("SELECT entity FROM tombstone").scalars().all()
    assert dead == ["criterion"]  # its scores follow it by cascade, here and in the master
    operations.undo(f, removed.undo)
    assert scores_of(crit[0].id) == 2
    with f.engine.connect() as con:
        assert con.exec_driver_sql("SELECT count(*) FROM tombstone").scalar_one() == 0
    assert [c.name for c in criteria.list_criteria(f, g.id, "id")] == [c.name for c in crit]
