"""Rows of the consolidation's sheets: categories, links and agencies.

Programs the secretariat linked as one count once (core.services.consolidated
family_map): a category lists a family once, an agency's list shows the
family's title, and the Links sheet shows which programs make each family.
"""

from __future__ import annotations

from sqlalchemy import select

from jakres_desk.core.rules.families import Family, family_map
from jakres_desk.core.rules.rounding import shown_score
from jakres_desk.report.programs import agency_key
from jakres_desk.report.sheet_columns import word
from jakres_desk.report.sheet_context import Ctx, fold
from jakres_desk.report.xlsx import Row
from jakres_desk.store.models import Category, CategorySet, ProgramCategory, ProgramLink


def _families(c: Ctx) -> dict[str, Family]:
    shown = {cand.program_id: (cand.title, cand.agency) for cand in c.cands.values()}
    links = c.s.execute(select(ProgramLink.program_a, ProgramLink.program_b))
    return family_map(((a, b) for a, b in links), shown)


def _taken(c: Ctx) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Family id -> groups that took it up, and groups that decided it a priority."""
    fams = _families(c)
    candidate_in: dict[str, list[str]] = {}
    priority_in: dict[str, list[str]] = {}
    for cid, cand in sorted(c.cands.items(), key=lambda item: item[1].order):
        fam = fams[cand.program_id].id
        candidate_in.setdefault(fam, [])
        if cand.group not in candidate_in[fam]:
            candidate_in[fam].append(cand.group)
        d = c.decisions.get(cid)
        if d is not None and d.is_priority and cand.group not in priority_in.get(fam, []):
            priority_in.setdefault(fam, []).append(cand.group)
    return candidate_in, priority_in


def distinct_priorities(c: Ctx) -> int:
    """Distinct programs some group decided as a priority, linked ones counted once."""
    return len(_taken(c)[1])


def categories_rows(c: Ctx) -> list[Row]:
    """The Categories sheet: each category with the distinct programs given it."""
    fams = _families(c)
    candidate_in, priority_in = _taken(c)
    tagged: dict[str, set[str]] = {}
    for pid, cat in c.s.execute(select(ProgramCategory.program_id, ProgramCategory.category_id)):
        if pid in fams:
            tagged.setdefault(cat, set()).add(fams[pid].id)
    sets = {cs.id: cs for cs in c.s.scalars(select(CategorySet))}
    cats = sorted(
        (k for k in c.s.scalars(select(Category)) if k.id in tagged),
        key=lambda k: (sets[k.set_id].key != "jakarta-pillars", k.set_id, k.position, k.id),
    )
    rows: list[Row] = []
    for k in cats:
        cs = sets[k.set_id]
        family_ids = sorted(tagged[k.id], key=lambda f: (fold(fams[f].title), f))
        for fid in family_ids:
            fam = fams[fid]
            rows.append(
                (
                    c.title((cs.name_id, cs.name_en)),
                    c.title((k.label_id, k.label_en)),
                    fam.title,
                    fam.agency,
                    ", ".join(candidate_in.get(fid, [])),
                    ", ".join(priority_in.get(fid, [])),
                    len(priority_in.get(fid, [])),
                    fid,
                )
            )
    return rows


def links_rows(c: Ctx) -> list[Row]:
    """The Links sheet: every program of a family of linked programs, under the family's title."""
    fams = _families(c)
    notes: dict[str, list[str]] = {}
    for a, b, note in c.s.execute(
        select(ProgramLink.program_a, ProgramLink.program_b, ProgramLink.note)
    ):
        for pid in (a, b):
            if note.strip():
                notes.setdefault(pid, []).append(note.strip())
    groups: dict[str, list[str]] = {}
    priority: dict[str, list[str]] = {}
    for cid, cand in sorted(c.cands.items(), key=lambda item: item[1].order):
        groups.setdefault(cand.program_id, []).append(cand.group)
        d = c.decisions.get(cid)
        if d is not None and d.is_priority:
            priority.setdefault(cand.program_id, []).append(cand.group)
    shown = {cand.program_id: cand for cand in c.cands.values()}
    families = {f.id: f for f in fams.values() if len(f.members) > 1}
    rows: list[Row] = []
    for n, fam in enumerate(sorted(families.values(), key=lambda f: (fold(f.title), f.id)), 1):
        for pid in fam.members:
            cand = shown[pid]
            rows.append(
                (
                    n,
                    fam.title,
                    cand.title,
                    cand.agency,
                    ", ".join(groups.get(pid, [])),
                    ", ".join(priority.get(pid, [])),
                    "; ".join(dict.fromkeys(notes.get(pid, []))),
                    pid,
                )
            )
    return rows


def agencies_rows(c: Ctx) -> list[Row]:
    """The Agencies sheet: each agency's programs, in which group, rank, priority or not."""
    fams = _families(c)
    rows: list[tuple[str, Row]] = []
    for cid, cand in c.cands.items():
        fam, r, d = fams[cand.program_id], c.ranked.get(cid), c.decisions.get(cid)
        score = None if r is None or r.score is None else shown_score(r.score)
        rows.append(
            (
                agency_key(fam.agency),
                (
                    fam.agency,
                    fam.title,
                    cand.title if cand.title != fam.title else "",
                    cand.group,
                    None if r is None or r.unranked else r.rank,
                    r.dots if r else 0,
                    score,
                    None if d is None else bool(d.is_priority),
                    "" if d is None else word("decided_by", d.decided_by, c.lang),
                    cid,
                ),
            )
        )
    rows.sort(key=lambda kr: (not kr[0], kr[0], _not_chosen(kr[1][7]), fold(str(kr[1][1])),
                              kr[1][3], str(kr[1][9])))  # fmt: skip
    return [row for _key, row in rows]


def _not_chosen(priority: object) -> int:
    return 0 if priority is True else 1 if priority is False else 2
