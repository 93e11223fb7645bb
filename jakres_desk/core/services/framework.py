"""The CRF as a group sees it: dimensions and goals, and its focus area's suggestions."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from jakres_desk.base.errors import NotFound, ValidationError
from jakres_desk.base.i18n import current_language, pick
from jakres_desk.core.records import DimensionInfo as DimensionInfo
from jakres_desk.core.records import FocusAreaRecord
from jakres_desk.core.records import GoalInfo as GoalInfo
from jakres_desk.core.rules.criterion_words import Translations, translations
from jakres_desk.core.rules.criterion_words import bilingual as _bilingual
from jakres_desk.core.rules.criterion_words import in_language as in_language
from jakres_desk.core.services import sql_reads
from jakres_desk.core.services.common import (
    NAME_MAX,
    TEXT_MAX,
    get,
    reading,
    record,
    text,
    workshop,
)
from jakres_desk.store.db import JakresFile
from jakres_desk.store.models import FocusArea, FocusAreaGoal, Goal, Group
from jakres_desk.store.stamps import new_id


@dataclass(frozen=True)
class SuggestedCriterion:
    """A criterion the preset suggests for a focus area; `reported` ones were used in 2018."""

    name: str
    description: str
    reported: bool
    names: tuple[str, ...] = ()  # the name in every language, to recognise it once added

    @property
    def source(self) -> str:
        """The criterion source to record when the group adopts it."""
        return "reported" if self.reported else "suggested"


def dimensions(f: JakresFile, lang: str | None = None) -> list[DimensionInfo]:
    """Every CRF dimension in order, each with its goals in order.

    Read on the session's own sqlite3 connection (`sql_reads`), as `focus_area_of`:
    the ORM's first use of a query in a process compiles it (10 ms for these two),
    paid by the facilitator on the first visit to step 1.
    """
    with reading(f) as con:
        return sql_reads.dimensions(con, lang or current_language())


def focus_area_of(f: JakresFile, group_id: str) -> FocusAreaRecord | None:
    """The focus area the group works on (None for a group without one)."""
    with reading(f) as con:
        return sql_reads.focus_area_of(con, group_id)


def suggested_goal_ids(f: JakresFile, group_id: str) -> tuple[str, ...]:
    """The CRF goals suggested for the group's focus area, in the preset's order."""
    fa = focus_area_of(f, group_id)
    return fa.goal_ids if fa else ()


def criterion_translations(s: OrmSession) -> Translations:
    """Every suggested criterion by its name in any language (core.rules.criterion_words)."""
    return translations(s.scalars(select(FocusArea.suggested_criteria)))


def _suggestion(item: Any, lang: str) -> SuggestedCriterion | None:
    if not isinstance(item, dict):
        return None
    names, descs = _bilingual(item.get("name")), _bilingual(item.get("description", ""))
    if names is None or descs is None or not pick(names, lang).strip():
        return None
    every = tuple(dict.fromkeys(n.strip() for n in names.values() if n.strip()))
    return SuggestedCriterion(pick(names, lang).strip(), pick(descs, lang).strip(),
                              item.get("reported") is True, every)


def suggested_criteria(f: JakresFile, group_id: str,
                       lang: str | None = None) -> list[SuggestedCriterion]:
    """The criteria suggested for the group's focus area, the ones reported in 2018 first."""
    lang = lang or current_language()
    with reading(f) as con:
        found = con.execute(
            "SELECT f.suggested_criteria FROM breakout_group g"
            " LEFT JOIN focus_area f ON f.id = g.focus_area_id WHERE g.id = ?",
            (group_id,),
        ).fetchone()
    if found is None:
        raise NotFound("not_found", what="group", id=group_id)
    raw = found[0] or "[]"
    try:
        items = json.loads(raw or "[]")
    except ValueError:
        # Suggestions only help the room; a damaged list must not block the step.
        return []
    found = [_suggestion(item, lang) for item in items] if isinstance(items, list) else []
    kept = [c for c in found if c is not None]
    return sorted(kept, key=lambda c: not c.reported)


# --- the secretariat's edits of focus areas (the setup desk) --------------------------


def add_focus_area(f: JakresFile, *, title_id: str, title_en: str = "") -> FocusAreaRecord:
    """A new focus area, numbered after the last one."""
    title_id = text(title_id, "title", required=True)
    with f.write() as s:
        ws = workshop(s)
        number = (s.scalar(select(func.max(FocusArea.number))) or 0) + 1
        fa = FocusArea(id=new_id(), workshop_id=ws.id, number=number, title_id=title_id,
                       title_en=text(title_en, "title_en"), short_id="", short_en="",
                       suggested_criteria="[]")  # fmt: skip
        s.add(fa)
        s.flush()
        return record(FocusAreaRecord, fa, goal_ids=())


