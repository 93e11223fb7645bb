"""The secretariat's view: every program across the groups, with votes, scores and priority.

Plain records for the GUI and the report. Scores and dots are the live tally
under the workshop's rules; priority, rank and who decided are the stored
decisions (a group that has not decided yet shows none).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from jakres_desk.core.merge.duplicates import list_links, normalise
from jakres_desk.core.records import CandidateRecord, GroupRecord
from jakres_desk.core.rules.families import Family as Family
from jakres_desk.core.rules.families import family_map as family_map
from jakres_desk.core.rules.ranking import Ranked, RulesError
from jakres_desk.core.services.categories import program_categories
from jakres_desk.core.services.groups import list_groups
from jakres_desk.core.services.programs import list_candidates, list_programs
from jakres_desk.core.services.votes import ranking
from jakres_desk.store.db import JakresFile


@dataclass(frozen=True)
class GroupResult:
    """How one group treated a program."""

    group_id: str
    group_name: str
    candidate_id: str
    dots: int
    voters: int
    score: float | None
    rank: int | None
    is_priority: bool | None
    decided_by: str | None
    reason: str


@dataclass(frozen=True)
class ConsolidatedProgram:
    """A program with every group's result, its links and its categories."""

    id: str
    title: str
    agency: str
    agency_key: str  # the agency normalised: programs of one agency group under it
    origin: str
    added_by_group_id: str | None
    focus_areas: tuple[int, ...]
    groups: tuple[GroupResult, ...]
    priority_groups: int
    linked: tuple[str, ...]
    categories: tuple[str, ...]


def _results(f: JakresFile, g: GroupRecord) -> dict[str, GroupResult]:
    try:
        live: dict[str, Ranked] = {r.candidate_id: r for r in ranking(f, g.id)}
    except RulesError:  # rules a newer file set: show the decisions without live scores
        live = {}
    out = {}
    for c in list_candidates(f, g.id):
        out[c.program_id] = _result(g, c, live.get(c.id))
    return out


def _result(g: GroupRecord, c: CandidateRecord, r: Ranked | None) -> GroupResult:
    return GroupResult(
        group_id=g.id,
        group_name=g.name,
        candidate_id=c.id,
        dots=r.dots if r else 0,
        voters=r.voters if r else 0,
        score=r.score if r else None,
        rank=c.rank if c.rank is not None else (r.rank if r else None),
        is_priority=c.is_priority,
        decided_by=c.decided_by,
        reason=c.reason,
    )


def _linked(f: JakresFile) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for link in list_links(f):
        out.setdefault(link.program_a, set()).add(link.program_b)
        out.setdefault(link.program_b, set()).add(link.program_a)
    return out


def programs_across_groups(
    f: JakresFile, *, include_unselected: bool = False
) -> list[ConsolidatedProgram]:
    """Programs some group took up (or all), most often prioritised first, then by title."""
    per_group = [_results(f, g) for g in list_groups(f)]
    links, cats = _linked(f), program_categories(f)
    out = []
    for p in list_programs(f):
        results = tuple(r[p.id] for r in per_group if p.id in r)
        if not results and not include_unselected:
            continue
        out.append(
            ConsolidatedProgram(
                id=p.id,
                title=p.title,
                agency=p.agency,
                agency_key=normalise("", p.agency).agency,
                origin=p.origin,
                added_by_group_id=p.added_by_group_id,
                focus_areas=p.focus_areas,
                groups=results,
                priority_groups=sum(1 for r in results if r.is_priority),
                linked=tuple(sorted(links.get(p.id, ()))),
                categories=cats.get(p.id, ()),
            )
        )
    return sorted(out, key=lambda c: (-c.priority_groups, c.title.casefold(), c.id))


def families(f: JakresFile) -> dict[str, Family]:
    """Every program's family under the secretariat's links (a program alone is its own)."""
    programs = {p.id: (p.title, p.agency) for p in list_programs(f)}
    return family_map(((k.program_a, k.program_b) for k in list_links(f)), programs)


def distinct(programs: Iterable[str], fams: dict[str, Family]) -> int:
    """How many distinct programs the ids are once linked ones count once."""
    return len({fams[p].id if p in fams else p for p in programs})
