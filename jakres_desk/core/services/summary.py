"""What a file holds, counted per group (for `info` and the plenary overview)."""

from __future__ import annotations

import sqlite3
from typing import Any, cast

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from jakres_desk.core.services import glance
from jakres_desk.core.services.common import workshop as the_workshop
from jakres_desk.core.services.decisions import stale_by_group
from jakres_desk.store.db import JakresFile
from jakres_desk.store.models import (
    Candidate,
    Criterion,
    Decision,
    DotVote,
    Element,
    FocusArea,
    Group,
    Meta,
    Participant,
    Program,
    Score,
    Target,
)

GROUP_COUNTS = (
    "participants",
    "present",
    "elements",
    "targets",
    "criteria",
    "candidates",
    "priority_programs",
    "dot_votes",
    "scores",
)


def _per_group(s: Session, query: Any) -> dict[str, int]:
    return {gid: int(n or 0) for gid, n in s.execute(query)}


def counts_by_group(f: JakresFile) -> dict[str, dict[str, int]]:
    """`group_counts` in plain SQL, core.services.glance's queries (tests/core/test_glance.py
    holds them to these): the Finish step counts its group on every visit."""
    with f.read() as s:
        con = cast(sqlite3.Connection, s.connection().connection.driver_connection)
        return glance.group_counts(con)


def group_counts(s: Session) -> dict[str, dict[str, int]]:
    """Each of GROUP_COUNTS per group id, read inside an open session (groups at 0 left out)."""
    g = Group.id
    cand = select(g, func.count(Candidate.id)).join(Candidate, Candidate.group_id == g)
    return {
        "participants": _per_group(
            s, select(Participant.group_id, func.count()).group_by(Participant.group_id)
        ),
        "present": _per_group(
            s,
            select(Participant.group_id, func.count())
            .where(Participant.present)
            .group_by(Participant.group_id),
        ),
        "elements": _per_group(
            s, select(Element.group_id, func.count()).group_by(Element.group_id)
        ),
        "targets": _per_group(
            s,
            select(Element.group_id, func.count(Target.id))
            .join(Target, Target.element_id == Element.id)
            .group_by(Element.group_id),
        ),
        "criteria": _per_group(
            s, select(Criterion.group_id, func.count()).group_by(Criterion.group_id)
        ),
        "candidates": _per_group(s, cand.group_by(g)),
        "priority_programs": _per_group(
            s,
            select(Candidate.group_id, func.count(Decision.id))
            .join(Decision, Decision.candidate_id == Candidate.id)
            .where(Decision.is_priority)
            .group_by(Candidate.group_id),
        ),
        "dot_votes": _per_group(
            s,
            select(Candidate.group_id, func.sum(DotVote.count))
            .join(DotVote, DotVote.candidate_id == Candidate.id)
            .group_by(Candidate.group_id),
        ),
        "scores": _per_group(
            s,
            select(Candidate.group_id, func.count(Score.id))
            .join(Score, Score.candidate_id == Candidate.id)
            .group_by(Candidate.group_id),
        ),
    }


def describe(f: JakresFile) -> dict[str, Any]:
    """The file described as the `info --json` object."""
    with f.read() as s:
        ws = the_workshop(s)
        counts = group_counts(s)
        stale = stale_by_group(s)
        fa_numbers = {fa.id: fa.number for fa in s.scalars(select(FocusArea))}
        groups = []
        for gr in s.scalars(select(Group).order_by(Group.position, Group.name)):
            row: dict[str, Any] = {
                "uuid": gr.id,
                "name": gr.name,
                "focus_area": fa_numbers.get(gr.focus_area_id or ""),
            }
            row.update({k: counts[k].get(gr.id, 0) for k in GROUP_COUNTS})
            # Rule decisions the live ranking no longer gives (docs/ranking.md).
            row["stale_decisions"] = stale.get(gr.id, 0)
            groups.append(row)
        meta = {m.key: m.value for m in s.scalars(select(Meta))}
        programs = s.scalar(select(func.count(Program.id))) or 0
        unassigned = (
            s.scalar(select(func.count(Participant.id)).where(Participant.group_id.is_(None))) or 0
        )
        revision = s.scalar(text("SELECT version_num FROM alembic_version"))
    return {
        "schema_revision": revision,
        "scope": meta.get("scope", "workshop"),
        "workshop": {
            "uuid": ws.id,
            "title": ws.title,
            "date": ws.date,
            "venue": ws.venue,
            "organiser": ws.organiser,
            "illustrative": ws.illustrative,
        },
        "programs": int(programs),
        "unassigned_participants": int(unassigned),
        "groups": groups,
    }
