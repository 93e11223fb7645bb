"""The plenary slides count linked programs once and mark the facilitator's decisions."""

from __future__ import annotations

from jakres_desk.core.rules.decisions import DecisionState
from jakres_desk.report.data import gather
from jakres_desk.store.db import JakresFile
from jakres_desk.ui.report.slides import build_slides


def test_the_overview_is_compact_and_counts_linked_programs_once(linked: JakresFile) -> None:
    data = gather(linked, lang="en")
    overview = [s for s in build_slides(data) if s.kind == "overview"]
    assert [len(s.rows) for s in overview] == [3, 2]  # five groups: two slides, not three
    assert data.distinct_priorities < data.decisions
    note = (
        f"{data.distinct_priorities} distinct priority programs ({data.decisions} group decisions)"
    )
    assert all(s.note == note for s in overview)


def test_shared_slides_pool_linked_programs(linked: JakresFile) -> None:
    data = gather(linked, lang="en")
    shared = [r for s in build_slides(data) if s.kind == "shared" for r in s.rows]
    three = [r for r in shared if r.figure == "3"]
    assert len(three) == 2  # the two families of the fixture, each prioritised by three groups
    assert any("Kelompok 1, Kelompok 2, Kelompok 3" in r.detail for r in three)


def test_facilitator_decisions_are_marked(demo: JakresFile) -> None:
    data = gather(demo, lang="en")
    slides = build_slides(data)
    overridden = [
        (gr, r) for gr in data.groups for r in gr.ranking if r.state is DecisionState.OVERRIDE
    ]
    assert {r.priority for _gr, r in overridden} == {True, False}
    rows = [r for s in slides if s.kind == "programs" for r in s.rows]
    for _gr, r in overridden:
        if r.priority:
            [row] = [x for x in rows if x.text == r.title.strip()]
            assert "✎ facilitator's decision: " in row.detail
        else:
            notes = [s.note for s in slides if s.kind == "programs"]
            assert any(f"Left out by the facilitator: {r.title.strip()}" in n for n in notes)
