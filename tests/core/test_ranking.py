"""Tests for jakres_desk.core.rules.ranking."""

import math
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jakres_desk.core.rules.ranking import (
    Disagreement,
    Ranked,
    Rules,
    RulesError,
    Tally,
    disagreements,
    rank,
    validate_rules,
    weighted_score,
)

DOTS_TOP2 = Rules(ranking_method="dots", priority_rule="top_n", top_n=2)
SCORE_TOP2 = Rules(ranking_method="score", priority_rule="top_n", top_n=2)
FACILITATOR = Rules(ranking_method="score", priority_rule="facilitator")
WEIGHTS = {"impact": 2.0, "feasibility": 1.0, "cost": 0.0}


def tally(
    cid: str, dots: int = 0, voters: int = 0, title: str | None = None, **values: float | None
) -> Tally:
    """A tally whose title defaults to its id."""
    return Tally(candidate_id=cid, title=title or cid, dots=dots, voters=voters, values=values)


def ids(rows: list[Ranked]) -> list[str]:
    return [row.candidate_id for row in rows]


def worked_example() -> list[Tally]:
    """The worked example of docs/ranking.md."""
    return [
        tally("A", 7, 5, "Flood early warning", impact=4.5, feasibility=4),
        tally("B", 5, 4, "Green drainage", impact=4, feasibility=3),
        tally("C", 5, 4, "Mangrove belt", impact=3, feasibility=5),
        tally("D", 4, 3, "Community kitchens", impact=5, feasibility=None),
        tally("E", 2, 2, "Cool roofs"),
    ]


def complete_example() -> list[Tally]:
    """The worked example with D scored on every criterion (5 and 5)."""
    return [
        replace(t, values={**t.values, "feasibility": 5}) if t.candidate_id == "D" else t
        for t in worked_example()
    ]


# --- weighted_score ---------------------------------------------------------------------


def test_weighted_score_is_weighted_mean() -> None:
    assert weighted_score({"a": 4, "b": 1}, {"a": 3, "b": 1}) == 3.25


def test_weighted_score_skips_missing_values_and_renormalises() -> None:
    # Only "a" is scored, so the score is a's value, not 4 * 2 / 3.
    assert weighted_score({"a": 4, "b": None}, {"a": 2, "b": 1}) == 4.0
    assert weighted_score({"a": 4}, {"a": 2, "b": 1}) == 4.0


def test_weighted_score_ignores_zero_weights_and_unweighted_criteria() -> None:
    assert weighted_score({"a": 2, "b": 5, "c": 1}, {"a": 1, "b": 0}) == 2.0


def test_weighted_score_none_when_nothing_weighted_is_scored() -> None:
    assert weighted_score({}, {"a": 1}) is None
    assert weighted_score({"a": None}, {"a": 1}) is None
    assert weighted_score({"a": 3}, {"a": 0}) is None
    assert weighted_score({"a": 3}, {}) is None


def test_weighted_score_treats_nan_as_not_scored() -> None:
    assert weighted_score({"a": math.nan, "b": 2}, {"a": 1, "b": 1}) == 2.0


def test_weighted_score_rounds_to_six_decimals() -> None:
    assert weighted_score({"a": 1, "b": 2}, {"a": 1, "b": 2}) == 1.666667
    # 0.1 + 0.2 style noise must not survive.
    assert weighted_score({"a": 0.1, "b": 0.2}, {"a": 1, "b": 1}) == 0.15


# --- ranking ------------------------------------------------------------------------------


def test_dots_ranking_competition_ranks_and_tied_flags() -> None:
    rows = rank(
        [tally("d", 1), tally("b", 3), tally("a", 5), tally("c", 3)],
        {},
        Rules(ranking_method="dots", priority_rule="facilitator"),
    )
    assert ids(rows) == ["a", "b", "c", "d"]
    assert [row.rank for row in rows] == [1, 2, 2, 4]
    assert [row.tied for row in rows] == [False, True, True, False]


def test_score_ranking_uses_dots_as_secondary() -> None:
    rows = rank(
        [tally("few", 1, impact=4), tally("many", 6, impact=4), tally("top", 0, impact=5)],
        {"impact": 1},
        FACILITATOR,
    )
    assert ids(rows) == ["top", "many", "few"]
    assert [row.rank for row in rows] == [1, 2, 3]
    assert not any(row.tied for row in rows)


