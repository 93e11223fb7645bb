"""Activity 3c: deciding the priority programs, by rule or by the facilitator."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from jakres_desk.base.errors import ValidationError
from jakres_desk.core.rules.decisions import Judged, Stored, count, judge
from jakres_desk.core.rules.decisions import stored as stored
from jakres_desk.core.rules.ranking import RulesError, rank
from jakres_desk.core.services import vote_reads
from jakres_desk.core.services.common import TEXT_MAX, bare, get, reading, text
from jakres_desk.core.services.common import workshop as the_workshop
from jakres_desk.core.services.votes import (
    _tallies,
    _weights,
    ranking_input,
    tallies_by_group,
    unscored_cells,
    weights_by_group,
)
from jakres_desk.core.services.workshops import rules_of
from jakres_desk.store.db import JakresFile
from jakres_desk.store.models import Candidate, Decision, Group
from jakres_desk.store.stamps import new_id


def apply_rule(f: JakresFile, *, group_id: str) -> int:
    """Decide every candidate by the workshop's rule, keeping the facilitator's overrides.

    Returns the number of priority programs afterwards.
    """
    with f.write() as s:
        get(s, Group, group_id, "group")
        ranked = rank(_tallies(s, group_id), _weights(s, group_id), rules_of(the_workshop(s)))
        existing = {
            d.candidate_id: d
            for d in s.scalars(
                select(Decision)
                .join(Candidate, Decision.candidate_id == Candidate.id)
                .where(Candidate.group_id == group_id)
            )
        }
        count = 0
        for r in ranked:
            d = existing.get(r.candidate_id)
            if d is None:
                d = Decision(
                    id=new_id(),
                    candidate_id=r.candidate_id,
                    decided_by="rule",
                    reason="",
                    is_priority=r.priority,
                )
                s.add(d)
            elif d.decided_by == "rule" and d.is_priority != r.priority:
                d.is_priority = r.priority
            if d.rank != r.rank:
                d.rank = r.rank
            count += d.is_priority
        return count


def override(f: JakresFile, *, candidate_id: str, is_priority: bool, reason: str = "") -> None:
    """The facilitator decides a candidate; going against the rule needs a reason."""
    reason = text(reason, "reason", limit=TEXT_MAX)
    with f.write() as s:
        cand = get(s, Candidate, candidate_id, "candidate")
        ws = the_workshop(s)
        if ws.priority_rule != "facilitator" and not reason:
            raise ValidationError("reason_required", field="reason")
        d = s.scalar(select(Decision).where(Decision.candidate_id == cand.id))
        if d is None:
            d = Decision(
                id=new_id(),
                candidate_id=cand.id,
                rank=None,
                is_priority=is_priority,
                decided_by="facilitator",
                reason=reason,
            )
            s.add(d)
        else:
            d.is_priority, d.decided_by, d.reason = is_priority, "facilitator", reason


def clear_override(f: JakresFile, *, candidate_id: str) -> None:
    """Hand a candidate back to the rule (re-apply the rule to see its result)."""
    with f.write() as s:
        d = s.scalar(select(Decision).where(Decision.candidate_id == candidate_id))
        if d is not None and d.decided_by == "facilitator":
            d.decided_by, d.reason = "rule", ""


def _stored_in(s: Session, group_id: str | None = None) -> dict[str, Stored]:
    return vote_reads.stored(bare(s), group_id)


def judged(f: JakresFile, *, group_id: str) -> list[Judged]:
    """A group's live ranking with each candidate's decision on file and its state."""
    with reading(f) as con:
        vote_reads.check_group(con, group_id)
        tallies, weights, rules = ranking_input(con, group_id)
        stored = vote_reads.stored(con, group_id)
    return judge(rank(tallies, weights, rules), stored)


def judged_and_unscored(
    f: JakresFile, *, group_id: str
) -> tuple[list[Judged], list[tuple[str, str]]]:
    """`judged` and `votes.unscored` of a group from one reading and one ranking (step 5)."""
    with reading(f) as con:
        vote_reads.check_group(con, group_id)
        tallies, weights, rules = ranking_input(con, group_id)
        crits = vote_reads.weighted_criteria(con, group_id)
        stored = vote_reads.stored(con, group_id)
    ranked = rank(tallies, weights, rules)
    return judge(ranked, stored), unscored_cells(ranked, tallies, crits)


def stale_by_group(s: Session) -> dict[str, int | None]:
    """Stale decisions per group id, read inside an open session.

    A group without candidates has none. None for every group when the file
    holds rules that cannot be applied (only a file edited by hand can).
    """
    groups = list(s.scalars(select(Group.id)))
    tallies, weights = tallies_by_group(s), weights_by_group(s)
    rules, decided = rules_of(the_workshop(s)), _stored_in(s)
    try:
        rankings = {g: rank(tallies.get(g, []), weights.get(g, {}), rules) for g in groups}
    except RulesError:
        return dict.fromkeys(groups)
    return {g: count(judge(ranked, decided)) for g, ranked in rankings.items()}
