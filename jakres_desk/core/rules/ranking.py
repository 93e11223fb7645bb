"""Rank a breakout group's candidate programs and select the priority programs.

Pure logic (no Qt, no database). The rules are described in prose, with a worked
example, in docs/ranking.md.
"""

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from operator import attrgetter, mul
from typing import Literal, NamedTuple, Protocol, cast, get_args

RankingMethod = Literal["dots", "score"]
PriorityRule = Literal["top_n", "threshold", "facilitator"]

SCORE_DECIMALS = 6
"""Weighted scores are rounded to this many decimals so float noise never splits a tie."""

# (standing, value), standing 2: a complete score or a dots count, 1: a score on only some
# of the weighted criteria, 0: no value. A partial score sorts below every complete one.
_Metric = tuple[int, float]
# (primary metric, secondary metric, voters), higher is better.
_Key = tuple[_Metric, _Metric, int]


class RulesError(ValueError):
    """The voting rules (or weights) cannot be applied."""


@dataclass(frozen=True)
class Rules:
    """The workshop's voting rules."""

    ranking_method: RankingMethod = "score"
    priority_rule: PriorityRule = "threshold"
    top_n: int | None = None
    threshold: float | None = None
    score_min: float = 1
    score_max: float = 5


class HasRules(Protocol):
    """Anything carrying the workshop's rules: its record, its row."""

    @property
    def ranking_method(self) -> str: ...
    @property
    def priority_rule(self) -> str: ...
    @property
    def top_n(self) -> int | None: ...
    @property
    def threshold(self) -> float | None: ...
    @property
    def score_min(self) -> int: ...
    @property
    def score_max(self) -> int: ...


def rules_of(ws: HasRules) -> Rules:
    """The ranking rules of a workshop, as `rank` wants them."""
    # The strings were checked by validate_rules when they were set.
    return Rules(
        ranking_method=cast(RankingMethod, ws.ranking_method),
        priority_rule=cast(PriorityRule, ws.priority_rule),
        top_n=ws.top_n,
        threshold=ws.threshold,
        score_min=ws.score_min,
        score_max=ws.score_max,
    )


@dataclass(frozen=True)
class Tally:
    """What one candidate program received."""

    candidate_id: str
    title: str
    dots: int = 0
    voters: int = 0
    values: Mapping[str, float | None] = field(default_factory=dict)


@dataclass(frozen=True)
class Ranked:
    """One candidate's place in the ranking."""

    candidate_id: str
    title: str
    rank: int
    tied: bool
    dots: int
    voters: int
    score: float | None
    complete: bool
    priority: bool
    tie_at_cutoff: bool
    scored: int = 0
    """Weighted criteria (weight > 0) that have a value for this candidate."""
    criteria: int = 0
    """Weighted criteria of the group: `scored` of `criteria` is what the marks show."""
    unranked: bool = False
    """Ranked by score with scores missing: listed after every complete candidate and
    never a priority by the rule until every weighted criterion is scored."""

    @property
    def partial(self) -> bool:
        """Its score carries the "(1/3)" mark: scored on some criteria but not all, or
        ranked by score and waiting for its scores (a dots ranking left unscored is not)."""
        return self.scored < self.criteria and (self.scored > 0 or self.unranked)


@dataclass(frozen=True)
class Disagreement:
    """A candidate whose priority depends on whether dots or scores rank the list."""

    candidate_id: str
    title: str
    priority_by_dots: bool
    priority_by_score: bool
    rank_by_dots: int
    rank_by_score: int


class _Entry(NamedTuple):
    """A tally with everything the ranking derives from it (a tuple: 500 are made per call)."""

    key: _Key
    title: str  # casefolded: the presentation order inside a tie
    candidate_id: str
    tally: Tally
    score: float | None
    complete: bool
    primary: float | None
    scored: int
    criteria: int
    unranked: bool


# --- validation -----------------------------------------------------------------------


def validate_rules(rules: Rules) -> None:
    """Raise RulesError, naming the field, if the rules cannot be applied."""
    _check_choices(rules)
    if not rules.score_min < rules.score_max:  # also rejects NaN bounds
        raise RulesError(
            f"score_min ({rules.score_min}) must be lower than score_max ({rules.score_max})"
        )
    if rules.priority_rule == "top_n":
        _check_top_n(rules.top_n)
    elif rules.priority_rule == "threshold":
        _check_threshold(rules)


def _check_choices(rules: Rules) -> None:
    # Literal types are not enforced at runtime; values may come from a saved file.
    if rules.ranking_method not in get_args(RankingMethod):
        raise RulesError(
            f"ranking_method must be one of {get_args(RankingMethod)}, got {rules.ranking_method!r}"
        )
    if rules.priority_rule not in get_args(PriorityRule):
        raise RulesError(
            f"priority_rule must be one of {get_args(PriorityRule)}, got {rules.priority_rule!r}"
        )