def test_dots_ranking_uses_score_as_secondary_and_none_lowest() -> None:
    rows = rank(
        [tally("none", 3), tally("low", 3, impact=1), tally("high", 3, impact=2)],
        {"impact": 1},
        Rules(ranking_method="dots", priority_rule="facilitator"),
    )
    assert ids(rows) == ["high", "low", "none"]
    assert [row.rank for row in rows] == [1, 2, 3]


def test_voters_break_a_tie_on_both_metrics() -> None:
    # Titles sort the other way round, so only breadth can put "wide" first.
    rows = rank([tally("a-narrow", 4, 1), tally("wide", 4, 4)], {}, DOTS_TOP2)
    assert ids(rows) == ["wide", "a-narrow"]
    assert [row.rank for row in rows] == [1, 2]


def test_full_tie_on_all_three_keys_stays_tied_in_title_order() -> None:
    rows = rank(
        [
            tally("z1", 3, 2, "beta", impact=4),
            tally("y2", 3, 2, "Alpha", impact=4),
            tally("x3", 3, 2, "alpha", impact=4),
        ],
        {"impact": 1},
        FACILITATOR,
    )
    # Title casefolded, then id: presentation only, all three keep rank 1.
    assert ids(rows) == ["x3", "y2", "z1"]
    assert [row.rank for row in rows] == [1, 1, 1]
    assert all(row.tied for row in rows)


def test_ranked_row_carries_score_and_completeness() -> None:
    rows = {row.candidate_id: row for row in rank(worked_example(), WEIGHTS, FACILITATOR)}
    assert rows["A"].score == 4.333333 and rows["A"].complete
    assert rows["D"].score == 5.0 and not rows["D"].complete
    assert rows["E"].score is None and not rows["E"].complete
    assert (rows["B"].dots, rows["B"].voters, rows["B"].title) == (5, 4, "Green drainage")


def test_complete_without_weighted_criteria_only_for_dots() -> None:
    dots = rank([tally("a", 1, impact=3)], {"impact": 0}, Rules("dots", "facilitator"))
    score = rank([tally("a", 1, impact=3)], {"impact": 0}, Rules("score", "facilitator"))
    assert dots[0].complete is True
    assert score[0].complete is False


def test_empty_input() -> None:
    assert rank([], WEIGHTS, DOTS_TOP2) == []
    assert disagreements([], WEIGHTS, DOTS_TOP2) == []
    assert disagreements([], WEIGHTS, Rules("score", "threshold", threshold=3)) == []


def test_duplicate_candidate_id_is_rejected() -> None:
    with pytest.raises(ValueError, match="duplicate candidate_id: 'a'"):
        rank([tally("a", 1), tally("a", 2)], {}, DOTS_TOP2)


# --- priority rules -------------------------------------------------------------------------


def test_top_n_tie_at_cutoff_selects_whole_group() -> None:
    rows = rank([tally("a", 5), tally("b", 3), tally("c", 3), tally("d", 1)], {}, DOTS_TOP2)
    assert [row.rank for row in rows] == [1, 2, 2, 4]
    assert [row.priority for row in rows] == [True, True, True, False]
    assert [row.tie_at_cutoff for row in rows] == [False, True, True, False]


def test_top_n_tie_inside_the_cutoff_is_not_flagged() -> None:
    rows = rank([tally("a", 5), tally("b", 5), tally("c", 3)], {}, DOTS_TOP2)
    assert [row.priority for row in rows] == [True, True, False]
    assert not any(row.tie_at_cutoff for row in rows)


def test_top_n_tie_just_after_the_cutoff_is_not_selected() -> None:
    rows = rank([tally("a", 5), tally("b", 4), tally("c", 3), tally("d", 3)], {}, DOTS_TOP2)
    assert [row.priority for row in rows] == [True, True, False, False]
    assert not any(row.tie_at_cutoff for row in rows)


def test_top_n_larger_than_the_list_selects_all() -> None:
    rules = Rules(ranking_method="dots", priority_rule="top_n", top_n=10)
    rows = rank([tally("a", 5), tally("b", 3), tally("c", 3)], {}, rules)
    assert all(row.priority for row in rows)
    assert not any(row.tie_at_cutoff for row in rows)


