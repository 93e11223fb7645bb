"""The services' reads on a bare sqlite3 connection: the same records, without the ORM.

The summary PDF reads a whole workshop and writes nothing. Importing SQLAlchemy
and the ORM classes costs that command more than the reading itself, so it reads
here, on a connection from store.glance (the CLI) or from an open file's
read transaction (the GUI, see `report.reading.snapshot`). Each function gives
what the service named in its docstring gives, in the same order;
tests/core/test_sql_reads.py compares them on the demo and on edge cases. A
change to what one of those services returns is made here too.

`workshops.get_workshop`, `groups.list_groups` and `criteria.list_criteria`
read here themselves, on the file's read connection (`common.reading`): the
steps show them on every visit. tests/core/test_vote_reads.py holds them to the
ORM queries they replaced.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import fields
from typing import Any, TypeVar

from jakres_desk.base.errors import NotFound
from jakres_desk.core.records import (
    CategoryRecord,
    CategorySetRecord,
    CriterionRecord,
    DimensionInfo,
    FocusAreaRecord,
    GoalInfo,
    GroupRecord,
    ParticipantRecord,
    WorkshopRecord,
)
from jakres_desk.core.rules.criterion_words import Translations, in_language, translations

R = TypeVar("R")


def _records(con: sqlite3.Connection, cls: Callable[..., R], table: str, tail: str = "") -> list[R]:
    """Rows of `table` as `cls` (a record dataclass), its fields read by name.

    Booleans come back from SQLite as 0/1: they are made bool as the ORM makes them.
    """
    names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    flags = [f.type in ("bool", "bool | None") for f in fields(cls)]  # type: ignore[arg-type]
    sql = f"SELECT {', '.join(names)} FROM {table} {tail}"
    return [
        cls(*(bool(v) if flag and v is not None else v for v, flag in zip(row, flags, strict=True)))
        for row in con.execute(sql)
    ]


def workshop(con: sqlite3.Connection) -> WorkshopRecord:
    """workshops.get_workshop: the file's single workshop."""
    found = _records(con, WorkshopRecord, "workshop", "LIMIT 1")
    if not found:
        raise NotFound("no_workshop")
    return found[0]


def groups(con: sqlite3.Connection) -> list[GroupRecord]:
    """groups.list_groups: the groups in their order."""
    return _records(con, GroupRecord, "breakout_group", "ORDER BY position, name")


def find_group(con: sqlite3.Connection, name: str) -> GroupRecord:
    """groups.find_group: the group with this name (case-insensitive), or its focus-area number."""
    every = groups(con)
    wanted = " ".join(name.casefold().split())
    for g in every:
        if " ".join(g.name.casefold().split()) == wanted:
            return g
    numbers = {fid: str(n) for fid, n in con.execute("SELECT id, number FROM focus_area")}
    for g in every:
        if g.focus_area_id and numbers.get(g.focus_area_id) == name.strip():
            return g
    raise NotFound("group_not_found", name=name, known=", ".join(g.name for g in every))


def focus_areas(con: sqlite3.Connection) -> list[FocusAreaRecord]:
    """workshops.focus_areas: in number order, with their CRF goals."""
    goals: dict[str, list[str]] = {}
    for fa_id, goal in con.execute(
        "SELECT focus_area_id, goal_id FROM focus_area_goal ORDER BY position"
    ):
        goals.setdefault(fa_id, []).append(goal)
    names = [f.name for f in fields(FocusAreaRecord) if f.name != "goal_ids"]
    rows = con.execute(f"SELECT {', '.join(names)} FROM focus_area ORDER BY number")
    out = []
    for row in rows:
        values = dict(zip(names, row, strict=True))
        out.append(FocusAreaRecord(**values, goal_ids=tuple(goals.get(values["id"], ()))))
    return out


def focus_area_of(con: sqlite3.Connection, group_id: str) -> FocusAreaRecord | None:
    """framework.focus_area_of: the focus area a group works on (None for a group without)."""
    row = con.execute(
        "SELECT focus_area_id FROM breakout_group WHERE id = ?", (group_id,)
    ).fetchone()
    if row is None:
        raise NotFound("not_found", what="group", id=group_id)
    return next((fa for fa in focus_areas(con) if fa.id == row[0]), None)


