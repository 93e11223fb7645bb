"""Everything the plenary summary shows, read from the file as plain records (no reportlab).

The layout modules only arrange these records; all counting and ranking
happens here: each group's table is read once for the whole workshop
(report.reading), and ranked by core.ranking under the workshop's rules, as the
GUI ranks it.
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from typing import TYPE_CHECKING, NamedTuple

from jakres_desk.base.errors import NotFound, ValidationError
from jakres_desk.core.records import (
    CandidateRecord,
    CriterionRecord,
    DimensionInfo,
    ElementRecord,
    FocusAreaRecord,
    GroupRecord,
    ParticipantRecord,
    WorkshopRecord,
)
from jakres_desk.core.rules.decisions import DecisionState, decision_state, stored
from jakres_desk.core.rules.families import family_map
from jakres_desk.core.rules.ranking import Ranked, Rules, RulesError, rank, rules_of
from jakres_desk.core.services import sql_reads
from jakres_desk.report.programs import (
    CategoryInfo,
    ProgramLine,
    Taken,
    category_infos,
    program_lines,
)
from jakres_desk.report.reading import GroupTables, read_tables, snapshot

if TYPE_CHECKING:
    from jakres_desk.store.db import JakresFile

# Ids of things the file holds are kept only to join records; they are never printed.


class RankRow(NamedTuple):
    """One candidate in the ranking, with the decision stored for it."""

    candidate_id: str
    program_id: str
    title: str
    agency: str
    rank: int
    tied: bool
    dots: int
    voters: int
    score: float | None
    priority: bool | None  # None: not decided yet
    by_facilitator: bool
    reason: str
    state: DecisionState  # the decision against the live ranking (core.rules.decisions)
    scored: int = 0  # weighted criteria with a value
    criteria: int = 0  # weighted criteria of the group
    unranked: bool = False  # ranked by score with scores missing: no rank, never chosen by rule

    @property
    def stale(self) -> bool:
        """A rule decision the live ranking no longer gives."""
        return self.state is DecisionState.STALE

    @property
    def partial(self) -> bool:
        """Its score carries the "(1/3)" mark (as core.rules.ranking.Ranked.partial)."""
        return self.scored < self.criteria and (self.scored > 0 or self.unranked)


class GroupReport(NamedTuple):
    """One breakout group's results."""

    group: GroupRecord
    focus: FocusAreaRecord | None
    participants: tuple[ParticipantRecord, ...]
    elements: tuple[ElementRecord, ...]
    criteria: tuple[CriterionRecord, ...]
    ranking: tuple[RankRow, ...]
    dots: dict[tuple[str, str], int]  # (participant id, candidate id) -> dots
    values: dict[tuple[str, str], float]  # (candidate id, criterion id) -> value the tally used
    personal: frozenset[tuple[str, str]]  # values that are means of participants' own scores

    @property
    def present(self) -> int:
        """Participants checked in."""
        return sum(p.present for p in self.participants)

    @property
    def targets(self) -> int:
        """Targets over all elements."""
        return sum(len(e.targets) for e in self.elements)

    @property
    def priorities(self) -> int:
        """Candidates decided as priority programs."""
        return sum(r.priority is True for r in self.ranking)

    @property
    def decided(self) -> bool:
        """Whether any candidate has a decision yet."""
        return any(r.priority is not None for r in self.ranking)

    @property
    def stale(self) -> int:
        """Rule decisions taken before the latest votes (or rules) that no longer match."""
        return sum(r.stale for r in self.ranking)

    @property
    def partial(self) -> int:
        """Candidates not yet scored on every weighted criterion."""
        return sum(r.partial for r in self.ranking)


class SharedProgram(NamedTuple):
    """A program that two or more groups decided as a priority."""

    title: str
    agency: str
    groups: tuple[str, ...]  # group names, in the groups' order


class KindCount(NamedTuple):
    """Participants of one kind of stakeholder."""

    label: str
    registered: int
    present: int


class CoverageRow(NamedTuple):
    """One CRF goal: its dimension, label, and per focus-area column '●', '○' or ''."""

    dimension: str
    label: str
    marks: tuple[str, ...]


