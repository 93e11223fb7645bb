"""Programs across groups counted once: linked programs pooled, with categories and agencies.

The secretariat links programs two groups entered under different titles
(core.merge.duplicates); core.services.consolidated.family_map turns the links
into families. Every output that counts or lists programs across groups (the
overview's totals, the categories, the pillar summary, the agencies' lists)
reads these lines, so a linked program is one line everywhere.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple

from jakres_desk.core.records import CategorySetRecord
from jakres_desk.core.rules.decisions import DecisionState
from jakres_desk.core.rules.families import Family


class Taken(NamedTuple):
    """How one group treated a program (of a family)."""

    group: str  # the group's name
    focus: int | None  # its focus-area number
    title: str  # the title the group saw
    agency: str
    rank: str  # "3", "3=" or "–"
    priority: bool | None  # None: not decided yet
    by_facilitator: bool
    state: DecisionState


class ProgramLine(NamedTuple):
    """One distinct program: its family's title and agency, and every group's result."""

    family: str
    title: str
    agency: str
    taken: tuple[Taken, ...]
    categories: tuple[str, ...]  # category ids of any member

    @property
    def agency_key(self) -> str:
        """The agency as the agencies' lists group it (worked out when first asked for)."""
        return agency_key(self.agency)

    @property
    def priority(self) -> bool:
        """Whether any group decided it as a priority."""
        return any(t.priority for t in self.taken)

    @property
    def groups(self) -> tuple[str, ...]:
        """The groups that took it up, in the groups' order, each once."""
        return tuple(dict.fromkeys(t.group for t in self.taken))

    @property
    def priority_groups(self) -> tuple[str, ...]:
        """The groups that decided it as a priority."""
        return tuple(dict.fromkeys(t.group for t in self.taken if t.priority))

    @property
    def focus(self) -> frozenset[int]:
        """The focus areas of the groups that took it up."""
        return frozenset(t.focus for t in self.taken if t.focus is not None)


class CategoryInfo(NamedTuple):
    """A category with its set, labelled in the report's language."""

    id: str
    set_key: str
    set_name: str
    label: str
    code: str


class AgencyList(NamedTuple):
    """An agency's programs: what each got in which group."""

    name: str  # the spelling most of its programs use ("" for programs without an agency)
    key: str
    programs: tuple[ProgramLine, ...]

    @property
    def priorities(self) -> int:
        """Its distinct programs some group decided as a priority."""
        return sum(p.priority for p in self.programs)


@lru_cache(maxsize=4096)
def agency_key(agency: str) -> str:
    """The agency as programs are grouped under it (normalised as duplicates compares it)."""
    # Loaded here: the matching lists are read on first use, and only the agencies'
    # lists need them (not the summary PDF).
    from jakres_desk.core.merge.matching import normalise

    return normalise("", agency).agency or " ".join(agency.casefold().split())


def program_lines(
    taken: Iterable[tuple[str, Taken]],
    fams: dict[str, Family],
    cats: dict[str, tuple[str, ...]],
) -> tuple[ProgramLine, ...]:
    """Lines from (program id, how a group took it), one per family, most prioritised first."""
    by_family: dict[str, list[Taken]] = {}
    members: dict[str, set[str]] = {}
    for pid, t in taken:
        fam = fams.get(pid)
        key = fam.id if fam else pid
        by_family.setdefault(key, []).append(t)
        members.setdefault(key, set()).add(pid)
    lines = []
    for key, ts in by_family.items():
        fam = fams.get(key)
        title, agency = (fam.title, fam.agency) if fam else (ts[0].title, ts[0].agency)
        ids = sorted({c for m in members[key] for c in cats.get(m, ())})
        lines.append(ProgramLine(key, title, agency, tuple(ts), tuple(ids)))
    lines.sort(key=lambda p: (-len(p.priority_groups), p.title.casefold(), p.family))
    return tuple(lines)


def category_infos(sets: Sequence[CategorySetRecord], lang: str) -> tuple[CategoryInfo, ...]:
    """Every category in its set's order, the Jakarta pillars first."""
    ordered = sorted(sets, key=lambda cs: cs.key != "jakarta-pillars")
    return tuple(
        CategoryInfo(
            c.id,
            cs.key,
            _pick(cs.name_id, cs.name_en, lang),
            _pick(c.label_id, c.label_en, lang),
            c.code,
        )  # fmt: skip
        for cs in ordered
        for c in cs.categories
    )


def _pick(label_id: str, label_en: str, lang: str) -> str:
    return (label_id or label_en) if lang == "id" else (label_en or label_id)


def agency_lists(lines: Sequence[ProgramLine]) -> tuple[AgencyList, ...]:
    """Programs by agency, agencies by name; programs without an agency come last."""
    by_key: dict[str, list[ProgramLine]] = {}
    for p in lines:
        by_key.setdefault(p.agency_key, []).append(p)
    out = []
    for key, progs in by_key.items():
        spellings = Counter(t.agency.strip() for p in progs for t in p.taken if t.agency.strip())
        name = _spelling(spellings)
        out.append(AgencyList(name, key, tuple(progs)))
    out.sort(key=lambda a: (not a.name, a.name.casefold()))
    return tuple(out)


def _spelling(spellings: Counter[str]) -> str:
    """The most used spelling; of as many, the longest ("Dinas Sumber Daya Air", not "DSDA")."""
    if not spellings:
        return ""
    return min(spellings, key=lambda s: (-spellings[s], -len(s), s.casefold()))
