"""The CRF as a group sees it: dimensions and goals, and its focus area's suggestions."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from jakres_desk.base.i18n import current_language, pick
from jakres_desk.core.records import FocusAreaRecord
from jakres_desk.core.services.common import get, record
from jakres_desk.store.db import JakresFile
from jakres_desk.store.models import Dimension, FocusArea, FocusAreaGoal, Goal, Group


@dataclass(frozen=True)
class GoalInfo:
    """A CRF goal with its label and description in one language."""

    id: str
    dimension_id: str
    position: int
    label: str
    description: str


@dataclass(frozen=True)
class DimensionInfo:
    """A CRF dimension with its goals, labelled in one language."""

    id: str
    position: int
    label: str
    description: str
    goals: tuple[GoalInfo, ...] = ()


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


def _labels(row: Dimension | Goal, lang: str) -> tuple[str, str]:
    if lang == "id":
        return row.label_id or row.label_en, row.description_id or row.description_en
    return row.label_en or row.label_id, row.description_en or row.description_id


def dimensions(f: JakresFile, lang: str | None = None) -> list[DimensionInfo]:
    """Every CRF dimension in order, each with its goals in order."""
    lang = lang or current_language()
    with f.read() as s:
        goals: dict[str, list[GoalInfo]] = {}
        for g in s.scalars(select(Goal).order_by(Goal.position, Goal.id)):
            label, desc = _labels(g, lang)
            goals.setdefault(g.dimension_id, []).append(
                GoalInfo(g.id, g.dimension_id, g.position, label, desc))
        return [DimensionInfo(d.id, d.position, *_labels(d, lang), goals=tuple(goals.get(d.id, ())))
                for d in s.scalars(select(Dimension).order_by(Dimension.position, Dimension.id))]


def focus_area_of(f: JakresFile, group_id: str) -> FocusAreaRecord | None:
    """The focus area the group works on (None for a group without one)."""
    with f.read() as s:
        g = get(s, Group, group_id, "group")
        fa = s.get(FocusArea, g.focus_area_id) if g.focus_area_id else None
        if fa is None:
            return None
        goal_ids = s.scalars(select(FocusAreaGoal.goal_id)
                             .where(FocusAreaGoal.focus_area_id == fa.id)
                             .order_by(FocusAreaGoal.position)).all()
        return record(FocusAreaRecord, fa, goal_ids=tuple(goal_ids))


def suggested_goal_ids(f: JakresFile, group_id: str) -> tuple[str, ...]:
    """The CRF goals suggested for the group's focus area, in the preset's order."""
    fa = focus_area_of(f, group_id)
    return fa.goal_ids if fa else ()


def _bilingual(value: Any) -> dict[str, str] | None:
    """A label given as {"id": ..., "en": ...} or as one plain string; None if malformed."""
    if isinstance(value, str):
        return {"id": value, "en": value}
    if isinstance(value, dict) and all(isinstance(v, str) for v in value.values()):
        return {str(k): v for k, v in value.items()}
    return None


def _suggestion(item: Any, lang: str) -> SuggestedCriterion | None:
    if not isinstance(item, dict):
        return None
    names, descs = _bilingual(item.get("name")), _bilingual(item.get("description", ""))
    if names is None or descs is None or not pick(names, lang).strip():
        return None
    every = tuple(dict.fromkeys(n.strip() for n in names.values() if n.strip()))
    return SuggestedCriterion(pick(names, lang).strip(), pick(descs, lang).strip(),
                              item.get("reported") is True, every)


def criterion_translations(s: OrmSession) -> dict[str, dict[str, tuple[str, str]]]:
    """Every suggested criterion by its name in any language: {lang: (name, description)}.

    A suggested criterion keeps the words of the language it was adopted in; a
    reader in the other language sees the preset's own translation of it.
    """
    out: dict[str, dict[str, tuple[str, str]]] = {}
    for raw in s.scalars(select(FocusArea.suggested_criteria)):
        try:
            items = json.loads(raw or "[]")
        except ValueError:
            continue
        for item in items if isinstance(items, list) else []:
            if not isinstance(item, dict):
                continue
            names, descs = _bilingual(item.get("name")), _bilingual(item.get("description", ""))
            if names is None or descs is None:
                continue
            both = {lang: (names.get(lang, "").strip(), descs.get(lang, "").strip())
                    for lang in ("id", "en")}
            for name in names.values():
                if name.strip():
                    out[_key(name)] = both
    return out


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


def in_language(
    name: str, description: str, lang: str, known: dict[str, dict[str, tuple[str, str]]]
) -> tuple[str, str]:
    """A criterion's name and description in `lang` when the preset has them, else as kept.

    The description follows only when it is the suggestion's own (not the room's words).
    """
    both = known.get(_key(name))
    if both is None or not both.get(lang, ("", ""))[0]:
        return name, description
    own = {d for _n, d in both.values()}
    shown_name, shown_desc = both[lang]
    if description.strip() and description.strip() not in own:
        return shown_name, description  # the room's own words stay as written
    return shown_name, shown_desc


def suggested_criteria(f: JakresFile, group_id: str,
                       lang: str | None = None) -> list[SuggestedCriterion]:
    """The criteria suggested for the group's focus area, the ones reported in 2018 first."""
    lang = lang or current_language()
    with f.read() as s:
        g = get(s, Group, group_id, "group")
        fa = s.get(FocusArea, g.focus_area_id) if g.focus_area_id else None
        raw = fa.suggested_criteria if fa else "[]"
    try:
        items = json.loads(raw or "[]")
    except ValueError:
        # Suggestions only help the room; a damaged list must not block the step.
        return []
    found = [_suggestion(item, lang) for item in items] if isinstance(items, list) else []
    kept = [c for c in found if c is not None]
    return sorted(kept, key=lambda c: not c.reported)
