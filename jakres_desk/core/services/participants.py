"""Participants: the roster, walk-ins and attendance."""

from __future__ import annotations

import json

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jakres_desk.base.errors import ValidationError
from jakres_desk.core.records import ParticipantRecord
from jakres_desk.core.services.common import get, reading, record, text
from jakres_desk.core.services.common import workshop as the_workshop
from jakres_desk.core.services.voting import refuse_if_closed
from jakres_desk.store.db import JakresFile
from jakres_desk.store.models import DotVote, Group, Participant, Score, StakeholderKind
from jakres_desk.store.stamps import new_id


def stakeholder_kinds(f: JakresFile) -> list[tuple[str, str, str, list[str]]]:
    """(code, Indonesian label, English label, aliases) of every stakeholder kind."""
    with f.read() as s:
        rows = s.scalars(select(StakeholderKind).order_by(StakeholderKind.position)).all()
        return [(k.code, k.label_id, k.label_en, json.loads(k.aliases)) for k in rows]


def _check_kind(s: Session, kind: str | None) -> str | None:
    if not kind:
        return None
    if s.get(StakeholderKind, kind) is None:
        known = ", ".join(s.scalars(select(StakeholderKind.code)))
        raise ValidationError("unknown_kind", field="stakeholder_kind", value=kind, known=known)
    return kind


def _check_group(s: Session, group_id: str | None) -> str | None:
    if group_id is not None:
        get(s, Group, group_id, "group")
    return group_id


def add_participant(
    f: JakresFile,
    *,
    name: str,
    group_id: str | None = None,
    organisation: str = "",
    stakeholder_kind: str | None = None,
    role: str = "",
    present: bool = False,
    walk_in: bool = False,
) -> ParticipantRecord:
    """A participant on a group's roster, or a walk-in checked in on arrival."""
    name = text(name, "name", required=True)
    with f.write() as s:
        p = Participant(
            id=new_id(),
            workshop_id=the_workshop(s).id,
            group_id=_check_group(s, group_id),
            name=name,
            organisation=text(organisation, "organisation"),
            stakeholder_kind=_check_kind(s, stakeholder_kind),
            role=text(role, "role"),
            present=present or walk_in,
            walk_in=walk_in,
        )
        s.add(p)
        s.flush()
        return record(ParticipantRecord, p)


def update_participant(
    f: JakresFile,
    participant_id: str,
    *,
    name: str | None = None,
    organisation: str | None = None,
    stakeholder_kind: str | None = None,
    role: str | None = None,
    group_id: str | None = None,
) -> ParticipantRecord:
    """Correct a participant's details."""
    with f.write() as s:
        p = get(s, Participant, participant_id, "participant")
        if name is not None:
            p.name = text(name, "name", required=True)
        if organisation is not None:
            p.organisation = text(organisation, "organisation")
        if stakeholder_kind is not None:
            p.stakeholder_kind = _check_kind(s, stakeholder_kind)
        if role is not None:
            p.role = text(role, "role")
        if group_id is not None:
            p.group_id = _check_group(s, group_id)
        return record(ParticipantRecord, p)


def set_present(f: JakresFile, participant_id: str, present: bool = True) -> ParticipantRecord:
    """Check a participant in (or out)."""
    with f.write() as s:
        p = get(s, Participant, participant_id, "participant")
        p.present = present
        return record(ParticipantRecord, p)


def remove_participant(f: JakresFile, participant_id: str) -> None:
    """Remove a participant (and the dots and scores they gave).

    Refused while their group's voting is closed and they voted or scored: the
    group's results are frozen.
    """
    with f.write() as s:
        p = get(s, Participant, participant_id, "participant")
        if p.group_id is not None and any(_gave(s, participant_id)):
            refuse_if_closed(s, p.group_id)
        s.delete(p)


