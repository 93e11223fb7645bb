"""Categorising programs for consolidation: category sets, categories and tags.

A set is the Jakarta pillars (made with every workshop), the CRF goals (made on
demand from the framework) or one the secretariat defines. Agencies need no
tags: the consolidated view groups programs by their normalised agency.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from jakres_desk.base.errors import NotFound, ValidationError
from jakres_desk.core.records import CategoryRecord as CategoryRecord
from jakres_desk.core.records import CategorySetRecord as CategorySetRecord
from jakres_desk.core.services.common import TEXT_MAX, get, next_position, same_name, text
from jakres_desk.store.db import JakresFile
from jakres_desk.store.models import Category, CategorySet, Goal, Program, ProgramCategory
from jakres_desk.store.stamps import new_id, stable_id

CRF_GOALS = "crf-goals"


def _category(c: Category) -> CategoryRecord:
    return CategoryRecord(c.id, c.set_id, c.code, c.label_id, c.label_en, c.position)


def list_category_sets(f: JakresFile) -> list[CategorySetRecord]:
    """Every set with its categories, sets by name."""
    with f.read() as s:
        cats: dict[str, list[CategoryRecord]] = {}
        for c in s.scalars(select(Category).order_by(Category.position, Category.label_id)):
            cats.setdefault(c.set_id, []).append(_category(c))
        sets = s.scalars(select(CategorySet).order_by(CategorySet.name_id, CategorySet.id))
        return [
            CategorySetRecord(cs.id, cs.key, cs.name_id, cs.name_en, tuple(cats.get(cs.id, ())))
            for cs in sets
        ]


def add_category_set(f: JakresFile, *, name: str, name_en: str = "") -> CategorySetRecord:
    """A set of the secretariat's own; names are unique."""
    name = text(name, "name", required=True)
    with f.write() as s:
        if any(same_name(n, name) for n in s.scalars(select(CategorySet.name_id))):
            raise ValidationError("duplicate_name", field="name", value=name)
        cs = CategorySet(id=new_id(), key="", name_id=name, name_en=text(name_en, "name_en"))
        s.add(cs)
        s.flush()
        return CategorySetRecord(cs.id, cs.key, cs.name_id, cs.name_en)


def add_category(
    f: JakresFile,
    *,
    set_id: str,
    label: str,
    label_en: str = "",
    code: str = "",
    description: str = "",
) -> CategoryRecord:
    """A category in a set; labels are unique within the set."""
    label = text(label, "label", required=True)
    with f.write() as s:
        get(s, CategorySet, set_id, "category set")
        labels = s.scalars(select(Category.label_id).where(Category.set_id == set_id))
        if any(same_name(n, label) for n in labels):
            raise ValidationError("duplicate_name", field="label", value=label)
        c = Category(
            id=new_id(),
            set_id=set_id,
            code=text(code, "code") or label,
            label_id=label,
            label_en=text(label_en, "label_en"),
            description_id=text(description, "description", limit=TEXT_MAX),
            position=next_position(s, Category.position, Category.set_id == set_id),
        )
        s.add(c)
        s.flush()
        return _category(c)


def _programs(ids: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def tag(f: JakresFile, *, program_ids: Iterable[str], category_id: str) -> int:
    """Give programs a category, in one transaction; returns how many were newly tagged."""
    ids = _programs(program_ids)
    with f.write() as s:
        get(s, Category, category_id, "category")
        _check_programs(s, ids)
        have = set(
            s.scalars(
                select(ProgramCategory.program_id).where(
                    ProgramCategory.category_id == category_id,
                    ProgramCategory.program_id.in_(ids),
                )
            )
        )
        new = [pid for pid in ids if pid not in have]
        s.add_all(
            ProgramCategory(id=new_id(), program_id=pid, category_id=category_id) for pid in new
        )
        return len(new)


def untag(f: JakresFile, *, program_ids: Iterable[str], category_id: str) -> int:
    """Take a category off programs, in one transaction; returns how many lost it."""
    ids = _programs(program_ids)
    with f.write() as s:
        rows = s.scalars(
            select(ProgramCategory).where(
                ProgramCategory.category_id == category_id, ProgramCategory.program_id.in_(ids)
            )
        ).all()
        for row in rows:
            s.delete(row)  # leaves a tombstone, so the untagging travels
        return len(rows)


def _check_programs(s: Session, ids: list[str]) -> None:
    known = set(s.scalars(select(Program.id).where(Program.id.in_(ids))))
    for pid in ids:
        if pid not in known:
            raise NotFound("not_found", what="program", id=pid)


def ensure_crf_goal_set(f: JakresFile) -> CategorySetRecord:
    """The category set of the framework's goals (made once; ids are the same everywhere)."""
    set_id = stable_id("category_set", CRF_GOALS)
    with f.write() as s:
        if s.get(CategorySet, set_id) is None:
            s.add(CategorySet(id=set_id, key=CRF_GOALS, name_id="Tujuan CRF", name_en="CRF goals"))
            s.flush()
        have = set(s.scalars(select(Category.id).where(Category.set_id == set_id)))
        for g in s.scalars(select(Goal).order_by(Goal.position, Goal.id)):
            cid = stable_id("category", CRF_GOALS, g.id)
            if cid not in have:
                s.add(
                    Category(
                        id=cid,
                        set_id=set_id,
                        code=g.id,
                        label_id=g.label_id,
                        label_en=g.label_en,
                        description_id=g.description_id,
                        description_en=g.description_en,
                        position=g.position,
                    )
                )
    return next(cs for cs in list_category_sets(f) if cs.id == set_id)


def program_categories(f: JakresFile) -> dict[str, tuple[str, ...]]:
    """Program id to the ids of its categories."""
    with f.read() as s:
        out: dict[str, list[str]] = {}
        for pid, cid in s.execute(select(ProgramCategory.program_id, ProgramCategory.category_id)):
            out.setdefault(pid, []).append(cid)
    return {pid: tuple(sorted(cids)) for pid, cids in out.items()}
