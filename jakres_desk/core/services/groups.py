"""Breakout groups: listing, adding, notes and the criteria lock."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from jakres_desk.base.errors import NotFound, ValidationError
from jakres_desk.core.records import GroupRecord
from jakres_desk.core.services import sql_reads
from jakres_desk.core.services.common import (
    TEXT_MAX,
    get,
    next_position,
    reading,
    record,
    same_name,
    text,
)
from jakres_desk.core.services.common import workshop as the_workshop
from jakres_desk.store.db import JakresFile
from jakres_desk.store.models import FocusArea, Group
from jakres_desk.store.stamps import new_id


def list_groups(f: JakresFile) -> list[GroupRecord]:
    """The groups in their order."""
    with reading(f) as con:
        return sql_reads.groups(con)


def find_group(f: JakresFile, name: str) -> GroupRecord:
    """The group with this name (case-insensitive), or its focus-area number."""
    groups = list_groups(f)
    for g in groups:
        if same_name(g.name, name):
            return g
    with f.read() as s:
        numbers = {fa.id: str(fa.number) for fa in s.scalars(select(FocusArea))}
    for g in groups:
        if g.focus_area_id and numbers.get(g.focus_area_id) == name.strip():
            return g
    raise NotFound("group_not_found", name=name, known=", ".join(g.name for g in groups))


def add_group(
    f: JakresFile,
    *,
    name: str,
    focus_area_number: int | None = None,
    facilitator: str = "",
    room: str = "",
) -> GroupRecord:
    """A new group; its name must be unique in the workshop."""
    name = text(name, "name", required=True)
    with f.write() as s:
        ws = the_workshop(s)
        if any(same_name(n, name) for n in s.scalars(select(Group.name))):
            raise ValidationError("duplicate_name", field="name", value=name)
        fa_id = None
        if focus_area_number is not None:
            fa_id = s.scalar(select(FocusArea.id).where(FocusArea.number == focus_area_number))
            if fa_id is None:
                raise ValidationError(
                    "unknown_focus_area", field="focus_area", value=focus_area_number
                )
        g = Group(
            id=new_id(),
            workshop_id=ws.id,
            name=name,
            focus_area_id=fa_id,
            facilitator=text(facilitator, "facilitator"),
            room=text(room, "room"),
            position=next_position(s, Group.position),
        )
        s.add(g)
        s.flush()
        return record(GroupRecord, g)


def update_group(
    f: JakresFile,
    group_id: str,
    *,
    facilitator: str | None = None,
    room: str | None = None,
    notes: str | None = None,
    rationale: str | None = None,
) -> GroupRecord:
    """Change the facilitator, room, notes or the group's rationale."""
    with f.write() as s:
        g = get(s, Group, group_id, "group")
        if facilitator is not None:
            g.facilitator = text(facilitator, "facilitator")
        if room is not None:
            g.room = text(room, "room")
        if notes is not None:
            g.notes = text(notes, "notes", limit=TEXT_MAX)
        if rationale is not None:
            g.rationale = text(rationale, "rationale", limit=TEXT_MAX)
        return record(GroupRecord, g)


def set_criteria_locked(f: JakresFile, *, group_id: str, locked: bool) -> GroupRecord:
    """Lock the criteria before scoring (or unlock them to edit again)."""
    with f.write() as s:
        g = get(s, Group, group_id, "group")
        g.criteria_locked = locked
        return record(GroupRecord, g)


def rename_group(f: JakresFile, group_id: str, *, name: str) -> GroupRecord:
    """Give a group another name, unique in the workshop."""
    name = text(name, "name", required=True)
    with f.write() as s:
        g = get(s, Group, group_id, "group")
        others = s.scalars(select(Group.name).where(Group.id != group_id))
        if any(same_name(n, name) for n in others):
            raise ValidationError("duplicate_name", field="name", value=name)
        g.name = name
        return record(GroupRecord, g)


def set_group_focus_area(
    f: JakresFile, *, group_id: str, focus_area_id: str | None
) -> GroupRecord:
    """The focus area a group works on; None for a cross-cutting group (the whole CRF)."""
    with f.write() as s:
        g = get(s, Group, group_id, "group")
        if focus_area_id is not None:
            get(s, FocusArea, focus_area_id, "focus area")
        g.focus_area_id = focus_area_id
        return record(GroupRecord, g)


def removal_takes(f: JakresFile, group_id: str) -> dict[str, int]:
    """What removing a group takes with it (people only leave the group)."""
    from jakres_desk.store.models import Candidate, Criterion, Element, Participant

    with f.read() as s:
        get(s, Group, group_id, "group")

        def count(model: Any) -> int:
            return s.scalar(select(func.count()).where(model.group_id == group_id)) or 0

        return {
            "participants": count(Participant),
            "elements": count(Element),
            "criteria": count(Criterion),
            "candidates": count(Candidate),
        }


def remove_group(f: JakresFile, group_id: str) -> None:
    """Delete a group with its work; its people stay, without a group."""
    from jakres_desk.store.models import Participant, Program

    with f.write() as s:
        g = get(s, Group, group_id, "group")
        # Unlinked through the ORM, not by the database's SET NULL, so undo sees them.
        for p in s.scalars(select(Participant).where(Participant.group_id == g.id)):
            p.group_id = None
        for prog in s.scalars(select(Program).where(Program.added_by_group_id == g.id)):
            prog.added_by_group_id = None
        s.flush()
        s.delete(g)