class ReportData(NamedTuple):
    """The whole summary: workshop, groups, and what is seen across groups."""

    lang: str
    workshop: WorkshopRecord
    groups: tuple[GroupReport, ...]
    single_group: bool
    focus_areas: tuple[FocusAreaRecord, ...] = ()
    coverage: tuple[CoverageRow, ...] = ()
    own_elements: tuple[int, ...] = ()  # per focus area, elements outside the CRF
    shared: tuple[SharedProgram, ...] = ()
    kinds: tuple[KindCount, ...] = ()
    # Distinct programs across groups (linked ones pooled) and the categories they may carry.
    programs: tuple[ProgramLine, ...] = ()
    category_info: tuple[CategoryInfo, ...] = ()

    @property
    def decisions(self) -> int:
        """Priority decisions of all groups (a program two groups chose counts twice)."""
        return sum(gr.priorities for gr in self.groups)

    @property
    def distinct_priorities(self) -> int:
        """Distinct programs some group chose, linked programs counted once."""
        return sum(p.priority for p in self.programs)


def focus_title(fa: FocusAreaRecord | None, lang: str, *, short: bool = False) -> str:
    """A focus area's title in the language, falling back to the other one."""
    if fa is None:
        return ""
    pair = (fa.short_id, fa.short_en) if short else (fa.title_id, fa.title_en)
    first, second = pair if lang == "id" else pair[::-1]
    return first or second


def gather(
    source: JakresFile | sqlite3.Connection, *, lang: str, group_id: str | None = None
) -> ReportData:
    """Read the file into the records of its summary (of one group if group_id is given).

    `source` is an open file or a bare connection (store.glance); all of it is
    read in one read transaction.
    """
    with snapshot(source) as con:
        return _gather(con, lang, group_id)


def _gather(con: sqlite3.Connection, lang: str, group_id: str | None) -> ReportData:
    ws = sql_reads.workshop(con)
    all_groups = sql_reads.groups(con)
    chosen = [g for g in all_groups if group_id is None or g.id == group_id]
    if group_id is not None and not chosen:
        known = ", ".join(g.name for g in all_groups)
        raise NotFound("group_not_found", name=group_id or "", known=known)
    areas = tuple(sql_reads.focus_areas(con))
    by_area = {fa.id: fa for fa in areas}
    people = sql_reads.participants(con)
    tables = read_tables(con, lang=lang, group_id=group_id)
    rules = rules_of(ws)
    members: dict[str | None, list[ParticipantRecord]] = defaultdict(list)
    for p in people:
        members[p.group_id].append(p)
    reports = tuple(
        _group(g, by_area.get(g.focus_area_id or ""), tuple(members[g.id]), tables, rules)
        for g in chosen
    )
    if group_id is not None:
        return ReportData(lang, ws, reports, True, areas)
    coverage, own = _coverage(sql_reads.dimensions(con, lang), reports, areas)
    links = sql_reads.link_pairs(con)
    lines = _program_lines(reports, tables.candidates, links, sql_reads.program_categories(con))
    return ReportData(
        lang,
        ws,
        reports,
        False,
        areas,
        coverage,
        own,
        _shared(lines),
        _kinds(sql_reads.stakeholder_kinds(con), people, lang),
        lines,
        category_infos(sql_reads.category_sets(con), lang),
    )


def _group(
    g: GroupRecord,
    fa: FocusAreaRecord | None,
    people: tuple[ParticipantRecord, ...],
    tables: GroupTables,
    rules: Rules,
) -> GroupReport:
    tallies = tables.tallies.get(g.id, [])
    try:
        ranked = rank(tallies, tables.weights.get(g.id, {}), rules)
    except RulesError as exc:  # a file edited outside the app may hold rules that cannot apply
        raise ValidationError("bad_rules", field="rules", detail=str(exc)) from None
    values = {
        (t.candidate_id, crit): v for t in tallies for crit, v in t.values.items() if v is not None
    }
    return GroupReport(
        group=g,
        focus=fa,
        participants=people,
        elements=tuple(tables.elements.get(g.id, ())),
        criteria=tuple(tables.criteria.get(g.id, ())),
        ranking=_rank_rows(ranked, tables.candidates.get(g.id, [])),
        dots=tables.dots.get(g.id, {}),
        values=values,
        personal=frozenset(k for k in tables.personal.get(g.id, ()) if k in values),
    )


