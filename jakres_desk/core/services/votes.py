"""Activity 3b: dot votes and criterion scores, tallied and ranked."""

from __future__ import annotations

import math
import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from typing import NoReturn

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jakres_desk.base.errors import NotFound, RuleViolation, ValidationError
from jakres_desk.core.rules.ranking import Ranked, Rules, Tally, rank
from jakres_desk.core.services import vote_reads
from jakres_desk.core.services.common import bare, get, reading
from jakres_desk.core.services.common import workshop as the_workshop
from jakres_desk.store.db import JakresFile
from jakres_desk.store.models import (
    Candidate,
    Criterion,
    DotVote,
    Group,
    Participant,
    Score,
)
from jakres_desk.store.stamps import new_id, now_stamp


def _whole(value: int | str, field: str) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValidationError("bad_whole_number", field=field, value=value) from None
    if number < 0:
        raise ValidationError("must_not_be_negative", field=field)
    return number


def _voter(s: Session, participant_id: str, group_id: str) -> Participant:
    p = get(s, Participant, participant_id, "participant")
    if p.group_id != group_id:
        raise RuleViolation("not_in_group", where=p.name)
    return p


_DOT_STATE = """
    SELECT w.dots_per_participant, w.max_dots_per_candidate, c.group_id, p.group_id, p.name,
           v.id, v.count, g.voting_closed_at, g.name,
           (SELECT coalesce(sum(o.count), 0) FROM dot_vote o
             WHERE o.participant_id = :p AND o.candidate_id != :c)
      FROM workshop w
      JOIN candidate c ON c.id = :c
      JOIN breakout_group g ON g.id = c.group_id
      JOIN participant p ON p.id = :p
      LEFT JOIN dot_vote v ON v.candidate_id = :c AND v.participant_id = :p
"""
_DOT_INSERT = (
    "INSERT INTO dot_vote (id, candidate_id, participant_id, count, created_at, modified_at,"
    " device_id) VALUES (:id, :c, :p, :n, :t, :t, :d)"
)
_DOT_UPDATE = "UPDATE dot_vote SET count = :n, modified_at = :t, device_id = :d WHERE id = :id"


def set_dots(f: JakresFile, *, candidate_id: str, participant_id: str, count: int | str) -> int:
    """Set how many dots a participant puts on a candidate; returns dots they have left.

    The hot path of a voting round, so it is written as two SQL statements in
    one bare sqlite3 transaction rather than through ORM objects.
    """
    count = _whole(count, "dots")
    params = {"c": candidate_id, "p": participant_id}
    vote_id = None
    with f.write_sql(("dot_vote",)) as conn:
        row = conn.execute(_DOT_STATE, params).fetchone()
        if row is None:
            _missing(conn, candidate_id, participant_id)
        per, most, group, person_group, name, vote_id, old, closed, group_name, others = row
        if closed is not None:
            raise RuleViolation("voting_closed", where=group_name)
        if person_group != group:
            raise RuleViolation("not_in_group", where=name)
        if most and count > most:
            raise RuleViolation("too_many_on_one", where=name, limit=most)
        if others + count > per:
            raise RuleViolation("out_of_dots", where=name, limit=per, left=per - others)
        stamp = {"t": now_stamp(), "d": f.device_id, "n": count}
        if vote_id is None and count:
            vote_id = new_id()
            if f.journal is not None:
                f.journal.note_new("dot_vote", vote_id)
            conn.execute(_DOT_INSERT, {**params, **stamp, "id": vote_id})
        elif vote_id is not None and old != count:
            # A zero stays as a row: the change must travel when files are merged.
            if f.journal is not None:
                f.journal.note_sql(conn, "dot_vote", vote_id)
            conn.execute(_DOT_UPDATE, {**stamp, "id": vote_id})
    return int(per - others - count)


def _missing(conn: sqlite3.Connection, candidate_id: str, participant_id: str) -> NoReturn:
    if conn.execute("SELECT 1 FROM candidate WHERE id = ?", (candidate_id,)).fetchone():
        if conn.execute("SELECT 1 FROM workshop").fetchone() is None:
            raise NotFound("no_workshop")
        raise NotFound("not_found", what="participant", id=participant_id)
    raise NotFound("not_found", what="candidate", id=candidate_id)


def dots_left(f: JakresFile, group_id: str) -> dict[str, int]:
    """Dots each participant of a group still has to give."""
    with f.read() as s:
        per = the_workshop(s).dots_per_participant
        used = {
            pid: int(n)
            for pid, n in s.execute(
                select(DotVote.participant_id, func.sum(DotVote.count)).group_by(
                    DotVote.participant_id
                )
            )
        }
        people = s.scalars(select(Participant.id).where(Participant.group_id == group_id))
        return {pid: per - int(used.get(pid, 0)) for pid in people}


