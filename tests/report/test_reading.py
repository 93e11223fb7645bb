"""The summary reads each table once for the whole workshop: the same records as group by group."""

from __future__ import annotations

from pathlib import Path

import pytest

from jakres_desk.core.rules.ranking import rank
from jakres_desk.core.services import (
    criteria,
    elements,
    grids,
    groups,
    participants,
    programs,
    votes,
    workshops,
)
from jakres_desk.report.data import gather
from jakres_desk.report.pdf import render_report
from jakres_desk.report.reading import read_tables, snapshot
from jakres_desk.store.db import JakresFile, open_file
from jakres_desk.store.glance import glance
from tests.report.conftest import DEVICE
from tests.report.pdfread import text_of


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("one", [False, True], ids=["all", "one-group"])
def test_the_tables_read_in_sql_are_the_services_records(
    demo: JakresFile, lang: str, one: bool
) -> None:
    """report.reading reads without the ORM: the same records as the services, in order."""
    for g in groups.list_groups(demo):
        with snapshot(demo) as con:
            t = read_tables(con, lang=lang, group_id=g.id if one else None)
        assert repr(t.elements.get(g.id, [])) == repr(elements.list_elements(demo, g.id, lang))
        assert repr(t.criteria.get(g.id, [])) == repr(criteria.list_criteria(demo, g.id, lang))
        assert repr(t.candidates.get(g.id, [])) == repr(programs.list_candidates(demo, g.id))
        assert t.dots.get(g.id, {}) == grids.dot_grid(demo, g.id)
        assert sorted(t.tallies.get(g.id, []), key=repr) == sorted(
            votes.tallies(demo, g.id), key=repr
        )
        assert repr(t.weights.get(g.id, {})) == repr(votes.weights(demo, g.id))
        if one:
            assert set(t.elements) | set(t.candidates) | set(t.tallies) <= {g.id}


def test_the_command_s_bare_connection_gives_the_open_file_s_summary(
    demo_path: Path, linked_path: Path
) -> None:
    for path in (demo_path, linked_path):
        with glance(path, device_id=DEVICE) as con:
            bare = gather(con, lang="id")
        with open_file(path, device_id=DEVICE) as f:
            assert gather(f, lang="id") == bare


def test_every_groups_tallies_read_at_once_are_its_own(demo: JakresFile) -> None:
    rules = workshops.rules_of(workshops.get_workshop(demo))
    with demo.read() as s:
        together, weights = votes.tallies_by_group(s), votes.weights_by_group(s)
    for g in groups.list_groups(demo):
        own = votes.tallies(demo, g.id)
        assert sorted(together[g.id], key=str) == sorted(own, key=str)
        assert weights[g.id] == votes.weights(demo, g.id)
        assert rank(together[g.id], weights[g.id], rules) == votes.ranking(demo, g.id)


def test_one_groups_summary_holds_what_the_whole_summary_shows_of_it(demo: JakresFile) -> None:
    whole = gather(demo, lang="en")
    assert len(whole.groups) == 5
    for gr in whole.groups:
        alone = gather(demo, lang="en", group_id=gr.group.id)
        assert alone.groups == (gr,)


def test_a_score_given_by_participants_alone_is_starred(workshop: JakresFile) -> None:
    g = groups.find_group(workshop, "Kelompok 2")
    crit = criteria.add_criterion(workshop, group_id=g.id, name="Dampak")
    groups.set_criteria_locked(workshop, group_id=g.id, locked=True)
    ani = participants.add_participant(workshop, name="Ani", group_id=g.id, present=True)
    budi = participants.add_participant(workshop, name="Budi", group_id=g.id, present=True)
    agreed = programs.add_room_program(workshop, group_id=g.id, title="Bank Sampah", agency="DLH")
    voted = programs.add_room_program(workshop, group_id=g.id, title="IPAL Komunal", agency="PAM")
    votes.set_score(workshop, candidate_id=agreed.id, criterion_id=crit.id, value=4)
    for person, value in ((ani, 2), (budi, 5)):
        votes.set_score(
            workshop,
            candidate_id=voted.id,
            criterion_id=crit.id,
            value=value,
            participant_id=person.id,
        )
    votes.set_score(
        workshop, candidate_id=agreed.id, criterion_id=crit.id, value=1, participant_id=ani.id
    )
    text = text_of(render_report(workshop, lang="en", group_id=g.id))
    scores = text.split("Scores by Criterion")[-1]
    assert "IPAL Komunal 3.50* 3.50" in scores  # the mean of Ani's and Budi's own scores
    assert "Bank Sampah 4 4.00" in scores  # the consensus, though Ani scored it too
