"""Creating a workshop file from a preset, reading and changing its settings."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date as Date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jakres_desk import __version__
from jakres_desk.base.errors import ValidationError
from jakres_desk.base.i18n import LANGUAGES
from jakres_desk.core import resources
from jakres_desk.core.records import FocusAreaRecord, WorkshopRecord
from jakres_desk.core.rules.ranking import rules_of as rules_of
from jakres_desk.core.rules.values import check_voting_rules
from jakres_desk.core.services import sql_reads
from jakres_desk.core.services.common import reading, record, text, workshop
from jakres_desk.store.db import JakresFile, create_file
from jakres_desk.store.models import (
    Category,
    CategorySet,
    Dimension,
    FocusArea,
    FocusAreaGoal,
    Framework,
    Goal,
    Group,
    Meta,
    Quality,
    StakeholderKind,
    Workshop,
)
from jakres_desk.store.stamps import new_id, stable_id

RULE_FIELDS = (
    "dots_per_participant",
    "max_dots_per_candidate",
    "score_min",
    "score_max",
    "ranking_method",
    "priority_rule",
    "top_n",
    "threshold",
)


def parse_date(value: str, field: str = "date") -> str:
    """An ISO date (YYYY-MM-DD), checked."""
    try:
        return Date.fromisoformat(value.strip()).isoformat()
    except (ValueError, AttributeError):
        raise ValidationError("bad_date", field=field, value=value) from None


def _add_framework(session: Session, fw: dict[str, Any]) -> None:
    session.add(
        Framework(
            id=fw["id"], version=fw["version"], name_id=fw["name"]["id"], name_en=fw["name"]["en"]
        )
    )
    for d in fw["dimensions"]:
        session.add(
            Dimension(id=d["id"], framework_id=fw["id"], position=d["position"], **_labels(d))
        )
    for g in fw["goals"]:
        session.add(
            Goal(id=g["id"], dimension_id=g["dimension"], position=g["position"], **_labels(g))
        )
    for q in fw["qualities"]:
        session.add(
            Quality(id=q["id"], framework_id=fw["id"], position=q["position"], **_labels(q))
        )


def _labels(item: dict[str, Any]) -> dict[str, str]:
    desc = item.get("description", {})
    return {
        "label_id": item["label"]["id"],
        "label_en": item["label"]["en"],
        "description_id": desc.get("id", ""),
        "description_en": desc.get("en", ""),
    }


def _add_kinds(session: Session, kinds: list[dict[str, Any]]) -> None:
    for pos, k in enumerate(kinds):
        session.add(
            StakeholderKind(
                code=k["code"],
                position=pos,
                label_id=k["label"]["id"],
                label_en=k["label"]["en"],
                aliases=json.dumps(k.get("aliases", []), ensure_ascii=False),
            )
        )


def _add_category_set(session: Session, cs: dict[str, Any]) -> None:
    set_id = stable_id("category_set", cs["id"])
    session.add(
        CategorySet(id=set_id, key=cs["id"], name_id=cs["name"]["id"], name_en=cs["name"]["en"])
    )
    for pos, c in enumerate(cs["categories"]):
        desc = c.get("description", {})
        session.add(
            Category(
                id=stable_id("category", cs["id"], c["code"]),
                set_id=set_id,
                code=c["code"],
                label_id=c["label"]["id"],
                label_en=c["label"]["en"],
                description_id=desc.get("id", ""),
                description_en=desc.get("en", ""),
                position=pos,
            )
        )


def _add_focus_areas(session: Session, ws: Workshop, pre: dict[str, Any]) -> dict[int, str]:
    ids: dict[int, str] = {}
    for fa in pre["focus_areas"]:
        fa_id = stable_id("focus_area", ws.id, str(fa["number"]))
        ids[fa["number"]] = fa_id
        session.add(
            FocusArea(
                id=fa_id,
                workshop_id=ws.id,
                number=fa["number"],
                title_id=fa["title"]["id"],
                title_en=fa["title"]["en"],
                short_id=fa["short"]["id"],
                short_en=fa["short"]["en"],
                suggested_criteria=json.dumps(fa.get("suggested_criteria", []), ensure_ascii=False),
            )
        )
        for pos, goal in enumerate(fa["goals"]):
            session.add(
                FocusAreaGoal(
                    id=stable_id("focus_area_goal", fa_id, goal),
                    focus_area_id=fa_id,
                    goal_id=goal,
                    position=pos,
                )
            )
    return ids


def create_workshop(
    path: Path,
    *,
    device_id: str,
    title: str,
    date: str,
    venue: str = "",
    organiser: str = "",
    preset: str = "jakarta-2018",
    description: str = "",
    illustrative: bool = False,
    then: Callable[[JakresFile], object] | None = None,
) -> JakresFile:
    """A new .jakres file holding one workshop set up from a preset (and filled by `then`).

    The file appears at `path` only when whole: see store.db.create_file.
    """
    pre = resources.preset(preset)
    title = text(title, "title", required=True)
    day = parse_date(date, "date")
    venue, organiser = text(venue, "venue"), text(organiser, "organiser")

    def fill(f: JakresFile) -> None:
        _set_up(f, pre, title=title, day=day, venue=venue, organiser=organiser,
                preset=preset, description=description, illustrative=illustrative)  # fmt: skip
        if then is not None:
            then(f)

    return create_file(Path(path), device_id=device_id, fill=fill)


def _set_up(f: JakresFile, pre: dict[str, Any], *, preset: str, **fields: Any) -> None:
    """The preset's framework, kinds, categories, workshop, focus areas and groups."""
    with f.write() as s:
        _add_framework(s, resources.framework(pre["framework"]))
        _add_kinds(s, pre["stakeholder_kinds"])
        _add_category_set(s, resources.category_set("jakarta-pillars"))
        s.flush()
        ws = Workshop(
            id=new_id(),
            title=fields["title"],
            date=fields["day"],
            venue=fields["venue"],
            organiser=fields["organiser"],
            description=fields["description"],
            framework_id=pre["framework"],
            preset=preset,
            illustrative=fields["illustrative"],
            **pre["rules"],
        )
        s.add(ws)
        s.flush()
        fa_ids = _add_focus_areas(s, ws, pre)
        for pos, g in enumerate(pre["groups"]):
            s.add(
                Group(
                    id=stable_id("group", ws.id, g["name"]),
                    workshop_id=ws.id,
                    focus_area_id=fa_ids[g["focus_area"]],
                    name=g["name"],
                    position=pos,
                )
            )
        s.add_all(
            [
                Meta(key="scope", value="workshop"),
                Meta(key="created_with", value=f"jakres-desk {__version__}"),
            ]
        )


