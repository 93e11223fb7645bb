"""People across groups, compared without the ORM: who may be one person twice.

The rules are described in core/merge/people.py, which uses them on an open
file; the merge uses them here, on its own connection (a note in the import
log for each walk-in a group's file brought who looks like a roster person).
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from jakres_desk.base.i18n import current_language
from jakres_desk.base.lazy import lazy_module
from jakres_desk.base.messages import MESSAGES
from jakres_desk.core.merge.matching import agencies_in, plain_words

if TYPE_CHECKING:
    from rapidfuzz import fuzz
else:  # loaded on the first comparison: the report and the GUI's first frame do without
    fuzz = lazy_module("rapidfuzz.fuzz")


# Forms of address and degrees written around a name: not part of it.
TITLES = frozenset(
    "bapak bpk pak ibu bu sdr sdri saudara saudari mas mbak dr drs dra ir h hj haji hajjah "
    "prof st mt msi si se mm sh mh phd skm mkes amd spd mpd ssos msc ma ba sked sp sos ak "
    "kom t".split()
)
NAME_FLOOR = 90  # two names at least this alike (word order aside) are one name
ORG_FLOOR = 85
SHORT_ID = 8


class Person(NamedTuple):
    """A participant as compared: who, from where, in which group."""

    id: str
    name: str
    organisation: str
    group_id: str | None
    walk_in: bool


@dataclass(frozen=True)
class LookAlike:
    """A walk-in who may be a person on another group's roster."""

    walk_in_id: str
    walk_in_name: str
    walk_in_group: str
    roster_id: str
    roster_name: str
    roster_group: str
    organisation: str


def name_words(name: str) -> list[str]:
    """A name's words without forms of address and degrees."""
    return [w for w in plain_words(name) if w not in TITLES]


def _initials_agree(a: list[str], b: list[str]) -> bool:
    """Whether two names of as many words agree word by word, an initial standing for a word."""
    if len(a) != len(b) or len(a) < 2:
        return False
    return all(
        x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))
        for x, y in zip(a, b, strict=True)
    ) and any(x == y and len(x) > 1 for x, y in zip(a, b, strict=True))


def names_agree(a: str, b: str) -> bool:
    """Whether two written names are one person's name."""
    wa, wb = name_words(a), name_words(b)
    if not wa or not wb:
        return False
    if wa == wb or "".join(wa) == "".join(wb):
        return True
    return fuzz.token_sort_ratio(" ".join(wa), " ".join(wb)) >= NAME_FLOOR or _initials_agree(
        wa, wb
    )


def _names_may_agree(a: str, b: str) -> bool:
    """False only when `names_agree(a, b)` is surely False, found without rapidfuzz.

    token_sort_ratio is 200·LCS/(la + lb) of the two names' words sorted and joined
    (rapidfuzz's Indel ratio, no processor); their common characters bound the LCS.
    A merge compares every walk-in with every roster person of the other groups:
    most pairs are told apart here, and rapidfuzz is not even imported.
    """
    wa, wb = name_words(a), name_words(b)
    if not wa or not wb:
        return False
    if wa == wb or "".join(wa) == "".join(wb) or _initials_agree(wa, wb):
        return True
    ja, jb = " ".join(wa), " ".join(wb)
    common = sum((Counter(ja) & Counter(jb)).values())
    return 200 * common / (len(ja) + len(jb)) >= NAME_FLOOR - 1e-9


def organisations_agree(a: str, b: str) -> bool | None:
    """Whether two organisations are one; None when one of them is not given."""
    if not a.strip() or not b.strip():
        return None
    (ka, ra), (kb, rb) = agencies_in(a), agencies_in(b)
    if ka and kb:
        return bool(ka & kb)
    return fuzz.token_set_ratio(" ".join(ra), " ".join(rb)) >= ORG_FLOOR


def same_person_likely(walk_in: Person, roster: Person) -> bool:
    """A walk-in and a roster person of another group who are probably one person."""
    if not walk_in.walk_in or roster.walk_in or walk_in.group_id == roster.group_id:
        return False
    if not walk_in.organisation.strip() or not roster.organisation.strip():
        # No organisation to confirm it (organisations_agree says None): the same name.
        return name_words(walk_in.name) == name_words(roster.name)
    if not _names_may_agree(walk_in.name, roster.name):
        return False  # names_agree would say so: the organisations need no comparing
    if organisations_agree(walk_in.organisation, roster.organisation) is False:
        return False
    return names_agree(walk_in.name, roster.name)


def find_look_alikes(
    people: list[Person], groups: dict[str, str], only_group: str | None = None
) -> list[LookAlike]:
    """Walk-ins (of one group, or all) who match a roster person of another group."""
    roster = [p for p in people if not p.walk_in and p.group_id]
    found = []
    for w in people:
        if not w.walk_in or (only_group is not None and w.group_id != only_group):
            continue
        for r in roster:
            if same_person_likely(w, r):
                found.append(
                    LookAlike(
                        w.id,
                        w.name,
                        groups.get(w.group_id or "", ""),
                        r.id,
                        r.name,
                        groups.get(r.group_id or "", ""),
                        r.organisation or w.organisation,
                    )
                )
    return sorted(found, key=lambda x: (x.walk_in_group, x.walk_in_name, x.roster_name))


def merge_notes(con: sqlite3.Connection, group_id: str | None) -> list[str]:
    """Import-log notes for the walk-ins a group's file brought who look like roster people."""
    if group_id is None:
        return []
    walk_ins = "SELECT EXISTS (SELECT 1 FROM main.participant WHERE group_id = ? AND walk_in)"
    if not con.execute(walk_ins, (group_id,)).fetchone()[0]:
        return []  # no walk-in in the group: every person of the master need not be read
    people = [
        Person(pid, name, org, gid, bool(walk))
        for pid, name, org, gid, walk in con.execute(
            "SELECT id, name, organisation, group_id, walk_in FROM main.participant"
        )
    ]
    groups = dict(con.execute("SELECT id, name FROM main.breakout_group").fetchall())
    text = MESSAGES["merge_note_same_person"][current_language()]
    return [
        text.format(
            walk_in=x.walk_in_name,
            roster=x.roster_name,
            group=x.roster_group,
            a=x.walk_in_id[:SHORT_ID],
            b=x.roster_id[:SHORT_ID],
        )
        for x in find_look_alikes(people, groups, only_group=group_id)
    ]
