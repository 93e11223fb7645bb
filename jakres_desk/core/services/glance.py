"""`summary.describe` over a bare sqlite3 connection (store.glance), for `info`.

The same object, built from the same queries written in SQL, so the command
needs neither SQLAlchemy nor the ORM classes (they cost it ten times the
reading). tests/core/test_glance.py compares both on the demo and on edge cases;
a change to what `describe` reports is made in both.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from typing import Any, cast

from jakres_desk.base.errors import NotFound
from jakres_desk.core.rules.decisions import Stored, count, judge
from jakres_desk.core.rules.ranking import (
    PriorityRule,
    RankingMethod,
    Rules,
    RulesError,
    rank,
)
from jakres_desk.core.services.vote_reads import tallies_by_group as tallies_by_group

# Each count of summary.GROUP_COUNTS per group id (groups at 0 left out).
GROUP_QUERIES = {
    "participants": "SELECT group_id, count(*) FROM participant GROUP BY group_id",
    "present": "SELECT group_id, count(*) FROM participant WHERE present = 1 GROUP BY group_id",
    "elements": "SELECT group_id, count(*) FROM element GROUP BY group_id",
    "targets": "SELECT e.group_id, count(t.id) FROM element e"
    " JOIN target t ON t.element_id = e.id GROUP BY e.group_id",
    "criteria": "SELECT group_id, count(*) FROM criterion GROUP BY group_id",
    "candidates": "SELECT g.id, count(c.id) FROM breakout_group g"
    " JOIN candidate c ON c.group_id = g.id GROUP BY g.id",
    "priority_programs": "SELECT c.group_id, count(d.id) FROM candidate c"
    " JOIN decision d ON d.candidate_id = c.id WHERE d.is_priority = 1 GROUP BY c.group_id",
    "dot_votes": "SELECT c.group_id, sum(v.count) FROM candidate c"
    " JOIN dot_vote v ON v.candidate_id = c.id GROUP BY c.group_id",
    "scores": "SELECT c.group_id, count(s.id) FROM candidate c"
    " JOIN score s ON s.candidate_id = c.id GROUP BY c.group_id",
}


def _rows(con: sqlite3.Connection, sql: str) -> list[tuple[Any, ...]]:
    return con.execute(sql).fetchall()


def group_counts(con: sqlite3.Connection) -> dict[str, dict[str, int]]:
    """summary.group_counts, read through a bare connection."""
    return {
        key: {gid: int(n or 0) for gid, n in _rows(con, sql)} for key, sql in GROUP_QUERIES.items()
    }


def _workshop(con: sqlite3.Connection) -> dict[str, Any]:
    row = con.execute(
        "SELECT id, title, date, venue, organiser, illustrative, ranking_method,"
        " priority_rule, top_n, threshold, score_min, score_max FROM workshop"
    ).fetchone()
    if row is None:
        raise NotFound("no_workshop")
    keys = (
        "uuid title date venue organiser illustrative ranking_method priority_rule"
        " top_n threshold score_min score_max"
    ).split()
    ws = dict(zip(keys, row, strict=True))
    ws["illustrative"] = None if ws["illustrative"] is None else bool(ws["illustrative"])
    return ws


def _rules(ws: dict[str, Any]) -> Rules:
    """workshops.rules_of, from the workshop's row."""
    return Rules(
        ranking_method=cast(RankingMethod, ws["ranking_method"]),
        priority_rule=cast(PriorityRule, ws["priority_rule"]),
        top_n=ws["top_n"],
        threshold=ws["threshold"],
        score_min=ws["score_min"],
        score_max=ws["score_max"],
    )


def stale_by_group(con: sqlite3.Connection, rules: Rules) -> dict[str, int | None]:
    """decisions.stale_by_group, through a bare connection."""
    groups = [gid for (gid,) in _rows(con, "SELECT id FROM breakout_group")]
    tallies = tallies_by_group(con)
    weights: dict[str, dict[str, float]] = defaultdict(dict)
    for gid, cid, w in _rows(con, "SELECT group_id, id, weight FROM criterion"):
        weights[gid][cid] = float(w)
    decided = {
        cid: Stored(bool(p), by, reason or "")
        for cid, p, by, reason in _rows(
            con, "SELECT candidate_id, is_priority, decided_by, reason FROM decision"
        )
    }
    try:
        rankings = {g: rank(tallies.get(g, []), weights.get(g, {}), rules) for g in groups}
    except RulesError:
        return dict.fromkeys(groups)
    return {g: count(judge(ranked, decided)) for g, ranked in rankings.items()}


def describe(con: sqlite3.Connection) -> dict[str, Any]:
    """summary.describe: the file described as the `info --json` object."""
    ws = _workshop(con)
    counts = group_counts(con)
    stale = stale_by_group(con, _rules(ws))
    fa_numbers = dict(_rows(con, "SELECT id, number FROM focus_area"))
    groups = []
    for gid, name, focus_area_id in _rows(
        con, "SELECT id, name, focus_area_id FROM breakout_group ORDER BY position, name"
    ):
        row: dict[str, Any] = {
            "uuid": gid,
            "name": name,
            "focus_area": fa_numbers.get(focus_area_id or ""),
        }
        row.update({k: counts[k].get(gid, 0) for k in GROUP_QUERIES})
        row["stale_decisions"] = stale.get(gid, 0)
        groups.append(row)
    meta = dict(_rows(con, "SELECT key, value FROM meta"))
    (programs,) = con.execute("SELECT count(id) FROM program").fetchone()
    (unassigned,) = con.execute(
        "SELECT count(id) FROM participant WHERE group_id IS NULL"
    ).fetchone()
    revision = con.execute("SELECT version_num FROM alembic_version").fetchone()
    return {
        "schema_revision": revision[0] if revision else None,
        "scope": meta.get("scope", "workshop"),
        "workshop": {k: ws[k] for k in ("uuid", "title", "date", "venue", "organiser")}
        | {"illustrative": ws["illustrative"]},
        "programs": int(programs or 0),
        "unassigned_participants": int(unassigned or 0),
        "groups": groups,
    }
