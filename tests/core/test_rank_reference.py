"""The fast `rank` gives what the one it replaced gave (tests/core/reference_rank.py).

`rank` was rewritten for speed (one pass over the weighted criteria per
candidate, C-level sorts, tuples instead of dataclasses inside); the old one is
kept as the definition, and both run on random tallies chosen to tie often, with
missing, NaN, infinite and unweighted values, under every rule, and on a room
of 500. Rankings are compared by value and by repr (1 and 1.0 differ there).
"""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from jakres_desk.core.rules.ranking import Rules, Tally, rank, weighted_score
from tests.core import reference_rank as old


def same(new: object, before: object) -> None:
    assert new == before
    assert repr(new) == repr(before)


CRITERIA = ("impact", "feasibility", "equity", "cost")
value_st = st.one_of(
    st.none(),
    st.sampled_from([1.0, 2.0, 3.0, 4.5, 5.0, 1.1, 1.3, 1.7, math.nan, math.inf]),
    st.floats(1, 5),
    st.integers(1, 5),
)
values_st = st.dictionaries(st.sampled_from([*CRITERIA, "unweighted"]), value_st)
weights_st = st.dictionaries(
    st.sampled_from(CRITERIA), st.sampled_from([0.0, 0.5, 1.0, 2.0, 3, 0.1, 0.7])
)


@st.composite
def tallies_st(draw: st.DrawFn) -> list[Tally]:
    """Unique ids; few titles, dots and voters so that ties are common."""
    cids = draw(st.lists(st.text("abcB", min_size=1, max_size=3), unique=True, max_size=12))
    return [
        Tally(
            candidate_id=cid,
            title=draw(st.sampled_from(["Drain", "drain", "DRAIN", "Park", "Wall", "Ömbak"])),
            dots=draw(st.integers(0, 4)),
            voters=draw(st.integers(0, 2)),
            values=draw(values_st),
        )
        for cid in cids
    ]


rules_st = st.one_of(
    st.builds(
        Rules,
        ranking_method=st.sampled_from(["dots", "score"]),
        priority_rule=st.just("top_n"),
        top_n=st.integers(1, 12),
    ),
    st.builds(
        Rules,
        ranking_method=st.just("score"),
        priority_rule=st.just("threshold"),
        threshold=st.sampled_from([1, 2.5, 3.5, 3.666667, 5]),
    ),
    st.builds(
        Rules,
        ranking_method=st.just("dots"),
        priority_rule=st.just("threshold"),
        threshold=st.sampled_from([0, 1, 2, 3.5]),
    ),
    st.builds(
        Rules,
        ranking_method=st.sampled_from(["dots", "score"]),
        priority_rule=st.just("facilitator"),
    ),
)


@settings(max_examples=500)
@given(tallies=tallies_st(), weights=weights_st, rules=rules_st)
def test_rank_is_the_reference_rank(
    tallies: list[Tally], weights: dict[str, float], rules: Rules
) -> None:
    same(rank(tallies, weights, rules), old.rank(tallies, weights, rules))


@settings(max_examples=300)
@given(values=values_st, weights=weights_st)
def test_weighted_score_is_the_reference_score(
    values: dict[str, float | None], weights: dict[str, float]
) -> None:
    same(weighted_score(values, weights), old.weighted_score(values, weights))


def test_a_room_of_500_ranks_as_the_reference() -> None:
    """The size the speed is for: every kind of candidate, many ties, each rule."""
    weights = {"a": 2.0, "b": 1.0, "c": 0.5, "d": 1.0, "e": 3.0, "f": 1.0}
    scale = [None, 1.0, 2.0, 3.0, 4.0, 5.0, 4.5, 1.1, 1.3, 1.7]
    tallies = [
        Tally(
            f"{i:04d}",
            f"Program {i % 37}",
            i % 7,
            i % 3,
            {c: scale[(i * (k + 3)) % len(scale)] if i % 5 else 3.0 for k, c in enumerate(weights)},
        )
        for i in range(500)
    ]
    for rules in (
        Rules(priority_rule="threshold", threshold=3.5),
        Rules(ranking_method="dots", priority_rule="top_n", top_n=40),
        Rules(ranking_method="score", priority_rule="top_n", top_n=100),
        Rules(priority_rule="facilitator"),
    ):
        same(rank(tallies, weights, rules), old.rank(tallies, weights, rules))
