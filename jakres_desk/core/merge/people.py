"""People across groups: a walk-in in one room who is on another group's roster.

The secretariat's roster puts each invited person in one group; on the day some
sit in another room, where the facilitator adds them again as walk-ins. The
master then holds the person twice. A walk-in whose name (titles such as
"Bpk." or "S.T." left out, an initial standing for a name, typos forgiven) and
organisation (agency short names known, see core/merge/matching.py) match a
person on another group's roster is flagged when that room's file is merged
(a note in its import-log line) and listed by `look_alikes`. `same_person`
makes the two one: the walk-in's votes and scores move to the roster person,
who moves to the room they were in, and the walk-in record is deleted.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from jakres_desk.base.errors import NotFound, RuleViolation, ValidationError
from jakres_desk.core.merge.lookalikes import (
    SHORT_ID,
    LookAlike,
    Person,
    find_look_alikes,
    names_agree,
)
from jakres_desk.core.services.common import get
from jakres_desk.store.db import JakresFile
from jakres_desk.store.models import Candidate, DotVote, Group, Participant, Score

# The comparison itself lives in core/merge/lookalikes.py (the merge runs it without
# the ORM); these names stay importable from here.
__all__ = ["SHORT_ID", "LookAlike", "Person", "find_look_alikes", "names_agree"]


def look_alikes(f: JakresFile) -> list[LookAlike]:
    """Every walk-in who may be a person on another group's roster."""
    with f.read() as s:
        people = [
            Person(p.id, p.name, p.organisation, p.group_id, p.walk_in)
            for p in s.scalars(select(Participant))
        ]
        groups = {g.id: g.name for g in s.scalars(select(Group))}
    return find_look_alikes(people, groups)


def find_person(f: JakresFile, ref: str) -> str:
    """The id of the participant a user named by its id or a unique start of it."""
    ref = ref.strip().lower()
    with f.read() as s:
        if s.get(Participant, ref) is not None:
            return ref
        found = (
            list(s.scalars(select(Participant.id).where(Participant.id.startswith(ref)).limit(2)))
            if len(ref) >= 4
            else []
        )
    if not found:
        raise NotFound("person_id_unknown", id=ref)
    if len(found) > 1:
        raise ValidationError("person_id_ambiguous", field="participant", id=ref)
    return found[0]


@dataclass(frozen=True)
class Merged:
    """What same_person did: the person kept and how many votes and scores moved to them."""

    kept_id: str
    removed_id: str
    name: str
    group_id: str | None
    votes: int
    scores: int


def same_person(f: JakresFile, a: str, b: str) -> Merged:
    """Make a walk-in and a roster person one: the roster record stays, with the walk-in's votes.

    The walk-in is merged into the roster person whichever is named first
    (when both or neither are walk-ins, b into a). The roster person moves to
    the room the walk-in was in and is marked present; details the roster
    lacks (organisation, role, kind) come from the walk-in. Refused when
    both are in one group, or when both voted or scored (one person votes in
    one room).
    """
    if a == b:
        raise ValidationError("same_person_self", field="participant")
    with f.write() as s:
        one, two = get(s, Participant, a, "participant"), get(s, Participant, b, "participant")
        walk, keep = (one, two) if one.walk_in and not two.walk_in else (two, one)
        if walk.group_id == keep.group_id:
            raise RuleViolation("same_person_same_group", a=walk.name, b=keep.name)
        _refuse_two_voters(s, walk, keep)
        votes = list(s.scalars(select(DotVote).where(DotVote.participant_id == walk.id)))
        scores = list(s.scalars(select(Score).where(Score.participant_id == walk.id)))
        for vote in votes:
            vote.participant_id = keep.id  # stamped and journalled like any edit
        for score in scores:
            score.participant_id = keep.id
        keep.group_id, keep.present = walk.group_id, True
        keep.organisation = keep.organisation or walk.organisation
        keep.role = keep.role or walk.role
        keep.stakeholder_kind = keep.stakeholder_kind or walk.stakeholder_kind
        s.flush()
        s.delete(walk)
        return Merged(keep.id, walk.id, keep.name, keep.group_id, len(votes), len(scores))


def _refuse_two_voters(s: Session, walk: Participant, keep: Participant) -> None:
    for who in (walk, keep):
        voted = s.scalar(
            select(Candidate.id)
            .join(DotVote, DotVote.candidate_id == Candidate.id)
            .where(DotVote.participant_id == who.id)
            .limit(1)
        ) or s.scalar(select(Score.id).where(Score.participant_id == who.id).limit(1))
        if voted is None:
            return  # one of them never voted: nothing to double
    raise RuleViolation(
        "same_person_both_voted", a=walk.name, b=keep.name, what=_group_name(s, keep.group_id)
    )


def _group_name(s: Session, group_id: str | None) -> str:
    return s.scalar(select(Group.name).where(Group.id == group_id)) or ""
