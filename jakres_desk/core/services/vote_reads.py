"""What ranking a group takes, read in plain SQL on a bare sqlite3 connection.

Steps 4 and 5 rank a room's candidates (500 of them, with 60 people and six
criteria) every time they are shown; read as ORM rows, the tallies cost more
than the ranking itself. The services of `votes` and `decisions` read here,
inside the file's read transaction (`common.reading`), and `info` reads here
on the connection of store.glance, without SQLAlchemy. Each function gives
what the service named in its docstring gave, in the same order;
tests/core/test_vote_reads.py holds them to the ORM queries they replaced.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from statistics import fmean
from typing import Any, cast

from jakres_desk.base.errors import NotFound
from jakres_desk.core.rules.decisions import Stored
from jakres_desk.core.rules.ranking import PriorityRule, RankingMethod, Rules, Tally

Cell = tuple[str, str]  # (candidate id, criterion id)

# Each query is kept to one group's candidates, or to none, by the condition in {}.
_CANDIDATES = (
    "SELECT c.id, c.group_id, p.title FROM candidate c JOIN program p ON c.program_id = p.id"
    " WHERE {}"
)
_DOTS = (
    "SELECT v.candidate_id, sum(v.count), count(v.id) FILTER (WHERE v.count > 0)"
    " FROM dot_vote v JOIN candidate c ON v.candidate_id = c.id WHERE {}"
    " GROUP BY v.candidate_id"
)
_SCORES = (
    "SELECT s.candidate_id, s.criterion_id, s.participant_id IS NULL, s.value FROM score s"
    " JOIN candidate c ON s.candidate_id = c.id WHERE {}"
)
# The ORM service's query, word for word: each tally's values keep its key order.
_CRITERIA = "SELECT criterion.id, criterion.group_id FROM criterion WHERE {}"


def _rows(
    con: sqlite3.Connection, sql: str, group_id: str | None, column: str = "c.group_id"
) -> list[tuple[Any, ...]]:
    """The rows of `sql` for one group (`column` = group_id), or for every group."""
    if group_id is None:
        return con.execute(sql.format("1")).fetchall()
    return con.execute(sql.format(f"{column} = ?"), (group_id,)).fetchall()


def tallies_by_group(
    con: sqlite3.Connection, group_id: str | None = None
) -> dict[str, list[Tally]]:
    """votes.tallies_by_group: every group's tallies (or one group's), by group id.

    A group without candidates is left out; within a group, no particular order.
    """
    cands = _rows(con, _CANDIDATES, group_id)
    dots = {cid: (int(total), int(voters)) for cid, total, voters in _rows(con, _DOTS, group_id)}
    values = _cell_values(con, group_id)
    crits: dict[str, list[str]] = defaultdict(list)
    for crit, gid in _rows(con, _CRITERIA, group_id, "criterion.group_id"):
        crits[gid].append(crit)
    out: dict[str, list[Tally]] = defaultdict(list)
    for cid, gid, title in cands:
        own = values.get(cid)
        keys = crits.get(gid, ())
        row = dict.fromkeys(keys) if own is None else {c: own.get(c) for c in keys}
        total, voters = dots.get(cid, (0, 0))
        out[gid].append(Tally(cid, title, total, voters, row))
    return dict(out)


def _cell_values(con: sqlite3.Connection, group_id: str | None) -> dict[str, dict[str, float]]:
    """Candidate id to criterion id to its value: the consensus one, else the mean of the
    participants' own (`statistics.fmean`, an exactly rounded sum, in any order)."""
    out: dict[str, dict[str, float]] = defaultdict(dict)
    personal: dict[Cell, list[float]] = defaultdict(list)
    for cid, crit, consensus, value in _rows(con, _SCORES, group_id):
        if consensus:
            out[cid][crit] = value
        else:
            personal[(cid, crit)].append(value)
    for (cid, crit), values in personal.items():
        own = out[cid]
        if crit not in own:  # a consensus value stands for the room
            own[crit] = fmean(values)
    return out


def weights(con: sqlite3.Connection, group_id: str) -> dict[str, float]:
    """votes.group_weights: criterion id to weight for a group."""
    rows = con.execute("SELECT id, weight FROM criterion WHERE group_id = ?", (group_id,))
    return {cid: float(w) for cid, w in rows}


def rules(con: sqlite3.Connection) -> Rules:
    """workshops.rules_of the file's workshop (NotFound when the file has none)."""
    row = con.execute(
        "SELECT ranking_method, priority_rule, top_n, threshold, score_min, score_max"
        " FROM workshop LIMIT 1"
    ).fetchone()
    if row is None:
        raise NotFound("no_workshop")
    method, rule, top_n, threshold, low, high = row
    return Rules(cast(RankingMethod, method), cast(PriorityRule, rule), top_n, threshold, low, high)


def check_group(con: sqlite3.Connection, group_id: str) -> None:
    """Raise the NotFound `common.get` raises for a group that is not in the file."""
    if con.execute("SELECT 1 FROM breakout_group WHERE id = ?", (group_id,)).fetchone() is None:
        raise NotFound("not_found", what="group", id=group_id)


def weighted_criteria(con: sqlite3.Connection, group_id: str) -> list[tuple[str, str]]:
    """votes.weighted_criteria: (id, name) of the criteria that carry weight, in order."""
    rows = con.execute(
        "SELECT id, name FROM criterion WHERE group_id = ? AND weight > 0 ORDER BY position, id",
        (group_id,),
    )
    return [(cid, name) for cid, name in rows]


def stored(con: sqlite3.Connection, group_id: str | None = None) -> dict[str, Stored]:
    """decisions._stored_in: the decision on file per candidate id, of one group or all."""
    sql = "SELECT d.candidate_id, d.is_priority, d.decided_by, d.reason FROM decision d"
    if group_id is None:
        rows = con.execute(sql)
    else:
        sql += " JOIN candidate c ON d.candidate_id = c.id WHERE c.group_id = ?"
        rows = con.execute(sql, (group_id,))
    return {cid: Stored(bool(p), by, reason or "") for cid, p, by, reason in rows}
