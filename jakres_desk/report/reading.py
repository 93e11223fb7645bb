"""The groups' tables read for the summary: each table once, in one read transaction.

Asking the services group by group costs eight queries per group (a hundred
groups: eight hundred, most of the time of a large report). Here every table
is read once for the whole workshop (or for the one group asked for) as plain
tuples, and handed out per group as the services' own records.

The reading is plain SQL on a bare sqlite3 connection, so the `report` command
needs neither SQLAlchemy nor the ORM classes (importing them cost it more than
the reading). tests/report/test_reading.py compares every table with what the
services give group by group.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from jakres_desk.base.i18n import current_language
from jakres_desk.core.records import (
    CandidateRecord,
    CriterionRecord,
    ElementRecord,
    TargetRecord,
)
from jakres_desk.core.rules.criterion_words import in_language
from jakres_desk.core.rules.ranking import Tally
from jakres_desk.core.services import glance, sql_reads

if TYPE_CHECKING:
    from jakres_desk.store.db import JakresFile

Key = tuple[str, str]


class GroupTables(NamedTuple):
    """Every group's elements, criteria, candidates, dots and tallies, by group id."""

    elements: dict[str, list[ElementRecord]]
    criteria: dict[str, list[CriterionRecord]]
    candidates: dict[str, list[CandidateRecord]]
    dots: dict[str, dict[Key, int]]  # (participant id, candidate id) -> dots, none left out
    tallies: dict[str, list[Tally]]
    weights: dict[str, dict[str, float]]
    personal: dict[str, set[Key]]  # (candidate, criterion) scored by participants alone


