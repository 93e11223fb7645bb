"""Whole grids of a group's votes in one read each.

The GUI shows hundreds of candidates against dozens of participants; it loads
each grid with one query instead of asking cell by cell, in plain SQL on the
file's read connection (`common.reading`): tests/core/test_vote_reads.py holds
them to the ORM queries they replaced.
"""

from __future__ import annotations

from jakres_desk.core.services.common import reading
from jakres_desk.store.db import JakresFile

_DOTS = (
    "SELECT v.participant_id, v.candidate_id, v.count FROM dot_vote v"
    " JOIN candidate c ON v.candidate_id = c.id WHERE c.group_id = ? AND v.count > 0"
)
_SCORES = (
    "SELECT s.candidate_id, s.criterion_id, s.value FROM score s"
    " JOIN candidate c ON s.candidate_id = c.id WHERE c.group_id = ? AND s.participant_id {}"
)
_MEANS = (
    "SELECT s.candidate_id, s.criterion_id, avg(s.value), count(*) FROM score s"
    " JOIN candidate c ON s.candidate_id = c.id"
    " WHERE c.group_id = ? AND s.participant_id IS NOT NULL"
    " GROUP BY s.candidate_id, s.criterion_id"
)


def dot_grid(f: JakresFile, group_id: str) -> dict[tuple[str, str], int]:
    """Dots per (participant id, candidate id) in a group; cells without dots are left out."""
    with reading(f) as con:
        rows = con.execute(_DOTS, (group_id,)).fetchall()
    return {(pid, cid): int(n) for pid, cid, n in rows}


def score_grid(
    f: JakresFile, group_id: str, participant_id: str | None = None
) -> dict[tuple[str, str], float]:
    """Scores per (candidate id, criterion id): the consensus ones, or one participant's."""
    with reading(f) as con:
        if participant_id is None:
            rows = con.execute(_SCORES.format("IS NULL"), (group_id,)).fetchall()
        else:
            rows = con.execute(_SCORES.format("= ?"), (group_id, participant_id)).fetchall()
    return {(cid, crit): float(v) for cid, crit, v in rows}


def personal_means(f: JakresFile, group_id: str) -> dict[tuple[str, str], tuple[float, int]]:
    """The mean of participants' own scores per (candidate id, criterion id), and how many."""
    with reading(f) as con:
        rows = con.execute(_MEANS, (group_id,)).fetchall()
    return {(cid, crit): (float(mean), int(n)) for cid, crit, mean, n in rows}
