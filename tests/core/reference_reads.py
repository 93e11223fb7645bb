"""The reads behind steps 4 and 5 as they were, through the ORM.

The tallies, weights, criteria and decisions (core/services/vote_reads.py), the
grids, the workshop, the groups and the criteria (sql_reads.py) are read in plain
SQL now; these are the ORM queries they replaced, word for word, kept as the
definition the plain ones must equal (tests/core/test_vote_reads.py).
"""

from __future__ import annotations

from collections import defaultdict
from statistics import fmean
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jakres_desk.core.records import CriterionRecord, GroupRecord, WorkshopRecord
from jakres_desk.core.rules.criterion_words import in_language
from jakres_desk.core.rules.decisions import Stored
from jakres_desk.core.rules.ranking import Tally
from jakres_desk.core.services.common import record, workshop
from jakres_desk.core.services.framework import criterion_translations
from jakres_desk.store.db import JakresFile
from jakres_desk.store.models import (
    Candidate,
    Criterion,
    Decision,
    DotVote,
    Group,
    Program,
    Score,
)


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


# --- the other reads of steps 4 and 5 -------------------------------------------------------


def get_workshop(f: JakresFile) -> WorkshopRecord:
    """workshops.get_workshop as it was."""
    with f.read() as s:
        return record(WorkshopRecord, workshop(s))


def list_groups(f: JakresFile) -> list[GroupRecord]:
    """groups.list_groups as it was."""
    with f.read() as s:
        rows = s.scalars(select(Group).order_by(Group.position, Group.name)).all()
        return [record(GroupRecord, g) for g in rows]


def list_criteria(f: JakresFile, group_id: str, lang: str) -> list[CriterionRecord]:
    """criteria.list_criteria as it was."""
    with f.read() as s:
        known = criterion_translations(s)
        rows = s.scalars(
            select(Criterion)
            .where(Criterion.group_id == group_id)
            .order_by(Criterion.position, Criterion.id)
        )
        out = []
        for c in rows:
            name, description = in_language(c.name, c.description, lang, known)
            out.append(record(CriterionRecord, c, name=name, description=description))
        return out


def dot_grid(f: JakresFile, group_id: str) -> dict[tuple[str, str], int]:
    """grids.dot_grid as it was."""
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
    """grids.score_grid as it was."""
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
    """grids.personal_means as it was."""
    with f.read() as s:
        rows = s.execute(
            select(Score.candidate_id, Score.criterion_id, func.avg(Score.value), func.count())
            .join(Candidate, Score.candidate_id == Candidate.id)
            .where(Candidate.group_id == group_id, Score.participant_id.is_not(None))
            .group_by(Score.candidate_id, Score.criterion_id)
        )
        return {(cid, crit): (float(mean), int(n)) for cid, crit, mean, n in rows}
