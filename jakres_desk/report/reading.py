"""The groups' tables read for the summary: each table once, in one read transaction.

Asking the services group by group costs eight queries per group (a hundred
groups: eight hundred, most of the time of a large report). Here every table
is read once for the whole workshop (or for the one group asked for) as plain
tuples, and handed out per group as the services' own records.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jakres_desk.base.i18n import current_language
from jakres_desk.core.records import (
    CandidateRecord,
    CriterionRecord,
    ElementRecord,
    TargetRecord,
)
from jakres_desk.core.rules.ranking import Tally
from jakres_desk.core.services import votes
from jakres_desk.core.services.framework import criterion_translations, in_language
from jakres_desk.store.db import JakresFile
from jakres_desk.store.models import (
    Candidate,
    Criterion,
    Decision,
    DotVote,
    Element,
    Goal,
    Program,
    Score,
    Target,
)

Key = tuple[str, str]


@dataclass(frozen=True)
class GroupTables:
    """Every group's elements, criteria, candidates, dots and tallies, by group id."""

    elements: dict[str, list[ElementRecord]]
    criteria: dict[str, list[CriterionRecord]]
    candidates: dict[str, list[CandidateRecord]]
    dots: dict[str, dict[Key, int]]  # (participant id, candidate id) -> dots, none left out
    tallies: dict[str, list[Tally]]
    weights: dict[str, dict[str, float]]
    personal: dict[str, set[Key]]  # (candidate, criterion) scored by participants alone


def read_tables(f: JakresFile, *, lang: str, group_id: str | None = None) -> GroupTables:
    """The tables of every group (or of one), as the services' records, in one snapshot."""
    with f.read() as s:
        return GroupTables(
            elements=_elements(s, lang or current_language(), group_id),
            criteria=_criteria(s, group_id, lang or current_language()),
            candidates=_candidates(s, group_id),
            dots=_dots(s, group_id),
            tallies=votes.tallies_by_group(s, group_id),
            weights=votes.weights_by_group(s, group_id),
            personal=_personal(s, group_id),
        )


def program_titles(f: JakresFile) -> dict[str, str]:
    """Program id to title, for every program."""
    with f.read() as s:
        return {pid: title for pid, title in s.execute(select(Program.id, Program.title))}


def _elements(s: Session, lang: str, group_id: str | None) -> dict[str, list[ElementRecord]]:
    """As elements.list_elements: in order, each with its targets and its title in `lang`."""
    query = select(*_TARGET_COLUMNS).order_by(Target.position, Target.id)
    elements = select(Element.id, Element.group_id, Element.goal_id, *_ELEMENT_COLUMNS).order_by(
        Element.position, Element.id
    )
    if group_id is not None:
        query = query.join(Element, Target.element_id == Element.id)
        query = query.where(Element.group_id == group_id)
        elements = elements.where(Element.group_id == group_id)
    targets: dict[str, list[TargetRecord]] = defaultdict(list)
    for row in s.execute(query):
        target = TargetRecord(*row)
        targets[target.element_id].append(target)
    column = Goal.label_id if lang == "id" else Goal.label_en
    titles = {gid: title for gid, title in s.execute(select(Goal.id, column))}
    out: dict[str, list[ElementRecord]] = defaultdict(list)
    for eid, gid, goal_id, custom, rationale, position in s.execute(elements):
        title = custom or ""
        if goal_id and goal_id in titles:
            title = titles[goal_id]
        record = ElementRecord(
            eid, gid, goal_id, custom, rationale, position, title, tuple(targets.get(eid, ()))
        )
        out[gid].append(record)
    return out


_TARGET_COLUMNS = (
    Target.id,
    Target.element_id,
    Target.statement,
    Target.indicator,
    Target.baseline,
    Target.target_value,
    Target.target_year,
    Target.responsible_agency,
    Target.position,
)
_ELEMENT_COLUMNS = (Element.custom_title, Element.rationale, Element.position)


def _criteria(s: Session, group_id: str | None, lang: str) -> dict[str, list[CriterionRecord]]:
    """As criteria.list_criteria: each group's criteria in order, in the reader's language."""
    query = select(
        Criterion.id,
        Criterion.group_id,
        Criterion.name,
        Criterion.description,
        Criterion.weight,
        Criterion.source,
        Criterion.position,
    ).order_by(Criterion.position, Criterion.id)
    if group_id is not None:
        query = query.where(Criterion.group_id == group_id)
    out: dict[str, list[CriterionRecord]] = defaultdict(list)
    known = criterion_translations(s)
    for row in s.execute(query):
        name, description = in_language(row[2], row[3], lang, known)
        out[row[1]].append(CriterionRecord(row[0], row[1], name, description, *row[4:]))
    return out


def _candidates(s: Session, group_id: str | None) -> dict[str, list[CandidateRecord]]:
    """As programs.list_candidates: in the order they were added, with their decisions."""
    query = (
        select(
            Candidate.id,
            Candidate.group_id,
            Program.id,
            Program.title,
            Program.agency,
            Candidate.position,
            Decision.id,
            Decision.is_priority,
            Decision.decided_by,
            Decision.reason,
            Decision.rank,
        )
        .join(Program, Candidate.program_id == Program.id)
        .outerjoin(Decision, Decision.candidate_id == Candidate.id)
        .order_by(Candidate.position, Candidate.id)
    )
    if group_id is not None:
        query = query.where(Candidate.group_id == group_id)
    out: dict[str, list[CandidateRecord]] = defaultdict(list)
    for cid, gid, pid, title, agency, position, did, priority, by, reason, rank in s.execute(query):
        decided = did is not None
        out[gid].append(
            CandidateRecord(
                cid,
                gid,
                pid,
                title,
                agency,
                position,
                priority if decided else None,
                by if decided else None,
                reason if decided else "",
                rank if decided else None,
            )
        )
    return out


def _dots(s: Session, group_id: str | None) -> dict[str, dict[Key, int]]:
    """As grids.dot_grid: dots per (participant id, candidate id); cells without dots left out."""
    query = (
        select(Candidate.group_id, DotVote.participant_id, DotVote.candidate_id, DotVote.count)
        .join(Candidate, DotVote.candidate_id == Candidate.id)
        .where(DotVote.count > 0)
    )
    if group_id is not None:
        query = query.where(Candidate.group_id == group_id)
    out: dict[str, dict[Key, int]] = defaultdict(dict)
    for gid, pid, cid, n in s.execute(query):
        out[gid][(pid, cid)] = int(n)
    return out


def _personal(s: Session, group_id: str | None) -> dict[str, set[Key]]:
    """(candidate, criterion) pairs scored by participants but given no consensus value."""
    query = (
        select(Candidate.group_id, Score.candidate_id, Score.criterion_id)
        .join(Candidate, Score.candidate_id == Candidate.id)
        .group_by(Score.candidate_id, Score.criterion_id)
        .having(func.count(Score.participant_id) == func.count())
    )
    if group_id is not None:
        query = query.where(Candidate.group_id == group_id)
    out: dict[str, set[Key]] = defaultdict(set)
    for gid, cid, crit in s.execute(query):
        out[gid].add((cid, crit))
    return out
