"""Helpers shared by the services: lookups and checks of user input."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import fields
from typing import Any, TypeVar, cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jakres_desk.base.errors import NotFound, ValidationError
from jakres_desk.core.rules.limits import NAME_MAX as NAME_MAX
from jakres_desk.core.rules.limits import TEXT_MAX as TEXT_MAX
from jakres_desk.store.db import JakresFile
from jakres_desk.store.models import Workshop

T = TypeVar("T")
R = TypeVar("R")


def get(session: Session, model: type[T], record_id: str, what: str) -> T:
    """The record with this id, or a NotFound naming what was looked for."""
    obj = session.get(model, record_id)
    if obj is None:
        raise NotFound("not_found", what=what, id=record_id)
    return obj


@contextmanager
def reading(f: JakresFile) -> Iterator[sqlite3.Connection]:
    """`f.read()` as its bare sqlite3 connection: plain SQL in the same one snapshot.

    For reads whose ORM rows cost more than the reading (hundreds of rows on
    every visit of a step); SQLite's errors are told as `f.read()` tells them.
    """
    with f.read() as s:
        yield bare(s)


def bare(session: Session) -> sqlite3.Connection:
    """The sqlite3 connection of a session, inside its transaction.

    What the session holds unwritten is flushed first, as the session's own
    queries would (autoflush), so a read on the connection sees it too.
    """
    session.flush()
    return cast(sqlite3.Connection, session.connection().connection.driver_connection)


def workshop(session: Session) -> Workshop:
    """The file's single workshop."""
    found = session.scalars(select(Workshop)).first()
    if found is None:
        raise NotFound("no_workshop")
    return found


def text(value: str | None, field: str, *, required: bool = False, limit: int = NAME_MAX) -> str:
    """A cleaned-up text field: stripped, required if asked, not too long."""
    cleaned = (value or "").strip()
    if required and not cleaned:
        raise ValidationError("required", field=field)
    if len(cleaned) > limit:
        raise ValidationError("too_long", field=field, limit=limit)
    return cleaned


def next_position(session: Session, column: Any, *where: Any) -> int:
    """One past the highest position among siblings."""
    top = session.scalar(select(func.max(column)).where(*where))
    return 0 if top is None else int(top) + 1


def record(cls: type[R], obj: object, **extra: Any) -> R:
    """A plain dataclass copied from an ORM row (fields of the same name)."""
    values = {f.name: getattr(obj, f.name) for f in fields(cls) if f.name not in extra}  # type: ignore[arg-type]
    return cls(**values, **extra)


def same_name(a: str, b: str) -> bool:
    """Names that a person would call the same (case and spacing ignored)."""
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())