def participants(con: sqlite3.Connection) -> list[ParticipantRecord]:
    """participants.list_participants (all of them): by name."""
    return _records(con, ParticipantRecord, "participant", "ORDER BY name, id")


def stakeholder_kinds(con: sqlite3.Connection) -> list[tuple[str, str, str, list[str]]]:
    """participants.stakeholder_kinds: (code, Indonesian label, English label, aliases)."""
    rows = con.execute(
        "SELECT code, label_id, label_en, aliases FROM stakeholder_kind ORDER BY position"
    )
    return [(code, lid, len_, json.loads(aliases)) for code, lid, len_, aliases in rows]


def category_sets(con: sqlite3.Connection) -> list[CategorySetRecord]:
    """categories.list_category_sets: every set with its categories, sets by name."""
    cats: dict[str, list[CategoryRecord]] = {}
    for c in _records(con, CategoryRecord, "category", "ORDER BY position, label_id"):
        cats.setdefault(c.set_id, []).append(c)
    sets = con.execute("SELECT id, key, name_id, name_en FROM category_set ORDER BY name_id, id")
    return [
        CategorySetRecord(sid, key, name_id, name_en, tuple(cats.get(sid, ())))
        for sid, key, name_id, name_en in sets
    ]


def program_categories(con: sqlite3.Connection) -> dict[str, tuple[str, ...]]:
    """categories.program_categories: program id to the ids of its categories."""
    out: dict[str, list[str]] = {}
    for pid, cid in con.execute("SELECT program_id, category_id FROM program_category"):
        out.setdefault(pid, []).append(cid)
    return {pid: tuple(sorted(cids)) for pid, cids in out.items()}


def link_pairs(con: sqlite3.Connection) -> list[tuple[str, str]]:
    """The (program_a, program_b) of duplicates.list_links, in its order."""
    rows = con.execute(
        "SELECT program_a, program_b FROM program_link ORDER BY program_a, program_b"
    )
    return [(a, b) for a, b in rows]


def _labels(row: Sequence[Any], lang: str) -> tuple[str, str]:
    """framework._labels on (label_id, label_en, description_id, description_en)."""
    label_id, label_en, desc_id, desc_en = row
    if lang == "id":
        return label_id or label_en, desc_id or desc_en
    return label_en or label_id, desc_en or desc_id


def dimensions(con: sqlite3.Connection, lang: str) -> list[DimensionInfo]:
    """framework.dimensions: every CRF dimension in order, each with its goals in order."""
    words = "label_id, label_en, description_id, description_en"
    goals: dict[str, list[GoalInfo]] = {}
    for gid, dim, position, *words_of in con.execute(
        f"SELECT id, dimension_id, position, {words} FROM goal ORDER BY position, id"
    ):
        goals.setdefault(dim, []).append(GoalInfo(gid, dim, position, *_labels(words_of, lang)))
    rows = con.execute(f"SELECT id, position, {words} FROM dimension ORDER BY position, id")
    return [
        DimensionInfo(row[0], row[1], *_labels(row[2:], lang), goals=tuple(goals.get(row[0], ())))
        for row in rows
    ]


def criterion_translations(con: sqlite3.Connection) -> Translations:
    """framework.criterion_translations: suggested criteria by their name in any language."""
    return translations(raw for (raw,) in con.execute("SELECT suggested_criteria FROM focus_area"))


def criteria(con: sqlite3.Connection, group_id: str, lang: str) -> list[CriterionRecord]:
    """criteria.list_criteria: a group's criteria in order, suggested ones in `lang`."""
    known = criterion_translations(con)
    rows = con.execute(
        "SELECT id, group_id, name, description, weight, source, position FROM criterion"
        " WHERE group_id = ? ORDER BY position, id",
        (group_id,),
    )
    return [
        CriterionRecord(cid, gid, *in_language(name, description, lang, known), *rest)
        for cid, gid, name, description, *rest in rows
    ]