def test_threshold_on_dots() -> None:
    rules = Rules(ranking_method="dots", priority_rule="threshold", threshold=5)
    rows = rank(worked_example(), WEIGHTS, rules)
    assert {row.candidate_id for row in rows if row.priority} == {"A", "B", "C"}
    assert not any(row.tie_at_cutoff for row in rows)


def test_threshold_on_score_with_none_scores() -> None:
    rules = Rules(ranking_method="score", priority_rule="threshold", threshold=4)
    rows = rank(complete_example(), WEIGHTS, rules)
    assert ids(rows) == ["D", "A", "B", "C", "E"]
    assert [row.priority for row in rows] == [True, True, False, False, False]


# --- incomplete scores ----------------------------------------------------------------------


def test_a_program_scored_on_some_criteria_is_not_ranked_by_score() -> None:
    # D scores 5.0 on the one criterion it has: it must not rank first and win.
    rules = Rules(ranking_method="score", priority_rule="threshold", threshold=4)
    rows = rank(worked_example(), WEIGHTS, rules)
    assert ids(rows) == ["A", "B", "C", "D", "E"]
    d = rows[3]
    assert (d.rank, d.score, d.complete, d.unranked) == (4, 5.0, False, True)
    assert (d.scored, d.criteria) == (1, 2)
    assert [row.priority for row in rows] == [True, False, False, False, False]


def test_top_n_never_fills_with_incomplete_programs() -> None:
    rules = Rules(ranking_method="score", priority_rule="top_n", top_n=3)
    rows = rank([tally("a", impact=2, feasibility=2), tally("b", 9, impact=5)], WEIGHTS, rules)
    assert ids(rows) == ["a", "b"]
    assert [row.priority for row in rows] == [True, False]
    assert not any(row.tie_at_cutoff for row in rows)


def test_without_weighted_criteria_a_score_ranking_selects_nobody() -> None:
    rules = Rules(ranking_method="score", priority_rule="top_n", top_n=1)
    rows = rank([tally("a", 3), tally("b", 1)], {}, rules)
    assert [row.unranked for row in rows] == [True, True]
    assert not any(row.priority for row in rows)


def test_a_dots_ranking_keeps_incomplete_programs_but_never_lets_a_partial_score_win() -> None:
    # Same dots: the complete 3.0 beats the partial 5.0 as the tie-breaker.
    rules = Rules(ranking_method="dots", priority_rule="top_n", top_n=1)
    rows = rank(
        [tally("part", 4, impact=5), tally("full", 4, impact=3, feasibility=3)], WEIGHTS, rules
    )
    assert ids(rows) == ["full", "part"]
    assert [row.priority for row in rows] == [True, False]
    assert not any(row.unranked for row in rows)
    assert (rows[1].complete, rows[1].scored, rows[1].criteria) == (False, 1, 2)


def test_threshold_is_inclusive_and_uses_rounded_score() -> None:
    # Unrounded, (1.1 + 2 * 2.3) / 3 is 1.8999999999999997 and would miss the threshold.
    rules = Rules(ranking_method="score", priority_rule="threshold", threshold=1.9)
    rows = rank([tally("a", impact=1.1, feasibility=2.3)], {"impact": 1, "feasibility": 2}, rules)
    assert rows[0].score == 1.9
    assert rows[0].priority


def test_threshold_zero_on_dots_selects_everyone() -> None:
    rules = Rules(ranking_method="dots", priority_rule="threshold", threshold=0)
    assert all(row.priority for row in rank([tally("a", 0), tally("b", 2)], {}, rules))


def test_facilitator_rule_selects_nothing() -> None:
    rows = rank(complete_example(), WEIGHTS, FACILITATOR)
    assert [row.rank for row in rows] == [1, 2, 3, 3, 5]
    assert not any(row.priority or row.tie_at_cutoff for row in rows)