def update_focus_area(f: JakresFile, focus_area_id: str, **changes: str) -> FocusAreaRecord:
    """Change a focus area's titles, short titles and description (both languages)."""
    allowed = ("title_id", "title_en", "short_id", "short_en", "description_id", "description_en")
    unknown = set(changes) - set(allowed)
    if unknown:
        raise ValidationError("unknown_field", field=", ".join(sorted(unknown)))
    with f.write() as s:
        fa = get(s, FocusArea, focus_area_id, "focus area")
        for key, value in changes.items():
            limit = TEXT_MAX if key.startswith("description") else NAME_MAX
            setattr(fa, key, text(value, "title" if key == "title_id" else key,
                                  required=key == "title_id", limit=limit))  # fmt: skip
        return _focus_record(s, fa)


def set_focus_area_goals(
    f: JakresFile, *, focus_area_id: str, goal_ids: Sequence[str]
) -> FocusAreaRecord:
    """The CRF goals suggested to the focus area's group as elements, in this order."""
    with f.write() as s:
        fa = get(s, FocusArea, focus_area_id, "focus area")
        known = set(s.scalars(select(Goal.id)))
        for goal in goal_ids:
            if goal not in known:
                raise ValidationError("bad_choice", field="goal", value=goal,
                                      known=", ".join(sorted(known)))  # fmt: skip
        old = {link.goal_id: link for link in s.scalars(
            select(FocusAreaGoal).where(FocusAreaGoal.focus_area_id == fa.id))}  # fmt: skip
        for goal, link in old.items():
            if goal not in goal_ids:
                s.delete(link)
        for pos, goal in enumerate(dict.fromkeys(goal_ids)):
            link = old.get(goal) or FocusAreaGoal(id=new_id(), focus_area_id=fa.id, goal_id=goal)
            if link.position != pos or goal not in old:
                link.position = pos
            s.add(link)
        s.flush()
        return _focus_record(s, fa)


def set_suggested_criteria(
    f: JakresFile, *, focus_area_id: str, criteria: Sequence[Mapping[str, Any]]
) -> FocusAreaRecord:
    """The criteria suggested to the focus area's group: name and description in both
    languages, `reported` when a room used it before."""
    items = [_checked_suggestion(c, i) for i, c in enumerate(criteria, start=1)]
    with f.write() as s:
        fa = get(s, FocusArea, focus_area_id, "focus area")
        fa.suggested_criteria = json.dumps(items, ensure_ascii=False)
        return _focus_record(s, fa)


def _checked_suggestion(item: Mapping[str, Any], row: int) -> dict[str, Any]:
    names = {lang: text(item.get("name", {}).get(lang, ""), "name") for lang in ("id", "en")}
    descs = {lang: text(item.get("description", {}).get(lang, ""), "description",
                        limit=TEXT_MAX) for lang in ("id", "en")}  # fmt: skip
    if not (names["id"] or names["en"]):
        raise ValidationError("required", field="name", where=f"{row}")
    return {"name": names, "description": descs, "reported": item.get("reported") is True}


def suggestions_of(f: JakresFile, focus_area_id: str) -> list[dict[str, Any]]:
    """The focus area's suggested criteria as stored (both languages)."""
    with f.read() as s:
        raw = get(s, FocusArea, focus_area_id, "focus area").suggested_criteria
    try:
        items = json.loads(raw or "[]")
    except ValueError:
        return []
    out = []
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict):
            names = _bilingual(item.get("name")) or {}
            descs = _bilingual(item.get("description", "")) or {}
            out.append({"name": names, "description": descs,
                        "reported": item.get("reported") is True})  # fmt: skip
    return out


def focus_area_removal_takes(f: JakresFile, focus_area_id: str) -> dict[str, int]:
    """What removing a focus area changes: groups left without one, programs unlinked."""
    from jakres_desk.store.models import ProgramFocusArea

    with f.read() as s:
        get(s, FocusArea, focus_area_id, "focus area")
        groups = s.scalar(select(func.count()).where(Group.focus_area_id == focus_area_id))
        links = s.scalar(
            select(func.count()).where(ProgramFocusArea.focus_area_id == focus_area_id)
        )
        return {"groups": groups or 0, "programs": links or 0}


def remove_focus_area(f: JakresFile, focus_area_id: str) -> None:
    """Delete a focus area; its groups stay (cross-cutting), its programs stay unlinked."""
    with f.write() as s:
        fa = get(s, FocusArea, focus_area_id, "focus area")
        # Unlinked through the ORM, not by the database's SET NULL, so undo sees them.
        for g in s.scalars(select(Group).where(Group.focus_area_id == fa.id)):
            g.focus_area_id = None
        s.flush()
        s.delete(fa)


def _focus_record(s: OrmSession, fa: FocusArea) -> FocusAreaRecord:
    s.flush()
    goal_ids = s.scalars(select(FocusAreaGoal.goal_id)
                         .where(FocusAreaGoal.focus_area_id == fa.id)
                         .order_by(FocusAreaGoal.position)).all()  # fmt: skip
    return record(FocusAreaRecord, fa, goal_ids=tuple(goal_ids))
