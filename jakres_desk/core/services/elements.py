"""Activity 1: the resilience elements a group chooses, and their targets."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from jakres_desk.base.errors import ValidationError
from jakres_desk.base.i18n import current_language
from jakres_desk.core.records import ElementRecord, TargetRecord
from jakres_desk.core.services.common import (
    TEXT_MAX,
    get,
    next_position,
    record,
    same_name,
    text,
)
from jakres_desk.core.services.common import workshop as the_workshop
from jakres_desk.store.db import JakresFile
from jakres_desk.store.models import Element, Goal, Group, Target
from jakres_desk.store.stamps import new_id

YEAR_SPAN = 100


def add_element(
    f: JakresFile,
    *,
    group_id: str,
    goal_id: str | None = None,
    custom_title: str | None = None,
    rationale: str = "",
) -> ElementRecord:
    """Choose a CRF goal, or name an element of the group's own."""
    custom = text(custom_title, "custom_title") or None
    if (goal_id is None) == (custom is None):
        raise ValidationError("goal_or_custom", field="element")
    with f.write() as s:
        get(s, Group, group_id, "group")
        existing = s.scalars(select(Element).where(Element.group_id == group_id)).all()
        if goal_id is not None:
            get(s, Goal, goal_id, "CRF goal")
            if any(e.goal_id == goal_id for e in existing):
                raise ValidationError("element_chosen", field="goal", value=goal_id)
        elif any(e.custom_title and same_name(e.custom_title, custom or "") for e in existing):
            raise ValidationError("duplicate_name", field="custom_title", value=custom)
        e = Element(
            id=new_id(),
            group_id=group_id,
            goal_id=goal_id,
            custom_title=custom,
            rationale=text(rationale, "rationale", limit=TEXT_MAX),
            position=next_position(s, Element.position, Element.group_id == group_id),
        )
        s.add(e)
        s.flush()
        return _element(s, e)


def update_element(
    f: JakresFile, element_id: str, *, rationale: str | None = None, custom_title: str | None = None
) -> ElementRecord:
    """Change an element's rationale or (for a custom one) its title."""
    with f.write() as s:
        e = get(s, Element, element_id, "element")
        if rationale is not None:
            e.rationale = text(rationale, "rationale", limit=TEXT_MAX)
        if custom_title is not None:
            if e.goal_id is not None:
                raise ValidationError("goal_title_fixed", field="custom_title")
            e.custom_title = text(custom_title, "custom_title", required=True)
        return _element(s, e)


def remove_element(f: JakresFile, element_id: str) -> None:
    """Drop an element and its targets."""
    with f.write() as s:
        e = get(s, Element, element_id, "element")
        for t in s.scalars(select(Target).where(Target.element_id == e.id)):
            s.delete(t)
        s.flush()  # children first: the unit of work does not know the order
        s.delete(e)


def _year(s: Session, year: int | str | None) -> int | None:
    if year is None or year == "":
        return None
    try:
        value = int(year)
    except (TypeError, ValueError):
        raise ValidationError("bad_year", field="target_year", value=year) from None
    start = int(the_workshop(s).date[:4])
    if value < start:
        raise ValidationError("year_past", field="target_year", value=value, start=start)
    if value > start + YEAR_SPAN:
        raise ValidationError("year_far", field="target_year", value=value)
    return value


def add_target(
    f: JakresFile,
    *,
    element_id: str,
    statement: str,
    indicator: str = "",
    baseline: str = "",
    target_value: str = "",
    target_year: int | str | None = None,
    responsible_agency: str = "",
) -> TargetRecord:
    """A target for an element; the year may not lie before the workshop's."""
    statement = text(statement, "statement", required=True, limit=TEXT_MAX)
    with f.write() as s:
        get(s, Element, element_id, "element")
        t = Target(
            id=new_id(),
            element_id=element_id,
            statement=statement,
            indicator=text(indicator, "indicator", limit=TEXT_MAX),
            baseline=text(baseline, "baseline"),
            target_value=text(target_value, "target_value"),
            target_year=_year(s, target_year),
            responsible_agency=text(responsible_agency, "responsible_agency"),
            position=next_position(s, Target.position, Target.element_id == element_id),
        )
        s.add(t)
        s.flush()
        return record(TargetRecord, t)


def update_target(f: JakresFile, target_id: str, **changes: str | int | None) -> TargetRecord:
    """Change any field of a target."""
    allowed = {
        "statement",
        "indicator",
        "baseline",
        "target_value",
        "target_year",
        "responsible_agency",
    }
    if set(changes) - allowed:
        raise ValidationError("unknown_field", field=", ".join(sorted(set(changes) - allowed)))
    with f.write() as s:
        t = get(s, Target, target_id, "target")
        for key, value in changes.items():
            if key == "target_year":
                t.target_year = _year(s, value)
            else:
                setattr(
                    t, key, text(str(value or ""), key, required=key == "statement", limit=TEXT_MAX)
                )
        return record(TargetRecord, t)


def remove_target(f: JakresFile, target_id: str) -> None:
    """Drop a target."""
    with f.write() as s:
        s.delete(get(s, Target, target_id, "target"))


def _element(s: Session, e: Element, lang: str | None = None) -> ElementRecord:
    targets = s.scalars(
        select(Target).where(Target.element_id == e.id).order_by(Target.position, Target.id)
    ).all()
    title = e.custom_title or ""
    if e.goal_id:
        goal = s.get(Goal, e.goal_id)
        if goal is not None:
            title = goal.label_id if (lang or current_language()) == "id" else goal.label_en
    return record(
        ElementRecord, e, title=title, targets=tuple(record(TargetRecord, t) for t in targets)
    )


def list_elements(f: JakresFile, group_id: str, lang: str | None = None) -> list[ElementRecord]:
    """A group's elements in order, each with its targets."""
    with f.read() as s:
        rows = s.scalars(
            select(Element)
            .where(Element.group_id == group_id)
            .order_by(Element.position, Element.id)
        ).all()
        return [_element(s, e, lang) for e in rows]