# --- validation ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rules", "field"),
    [
        (Rules(priority_rule="top_n"), "top_n"),
        (Rules(priority_rule="top_n", top_n=0), "top_n"),
        (Rules(priority_rule="top_n", top_n=-3), "top_n"),
        (Rules(priority_rule="threshold"), "threshold"),
        (Rules(priority_rule="threshold", threshold=math.nan), "threshold"),
        (Rules(priority_rule="facilitator", score_min=5, score_max=5), "score_min"),
        (Rules(priority_rule="facilitator", score_min=6, score_max=1), "score_min"),
        (Rules(ranking_method="votes", priority_rule="facilitator"), "ranking_method"),  # type: ignore[arg-type]
        (Rules(ranking_method="dots", priority_rule="best"), "priority_rule"),  # type: ignore[arg-type]
        (Rules(ranking_method="score", threshold=5.5), "threshold"),
        (Rules(ranking_method="score", threshold=0.5), "threshold"),
        (Rules(ranking_method="dots", threshold=-1), "threshold"),
    ],
)
def test_validate_rules_names_the_field(rules: Rules, field: str) -> None:
    with pytest.raises(RulesError, match=field):
        validate_rules(rules)


@pytest.mark.parametrize(
    "rules",
    [
        Rules(priority_rule="top_n", top_n=1),
        Rules(ranking_method="score", threshold=1),
        Rules(ranking_method="score", threshold=5),
        Rules(ranking_method="dots", threshold=0),
        Rules(ranking_method="dots", threshold=40),
        Rules(priority_rule="facilitator"),
        Rules(priority_rule="threshold", threshold=3, top_n=0),  # top_n unused here
    ],
)
def test_validate_rules_accepts_valid_rules(rules: Rules) -> None:
    validate_rules(rules)


def test_rank_validates_rules_first() -> None:
    with pytest.raises(RulesError, match="top_n"):
        rank([tally("a", 1)], {}, Rules(priority_rule="top_n"))


def test_negative_weight_names_the_criterion() -> None:
    with pytest.raises(RulesError, match="'cost'"):
        rank([tally("a", 1, cost=2)], {"impact": 1, "cost": -0.5}, DOTS_TOP2)


def test_rules_error_is_a_value_error() -> None:
    assert issubclass(RulesError, ValueError)


# --- disagreements --------------------------------------------------------------------------


def test_disagreements_top_n() -> None:
    # Dots pick A, B, C (B/C tie at the cut-off); scores pick D and A.
    assert disagreements(complete_example(), WEIGHTS, DOTS_TOP2) == [
        Disagreement("B", "Green drainage", True, False, 2, 3),
        Disagreement("C", "Mangrove belt", True, False, 2, 3),
        Disagreement("D", "Community kitchens", False, True, 4, 1),
    ]


def test_disagreements_follow_the_actual_ranking_order() -> None:
    found = disagreements(complete_example(), WEIGHTS, SCORE_TOP2)
    assert [item.candidate_id for item in found] == ["D", "B", "C"]


def test_disagreements_threshold_compares_same_number_of_picks() -> None:
    # The score threshold selects D and A, so both rankings are cut at the top 2.
    rules = Rules(ranking_method="score", priority_rule="threshold", threshold=4)
    found = disagreements(complete_example(), WEIGHTS, rules)
    assert [item.candidate_id for item in found] == ["D", "B", "C"]
    assert found[0] == Disagreement("D", "Community kitchens", False, True, 4, 1)


def test_disagreements_threshold_selecting_nothing() -> None:
    rules = Rules(ranking_method="dots", priority_rule="threshold", threshold=50)
    assert disagreements(worked_example(), WEIGHTS, rules) == []


def test_disagreements_none_when_metrics_agree() -> None:
    tallies = [tally("a", 5, impact=5), tally("b", 3, impact=3), tally("c", 1, impact=1)]
    assert disagreements(tallies, {"impact": 1}, SCORE_TOP2) == []


def test_disagreements_under_facilitator_is_empty() -> None:
    assert disagreements(worked_example(), WEIGHTS, FACILITATOR) == []


def test_disagreements_validates_rules() -> None:
    with pytest.raises(RulesError, match="threshold"):
        disagreements(worked_example(), WEIGHTS, Rules(priority_rule="threshold"))


# --- properties ---------------------------------------------------------------------------

CRITERIA = ("impact", "feasibility", "equity")

values_st = st.dictionaries(
    st.sampled_from(CRITERIA),
    st.one_of(st.none(), st.sampled_from([1.0, 2.0, 3.0, 4.5, 5.0]), st.floats(1, 5)),
)
weights_st = st.dictionaries(st.sampled_from(CRITERIA), st.sampled_from([0.0, 0.5, 1.0, 2.0]))


