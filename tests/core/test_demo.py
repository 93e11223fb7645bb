"""The built-in demo: the 2018 workshop with the report's counts and illustrative results."""

from __future__ import annotations

import os
import re
import sqlite3
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from jakres_desk.base.errors import FileProblem
from jakres_desk.core import resources
from jakres_desk.core.demo import build_demo
from jakres_desk.core.services import (
    criteria,
    elements,
    groups,
    participants,
    programs,
    summary,
    votes,
    workshops,
)
from jakres_desk.store.db import JakresFile
from jakres_desk.store.models import Candidate, DotVote, Participant, Score

DEVICE = os.environ["JAKRES_DEVICE_ID"]
REPORTED_COUNTS = [14, 49, 19, 13, 30]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[JakresFile]:
    """One demo file, built once for the read-only checks of this module."""
    f = build_demo(tmp_path_factory.mktemp("demo") / "demo.jakres", device_id=DEVICE)
    yield f
    f.close()


def _groups(f: JakresFile) -> dict[str, Any]:
    return {g.name: g for g in groups.list_groups(f)}


def test_groups_and_priority_counts_follow_the_2018_report(demo: JakresFile) -> None:
    info = summary.describe(demo)
    assert info["workshop"]["title"] == "Lokakarya Perdana Program Prioritas Jakarta Berketahanan"
    assert info["workshop"]["date"] == "2018-09-26"
    assert info["workshop"]["illustrative"] is True
    assert [g["name"] for g in info["groups"]] == [f"Kelompok {i}" for i in range(1, 6)]
    assert [g["focus_area"] for g in info["groups"]] == [1, 2, 3, 4, 5]
    assert [g["priority_programs"] for g in info["groups"]] == REPORTED_COUNTS


def test_the_workshop_says_what_is_illustrative(demo: JakresFile) -> None:
    ws = workshops.get_workshop(demo)
    assert ws.preset == "jakarta-2018"
    assert "26 September 2018" in ws.description and "ilustratif" in ws.description
    assert "Jakarta Konsultindo" in ws.organiser and "Ruang Waktu" in ws.organiser
    for g in groups.list_groups(demo):
        assert "(ilustratif)" in g.notes
        assert g.facilitator and g.room and g.rationale


def test_every_group_did_all_three_activities(demo: JakresFile) -> None:
    for row, count in zip(summary.describe(demo)["groups"], REPORTED_COUNTS, strict=True):
        assert 12 <= row["participants"] <= 20
        assert 0 < row["present"] < row["participants"]
        assert 3 <= row["elements"] <= 4 and row["targets"] >= row["elements"]
        assert row["criteria"] >= 2
        # About a third more candidates than priority programs.
        assert 1.3 * count <= row["candidates"] <= 1.4 * count
        assert row["dot_votes"] > 0 and row["scores"] > 0
    assert all(g.criteria_locked for g in groups.list_groups(demo))


def test_rationales_of_groups_1_3_4_are_the_reported_ones(demo: JakresFile) -> None:
    g = _groups(demo)
    assert "dampak langsung bagi masyarakat" in g["Kelompok 1"].rationale
    assert "sosialisasi yang lebih intensif" in g["Kelompok 3"].rationale
    assert "tata ruang dan bangunan serta monitoring dan evaluasi" in g["Kelompok 4"].rationale
    for name in ("Kelompok 2", "Kelompok 5"):
        assert "ilustratif" in g[name].rationale.lower()


def test_reported_criteria_in_focus_areas_1_3_4(demo: JakresFile) -> None:
    preset = resources.preset("jakarta-2018")
    reported = {
        fa["number"]: {c["name"]["id"] for c in fa["suggested_criteria"] if c["reported"]}
        for fa in preset["focus_areas"]
    }
    for number, name in enumerate(_groups(demo), start=1):
        crits = criteria.list_criteria(demo, _groups(demo)[name].id, lang="id")  # as reported
        by_source = {c.name for c in crits if c.source == "reported"}
        assert by_source == reported[number]
        if number in (2, 5):
            assert len(crits) in (2, 3) and {c.source for c in crits} == {"suggested"}
        assert all(1 <= c.weight <= 3 for c in crits)
    assert reported[1] and reported[3] and reported[4]


def test_every_stakeholder_kind_is_in_the_room(demo: JakresFile) -> None:
    kinds = {k[0] for k in participants.stakeholder_kinds(demo)}
    people = participants.list_participants(demo)
    assert {p.stakeholder_kind for p in people} == kinds
    assert all(p.organisation and p.role for p in people)
    assert len({p.name for p in people}) == len(people)
    assert 1 <= sum(p.walk_in for p in people) <= 2
    assert sum(not p.present for p in people) >= 5


