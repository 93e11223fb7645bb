"""What one group produced and what it still lacks: the Finish step's summary.

Read in one snapshot of the file, in plain SQL on the read connection, with
the group's ranking made once: the step reads it on every visit that follows
a change (it used to take ten reads and two dozen milliseconds at 500
candidates). tests/ui/test_finish_summary.py holds it to the same summary
made through the services one by one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from jakres_desk.core.rules.decisions import DecisionState, judge
from jakres_desk.core.rules.ranking import rank
from jakres_desk.core.services import vote_reads
from jakres_desk.core.services.common import reading
from jakres_desk.core.services.sql_reads import groups
from jakres_desk.core.services.summary import GROUP_COUNTS
from jakres_desk.core.services.votes import unscored_cells
from jakres_desk.store.db import JakresFile

# summary.GROUP_COUNTS of one group, in one statement (in that order).
COUNTS_SQL = """SELECT
 (SELECT count(*) FROM participant WHERE group_id = :g),
 (SELECT count(*) FROM participant WHERE group_id = :g AND present = 1),
 (SELECT count(*) FROM element WHERE group_id = :g),
 (SELECT count(t.id) FROM element e JOIN target t ON t.element_id = e.id WHERE e.group_id = :g),
 (SELECT count(*) FROM criterion WHERE group_id = :g),
 (SELECT count(*) FROM candidate WHERE group_id = :g),
 (SELECT count(d.id) FROM candidate c JOIN decision d ON d.candidate_id = c.id
   WHERE c.group_id = :g AND d.is_priority = 1),
 (SELECT sum(v.count) FROM candidate c JOIN dot_vote v ON v.candidate_id = c.id
   WHERE c.group_id = :g),
 (SELECT count(s.id) FROM candidate c JOIN score s ON s.candidate_id = c.id
   WHERE c.group_id = :g)"""
BARE_ELEMENTS_SQL = (
    "SELECT count(*) FROM element e WHERE e.group_id = ?"
    " AND NOT EXISTS (SELECT 1 FROM target t WHERE t.element_id = e.id)"
)
# programs.list_candidates' priority programs: a decision that says so, in the list's order.
PRIORITY_SQL = (
    "SELECT p.title, d.is_priority FROM candidate c JOIN program p ON c.program_id = p.id"
    " JOIN decision d ON d.candidate_id = c.id"
    " WHERE c.group_id = ? AND d.is_priority IS NOT NULL ORDER BY c.position, c.id"
)


@dataclass(frozen=True)
class GroupSummary:
    """What one group produced, read from the file."""

    name: str
    counts: dict[str, int]
    criteria_locked: bool
    elements_without_target: int
    priority_titles: list[str] = field(default_factory=list)
    workshop_date: str = ""
    stale_titles: list[str] = field(default_factory=list)  # decided before the latest votes
    tie_titles: list[str] = field(default_factory=list)  # tied across the cut-off, undecided
    unscored: list[tuple[str, str]] = field(default_factory=list)  # (program, criterion)
    by_score: bool = False  # ranked by score: an unscored cell keeps a program unranked
    rationale: str = ""
    voting_closed_at: str | None = None  # None: the group's voting is still open


def group_summary(f: JakresFile, group_id: str) -> GroupSummary:
    """Counts, lock state, priority programs and open questions of one group."""
    with reading(f) as con:
        vote_reads.check_group(con, group_id)
        group = next(g for g in groups(con) if g.id == group_id)
        counts = con.execute(COUNTS_SQL, {"g": group_id}).fetchone()
        bare = con.execute(BARE_ELEMENTS_SQL, (group_id,)).fetchone()[0]
        titles = [t for t, yes in con.execute(PRIORITY_SQL, (group_id,)) if yes]
        date, method = con.execute("SELECT date, ranking_method FROM workshop LIMIT 1").fetchone()
        tallies = vote_reads.tallies_by_group(con, group_id).get(group_id, [])
        weights, rules = vote_reads.weights(con, group_id), vote_reads.rules(con)
        crits = vote_reads.weighted_criteria(con, group_id)
        stored = vote_reads.stored(con, group_id)
    ranked = rank(tallies, weights, rules)
    judged = judge(ranked, stored)
    return GroupSummary(
        group.name,
        {key: int(n or 0) for key, n in zip(GROUP_COUNTS, counts, strict=True)},
        group.criteria_locked,
        int(bare),
        titles,
        date or "",
        [j.ranked.title for j in judged if j.state is DecisionState.STALE],
        [j.ranked.title for j in judged if j.state is DecisionState.UNDECIDED_TIE],
        unscored_cells(ranked, tallies, crits),
        method == "score",
        group.rationale,
        group.voting_closed_at,
    )
