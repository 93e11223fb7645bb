"""The plain-SQL reads of steps 4 and 5 give what the ORM reads they replaced gave.

The tallies, weights, criteria, rules and decisions (core/services/vote_reads.py),
the grids, the workshop, the groups and the criteria (sql_reads.py) are read in
plain SQL; the ORM versions they replaced are kept in tests/core/reference_reads.py,
the old `rank` in reference_rank.py. Both are run on the demo with
a room made to be awkward (ties, unscored cells, personal scores whose mean a
plain sum would round otherwise, overrides, stale decisions, absent people's
dots, a dot taken back) and on hand-edited copies of it. Records are compared by
value and by repr, so a 1 where the old code gave 1.0 is caught too.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from jakres_desk.base.errors import NotFound
from jakres_desk.core.demo import build_demo
from jakres_desk.core.rules.decisions import judge
from jakres_desk.core.rules.ranking import Tally
from jakres_desk.core.services import (
    criteria,
    decisions,
    grids,
    groups,
    participants,
    programs,
    vote_reads,
    votes,
    workshops,
)
from jakres_desk.core.services.common import reading
from jakres_desk.core.services.common import workshop as the_workshop
from jakres_desk.core.services.workshops import rules_of
from jakres_desk.store.db import JakresFile, open_file
from jakres_desk.store.models import Criterion
from tests.conftest import DEVICE
from tests.core import reference_reads as old
from tests.core.reference_rank import rank as old_rank
from tests.edits import edited


def same(new: object, before: object) -> None:
    assert new == before
    assert repr(new) == repr(before)


def by_id(tallies: dict[str, list[Tally]]) -> dict[str, list[Tally]]:
    return {g: sorted(t, key=lambda t: t.candidate_id) for g, t in tallies.items()}


# --- files ---------------------------------------------------------------------------------


def _awkward_room(f: JakresFile) -> None:
    """A group with everything a ranking has to get right, next to the demo's own groups."""
    workshops.set_rules(f, dots_per_participant=10, max_dots_per_candidate=0)
    g = groups.add_group(f, name="Ruang uji")
    people = [
        participants.add_participant(f, name=f"Orang {i}", group_id=g.id, present=i < 4)
        for i in range(6)
    ]
    crits = [
        criteria.add_criterion(f, group_id=g.id, name=f"Ukuran {i} ü", weight=w)
        for i, w in enumerate((2, 1, 0.5))
    ]
    groups.set_criteria_locked(f, group_id=g.id, locked=True)
    titles = ["Bank sampah", "bank Sampah", "Ömbak", "Zebra", "Alpha", "alpha", "Kosong", "Sama"]
    cands = [
        programs.add_room_program(f, group_id=g.id, title=t, agency=f"Dinas {i}").id
        for i, t in enumerate(titles)
    ]
    for person, cand, n in [
        (0, 0, 2), (1, 1, 2), (2, 2, 1), (3, 3, 1), (4, 4, 3), (5, 5, 3),  # 4, 5 absent
        (0, 7, 1), (1, 6, 1), (1, 6, 0),  # a dot taken back: no voter
    ]:  # fmt: skip
        votes.set_dots(f, candidate_id=cands[cand], participant_id=people[person].id, count=n)
    consensus = {(0, 0): 4, (0, 1): 3, (0, 2): 5, (1, 0): 4, (1, 1): 3, (1, 2): 5, (2, 0): 2}
    for (cand, crit), value in consensus.items():
        votes.set_score(f, candidate_id=cands[cand], criterion_id=crits[crit].id, value=value)
    # Personal scores only: a mean that a plain sum would round otherwise (1.1, 1.3, 1.7).
    for person, value in enumerate((1.1, 1.3, 1.7)):
        for crit in crits:
            votes.set_score(
                f,
                candidate_id=cands[3],
                criterion_id=crit.id,
                value=value,
                participant_id=people[person].id,
            )
    # Personal scores under a consensus value: the consensus stands.
    votes.set_score(
        f, candidate_id=cands[2], criterion_id=crits[0].id, value=5, participant_id=people[1].id
    )
    votes.set_score(
        f, candidate_id=cands[4], criterion_id=crits[1].id, value=2.5, participant_id=people[4].id
    )
    decisions.apply_rule(f, group_id=g.id)
    decisions.override(f, candidate_id=cands[6], is_priority=True, reason="Warga meminta")
    decisions.override(f, candidate_id=cands[0], is_priority=False, reason="Sudah berjalan")
    # After the rule: decisions go stale, one candidate is new and undecided.
    for crit in crits:
        votes.set_score(f, candidate_id=cands[2], criterion_id=crit.id, value=5)
    votes.set_dots(f, candidate_id=cands[7], participant_id=people[0].id, count=3)
    programs.add_room_program(f, group_id=g.id, title="Baru", agency="")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.jakres"
    build_demo(path, device_id=DEVICE).close()
    return path