def set_score(
    f: JakresFile,
    *,
    candidate_id: str,
    criterion_id: str,
    value: float | str | None,
    participant_id: str | None = None,
) -> None:
    """Score a candidate on a criterion (by consensus, or one participant's); None clears it."""
    with f.write() as s:
        ws = the_workshop(s)
        cand = get(s, Candidate, candidate_id, "candidate")
        crit = get(s, Criterion, criterion_id, "criterion")
        group = get(s, Group, cand.group_id, "group")
        if crit.group_id != cand.group_id:
            raise RuleViolation("criterion_other_group", where=crit.name)
        if group.voting_closed_at is not None:
            raise RuleViolation("voting_closed", where=group.name)
        if not group.criteria_locked:
            raise RuleViolation("criteria_not_locked", where=group.name)
        if participant_id is not None:
            _voter(s, participant_id, cand.group_id)
        existing = s.scalar(
            select(Score).where(
                Score.candidate_id == candidate_id,
                Score.criterion_id == criterion_id,
                Score.participant_id.is_(None)
                if participant_id is None
                else Score.participant_id == participant_id,
            )
        )
        if value is None or value == "":
            if existing is not None:
                s.delete(existing)
            return
        number = _score_value(value, ws.score_min, ws.score_max)
        if existing is None:
            s.add(
                Score(
                    id=new_id(),
                    candidate_id=candidate_id,
                    criterion_id=criterion_id,
                    participant_id=participant_id,
                    value=number,
                )
            )
        elif existing.value != number:
            existing.value = number


def _score_value(value: float | str, low: int, high: int) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValidationError("bad_number", field="score", value=value) from None
    if not low <= number <= high:
        raise ValidationError("score_range", field="score", value=value, low=low, high=high)
    return number


def scores_given(f: JakresFile, *, group_id: str) -> int:
    """How many scores (consensus or personal) a group's candidates have received."""
    with f.read() as s:
        found = s.scalar(
            select(func.count(Score.id))
            .join(Candidate, Score.candidate_id == Candidate.id)
            .where(Candidate.group_id == group_id)
        )
    return int(found or 0)


def tallies(f: JakresFile, group_id: str) -> list[Tally]:
    """Each candidate's dots, voters and per-criterion value (consensus, else the mean)."""
    with reading(f) as con:
        return vote_reads.tallies_by_group(con, group_id).get(group_id, [])


def group_tallies(s: Session, group_id: str) -> list[Tally]:
    """`tallies` of one group, read inside an open session (one consistent snapshot)."""
    return tallies_by_group(s, group_id).get(group_id, [])


def tallies_by_group(s: Session, group_id: str | None = None) -> dict[str, list[Tally]]:
    """Every group's tallies (or one group's), by group id, with one query per table.

    A group without candidates is left out. Within a group the tallies come in
    no particular order: `rank` orders them itself. Read in plain SQL
    (core/services/vote_reads.py) on the session's own connection.
    """
    return vote_reads.tallies_by_group(bare(s), group_id)


def weights(f: JakresFile, group_id: str) -> dict[str, float]:
    """Criterion id to weight for a group."""
    with reading(f) as con:
        return vote_reads.weights(con, group_id)


def group_weights(s: Session, group_id: str) -> dict[str, float]:
    """`weights` of one group, read inside an open session."""
    return vote_reads.weights(bare(s), group_id)


def weights_by_group(s: Session, group_id: str | None = None) -> dict[str, dict[str, float]]:
    """Every group's criterion weights (or one group's), by group id, in one query."""
    query = select(Criterion.group_id, Criterion.id, Criterion.weight)
    if group_id is not None:
        query = query.where(Criterion.group_id == group_id)
    out: dict[str, dict[str, float]] = defaultdict(dict)
    for gid, cid, w in s.execute(query):
        out[gid][cid] = float(w)
    return dict(out)


# The names other core modules have long used.
_tallies = group_tallies
_weights = group_weights


def ranking(f: JakresFile, group_id: str) -> list[Ranked]:
    """The live ranking of a group's candidates under the workshop's rules."""
    with reading(f) as con:
        tallies, weights, rules = ranking_input(con, group_id)
    return rank(tallies, weights, rules)


def ranking_input(
    con: sqlite3.Connection, group_id: str
) -> tuple[list[Tally], dict[str, float], Rules]:
    """What `rank` takes for a group: its tallies, its weights and the workshop's rules."""
    tallies = vote_reads.tallies_by_group(con, group_id).get(group_id, [])
    return tallies, vote_reads.weights(con, group_id), vote_reads.rules(con)


def unscored(f: JakresFile, group_id: str) -> list[tuple[str, str]]:
    """(program title, criterion name) of every cell a weighted criterion still lacks a value.

    Programs in ranking order, criteria in the group's order: the Finish checklist
    lists them, since a program scored on only some criteria is not ranked by score.
    """
    with reading(f) as con:
        tallies, weights, rules = ranking_input(con, group_id)
        crits = vote_reads.weighted_criteria(con, group_id)
    return unscored_cells(rank(tallies, weights, rules), tallies, crits)


def weighted_criteria(s: Session, group_id: str) -> list[tuple[str, str]]:
    """(id, name) of a group's criteria that carry weight, in the group's order."""
    return vote_reads.weighted_criteria(bare(s), group_id)


def unscored_cells(
    ranked: Sequence[Ranked], tallies: Sequence[Tally], crits: Sequence[tuple[str, str]]
) -> list[tuple[str, str]]:
    """`unscored` from a ranking already made of these tallies (see `unscored`)."""
    values = {t.candidate_id: t.values for t in tallies}
    cells: list[tuple[str, str]] = []
    for r in ranked:
        got = values[r.candidate_id]
        cells += [
            (r.title, name)
            for crit, name in crits
            if (value := got.get(crit)) is None or not _isfinite(value)
        ]
    return cells


_isfinite = math.isfinite