def _check_top_n(top_n: int | None) -> None:
    if top_n is None:
        raise RulesError("top_n is required when priority_rule is 'top_n'")
    if isinstance(top_n, bool) or not isinstance(top_n, int) or top_n < 1:
        raise RulesError(f"top_n must be a whole number >= 1, got {top_n!r}")


def _check_threshold(rules: Rules) -> None:
    threshold = rules.threshold
    if threshold is None:
        raise RulesError("threshold is required when priority_rule is 'threshold'")
    if not _is_number(threshold):
        raise RulesError(f"threshold must be a finite number, got {threshold!r}")
    if rules.ranking_method == "dots" and threshold < 0:
        raise RulesError(f"threshold must be >= 0 when ranking by dots, got {threshold}")
    if rules.ranking_method == "score" and not rules.score_min <= threshold <= rules.score_max:
        raise RulesError(
            f"threshold must lie between score_min ({rules.score_min}) and "
            f"score_max ({rules.score_max}) when ranking by score, got {threshold}"
        )


def _check_weights(weights: Mapping[str, float]) -> None:
    # Sorted so that the criterion named in the error does not depend on dict order.
    for criterion_id in sorted(weights):
        weight = weights[criterion_id]
        if not _is_number(weight) or weight < 0:
            raise RulesError(
                f"weight of criterion {criterion_id!r} must be a finite number >= 0, got {weight!r}"
            )


def _check_unique_ids(tallies: Sequence[Tally]) -> None:
    # Two tallies with one id would make the output depend on the input order.
    counts = Counter(tally.candidate_id for tally in tallies)
    duplicates = sorted(cid for cid, count in counts.items() if count > 1)
    if duplicates:
        raise ValueError(f"duplicate candidate_id: {', '.join(map(repr, duplicates))}")


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


# --- scoring --------------------------------------------------------------------------


def weighted_score(
    values: Mapping[str, float | None], weights: Mapping[str, float]
) -> float | None:
    """Weighted mean of the scored criteria that have a weight > 0, or None if there are none."""
    return _Weighted(weights).score(values)[0]


class _Weighted:
    """The criteria that carry weight (> 0, finite), worked out once for a whole ranking."""

    __slots__ = ("count", "ids", "total", "weights")

    def __init__(self, weights: Mapping[str, float]) -> None:
        items = sorted((c, w) for c, w in weights.items() if _is_weight(w))
        self.ids = [c for c, _w in items]
        self.weights = [w for _c, w in items]
        self.count = len(items)
        # fsum is exactly rounded: the total of every weight is the total of any
        # list holding all of them, in whatever order.
        self.total = math.fsum(self.weights)

    def score(self, values: Mapping[str, float | None]) -> tuple[float | None, int]:
        """(weighted mean of the criteria with a value, how many have one).

        A missing value, None, NaN or infinity (a mean over zero participants)
        counts as "not scored".
        """
        found = list(map(values.get, self.ids))
        if None not in found:
            if found and all(map(_isfinite, cast(list[float], found))):
                # Every weighted criterion scored (the usual case): one pass in C.
                total = math.fsum(map(mul, self.weights, found))
                return round(total / self.total, SCORE_DECIMALS), self.count
        elif found.count(None) == self.count:
            return None, 0  # nothing scored yet
        pairs = [
            (w, v)
            for w, v in zip(self.weights, found, strict=True)
            if v is not None and _isfinite(v)
        ]
        if not pairs:
            return None, 0
        # fsum is exactly rounded, so the result does not depend on summation order.
        total = math.fsum([w * v for w, v in pairs])
        return round(total / math.fsum([w for w, _v in pairs]), SCORE_DECIMALS), len(pairs)


_isfinite = math.isfinite


def _is_weight(weight: float | None) -> bool:
    return weight is not None and math.isfinite(weight) and weight > 0


def _is_complete(scored: int, criteria: int, method: RankingMethod) -> bool:
    if not criteria:
        # Nothing can be scored: only a dots ranking is complete without criteria.
        return method == "dots"
    return scored == criteria


# --- ranking --------------------------------------------------------------------------


def rank(tallies: Sequence[Tally], weights: Mapping[str, float], rules: Rules) -> list[Ranked]:
    """Rank the candidates best first (competition ranking) and flag the priority programs."""
    validate_rules(rules)
    _check_weights(weights)
    _check_unique_ids(tallies)
    weighted = _Weighted(weights)
    entries = _ordered([_entry(tally, weighted, rules.ranking_method) for tally in tallies])
    places = _competition_ranks([entry.key for entry in entries])
    sizes = Counter(places)
    return [
        _ranked(entry, place, sizes[place], rules)
        for entry, place in zip(entries, places, strict=True)
    ]


