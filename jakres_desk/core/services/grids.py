"""Whole grids of a group's votes in one read each, and putting decisions back (undo).

The GUI shows hundreds of candidates against dozens of participants; it loads
each grid with one query instead of asking cell by cell.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from jakres_desk.store.db import JakresFile
from jakres_desk.store.models import Candidate, Decision, DotVote, Score, Tombstone


def dot_grid(f: JakresFile, group_id: str) -> dict[tuple[str, str], int]:
    """Dots per (participant id, candidate id) in a group; cells without dots are left out."""
    with f.read() as s:
        rows = s.execute(
            select(DotVote.participant_id, DotVote.candidate_id, DotVote.count)
            .join(Candidate, DotVote.candidate_id == Candidate.id)
            .where(Candidate.group_id == group_id, DotVote.count > 0)
        )
        return {(pid, cid): int(n) for pid, cid, n in rows}


def score_grid(
    f: JakresFile, group_id: str, participant_id: str | None = None
) -> dict[tuple[str, str], float]:
    """Scores per (candidate id, criterion id): the consensus ones, or one participant's."""
    who = (
        Score.participant_id.is_(None)
        if participant_id is None
        else Score.participant_id == participant_id
    )
    with f.read() as s:
        rows = s.execute(
            select(Score.candidate_id, Score.criterion_id, Score.value)
            .join(Candidate, Score.candidate_id == Candidate.id)
            .where(Candidate.group_id == group_id, who)
        )
        return {(cid, crit): float(v) for cid, crit, v in rows}


def personal_means(f: JakresFile, group_id: str) -> dict[tuple[str, str], tuple[float, int]]:
    """The mean of participants' own scores per (candidate id, criterion id), and how many."""
    with f.read() as s:
        rows = s.execute(
            select(Score.candidate_id, Score.criterion_id, func.avg(Score.value), func.count())
            .join(Candidate, Score.candidate_id == Candidate.id)
            .where(Candidate.group_id == group_id, Score.participant_id.is_not(None))
            .group_by(Score.candidate_id, Score.criterion_id)
        )
        return {(cid, crit): (float(mean), int(n)) for cid, crit, mean, n in rows}


@dataclass(frozen=True)
class DecisionState:
    """One decision as it stood, to be put back by an undo."""

    id: str
    candidate_id: str
    is_priority: bool
    rank: int | None
    decided_by: str
    reason: str
    created_at: str


def _group_decisions(s: Session, group_id: str) -> list[Decision]:
    return list(
        s.scalars(
            select(Decision)
            .join(Candidate, Decision.candidate_id == Candidate.id)
            .where(Candidate.group_id == group_id)
        )
    )


def capture_decisions(f: JakresFile, group_id: str) -> tuple[DecisionState, ...]:
    """Every decision of a group's candidates, as it stands now."""
    with f.read() as s:
        return tuple(
            DecisionState(
                d.id, d.candidate_id, d.is_priority, d.rank, d.decided_by, d.reason, d.created_at
            )
            for d in _group_decisions(s, group_id)
        )


def restore_decisions(f: JakresFile, *, group_id: str, saved: Iterable[DecisionState]) -> None:
    """Put a group's decisions back as captured (the undo of applying the rule or an override).

    Decisions made since are deleted (leaving tombstones), changed ones get their
    old values, and deleted ones come back with their ids, all in one transaction.
    """
    wanted = {d.candidate_id: d for d in saved}
    with f.write() as s:
        for d in _group_decisions(s, group_id):
            old = wanted.pop(d.candidate_id, None)
            if old is None:
                s.delete(d)
                continue
            for name in ("is_priority", "rank", "decided_by", "reason"):
                if getattr(d, name) != getattr(old, name):
                    setattr(d, name, getattr(old, name))
        s.flush()
        for old in wanted.values():
            if s.get(Candidate, old.candidate_id) is None:
                continue  # the candidate itself is gone: its own undo brings both back
            s.execute(delete(Tombstone).where(Tombstone.id == old.id))
            s.add(
                Decision(
                    id=old.id,
                    candidate_id=old.candidate_id,
                    is_priority=old.is_priority,
                    rank=old.rank,
                    decided_by=old.decided_by,
                    reason=old.reason,
                    created_at=old.created_at,
                )
            )
