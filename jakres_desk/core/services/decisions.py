"""Activity 3c: deciding the priority programs, by rule or by the facilitator."""

from __future__ import annotations

from sqlalchemy import select

from jakres_desk.base.errors import ValidationError
from jakres_desk.core.rules.ranking import rank
from jakres_desk.core.services.common import TEXT_MAX, get, text
from jakres_desk.core.services.common import workshop as the_workshop
from jakres_desk.core.services.votes import _tallies, _weights
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