def _entry(tally: Tally, weighted: _Weighted, method: RankingMethod) -> _Entry:
    score, scored = weighted.score(tally.values)
    criteria = weighted.count
    complete = _is_complete(scored, criteria, method)
    # A partial score never outranks a complete one, whichever metric it is.
    score_metric = _metric(score, full=scored == criteria)
    dots_metric = _metric(tally.dots)
    primary: float | None
    if method == "dots":
        key, primary = (dots_metric, score_metric, tally.voters), tally.dots
    else:
        key, primary = (score_metric, dots_metric, tally.voters), score
    return _Entry(
        key,
        tally.title.casefold(),
        tally.candidate_id,
        tally,
        score,
        complete,
        primary,
        scored,
        criteria,
        method == "score" and not complete,
    )


def _metric(value: float | None, *, full: bool = True) -> _Metric:
    if value is None:
        return (0, 0.0)
    return (2 if full else 1, float(value))


_PRESENTATION = attrgetter("title", "candidate_id")
_KEY = attrgetter("key")


def _ordered(entries: list[_Entry]) -> list[_Entry]:
    # Presentation order first; the stable descending key sort keeps it inside a tie.
    entries.sort(key=_PRESENTATION)
    entries.sort(key=_KEY, reverse=True)
    return entries


def _competition_ranks(keys: Sequence[_Key]) -> list[int]:
    places: list[int] = []
    for index, key in enumerate(keys):
        same_as_previous = index > 0 and key == keys[index - 1]
        places.append(places[-1] if same_as_previous else index + 1)
    return places


def _ranked(entry: _Entry, place: int, tie_size: int, rules: Rules) -> Ranked:
    tally = entry.tally
    # Positional, in the order of Ranked's fields: keywords cost a third more, 500 times a call.
    return Ranked(
        tally.candidate_id,
        tally.title,
        place,
        tie_size > 1,
        tally.dots,
        tally.voters,
        entry.score,
        entry.complete,
        # An incomplete candidate ranked by score waits for its scores: never silently chosen.
        not entry.unranked and _is_priority(entry.primary, place, rules),
        not entry.unranked and _straddles_cutoff(place, tie_size, rules),
        entry.scored,
        entry.criteria,
        entry.unranked,
    )


def _is_priority(primary: float | None, place: int, rules: Rules) -> bool:
    if rules.priority_rule == "top_n":
        assert rules.top_n is not None  # guaranteed by validate_rules
        return place <= rules.top_n
    if rules.priority_rule == "threshold":
        assert rules.threshold is not None  # guaranteed by validate_rules
        return primary is not None and primary >= rules.threshold
    return False  # "facilitator": a person decides, not the rule


def _straddles_cutoff(place: int, tie_size: int, rules: Rules) -> bool:
    if rules.priority_rule != "top_n" or rules.top_n is None:
        return False
    # The group occupies positions place .. place + tie_size - 1.
    return place <= rules.top_n < place + tie_size - 1


# --- disagreements --------------------------------------------------------------------


def disagreements(
    tallies: Sequence[Tally], weights: Mapping[str, float], rules: Rules
) -> list[Disagreement]:
    """Candidates whose priority differs between ranking by dots and ranking by score."""
    actual = rank(tallies, weights, rules)
    comparison = _comparison_rules(rules, actual)
    if comparison is None:
        return []
    by_dots = _by_id(rank(tallies, weights, replace(comparison, ranking_method="dots")))
    by_score = _by_id(rank(tallies, weights, replace(comparison, ranking_method="score")))
    return [
        _disagreement(by_dots[row.candidate_id], by_score[row.candidate_id])
        for row in actual
        if by_dots[row.candidate_id].priority != by_score[row.candidate_id].priority
    ]


def _comparison_rules(rules: Rules, actual: Sequence[Ranked]) -> Rules | None:
    if rules.priority_rule == "facilitator":
        return None
    if rules.priority_rule == "top_n":
        return rules
    # A threshold is on one metric's scale only; compare "the same number of picks".
    selected = sum(row.priority for row in actual)
    if selected == 0:
        return None  # both rankings select nothing
    return replace(rules, priority_rule="top_n", top_n=selected, threshold=None)


def _by_id(rows: Sequence[Ranked]) -> dict[str, Ranked]:
    return {row.candidate_id: row for row in rows}


def _disagreement(by_dots: Ranked, by_score: Ranked) -> Disagreement:
    return Disagreement(
        candidate_id=by_dots.candidate_id,
        title=by_dots.title,
        priority_by_dots=by_dots.priority,
        priority_by_score=by_score.priority,
        rank_by_dots=by_dots.rank,
        rank_by_score=by_score.rank,
    )