@pytest.fixture(scope="module")
def awkward(demo: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = Path(shutil.copy(demo, tmp_path_factory.mktemp("awkward") / "awkward.jakres"))
    with open_file(path, device_id=DEVICE) as f:
        _awkward_room(f)
    return path


EDITS = [
    (),
    ("UPDATE criterion SET weight = 0 WHERE rowid % 3 = 0",),
    ("DELETE FROM score WHERE participant_id IS NULL",),
    ("DELETE FROM dot_vote",),
    ("UPDATE workshop SET ranking_method = 'dots', priority_rule = 'top_n', top_n = 3",),
    ("UPDATE workshop SET priority_rule = 'facilitator'",),
    ("UPDATE program SET title = upper(title)",),
    ("DELETE FROM candidate",),
]


@pytest.fixture(params=range(len(EDITS)))
def path(request: pytest.FixtureRequest, awkward: Path, tmp_path: Path) -> Path:
    return edited(awkward, tmp_path, *EDITS[request.param])


# --- the reads -----------------------------------------------------------------------------


def test_the_room_is_as_awkward_as_it_says(awkward: Path) -> None:
    with open_file(awkward, device_id=DEVICE) as f:
        g = groups.find_group(f, "Ruang uji")
        states = {j.state.value for j in decisions.judged(f, group_id=g.id)}
        ranked = votes.ranking(f, g.id)
    assert {"stale", "override", "undecided", "matches"} <= states
    assert any(r.tied for r in ranked) and any(r.partial for r in ranked)
    assert any(r.voters == 0 and r.dots == 0 for r in ranked)


def test_tallies_weights_criteria_rules_and_decisions_read_as_before(path: Path) -> None:
    with open_file(path, device_id=DEVICE) as f, f.read() as s, reading(f) as con:
        ids = [None, *(g.id for g in groups.list_groups(f)), "no-such-group"]
        for gid in ids:
            same(by_id(vote_reads.tallies_by_group(con, gid)), by_id(old.tallies_by_group(s, gid)))
            same(vote_reads.stored(con, gid), old.stored_in(s, gid))
            if gid is None:
                continue
            same(vote_reads.weights(con, gid), old.group_weights(s, gid))
            same(vote_reads.weighted_criteria(con, gid), old.weighted_criteria(s, gid))
        same(vote_reads.rules(con), rules_of(the_workshop(s)))


def test_the_services_rank_and_judge_as_before(path: Path) -> None:
    with open_file(path, device_id=DEVICE) as f:
        for g in groups.list_groups(f):
            with f.read() as s:
                tallies = old.tallies_by_group(s, g.id).get(g.id, [])
                weights = old.group_weights(s, g.id)
                ranked = old_rank(tallies, weights, rules_of(the_workshop(s)))
                stored = old.stored_in(s, g.id)
                crits = old.weighted_criteria(s, g.id)
            unscored = votes.unscored_cells(ranked, tallies, crits)
            same(votes.ranking(f, g.id), ranked)
            same(decisions.judged(f, group_id=g.id), judge(ranked, stored))
            same(votes.unscored(f, g.id), unscored)
            same(decisions.judged_and_unscored(f, group_id=g.id), (judge(ranked, stored), unscored))
            with f.read() as s:
                same(votes.group_tallies(s, g.id), votes.tallies(f, g.id))
                same(votes.group_weights(s, g.id), votes.weights(f, g.id))


def test_stale_counts_are_as_before(path: Path) -> None:
    with open_file(path, device_id=DEVICE) as f, f.read() as s:
        tallies, rules = old.tallies_by_group(s), rules_of(the_workshop(s))
        expected = {}
        for g in groups.list_groups(f):
            ranked = old_rank(tallies.get(g.id, []), old.group_weights(s, g.id), rules)
            judged = judge(ranked, old.stored_in(s))
            expected[g.id] = sum(j.state.value == "stale" for j in judged)
        assert decisions.stale_by_group(s) == expected


def test_a_missing_group_or_workshop_is_said_as_before(awkward: Path, tmp_path: Path) -> None:
    with open_file(awkward, device_id=DEVICE) as f:
        with pytest.raises(NotFound) as missing:
            decisions.judged(f, group_id="no-such-group")
        assert missing.value.key == "not_found"
    bare = edited(awkward, tmp_path, "PRAGMA foreign_keys=OFF", "DELETE FROM workshop")
    with open_file(bare, device_id=DEVICE) as f:
        gid = groups.list_groups(f)[0].id
        with pytest.raises(NotFound) as none:
            votes.ranking(f, gid)
        assert none.value.key == "no_workshop"


def test_a_read_inside_a_write_sees_what_the_write_holds(awkward: Path, tmp_path: Path) -> None:
    path = Path(shutil.copy(awkward, tmp_path / "w.jakres"))
    with open_file(path, device_id=DEVICE) as f:
        g = groups.find_group(f, "Ruang uji")
        with pytest.raises(LookupError), f.write() as s:
            for c in s.scalars(select(Criterion).where(Criterion.group_id == g.id)):
                c.weight = 3.0  # not flushed yet: the plain read flushes it first
            assert set(votes.group_weights(s, g.id).values()) == {3.0}
            raise LookupError("roll it back")
        assert set(votes.weights(f, g.id).values()) == {2.0, 1.0, 0.5}


def test_the_grids_workshop_groups_and_criteria_read_as_before(path: Path) -> None:
    with open_file(path, device_id=DEVICE) as f:
        same(workshops.get_workshop(f), old.get_workshop(f))
        same(groups.list_groups(f), old.list_groups(f))
        people = [p.id for p in participants.list_participants(f)]
        for g in [*groups.list_groups(f), None]:
            gid = g.id if g else "no-such-group"
            same(grids.dot_grid(f, gid), old.dot_grid(f, gid))
            same(grids.personal_means(f, gid), old.personal_means(f, gid))
            for who in [None, *people]:
                same(grids.score_grid(f, gid, who), old.score_grid(f, gid, who))
            for lang in ("id", "en"):
                same(criteria.list_criteria(f, gid, lang), old.list_criteria(f, gid, lang))