def _rank_rows(ranked: list[Ranked], cands: list[CandidateRecord]) -> tuple[RankRow, ...]:
    by_id = {c.id: c for c in cands}
    rows = []
    for r in ranked:
        c = by_id[r.candidate_id]
        state = decision_state(r, stored(c.is_priority, c.decided_by, c.reason))
        rows.append(
            RankRow(
                r.candidate_id,
                c.program_id,
                c.title,
                c.agency,
                r.rank,
                r.tied,
                r.dots,
                r.voters,
                r.score,
                c.is_priority,
                c.decided_by == "facilitator",
                c.reason,
                state,
                r.scored,
                r.criteria,
                r.unranked,
            )
        )
    return tuple(rows)


def _program_lines(
    reports: tuple[GroupReport, ...],
    candidates: dict[str, list[CandidateRecord]],
    links: list[tuple[str, str]],
    cats: dict[str, tuple[str, ...]],
) -> tuple[ProgramLine, ...]:
    """Every program some group took up, linked programs as one line (report.programs)."""
    shown = {c.program_id: (c.title, c.agency) for cs in candidates.values() for c in cs}
    fams = family_map(links, shown)
    taken = [
        (
            r.program_id,
            Taken(
                gr.group.name,
                gr.focus.number if gr.focus else None,
                r.title,
                r.agency,
                "–" if r.unranked else f"{r.rank}=" if r.tied else str(r.rank),
                r.priority,
                r.by_facilitator,
                r.state,
            ),
        )
        for gr in reports
        for r in gr.ranking
    ]
    return program_lines(taken, fams, cats)


def _shared(lines: tuple[ProgramLine, ...]) -> tuple[SharedProgram, ...]:
    """Programs that two or more groups decided as priority, linked programs counted once."""
    shared = [
        SharedProgram(p.title, p.agency, p.priority_groups)
        for p in lines
        if len(p.priority_groups) > 1
    ]
    shared.sort(key=lambda s: (-len(s.groups), s.title.casefold(), s.agency.casefold()))
    return tuple(shared)


def _coverage(
    dims: list[DimensionInfo],
    reports: tuple[GroupReport, ...],
    areas: tuple[FocusAreaRecord, ...],
) -> tuple[tuple[CoverageRow, ...], tuple[int, ...]]:
    chosen: dict[str, set[str]] = {fa.id: set() for fa in areas}
    own: Counter[str] = Counter()
    for gr in reports:
        if gr.focus is None:
            continue
        for e in gr.elements:
            if e.goal_id:
                chosen[gr.focus.id].add(e.goal_id)
            else:
                own[gr.focus.id] += 1
    rows = []
    for dim in dims:
        for goal in dim.goals:
            marks = tuple(
                "●" if goal.id in chosen[fa.id] else "○" if goal.id in fa.goal_ids else ""
                for fa in areas
            )
            rows.append(CoverageRow(dim.label, goal.label, marks))
    return tuple(rows), tuple(own[fa.id] for fa in areas)


def _kinds(
    kinds: list[tuple[str, str, str, list[str]]], people: list[ParticipantRecord], lang: str
) -> tuple[KindCount, ...]:
    """Every participant of the workshop counted by kind of stakeholder, in the kinds' order."""
    registered = Counter(p.stakeholder_kind for p in people)
    present = Counter(p.stakeholder_kind for p in people if p.present)
    out = [
        KindCount(label_id if lang == "id" else label_en, registered[code], present[code])
        for code, label_id, label_en, _aliases in kinds
        if registered[code]
    ]
    if registered[None]:
        out.append(KindCount("", registered[None], present[None]))
    return tuple(out)
