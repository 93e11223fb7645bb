"""Where each stored priority decision stands against the live ranking.

Pure logic (no Qt, no database): the ranking view, the projector, the Finish
checklist, the slides, the PDF, the spreadsheets and `info --json` all judge a
decision here, so they never disagree. docs/ranking.md describes the states.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from jakres_desk.core.rules.ranking import Ranked


class DecisionState(StrEnum):
    """A candidate's decision compared with what the rule says now."""

    MATCHES = "matches"  # a rule decision equal to what the rule says now
    STALE = "stale"  # a rule decision the live ranking no longer gives
    OVERRIDE = "override"  # the facilitator's decision, with its reason
    UNDECIDED_TIE = "undecided_tie"  # tied across the cut-off, not decided by the facilitator
    UNDECIDED = "undecided"  # no decision yet


@dataclass(frozen=True)
class Stored:
    """The decision on file for one candidate (table `decision`)."""

    is_priority: bool
    decided_by: str  # "rule" or "facilitator"
    reason: str = ""


def stored(is_priority: bool | None, decided_by: str | None, reason: str = "") -> Stored | None:
    """A decision on file as the rules judge it (None: no decision)."""
    if is_priority is None or decided_by is None:
        return None
    return Stored(bool(is_priority), decided_by, reason or "")


@dataclass(frozen=True)
class Judged:
    """One candidate's place in the live ranking, its decision on file and its state."""

    ranked: Ranked
    stored: Stored | None
    state: DecisionState

    @property
    def is_priority(self) -> bool | None:
        """The decision on file (None: not decided yet)."""
        return None if self.stored is None else self.stored.is_priority

    @property
    def reason(self) -> str:
        """The facilitator's reason ("" for a rule decision or none)."""
        return self.stored.reason if self.state is DecisionState.OVERRIDE and self.stored else ""


def decision_state(ranked: Ranked, stored: Stored | None) -> DecisionState:
    """The state of one candidate's decision under the live ranking.

    The facilitator's word stands whatever the votes do; a tie across the
    cut-off is the facilitator's to settle even when the rule left a decision
    on it; otherwise a rule decision matches or has gone stale.
    """
    if stored is not None and stored.decided_by == "facilitator":
        return DecisionState.OVERRIDE
    if ranked.tie_at_cutoff:
        return DecisionState.UNDECIDED_TIE
    if stored is None:
        return DecisionState.UNDECIDED
    if stored.is_priority == ranked.priority:
        return DecisionState.MATCHES
    return DecisionState.STALE


def judge(ranking: Sequence[Ranked], stored: Mapping[str, Stored]) -> list[Judged]:
    """Each candidate of a group's ranking (in its order) with its decision and state."""
    out = []
    for r in ranking:
        found = stored.get(r.candidate_id)
        out.append(Judged(r, found, decision_state(r, found)))
    return out


def count(judged: Iterable[Judged], state: DecisionState = DecisionState.STALE) -> int:
    """How many of a group's candidates are in `state` (by default: stale decisions)."""
    return sum(j.state is state for j in judged)
