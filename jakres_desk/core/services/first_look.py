"""What the main window's first screen shows, read without SQLAlchemy (store.glance).

Opening the GUI on a file, a facilitator first sees the workshop's title, the
group list and the attendance roster of the group. Importing SQLAlchemy and the
ORM classes takes longer than everything else start-up does, so the window
shows these records first, read here with the bare sqlite3 module after the
same checks `db.open_file` makes, and opens the file through the ORM right
after the first paint (ui/main_window.py). The records are the services' own,
built from the same queries written in SQL: tests/core/test_first_look.py
compares them with `workshops`, `groups` and `participants` on the demo and on
edge cases; a change to what those services return is made here too.

A file that is not ordinary (an older revision to migrate, anything refused)
gets no first look: the window opens it the long way, which says why.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, TypeVar

from jakres_desk.base.errors import JakresError
from jakres_desk.core.records import (
    FocusAreaRecord,
    GroupRecord,
    ParticipantRecord,
    WorkshopRecord,
)
from jakres_desk.store.glance import glance, read_only_reason

R = TypeVar("R")
Kind = tuple[str, str, str, list[str]]  # as participants.stakeholder_kinds gives them


@dataclass(frozen=True)
class FirstLook:
    """The first screen's records of one file, read in one snapshot."""

    path: Path
    workshop: WorkshopRecord
    focus_areas: tuple[FocusAreaRecord, ...]
    groups: tuple[GroupRecord, ...]
    group_id: str | None  # the group the window opens on (a kit's own, else the first)
    kinds: tuple[Kind, ...]
    roster: tuple[ParticipantRecord, ...]  # the group's participants, by name
    read_only_reason: str | None


def first_look(path: Path, *, device_id: str) -> FirstLook | None:
    """The first screen's records, or None when the file must be opened the long way."""
    path = Path(path)
    try:
        with glance(path, device_id=device_id, upgrade=False) as con:
            return _read(con, path)
    except (JakresError, sqlite3.Error, OSError, ValueError, KeyError):
        return None  # the long way opens it, or says in words why it cannot


def _read(con: sqlite3.Connection, path: Path) -> FirstLook | None:
    workshop = _one(con, WorkshopRecord, "SELECT {} FROM workshop LIMIT 1")
    if workshop is None:
        return None  # the long way says "no workshop"
    goals: dict[str, list[str]] = {}
    for fa_id, goal in con.execute(
        "SELECT focus_area_id, goal_id FROM focus_area_goal ORDER BY position"
    ):
        goals.setdefault(fa_id, []).append(goal)
    focus_areas = tuple(
        FocusAreaRecord(**{**row, "goal_ids": tuple(goals.get(row["id"], ()))})
        for row in _rows(
            con, FocusAreaRecord, "SELECT {} FROM focus_area ORDER BY number", skip={"goal_ids"}
        )
    )
    groups = tuple(
        GroupRecord(**row)
        for row in _rows(con, GroupRecord, "SELECT {} FROM breakout_group ORDER BY position, name")
    )
    meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
    group_id = meta.get("group_id") or (groups[0].id if groups else None)
    kinds = tuple(
        (code, label_id, label_en, json.loads(aliases))
        for code, label_id, label_en, aliases in con.execute(
            "SELECT code, label_id, label_en, aliases FROM stakeholder_kind ORDER BY position"
        )
    )
    roster: tuple[ParticipantRecord, ...] = ()
    if group_id is not None:
        roster = tuple(
            ParticipantRecord(**row)
            for row in _rows(
                con,
                ParticipantRecord,
                "SELECT {} FROM participant WHERE group_id = ? ORDER BY name, id",
                (group_id,),
            )
        )
    return FirstLook(
        path=path,
        workshop=workshop,
        focus_areas=focus_areas,
        groups=groups,
        group_id=group_id,
        kinds=kinds,
        roster=roster,
        read_only_reason=read_only_reason(path),
    )


def _rows(
    con: sqlite3.Connection,
    cls: type,
    sql: str,
    params: tuple[Any, ...] = (),
    *,
    skip: frozenset[str] | set[str] = frozenset(),
) -> list[dict[str, Any]]:
    """Rows of the record's fields (columns of the same name), typed as the ORM types them."""
    names = [f.name for f in fields(cls) if f.name not in skip]
    flags = {f.name for f in fields(cls) if f.type in ("bool", bool)}
    cursor = con.execute(sql.format(", ".join(f'"{n}"' for n in names)), params)
    return [
        {n: bool(v) if n in flags and v is not None else v for n, v in zip(names, row, strict=True)}
        for row in cursor
    ]


def _one(con: sqlite3.Connection, cls: type[R], sql: str) -> R | None:
    rows = _rows(con, cls, sql)
    return cls(**rows[0]) if rows else None
