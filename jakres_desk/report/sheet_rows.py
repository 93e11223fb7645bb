"""Rows of the sheets of what the workshop set up: workshop, groups, people, elements, criteria."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date

from sqlalchemy import func, select

from jakres_desk.core.rules.criterion_words import in_language
from jakres_desk.core.services.framework import criterion_translations
from jakres_desk.core.services.summary import GROUP_COUNTS, group_counts
from jakres_desk.report.sheet_columns import word
from jakres_desk.report.sheet_consolidated import distinct_priorities
from jakres_desk.report.sheet_context import Ctx, fold, pairs, renumber
from jakres_desk.report.xlsx import Row
from jakres_desk.store.models import (
    Criterion,
    Dimension,
    DotVote,
    Element,
    Goal,
    Participant,
    Program,
    StakeholderKind,
    Target,
)


def workshop_rows(c: Ctx) -> list[Row]:
    """The Workshop sheet: one row of the workshop, its rules and totals."""
    ws = c.ws
    programs = c.s.scalar(select(func.count(Program.id)))
    return [
        (
            ws.title,
            date.fromisoformat(ws.date),
            ws.venue,
            ws.organiser,
            bool(ws.illustrative),
            ws.preset,
            ws.dots_per_participant,
            ws.max_dots_per_candidate,
            ws.score_min,
            ws.score_max,
            word("method", ws.ranking_method, c.lang),
            word("rule", ws.priority_rule, c.lang),
            ws.top_n,
            ws.threshold,
            len(c.groups),
            len(c.names),
            programs,
            sum(bool(d.is_priority) for d in c.decisions.values()),
            distinct_priorities(c),
            ws.description,
            ws.id,
        )
    ]


def groups_rows(c: Ctx) -> list[Row]:
    """The Groups sheet: each group with the counts `jakres-desk info` shows."""
    counts = group_counts(c.s)  # the numbers `jakres-desk info` shows
    rows: list[Row] = []
    for g in c.groups:
        fa = c.areas.get(g.focus_area_id or "")
        rows.append(
            (
                g.name,
                fa.number if fa else None,
                c.title((fa.title_id, fa.title_en)) if fa else "",
                g.facilitator,
                g.room,
                bool(g.criteria_locked),
                *(counts[key].get(g.id, 0) for key in GROUP_COUNTS),
                g.rationale,
                g.notes,
                g.id,
            )
        )
    return rows


def participants_rows(c: Ctx) -> list[Row]:
    """The Participants sheet, by group then name (importable as participants)."""
    kinds = {
        k.code: c.title((k.label_id, k.label_en)) for k in c.s.scalars(select(StakeholderKind))
    }
    spent = select(DotVote.participant_id, func.sum(DotVote.count))
    given = pairs(c.s.execute(spent.group_by(DotVote.participant_id)))
    people = sorted(
        c.s.scalars(select(Participant)),
        key=lambda p: (c.order(p.group_id), fold(p.name), p.id),
    )
    return [
        (
            p.name,
            p.organisation,
            kinds.get(p.stakeholder_kind or "", p.stakeholder_kind),
            c.group(p.group_id),
            p.role,
            bool(p.present),
            bool(p.walk_in),
            int(given.get(p.id) or 0),
            p.id,
        )
        for p in people
    ]


def _elements(c: Ctx) -> list[tuple[Element, Goal | None, str]]:
    """Every element with its CRF goal and its title in the sheet's language, in list order."""
    goals = {g.id: g for g in c.s.scalars(select(Goal))}
    items = sorted(
        c.s.scalars(select(Element)), key=lambda e: (c.order(e.group_id), e.position, e.id)
    )
    out = []
    for e in items:
        goal = goals.get(e.goal_id or "")
        title = c.title((goal.label_id, goal.label_en)) if goal else (e.custom_title or "")
        out.append((e, goal, title))
    return out


def elements_rows(c: Ctx) -> list[Row]:
    """The Elements sheet: each group's elements, numbered in order."""
    dims = {d.id: c.title((d.label_id, d.label_en)) for d in c.s.scalars(select(Dimension))}
    targets = Counter(c.s.scalars(select(Target.element_id)))
    rows: list[Row] = [
        (
            c.group(e.group_id),
            0,
            title,
            dims.get(goal.dimension_id, "") if goal else "",
            goal is None,
            e.rationale,
            targets[e.id],
            e.id,
        )
        for e, goal, title in _elements(c)
    ]
    return renumber(rows)


def targets_rows(c: Ctx) -> list[Row]:
    """The Targets sheet: each element's targets, numbered in order."""
    by_element: dict[str, list[Target]] = defaultdict(list)
    for t in c.s.scalars(select(Target).order_by(Target.position, Target.id)):
        by_element[t.element_id].append(t)
    return [
        (
            c.group(e.group_id),
            title,
            n,
            t.statement,
            t.indicator,
            t.baseline,
            t.target_value,
            t.target_year,
            t.responsible_agency,
            t.id,
        )
        for e, _goal, title in _elements(c)
        for n, t in enumerate(by_element[e.id], 1)
    ]


def criteria_rows(c: Ctx) -> list[Row]:
    """The Criteria sheet: each group's criteria, numbered in order."""
    crits = sorted(
        c.s.scalars(select(Criterion)), key=lambda x: (c.order(x.group_id), x.position, x.id)
    )
    known = criterion_translations(c.s)  # suggested criteria in the sheet's language
    rows: list[Row] = [
        (
            c.group(x.group_id),
            0,
            *in_language(x.name, x.description, c.lang, known),
            float(x.weight),
            word("source", x.source, c.lang),
            x.id,
        )
        for x in crits
    ]
    return renumber(rows)