def test_elements_and_targets(demo: JakresFile) -> None:
    goals = {fa.id: fa.goal_ids for fa in workshops.focus_areas(demo)}
    custom = 0
    for g in groups.list_groups(demo):
        els = elements.list_elements(demo, g.id)
        chosen = {e.goal_id for e in els if e.goal_id}
        assert chosen == set(goals[g.focus_area_id or ""])
        custom += sum(e.custom_title is not None for e in els)
        for e in els:
            assert e.rationale and 1 <= len(e.targets) <= 3
            for t in e.targets:
                assert t.statement and t.indicator and t.baseline and t.target_value
                assert t.responsible_agency and 2019 <= (t.target_year or 0) <= 2030
    assert custom >= 1


def test_dot_votes_keep_the_workshop_rules(demo: JakresFile) -> None:
    ws = workshops.get_workshop(demo)
    for g in groups.list_groups(demo):
        assert all(
            0 <= left <= ws.dots_per_participant for left in votes.dots_left(demo, g.id).values()
        )
    with demo.read() as s:
        rows = s.execute(
            select(DotVote.count, Candidate.group_id, Participant.group_id, Participant.present)
            .join(Candidate, DotVote.candidate_id == Candidate.id)
            .join(Participant, DotVote.participant_id == Participant.id)
        ).all()
    assert rows
    for count, cand_group, voter_group, present in rows:
        assert 0 < count <= ws.max_dots_per_candidate
        assert cand_group == voter_group and present


def test_scores_by_consensus_and_by_person(demo: JakresFile) -> None:
    ws = workshops.get_workshop(demo)
    with demo.read() as s:
        rows = s.execute(
            select(Score.value, Score.participant_id, Candidate.group_id).join(
                Candidate, Score.candidate_id == Candidate.id
            )
        ).all()
    assert all(ws.score_min <= value <= ws.score_max for value, _, _ in rows)
    assert any(person is None for _, person, _ in rows)
    assert len({group for _, person, group in rows if person is not None}) == 1
    for g in groups.list_groups(demo):
        assert all(r.complete for r in votes.ranking(demo, g.id))


def test_facilitator_overrides_with_reasons(demo: JakresFile) -> None:
    found = []
    for g in groups.list_groups(demo):
        by_rule = {r.candidate_id: r.priority for r in votes.ranking(demo, g.id)}
        for c in programs.list_candidates(demo, g.id):
            if c.decided_by == "facilitator":
                assert c.reason and c.is_priority != by_rule[c.id]
                found.append((g.name, c.is_priority))
    assert sorted(found) == [("Kelompok 2", True), ("Kelompok 4", False)]


def test_a_visible_tie(demo: JakresFile) -> None:
    g = groups.find_group(demo, "Kelompok 3")
    rows = {r.title: r for r in votes.ranking(demo, g.id)}
    west = rows["Bank Sampah Unit di Jakarta Barat"]
    east = rows["Bank Sampah Unit di Jakarta Timur"]
    assert west.tied and east.tied and west.rank == east.rank
    assert (west.score, west.dots, west.voters) == (east.score, east.dots, east.voters)


def test_programs_read_like_real_ones(demo: JakresFile) -> None:
    catalogue = programs.list_programs(demo)
    titles = [p.title for p in catalogue]
    assert len(set(titles)) == len(titles)
    assert not [t for t in titles if re.search(r"Program \d+", t) or "{" in t]
    assert all(p.agency and p.description and p.focus_areas for p in catalogue)
    priority_in: Counter[str] = Counter()
    for g in groups.list_groups(demo):
        priority_in.update(
            c.program_id for c in programs.list_candidates(demo, g.id) if c.is_priority
        )
    assert sum(n > 1 for n in priority_in.values()) >= 3


def test_two_builds_hold_the_same_content(demo: JakresFile, tmp_path: Path) -> None:
    again = build_demo(tmp_path / "again.jakres", device_id=DEVICE)
    try:
        assert _without_ids(summary.describe(again)) == _without_ids(summary.describe(demo))
        assert sorted(p.title for p in programs.list_programs(again)) == sorted(
            p.title for p in programs.list_programs(demo)
        )
        assert _rankings(again) == _rankings(demo)
    finally:
        again.close()
    con = sqlite3.connect(tmp_path / "again.jakres")
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        con.close()


def test_an_existing_file_is_never_overwritten(tmp_path: Path) -> None:
    target = tmp_path / "taken.jakres"
    target.write_bytes(b"keep me")
    with pytest.raises(FileProblem):
        build_demo(target, device_id=DEVICE)
    assert target.read_bytes() == b"keep me"


def _without_ids(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_ids(v) for k, v in value.items() if k != "uuid"}
    if isinstance(value, list):
        return [_without_ids(v) for v in value]
    return value


def _rankings(f: JakresFile) -> list[list[tuple[str, int, float | None, int, bool]]]:
    return [
        [(r.title, r.rank, r.score, r.dots, r.priority) for r in votes.ranking(f, g.id)]
        for g in groups.list_groups(f)
    ]