@st.composite
def tallies_st(draw: st.DrawFn) -> list[Tally]:
    """Unique ids; few titles, dots and voters so that ties are common."""
    cids = draw(st.lists(st.text("abc", min_size=1, max_size=3), unique=True, max_size=9))
    return [
        Tally(
            candidate_id=cid,
            title=draw(st.sampled_from(["Drain", "drain", "Park", "Wall"])),
            dots=draw(st.integers(0, 4)),
            voters=draw(st.integers(0, 2)),
            values=draw(values_st),
        )
        for cid in cids
    ]


rules_st = st.builds(
    Rules,
    ranking_method=st.sampled_from(["dots", "score"]),
    priority_rule=st.just("top_n"),
    top_n=st.integers(1, 10),
)


def expected_key(row: Ranked, rules: Rules) -> tuple[tuple[int, float], tuple[int, float], int]:
    """The ranking key, rebuilt from the public fields (a partial score below a complete one)."""
    dots = (2, float(row.dots))
    full = 2 if row.scored == row.criteria else 1
    score = (0, 0.0) if row.score is None else (full, row.score)
    primary, secondary = (dots, score) if rules.ranking_method == "dots" else (score, dots)
    return primary, secondary, row.voters


@settings(max_examples=300)
@given(tallies=tallies_st(), weights=weights_st, rules=rules_st, data=st.data())
def test_output_does_not_depend_on_input_order(
    tallies: list[Tally], weights: dict[str, float], rules: Rules, data: st.DataObject
) -> None:
    shuffled = data.draw(st.permutations(tallies))
    reordered_weights = dict(reversed(list(weights.items())))
    assert rank(shuffled, reordered_weights, rules) == rank(tallies, weights, rules)
    assert disagreements(shuffled, weights, rules) == disagreements(tallies, weights, rules)


@settings(max_examples=300)
@given(tallies=tallies_st(), weights=weights_st, rules=rules_st)
def test_ranking_invariants(tallies: list[Tally], weights: dict[str, float], rules: Rules) -> None:
    rows = rank(tallies, weights, rules)
    keys = [expected_key(row, rules) for row in rows]
    assert sorted(ids(rows)) == sorted(t.candidate_id for t in tallies)
    assert [row.rank for row in rows] == sorted(row.rank for row in rows)
    assert keys == sorted(keys, reverse=True)
    for row, key in zip(rows, keys, strict=True):
        # Competition ranking: 1 + the number of strictly better candidates.
        assert row.rank == 1 + sum(other > key for other in keys)
        assert row.tied == (keys.count(key) > 1)


@settings(max_examples=300)
@given(tallies=tallies_st(), weights=weights_st, rules=rules_st)
def test_top_n_invariants(tallies: list[Tally], weights: dict[str, float], rules: Rules) -> None:
    assert rules.top_n is not None
    n = rules.top_n
    rows = rank(tallies, weights, rules)
    ranked = [row for row in rows if not row.unranked]
    assert sum(row.priority for row in rows) >= min(n, len(ranked))
    for row in rows:
        # Incomplete programs ranked by score come last and are never chosen by the rule.
        assert row.unranked == (rules.ranking_method == "score" and not row.complete)
        assert row.priority == (row.rank <= n and not row.unranked)
        group_end = max(p for p, other in enumerate(rows, start=1) if other.rank == row.rank)
        assert row.tie_at_cutoff == (row.rank <= n < group_end and not row.unranked)
    assert [row.unranked for row in rows] == sorted(row.unranked for row in rows)


@settings(max_examples=200)
@given(tallies=tallies_st(), weights=weights_st, rules=rules_st)
def test_disagreements_match_the_two_rankings(
    tallies: list[Tally], weights: dict[str, float], rules: Rules
) -> None:
    dots_rules = replace(rules, ranking_method="dots")
    score_rules = replace(rules, ranking_method="score")
    by_dots = {row.candidate_id: row for row in rank(tallies, weights, dots_rules)}
    by_score = {row.candidate_id: row for row in rank(tallies, weights, score_rules)}
    expected = {cid for cid in by_dots if by_dots[cid].priority != by_score[cid].priority}
    found = disagreements(tallies, weights, rules)
    assert {item.candidate_id for item in found} == expected
    assert all(item.priority_by_dots != item.priority_by_score for item in found)
