"""A new workshop set up like an earlier one: its setup without its people or results.

The secretariat runs the same kind of workshop again (the Phase II preliminary,
then the final one): focus areas with their goals and suggested criteria, the
groups with facilitator and room, the voting rules and the catalogue of existing
programs (with their focus areas and categories) are copied. Participants,
elements, targets, criteria, candidates, votes, scores, decisions, programs a
room added, duplicate links and the import log are not.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import Table, select

from jakres_desk import __version__
from jakres_desk.base.errors import ValidationError
from jakres_desk.core.services.common import text
from jakres_desk.core.services.workshops import meta, parse_date
from jakres_desk.store.db import JakresFile, create_file
from jakres_desk.store.models import (
    Base,
    Category,
    CategorySet,
    Dimension,
    FocusArea,
    FocusAreaGoal,
    Framework,
    Goal,
    Group,
    Meta,
    Program,
    ProgramCategory,
    ProgramFocusArea,
    Quality,
    StakeholderKind,
    Workshop,
)
from jakres_desk.store.stamps import new_id, stable_id

Row = dict[str, Any]
_STAMPS = ("created_at", "modified_at", "device_id")
# Kept as they are: the framework and the kinds are reference data; category sets
# and categories have name-based ids on purpose (every file agrees on them).
_AS_IS: tuple[type[Base], ...] = (
    Framework,
    Dimension,
    Goal,
    Quality,
    StakeholderKind,
    CategorySet,
    Category,
)
# What a group's copy starts without: the room's notes and lock are the room's.
_GROUP_FRESH = {"notes": "", "rationale": "", "criteria_locked": False}


def create_like(
    path: Path,
    earlier: JakresFile,
    *,
    device_id: str,
    title: str,
    date: str,
    venue: str | None = None,
    organiser: str | None = None,
) -> JakresFile:
    """A new workshop file at `path` with the setup of `earlier` (venue, organiser kept
    unless given), its own title and date, and no people or results."""
    if meta(earlier).get("scope", "workshop") == "group":
        raise ValidationError("like_from_kit", field="like", where=str(earlier.path))
    fields = {"title": text(title, "title", required=True), "date": parse_date(date, "date")}
    if venue is not None:
        fields["venue"] = text(venue, "venue")
    if organiser is not None:
        fields["organiser"] = text(organiser, "organiser")
    rows = _read_setup(earlier)

    def fill(f: JakresFile) -> None:
        _write_setup(f, rows, fields)

    return create_file(Path(path), device_id=device_id, fill=fill)


def _rows(s: Any, model: type[Base], *where: Any) -> list[Row]:
    table: Table = Base.metadata.tables[model.__tablename__]
    query = select(table).where(*where)
    return [dict(r._mapping) for r in s.execute(query)]


def _read_setup(f: JakresFile) -> dict[type[Base], list[Row]]:
    catalogue = Program.origin == "catalogue"
    kept = select(Program.id).where(catalogue)
    with f.read() as s:
        rows = {model: _rows(s, model) for model in _AS_IS}
        rows[Workshop] = _rows(s, Workshop)
        rows[FocusArea] = _rows(s, FocusArea)
        rows[FocusAreaGoal] = _rows(s, FocusAreaGoal)
        rows[Group] = _rows(s, Group)
        rows[Program] = _rows(s, Program, catalogue)
        rows[ProgramFocusArea] = _rows(s, ProgramFocusArea, ProgramFocusArea.program_id.in_(kept))
        rows[ProgramCategory] = _rows(s, ProgramCategory, ProgramCategory.program_id.in_(kept))
    return rows


def _write_setup(f: JakresFile, rows: dict[type[Base], list[Row]], fields: Row) -> None:
    ids: dict[str, str] = {}
    (old_ws,) = rows[Workshop]
    ws_id = ids[old_ws["id"]] = new_id()
    for fa in rows[FocusArea]:
        ids[fa["id"]] = stable_id("focus_area", ws_id, str(fa["number"]))
    for link in rows[FocusAreaGoal]:
        ids[link["id"]] = stable_id("focus_area_goal", ids[link["focus_area_id"]], link["goal_id"])
    for g in rows[Group]:
        ids[g["id"]] = stable_id("group", ws_id, g["name"])
    with f.write() as s:
        for model in _AS_IS:
            s.add_all(model(**_fresh(r)) for r in rows[model])
        s.flush()
        s.add(Workshop(**{**_mapped(old_ws, ids), **fields, "illustrative": False}))
        s.flush()
        for model in (FocusArea, FocusAreaGoal):
            s.add_all(model(**_mapped(r, ids)) for r in rows[model])
        s.add_all(Group(**{**_mapped(g, ids), **_GROUP_FRESH}) for g in rows[Group])
        s.flush()
        s.add_all(_programs(rows[Program], ids))
        s.flush()
        for model in (ProgramFocusArea, ProgramCategory):
            s.add_all(model(**_mapped(r, ids, renew=True)) for r in rows[model])
        s.add_all(
            [
                Meta(key="scope", value="workshop"),
                Meta(key="created_with", value=f"jakres-desk {__version__}"),
            ]
        )


def _programs(rows: Iterable[Row], ids: dict[str, str]) -> list[Program]:
    out = []
    for r in rows:
        ids[r["id"]] = new_id()
        out.append(Program(**{**_mapped(r, ids), "added_by_group_id": None}))
    return out


def _fresh(row: Row) -> Row:
    """The row without its stamps: the new file stamps it as its own."""
    return {k: v for k, v in row.items() if k not in _STAMPS}


def _mapped(row: Row, ids: dict[str, str], *, renew: bool = False) -> Row:
    """The row with every id it holds (its own, its parents') replaced by the new file's."""
    out = {k: ids.get(v, v) if isinstance(v, str) else v for k, v in _fresh(row).items()}
    if renew:
        out["id"] = new_id()
    return out