def get_workshop(f: JakresFile) -> WorkshopRecord:
    """The workshop and its rules."""
    with reading(f) as con:
        return sql_reads.workshop(con)


def set_rules(f: JakresFile, **changes: Any) -> WorkshopRecord:
    """Change the workshop's voting rules; impossible combinations are refused."""
    unknown = set(changes) - set(RULE_FIELDS)
    if unknown:
        raise ValidationError("unknown_field", field=", ".join(sorted(unknown)))
    with f.write() as s:
        ws = workshop(s)
        for key, value in changes.items():
            setattr(ws, key, value)
        _check_rules(ws)
        return record(WorkshopRecord, ws)


def _check_rules(ws: Workshop) -> None:
    # The same check as `load` and the readiness check (core/rules/values.py).
    check_voting_rules({key: getattr(ws, key) for key in RULE_FIELDS})


def update_workshop(f: JakresFile, **changes: str) -> WorkshopRecord:
    """Change title, date, venue, organiser, description, stage or record language."""
    allowed = {"title", "date", "venue", "organiser", "description", "stage", "record_language"}
    if set(changes) - allowed:
        raise ValidationError("unknown_field", field=", ".join(sorted(set(changes) - allowed)))
    with f.write() as s:
        ws = workshop(s)
        for key, value in changes.items():
            setattr(ws, key, _detail(key, value))
        return record(WorkshopRecord, ws)


def _detail(key: str, value: str) -> str:
    if key == "date":
        return parse_date(value)
    if key == "description":
        return text(value, key, limit=20_000)
    if key == "record_language":
        if value not in LANGUAGES:
            raise ValidationError("bad_choice", field=key, value=value, known=", ".join(LANGUAGES))
        return value
    return text(value, key, required=key == "title")


def focus_areas(f: JakresFile) -> list[FocusAreaRecord]:
    """The workshop's focus areas in number order, with their CRF goals."""
    with f.read() as s:
        links = s.execute(
            select(FocusAreaGoal.focus_area_id, FocusAreaGoal.goal_id).order_by(
                FocusAreaGoal.position
            )
        ).all()
        goals: dict[str, list[str]] = {}
        for fa_id, goal in links:
            goals.setdefault(fa_id, []).append(goal)
        rows = s.scalars(select(FocusArea).order_by(FocusArea.number)).all()
        return [record(FocusAreaRecord, fa, goal_ids=tuple(goals.get(fa.id, ()))) for fa in rows]


def meta(f: JakresFile) -> dict[str, str]:
    """The file-level facts (scope, creator)."""
    with f.read() as s:
        return {m.key: m.value for m in s.scalars(select(Meta))}
