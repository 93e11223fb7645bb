"""`rank` as it was before it was made fast, kept as the definition the fast one must equal.

core/rules/ranking.py was rewritten for speed; this is the version it replaced,
word for word (tests/core/test_rank_reference.py, test_vote_reads.py). Do not
optimise it.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from jakres_desk.core.rules.ranking import (
    SCORE_DECIMALS,
    Ranked,
    RankingMethod,
    Rules,
    Tally,
    _check_unique_ids,
    _check_weights,
    validate_rules,
)

_Metric = tuple[int, float]
_Key = tuple[_Metric, _Metric, int]


# --- the ranking ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Entry:
    tally: Tally
    score: float | None
    complete: bool
    primary: float | None
    key: _Key
    scored: int
    criteria: int
    unranked: bool


def weighted_score(
    values: Mapping[str, float | None], weights: Mapping[str, float]
) -> float | None:
    pairs = [
        (weights[criterion_id], value)
        for criterion_id, value in sorted(values.items(), key=lambda item: item[0])
        if value is not None and _has_value(value) and _is_weight(weights.get(criterion_id))
    ]
    if not pairs:
        return None
    total = math.fsum(weight * value for weight, value in pairs)
    return round(total / math.fsum(weight for weight, _ in pairs), SCORE_DECIMALS)


def _has_value(value: float | None) -> bool:
    return value is not None and math.isfinite(value)


def _is_weight(weight: float | None) -> bool:
    return weight is not None and math.isfinite(weight) and weight > 0


def _scored(values: Mapping[str, float | None], weights: Mapping[str, float]) -> tuple[int, int]:
    weighted = [criterion_id for criterion_id, weight in weights.items() if _is_weight(weight)]
    return sum(_has_value(values.get(c)) for c in weighted), len(weighted)


def _is_complete(scored: int, criteria: int, method: RankingMethod) -> bool:
    if not criteria:
        return method == "dots"
    return scored == criteria


def rank(tallies: Sequence[Tally], weights: Mapping[str, float], rules: Rules) -> list[Ranked]:
    validate_rules(rules)
    _check_weights(weights)
    _check_unique_ids(tallies)
    entries = _ordered([_entry(tally, weights, rules.ranking_method) for tally in tallies])
    places = _competition_ranks([entry.key for entry in entries])
    sizes = Counter(places)
    return [
        _ranked(entry, place, sizes[place], rules)
        for entry, place in zip(entries, places, strict=True)
    ]


def _entry(tally: Tally, weights: Mapping[str, float], method: RankingMethod) -> _Entry:
    score = weighted_score(tally.values, weights)
    scored, criteria = _scored(tally.values, weights)
    complete = _is_complete(scored, criteria, method)
    score_metric = _metric(score, full=scored == criteria)
    dots_metric = _metric(tally.dots)
    primary, secondary = (
        (dots_metric, score_metric) if method == "dots" else (score_metric, dots_metric)
    )
    return _Entry(
        tally=tally,
        score=score,
        complete=complete,
        primary=tally.dots if method == "dots" else score,
        key=(primary, secondary, tally.voters),
        scored=scored,
        criteria=criteria,
        unranked=method == "score" and not complete,
    )


def _metric(value: float | None, *, full: bool = True) -> _Metric:
    if value is None:
        return (0, 0.0)
    return (2 if full else 1, float(value))


def _ordered(entries: list[_Entry]) -> list[_Entry]:
    by_title = sorted(entries, key=lambda e: (e.tally.title.casefold(), e.tally.candidate_id))
    return sorted(by_title, key=lambda e: e.key, reverse=True)


def _competition_ranks(keys: Sequence[_Key]) -> list[int]:
    places: list[int] = []
    for index, key in enumerate(keys):
        same_as_previous = index > 0 and key == keys[index - 1]
        places.append(places[-1] if same_as_previous else index + 1)
    return places


def _ranked(entry: _Entry, place: int, tie_size: int, rules: Rules) -> Ranked:
    tally = entry.tally
    return Ranked(
        candidate_id=tally.candidate_id,
        title=tally.title,
        rank=place,
        tied=tie_size > 1,
        dots=tally.dots,
        voters=tally.voters,
        score=entry.score,
        complete=entry.complete,
        priority=not entry.unranked and _is_priority(entry.primary, place, rules),
        tie_at_cutoff=not entry.unranked and _straddles_cutoff(place, tie_size, rules),
        scored=entry.scored,
        criteria=entry.criteria,
        unranked=entry.unranked,
    )


def _is_priority(primary: float | None, place: int, rules: Rules) -> bool:
    if rules.priority_rule == "top_n":
        assert rules.top_n is not None
        return place <= rules.top_n
    if rules.priority_rule == "threshold":
        assert rules.threshold is not None
        return primary is not None and primary >= rules.threshold
    return False


def _straddles_cutoff(place: int, tie_size: int, rules: Rules) -> bool:
    if rules.priority_rule != "top_n" or rules.top_n is None:
        return False
    return place <= rules.top_n < place + tie_size - 1
