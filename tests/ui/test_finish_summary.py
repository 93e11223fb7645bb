"""Step 5's summary of one group is what it was when it described the whole workshop.

`group_summary` used to call `summary.describe` (every group's counts and
rankings) and rank the group twice more; it now reads the group's own figures
and ranks once. The old function is kept here as the reference.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from jakres_desk.core.demo import build_demo
from jakres_desk.core.rules.decisions import DecisionState
from jakres_desk.core.services import (
    decisions,
    elements,
    groups,
    programs,
    summary,
    votes,
    workshops,
)
from jakres_desk.core.services.checklist import GroupSummary, group_summary
from jakres_desk.store.db import JakresFile, open_file
from tests.conftest import DEVICE
from tests.edits import edited


def old_summary(f: JakresFile, group_id: str) -> GroupSummary:
    """group_summary as it was, through `summary.describe`."""
    described = summary.describe(f)
    row = next(g for g in described["groups"] if g["uuid"] == group_id)
    group = next(g for g in groups.list_groups(f) if g.id == group_id)
    bare = sum(not e.targets for e in elements.list_elements(f, group_id))
    titles = [c.title for c in programs.list_candidates(f, group_id) if c.is_priority]
    judged = decisions.judged(f, group_id=group_id)
    stale = [j.ranked.title for j in judged if j.state is DecisionState.STALE]
    ties = [j.ranked.title for j in judged if j.state is DecisionState.UNDECIDED_TIE]
    by_score = workshops.get_workshop(f).ranking_method == "score"
    return GroupSummary(
        row["name"],
        {k: int(row[k]) for k in summary.GROUP_COUNTS},
        group.criteria_locked,
        bare,
        titles,
        described["workshop"]["date"] or "",
        stale,
        ties,
        votes.unscored(f, group_id),
        by_score,
        group.rationale,
        group.voting_closed_at,
    )


def same_summaries(f: JakresFile) -> None:
    for g in groups.list_groups(f):
        assert group_summary(f, g.id) == old_summary(f, g.id)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.jakres"
    build_demo(path, device_id=DEVICE).close()
    return path


def test_every_group_of_the_demo_is_summed_up_alike(demo: Path) -> None:
    with open_file(demo, device_id=DEVICE) as f:
        assert any(group_summary(f, g.id).priority_titles for g in groups.list_groups(f))
        same_summaries(f)


def test_a_fresh_workshop_is_summed_up_alike(workshop: JakresFile) -> None:
    same_summaries(workshop)


@pytest.mark.parametrize(
    "sql",
    [
        "DELETE FROM dot_vote",
        "DELETE FROM score",
        "DELETE FROM decision",
        "UPDATE participant SET present = 0",
        "UPDATE workshop SET ranking_method = 'score'",
        "UPDATE breakout_group SET name = 'Kelompok «ünïcödé» 城市 ' || id, rationale = ''",
        "DELETE FROM target",
        "DELETE FROM target WHERE rowid % 2 = 0",
        "UPDATE decision SET is_priority = 0 WHERE rowid % 2 = 0",
        "DELETE FROM score WHERE rowid % 3 = 0",  # programs scored on some criteria only
        ("UPDATE workshop SET ranking_method = 'score'", "DELETE FROM score WHERE rowid % 3 = 0"),
    ],
)
def test_edge_cases_are_summed_up_alike(
    demo: Path, tmp_path: Path, sql: str | tuple[str, ...]
) -> None:
    path = edited(demo, tmp_path, *((sql,) if isinstance(sql, str) else sql))
    with open_file(path, device_id=DEVICE) as f:
        same_summaries(f)