def _gave(s: Session, participant_id: str) -> tuple[int, int]:
    dots = s.scalar(
        select(func.coalesce(func.sum(DotVote.count), 0)).where(
            DotVote.participant_id == participant_id
        )
    )
    scores = s.scalar(select(func.count(Score.id)).where(Score.participant_id == participant_id))
    return int(dots or 0), int(scores or 0)


def what_removal_takes(f: JakresFile, participant_id: str) -> tuple[int, int]:
    """(dots, scores) a participant gave: what removing them takes with them."""
    with f.read() as s:
        return _gave(s, participant_id)


# Read in plain SQL, not as ORM objects: the roster and the vote grid list a room's
# people on every first visit of their step. tests/core/test_people_list.py holds it
# to the ORM query it replaced.
PEOPLE_SQL = (
    "SELECT id, group_id, name, organisation, stakeholder_kind, role, present, walk_in"
    " FROM participant"
)
PEOPLE_ORDER = " ORDER BY name, id"


def list_participants(f: JakresFile, group_id: str | None = None) -> list[ParticipantRecord]:
    """Participants, of one group or all, by name."""
    with reading(f) as con:  # sqlite3's rows, not SQLAlchemy's
        if group_id is None:
            rows = con.execute(PEOPLE_SQL + PEOPLE_ORDER).fetchall()
        else:
            rows = con.execute(
                PEOPLE_SQL + " WHERE group_id = ?" + PEOPLE_ORDER, (group_id,)
            ).fetchall()
    return [
        ParticipantRecord(pid, gid, name, org, kind, role, bool(present), bool(walk_in))
        for pid, gid, name, org, kind, role, present, walk_in in rows
    ]


# --- the setup desk: many people at once -------------------------------------------


def assign_group(
    f: JakresFile, participant_ids: list[str], group_id: str | None
) -> list[ParticipantRecord]:
    """Put these participants in one group (None: in no group), in one write."""
    if not participant_ids:
        raise ValidationError("participants_none", field="participant")
    with f.write() as s:
        _check_group(s, group_id)
        people = [get(s, Participant, pid, "participant") for pid in participant_ids]
        for p in people:
            if p.group_id != group_id:
                p.group_id = group_id
        s.flush()
        return [record(ParticipantRecord, p) for p in people]


def participant_impact(f: JakresFile, participant_ids: list[str]) -> tuple[int, int]:
    """(dots, scores) these participants gave: what removing them takes with them."""
    with f.read() as s:
        dots = s.scalar(
            select(func.sum(DotVote.count)).where(DotVote.participant_id.in_(participant_ids))
        )
        scores = s.scalar(select(func.count()).where(Score.participant_id.in_(participant_ids)))
        return int(dots or 0), int(scores or 0)


def remove_participants(f: JakresFile, participant_ids: list[str]) -> int:
    """Remove participants with the dots and scores they gave, in one write; how many."""
    if not participant_ids:
        raise ValidationError("participants_none", field="participant")
    with f.write() as s:
        people = [get(s, Participant, pid, "participant") for pid in participant_ids]
        for model in (DotVote, Score):
            # Children first, each deleted as a record, so their deletion travels to
            # the other copies of the workshop at the next merge (a tombstone each).
            for row in s.scalars(select(model).where(model.participant_id.in_(participant_ids))):
                s.delete(row)
        s.flush()
        for p in people:
            s.delete(p)
        return len(people)


def edit_participant(
    f: JakresFile,
    participant_id: str,
    *,
    name: str,
    organisation: str = "",
    stakeholder_kind: str | None = None,
    role: str = "",
    group_id: str | None = None,
) -> ParticipantRecord:
    """Set every detail of a participant as the form shows it (None: no kind, no group)."""
    name = text(name, "name", required=True)
    with f.write() as s:
        p = get(s, Participant, participant_id, "participant")
        p.name = name
        p.organisation = text(organisation, "organisation")
        p.stakeholder_kind = _check_kind(s, stakeholder_kind)
        p.role = text(role, "role")
        p.group_id = _check_group(s, group_id)
        return record(ParticipantRecord, p)
