"""Whole grids of a group's votes in one read each.

The GUI shows hundreds of candidates against dozens of participants; it loads
each grid with one query instead of asking cell by cell.
"""

from __future__ import annotations

from sqlalchemy import func, select

from jakres_desk.store.db import JakresFile
from jakres_desk.store.models import Candidate, DotVote, Score


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