@contextmanager
def snapshot(source: JakresFile | sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """A bare connection inside one read transaction.

    A connection (from store.glance, already in its transaction) is used as it
    is; an open file lends the connection of its own read session, so its
    translation of SQLite's errors applies.
    """
    if isinstance(source, sqlite3.Connection):
        yield source
        return
    with source.read() as s:
        yield cast(sqlite3.Connection, s.connection().connection.driver_connection)


def read_tables(
    source: JakresFile | sqlite3.Connection, *, lang: str, group_id: str | None = None
) -> GroupTables:
    """The tables of every group (or of one), as the services' records, in one snapshot."""
    lang = lang or current_language()
    with snapshot(source) as con:
        tallies = glance.tallies_by_group(con)  # as votes.tallies_by_group
        return GroupTables(
            elements=_elements(con, lang, group_id),
            criteria=_criteria(con, group_id, lang),
            candidates=_candidates(con, group_id),
            dots=_dots(con, group_id),
            tallies={g: t for g, t in tallies.items() if group_id in (None, g)},
            weights=_weights(con, group_id),
            personal=_personal(con, group_id),
        )


def _rows(
    con: sqlite3.Connection,
    sql: str,
    group_id: str | None,
    column: str,
    tail: str = "",
    where: str = "",
) -> list[Any]:
    """`sql` kept to one group (`column` = group_id) when one is given, and to `where`."""
    conditions = [where] if where else []
    params: tuple[str, ...] = ()
    if group_id is not None:
        conditions.append(f"{column} = ?")
        params = (group_id,)
    clause = f"WHERE {' AND '.join(conditions)}" if conditions else ""
    return con.execute(f"{sql} {clause} {tail}", params).fetchall()


_TARGETS = (
    "SELECT t.id, t.element_id, t.statement, t.indicator, t.baseline, t.target_value,"
    " t.target_year, t.responsible_agency, t.position FROM target t"
    " JOIN element e ON t.element_id = e.id"
)
_ELEMENTS = "SELECT id, group_id, goal_id, custom_title, rationale, position FROM element"


def _elements(
    con: sqlite3.Connection, lang: str, group_id: str | None
) -> dict[str, list[ElementRecord]]:
    """As elements.list_elements: in order, each with its targets and its title in `lang`."""
    targets: dict[str, list[TargetRecord]] = defaultdict(list)
    for row in _rows(con, _TARGETS, group_id, "e.group_id", "ORDER BY t.position, t.id"):
        targets[row[1]].append(TargetRecord(*row))
    column = "label_id" if lang == "id" else "label_en"
    titles = dict(con.execute(f"SELECT id, {column} FROM goal").fetchall())
    out: dict[str, list[ElementRecord]] = defaultdict(list)
    for eid, gid, goal_id, custom, rationale, position in _rows(
        con, _ELEMENTS, group_id, "group_id", "ORDER BY position, id"
    ):
        title = custom or ""
        if goal_id and goal_id in titles:
            title = titles[goal_id]
        record = ElementRecord(
            eid, gid, goal_id, custom, rationale, position, title, tuple(targets.get(eid, ()))
        )
        out[gid].append(record)
    return out


def _criteria(
    con: sqlite3.Connection, group_id: str | None, lang: str
) -> dict[str, list[CriterionRecord]]:
    """As criteria.list_criteria: each group's criteria in order, in the reader's language."""
    sql = "SELECT id, group_id, name, description, weight, source, position FROM criterion"
    out: dict[str, list[CriterionRecord]] = defaultdict(list)
    known = sql_reads.criterion_translations(con)
    for row in _rows(con, sql, group_id, "group_id", "ORDER BY position, id"):
        name, description = in_language(row[2], row[3], lang, known)
        out[row[1]].append(CriterionRecord(row[0], row[1], name, description, *row[4:]))
    return out


_CANDIDATES = (
    "SELECT c.id, c.group_id, p.id, p.title, p.agency, c.position,"
    " d.id, d.is_priority, d.decided_by, d.reason, d.rank FROM candidate c"
    " JOIN program p ON c.program_id = p.id LEFT OUTER JOIN decision d ON d.candidate_id = c.id"
)


def _candidates(con: sqlite3.Connection, group_id: str | None) -> dict[str, list[CandidateRecord]]:
    """As programs.list_candidates: in the order they were added, with their decisions."""
    out: dict[str, list[CandidateRecord]] = defaultdict(list)
    rows = _rows(con, _CANDIDATES, group_id, "c.group_id", "ORDER BY c.position, c.id")
    for cid, gid, pid, title, agency, position, did, priority, by, reason, rank in rows:
        decided = did is not None
        out[gid].append(
            CandidateRecord(
                cid,
                gid,
                pid,
                title,
                agency,
                position,
                bool(priority) if decided and priority is not None else None,
                by if decided else None,
                reason if decided else "",
                rank if decided else None,
            )
        )
    return out


def _dots(con: sqlite3.Connection, group_id: str | None) -> dict[str, dict[Key, int]]:
    """As grids.dot_grid: dots per (participant id, candidate id); cells without dots left out."""
    sql = (
        "SELECT c.group_id, v.participant_id, v.candidate_id, v.count FROM dot_vote v"
        " JOIN candidate c ON v.candidate_id = c.id"
    )
    out: dict[str, dict[Key, int]] = defaultdict(dict)
    for gid, pid, cid, n in _rows(con, sql, group_id, "c.group_id", where="v.count > 0"):
        out[gid][(pid, cid)] = int(n)
    return out


def _weights(con: sqlite3.Connection, group_id: str | None) -> dict[str, dict[str, float]]:
    """As votes.weights_by_group: every group's criterion weights, by group id."""
    out: dict[str, dict[str, float]] = defaultdict(dict)
    for gid, cid, w in _rows(
        con, "SELECT group_id, id, weight FROM criterion", group_id, "group_id"
    ):
        out[gid][cid] = float(w)
    return dict(out)


def _personal(con: sqlite3.Connection, group_id: str | None) -> dict[str, set[Key]]:
    """(candidate, criterion) pairs scored by participants but given no consensus value."""
    sql = (
        "SELECT c.group_id, s.candidate_id, s.criterion_id FROM score s"
        " JOIN candidate c ON s.candidate_id = c.id"
    )
    tail = "GROUP BY s.candidate_id, s.criterion_id HAVING count(s.participant_id) = count(*)"
    out: dict[str, set[Key]] = defaultdict(set)
    for gid, cid, crit in _rows(con, sql, group_id, "c.group_id", tail):
        out[gid].add((cid, crit))
    return out
