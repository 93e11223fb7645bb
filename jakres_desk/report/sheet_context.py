"""What every sheet is built from, read in the export's one transaction.

Groups in their order, every candidate with its program, the participants'
names, the stored decisions, and each group's ranking (ranked once per group,
from one read of each table).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jakres_desk.base.errors import ValidationError
from jakres_desk.core.rules.ranking import Ranked, RulesError, rank
from jakres_desk.core.services.common import workshop as the_workshop
from jakres_desk.core.services.votes import tallies_by_group, weights_by_group
from jakres_desk.core.services.workshops import rules_of
from jakres_desk.report.sheet_columns import in_lang
from jakres_desk.report.xlsx import Row, Value
from jakres_desk.store.models import (
    Candidate,
    Decision,
    FocusArea,
    Group,
    Participant,
    Program,
    Workshop,
)


@dataclass(frozen=True)
class Cand:
    """A candidate as its rows show it: group, program, and the group's place in order."""

    group: str
    order: int
    program_id: str
    title: str
    agency: str


@dataclass
class Ctx:
    """Everything the sheets are built from, read in one transaction."""

    s: Session
    lang: str
    ws: Workshop
    groups: list[Group]
    areas: dict[str, FocusArea]
    cands: dict[str, Cand]
    names: dict[str, str]  # participant id -> name
    ranked: dict[str, Ranked]
    decisions: dict[str, Decision]

    def __post_init__(self) -> None:
        self.group_names = {g.id: g.name for g in self.groups}
        self.group_order = {g.id: i for i, g in enumerate(self.groups)}

    def group(self, group_id: str | None) -> str:
        """A group's name ("" for none)."""
        return self.group_names.get(group_id or "", "")

    def order(self, group_id: str | None) -> int:
        """A group's place in the workshop's order; rows of no group come last."""
        return self.group_order.get(group_id or "", len(self.groups))

    def title(self, pair: tuple[str, str]) -> str:
        """A bilingual label in the sheet's language."""
        return in_lang(self.lang, pair)


def read_context(s: Session, lang: str) -> Ctx:
    """The context of every sheet, read in the open session `s`."""
    groups = list(s.scalars(select(Group).order_by(Group.position, Group.name, Group.id)))
    c = Ctx(
        s=s,
        lang=lang,
        ws=the_workshop(s),
        groups=groups,
        areas={fa.id: fa for fa in s.scalars(select(FocusArea))},
        cands={},
        names=pairs(s.execute(select(Participant.id, Participant.name))),
        ranked={},
        decisions={d.candidate_id: d for d in s.scalars(select(Decision))},
    )
    query = select(
        Candidate.id, Candidate.group_id, Candidate.program_id, Program.title, Program.agency
    ).join(Program, Candidate.program_id == Program.id)
    for cid, gid, pid, title, agency in s.execute(query):
        c.cands[cid] = Cand(c.group(gid), c.order(gid), pid, title, agency)
    c.ranked = _rankings(s, c.ws, groups)
    return c


def _rankings(s: Session, ws: Workshop, groups: list[Group]) -> dict[str, Ranked]:
    """The very ranking each group's screen shows (docs/ranking.md), from this snapshot."""
    tallies, weights = tallies_by_group(s), weights_by_group(s)
    out: dict[str, Ranked] = {}
    try:
        for g in groups:
            ranked = rank(tallies.get(g.id, []), weights.get(g.id, {}), rules_of(ws))
            out.update((r.candidate_id, r) for r in ranked)
    except RulesError as exc:  # rules only a hand-made file can hold
        raise ValidationError("bad_rules", field="rules", detail=str(exc)) from None
    return out


def pairs(result: Iterable[Any]) -> dict[Any, Any]:
    """The rows of a two-column result as a dict."""
    # A Result has .keys() (its column names), so dict(result) would misread it.
    return {key: value for key, value in result}


def fold(text: str) -> str:
    """Text as it sorts: case folded."""
    return text.casefold()


def renumber(rows: list[Row]) -> list[Row]:
    """Number the rows 1, 2, ... within each group (column 0), in column 1."""
    seen: Counter[Value] = Counter()
    out = []
    for row in rows:
        seen[row[0]] += 1
        out.append((row[0], seen[row[0]], *row[2:]))
    return out
