"""Closing a group's voting: dots and scores freeze until the voting is reopened.

The state lives in the group's own row (schema 0005): `voting_closed_at` (None
while open) and `voting_log`, a JSON list with one entry per close or reopen
(`event`, `at`, `device`, `by`: the group's facilitator at the time). A group's
file carries both into the master when it is merged. Closing and reopening go
through `core.operations` like any edit, so the last one can be undone; undo
restores the row as it was, log included.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from jakres_desk.base.errors import RuleViolation
from jakres_desk.core.records import GroupRecord
from jakres_desk.core.services.common import get, record
from jakres_desk.store.db import JakresFile
from jakres_desk.store.models import Group
from jakres_desk.store.stamps import now_stamp

CLOSED, REOPENED = "closed", "reopened"


@dataclass(frozen=True)
class VotingEvent:
    """One close or reopen of a group's voting."""

    event: str  # closed | reopened
    at: str
    device: str
    by: str


def refuse_if_closed(s: Session, group_id: str) -> None:
    """Raise the refusal every dot and score write gives while the group's voting is closed."""
    g = get(s, Group, group_id, "group")
    if g.voting_closed_at is not None:
        raise RuleViolation("voting_closed", where=g.name)


def _log(g: Group, event: str, at: str, device: str) -> None:
    try:
        entries: list[Any] = json.loads(g.voting_log or "[]")
    except ValueError:
        entries = []  # a hand-edited log: keep going, the new entry starts a clean one
    entries.append({"event": event, "at": at, "device": device, "by": g.facilitator})
    g.voting_log = json.dumps(entries, ensure_ascii=False)


def close_voting(f: JakresFile, *, group_id: str) -> GroupRecord:
    """Freeze the group's dots and scores (the projector may now show its results)."""
    with f.write() as s:
        g = get(s, Group, group_id, "group")
        if g.voting_closed_at is not None:
            raise RuleViolation("voting_already_closed", where=g.name)
        g.voting_closed_at = now_stamp()
        _log(g, CLOSED, g.voting_closed_at, f.device_id)
        return record(GroupRecord, g)


def reopen_voting(f: JakresFile, *, group_id: str) -> GroupRecord:
    """Let the group change its dots and scores again; the reopening is logged."""
    with f.write() as s:
        g = get(s, Group, group_id, "group")
        if g.voting_closed_at is None:
            raise RuleViolation("voting_not_closed", where=g.name)
        g.voting_closed_at = None
        _log(g, REOPENED, now_stamp(), f.device_id)
        return record(GroupRecord, g)


def is_closed(f: JakresFile, group_id: str) -> bool:
    """Whether the group's voting is closed."""
    with f.read() as s:
        return get(s, Group, group_id, "group").voting_closed_at is not None


def voting_log(f: JakresFile, group_id: str) -> list[VotingEvent]:
    """Every close and reopen of the group's voting, oldest first."""
    with f.read() as s:
        raw = get(s, Group, group_id, "group").voting_log
    try:
        entries = json.loads(raw or "[]")
    except ValueError:
        return []
    return [
        VotingEvent(
            str(e.get("event", "")),
            str(e.get("at", "")),
            str(e.get("device", "")),
            str(e.get("by", "")),
        )
        for e in entries
        if isinstance(e, dict)
    ]
