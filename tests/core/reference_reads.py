"""The reads behind steps 4 and 5 as they were, through the ORM.

The tallies, weights, criteria and decisions are read in plain SQL now
(core/services/vote_reads.py); these are the ORM queries they replaced, word for
word, kept as the definition the plain ones must equal (tests/core/test_vote_reads.py).
"""

from __future__ import annotations

from collections import defaultdict
from statistics import fmean
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jakres_desk.core.rules.decisions import Stored
from jakres_desk.core.rules.ranking import Tally
from jakres_desk.store.models import Candidate, Criterion, Decision, DotVote, Program, Score


def of_group(query: Any, group_id: str | None) -> Any:
    return query if group_id is None else query.where(Candidate.group_id == group_id)


def tallies_by_group(s: Session, group_id: str | None = None) -> dict[str, list[Tally]]:
    """votes.tallies_by_group as it was."""
    cands = s.execute(
        of_group(
            select(Candidate.id, Candidate.group_id, Program.title).join(
                Program, Candidate.program_id == Program.id
            ),
            group_id,
        )
    ).all()
    dots = {
        cid: (int(total), int(voters))
        for cid, total, voters in s.execute(
            of_group(
                select(
                    DotVote.candidate_id,
                    func.sum(DotVote.count),
                    func.count(DotVote.id).filter(DotVote.count > 0),
                )
                .join(Candidate, DotVote.candidate_id == Candidate.id)
                .group_by(DotVote.candidate_id),
                group_id,
            )
        )
    }
    consensus: dict[tuple[str, str], float] = {}
    personal: dict[tuple[str, str], list[float]] = defaultdict(list)
    for cid, crit, person, value in s.execute(
        of_group(
            select(Score.candidate_id, Score.criterion_id, Score.participant_id, Score.value).join(
                Candidate, Score.candidate_id == Candidate.id
            ),
            group_id,
        )
    ):
        if person is None:
            consensus[(cid, crit)] = value
        else:
            personal[(cid, crit)].append(value)
    crits: dict[str, list[str]] = defaultdict(list)
    query = select(Criterion.id, Criterion.group_id)
    if group_id is not None:
        query = query.where(Criterion.group_id == group_id)
    for crit, gid in s.execute(query):
        crits[gid].append(crit)
    out: dict[str, list[Tally]] = defaultdict(list)
    for cid, gid, title in cands:
        values = {
            c: consensus.get(
                (cid, c), fmean(personal[(cid, c)]) if personal.get((cid, c)) else None
            )
            for c in crits.get(gid, ())
        }
        total, voters = dots.get(cid, (0, 0))
        out[gid].append(Tally(cid, title, total, voters, values))
    return dict(out)


def group_weights(s: Session, group_id: str) -> dict[str, float]:
    """votes.group_weights as it was."""
    rows = s.execute(select(Criterion.id, Criterion.weight).where(Criterion.group_id == group_id))
    return {cid: float(w) for cid, w in rows}


def weighted_criteria(s: Session, group_id: str) -> list[tuple[str, str]]:
    """votes.weighted_criteria as it was."""
    rows = s.execute(
        select(Criterion.id, Criterion.name)
        .where(Criterion.group_id == group_id, Criterion.weight > 0)
        .order_by(Criterion.position, Criterion.id)
    ).all()
    return [(cid, name) for cid, name in rows]


def stored_in(s: Session, group_id: str | None = None) -> dict[str, Stored]:
    """decisions._stored_in as it was."""
    query = select(
        Decision.candidate_id, Decision.is_priority, Decision.decided_by, Decision.reason
    )
    if group_id is not None:
        query = query.join(Candidate, Decision.candidate_id == Candidate.id).where(
            Candidate.group_id == group_id
        )
    return {cid: Stored(bool(p), by, reason or "") for cid, p, by, reason in s.execute(query)}
