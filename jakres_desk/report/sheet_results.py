"""Rows of the sheets of results: programs, candidates with their ranking, votes, scores."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select

from jakres_desk.core.rules.decisions import Stored, decision_state
from jakres_desk.core.rules.ranking import Ranked
from jakres_desk.core.rules.rounding import shown_score
from jakres_desk.report.sheet_columns import word
from jakres_desk.report.sheet_context import Ctx, fold
from jakres_desk.report.xlsx import Row
from jakres_desk.store.models import Criterion, DotVote, FocusArea, Program, ProgramFocusArea, Score


def programs_rows(c: Ctx) -> list[Row]:
    """The Programs sheet: the catalogue by title (importable as programs)."""
    numbers: dict[str, list[int]] = defaultdict(list)
    links = select(ProgramFocusArea.program_id, FocusArea.number).join(
        FocusArea, ProgramFocusArea.focus_area_id == FocusArea.id
    )
    for pid, number in c.s.execute(links):
        numbers[pid].append(number)
    candidate_in: dict[str, list[str]] = defaultdict(list)
    priority_in: dict[str, list[str]] = defaultdict(list)
    for cid, cand in sorted(c.cands.items(), key=lambda item: item[1].order):
        candidate_in[cand.program_id].append(cand.group)
        d = c.decisions.get(cid)
        if d is not None and d.is_priority:
            priority_in[cand.program_id].append(cand.group)
    programs = sorted(
        c.s.scalars(select(Program)), key=lambda p: (fold(p.title), fold(p.agency), p.id)
    )
    return [
        (
            p.title,
            p.agency,
            p.description,
            ", ".join(str(n) for n in sorted(numbers[p.id])),
            word("origin", p.origin, c.lang),
            c.group(p.added_by_group_id),
            ", ".join(candidate_in[p.id]),
            ", ".join(priority_in[p.id]),
            p.id,
        )
        for p in programs
    ]


def candidates_rows(c: Ctx) -> list[Row]:
    """The Candidates sheet: each group's candidates in ranking order, with decisions."""

    def key(cid: str) -> tuple[int, int, str, str]:
        return (c.cands[cid].order, c.ranked[cid].rank, fold(c.cands[cid].title), cid)

    rows: list[Row] = []
    for cid in sorted(c.cands, key=key):
        cand, r, d = c.cands[cid], c.ranked[cid], c.decisions.get(cid)
        stored = None if d is None else Stored(bool(d.is_priority), d.decided_by, d.reason)
        rows.append(
            (
                cand.group,
                cand.title,
                cand.agency,
                r.dots,
                r.voters,
                None if r.score is None else shown_score(r.score),  # as the PDF shows it
                None if r.unranked else r.rank,  # not ranked by score until fully scored
                r.tied,
                None if d is None else bool(d.is_priority),
                "" if d is None else word("decided_by", d.decided_by, c.lang),
                "" if d is None else d.reason,
                word("state", decision_state(r, stored), c.lang),
                _scored_text(r, c.lang),
                cand.program_id,
                cid,
            )
        )
    return rows


def _scored_text(r: Ranked, lang: str) -> str:
    """'3/3', or '1/3 (incomplete)' with the consequence said in the cell itself."""
    if not r.criteria:
        return ""
    text = f"{r.scored}/{r.criteria}"
    if not r.partial:  # complete, or a dots ranking nobody scored: nothing to flag
        return text
    return f"{text} ({word('scored', 'unranked' if r.unranked else 'partial', lang)})"


def _candidate_places(c: Ctx) -> dict[str, int]:
    """Each candidate's place when listed by group, then program title."""
    ordered = sorted(c.cands, key=lambda cid: (c.cands[cid].order, fold(c.cands[cid].title), cid))
    return {cid: i for i, cid in enumerate(ordered)}


def _people_places(c: Ctx) -> dict[str | None, int]:
    """Each participant's place when listed by name (no participant, the consensus, first)."""
    ordered = sorted(c.names, key=lambda pid: (fold(c.names[pid]), pid))
    return {None: -1} | {pid: i for i, pid in enumerate(ordered)}


def votes_rows(c: Ctx) -> list[Row]:
    """The Votes sheet: every dot vote, by candidate then participant."""
    cands, people = _candidate_places(c), _people_places(c)
    query = select(DotVote.id, DotVote.candidate_id, DotVote.participant_id, DotVote.count)
    # A zero stays in the file (so taking dots back travels in a merge) but is no vote.
    found = list(c.s.connection().execute(query.where(DotVote.count > 0)).all())
    found.sort(key=lambda v: (cands[v[1]], people[v[2]], v[0]))
    rows: list[Row] = []
    for vid, cid, pid, dots in found:
        cand = c.cands[cid]
        rows.append((cand.group, cand.title, cand.agency, c.names[pid], dots, vid))
    return rows


def scores_rows(c: Ctx) -> list[Row]:
    """The Scores sheet: every score, consensus before each participant's."""
    cands, people = _candidate_places(c), _people_places(c)
    consensus = word("by", "consensus", c.lang)
    crits = {x.id: x for x in c.s.scalars(select(Criterion))}
    query = select(
        Score.id, Score.candidate_id, Score.criterion_id, Score.participant_id, Score.value
    )
    # Criteria in the group's order, the consensus before each person's.
    found = list(c.s.connection().execute(query).all())
    found.sort(key=lambda v: (cands[v[1]], crits[v[2]].position, v[2], people[v[3]], v[0]))
    rows: list[Row] = []
    for sid, cid, crit_id, pid, value in found:
        cand, crit = c.cands[cid], crits[crit_id]
        by = consensus if pid is None else c.names[pid]
        rows.append((cand.group, cand.title, crit.name, float(crit.weight), by, value, sid))
    return rows
