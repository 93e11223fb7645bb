"""Activity 2: the criteria a group agrees for selecting existing programs."""

from __future__ import annotations

import math

from sqlalchemy import select
from sqlalchemy.orm import Session

from jakres_desk.base.errors import RuleViolation, ValidationError
from jakres_desk.base.i18n import current_language
from jakres_desk.core.records import CriterionRecord
from jakres_desk.core.rules.limits import SOURCES as SOURCES
from jakres_desk.core.rules.limits import WEIGHT_MAX as WEIGHT_MAX
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
from jakres_desk.store.db import JakresFile
from jakres_desk.store.models import Criterion, Group
from jakres_desk.store.stamps import new_id


def check_weight(weight: float | str) -> float:
    """A weight above 0 and at most 100."""
    try:
        value = float(weight)
    except (TypeError, ValueError):
        raise ValidationError("bad_number", field="weight", value=weight) from None
    if not math.isfinite(value) or value <= 0 or value > WEIGHT_MAX:
        raise ValidationError("weight_range", field="weight", value=weight, max=WEIGHT_MAX)
    return value


def _unlocked_group(s: Session, group_id: str) -> Group:
    g = get(s, Group, group_id, "group")
    if g.criteria_locked:
        raise RuleViolation("criteria_locked", where=g.name)
    return g


def add_criterion(
    f: JakresFile,
    *,
    group_id: str,
    name: str,
    description: str = "",
    weight: float | str = 1.0,
    source: str = "room",
) -> CriterionRecord:
    """A criterion with a weight; names are unique within the group."""
    name = text(name, "name", required=True)
    value = check_weight(weight)
    if source not in SOURCES:
        raise ValidationError("bad_choice", field="source", value=source, known=", ".join(SOURCES))
    with f.write() as s:
        _unlocked_group(s, group_id)
        names = s.scalars(select(Criterion.name).where(Criterion.group_id == group_id))
        if any(same_name(n, name) for n in names):
            raise ValidationError("duplicate_name", field="name", value=name)
        c = Criterion(
            id=new_id(),
            group_id=group_id,
            name=name,
            weight=value,
            source=source,
            description=text(description, "description", limit=TEXT_MAX),
            position=next_position(s, Criterion.position, Criterion.group_id == group_id),
        )
        s.add(c)
        s.flush()
        return record(CriterionRecord, c)


def update_criterion(
    f: JakresFile,
    criterion_id: str,
    *,
    name: str | None = None,
    description: str | None = None,
    weight: float | str | None = None,
) -> CriterionRecord:
    """Rename, describe or reweigh a criterion (while criteria are unlocked)."""
    with f.write() as s:
        c = get(s, Criterion, criterion_id, "criterion")
        _unlocked_group(s, c.group_id)
        if name is not None:
            name = text(name, "name", required=True)
            others = s.scalars(
                select(Criterion.name).where(Criterion.group_id == c.group_id, Criterion.id != c.id)
            )
            if any(same_name(n, name) for n in others):
                raise ValidationError("duplicate_name", field="name", value=name)
            c.name = name
        if description is not None:
            c.description = text(description, "description", limit=TEXT_MAX)
        if weight is not None:
            c.weight = check_weight(weight)
        return record(CriterionRecord, c)


def remove_criterion(f: JakresFile, criterion_id: str) -> None:
    """Drop a criterion (only while unlocked, and its scores with it)."""
    with f.write() as s:
        c = get(s, Criterion, criterion_id, "criterion")
        _unlocked_group(s, c.group_id)
        # Its scores go by ON DELETE CASCADE, as a participant's do: one tombstone, for
        # the criterion, travels to the master, whose merge cascades the same way.
        s.delete(c)


def list_criteria(f: JakresFile, group_id: str, lang: str | None = None) -> list[CriterionRecord]:
    """A group's criteria in order; suggested ones in the reader's language where known."""
    with reading(f) as con:
        return sql_reads.criteria(con, group_id, lang or current_language())
