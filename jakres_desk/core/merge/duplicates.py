"""Cross-group duplicates: programs two groups entered under slightly different titles.

Titles and agencies are compared as core/merge/matching.py normalises them
(Jakarta's agencies and their short names, kali/sungai, Jl./Jalan, numbers
written as words, bracketed acronyms, places that make two programs). The
secretariat links the pairs it confirms, or any two programs by hand; a link
is its own record, so unlinking takes nothing from either program and both
keep their groups' votes.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from jakres_desk.base.errors import NotFound, ValidationError
from jakres_desk.base.lazy import lazy_module
from jakres_desk.core.merge.matching import Key, normalise, same_program, words_agree
from jakres_desk.core.services.common import TEXT_MAX, get, text
from jakres_desk.store.db import JakresFile
from jakres_desk.store.models import Candidate, Group, Program, ProgramLink
from jakres_desk.store.stamps import new_id

__all__ = [
    "Key",
    "LinkRecord",
    "Pair",
    "find_link",
    "find_program",
    "link",
    "list_links",
    "normalise",
    "suggest_pairs",
    "unlink",
    "words_agree",
]

if TYPE_CHECKING:
    from rapidfuzz import fuzz, process
else:  # loaded on the first comparison: the report and the GUI's first frame do without
    fuzz, process = lazy_module("rapidfuzz.fuzz"), lazy_module("rapidfuzz.process")

PREFIX = 3  # rarest words of a title indexed to find its possible duplicates
FIRST_LOOK = 75  # titles less alike than this (token_set_ratio) are not looked at closer


@dataclass(frozen=True)
class Pair:
    """Two programs that may be one, each with the groups that took it up."""

    program_a: str
    program_b: str
    title_a: str
    title_b: str
    agency_a: str
    agency_b: str
    groups_a: tuple[str, ...]
    groups_b: tuple[str, ...]
    score: float


@dataclass(frozen=True)
class _Program:
    id: str
    title: str
    agency: str
    groups: frozenset[str]
    key: Key

    @property
    def sorted_title(self) -> str:
        return " ".join(sorted(self.key.title.split()))


def _candidates(f: JakresFile) -> tuple[list[_Program], dict[str, str], set[tuple[str, str]]]:
    """Programs some group took up, group names, and the pairs already linked."""
    with f.read() as s:
        taken: dict[str, set[str]] = {}
        for pid, gid in s.execute(select(Candidate.program_id, Candidate.group_id)):
            taken.setdefault(pid, set()).add(gid)
        rows = s.execute(select(Program.id, Program.title, Program.agency)).all()
        names = {g.id: g.name for g in s.scalars(select(Group))}
        linked = {
            (a, b) for a, b in s.execute(select(ProgramLink.program_a, ProgramLink.program_b))
        }
    progs = [
        _Program(pid, t, a, frozenset(taken[pid]), normalise(t, a))
        for pid, t, a in rows
        if pid in taken
    ]
    return progs, names, linked


def suggest_pairs(f: JakresFile, threshold: float = 85) -> list[Pair]:
    """Pairs of programs, taken up in different groups, that may be one program."""
    progs, names, linked = _candidates(f)
    progs.sort(key=lambda p: p.id)
    keys = [p.sorted_title for p in progs]
    pairs = []
    for i, others in enumerate(_blocks(progs)):
        if not others:
            continue
        near = process.extract(
            keys[i],
            [keys[j] for j in others],
            scorer=fuzz.token_set_ratio,
            score_cutoff=min(threshold, FIRST_LOOK),
            limit=None,
        )
        for _choice, _rough, j in near:
            pair = _pair(progs[i], progs[others[j]], threshold, names, linked)
            if pair is not None:
                pairs.append(pair)
    return sorted(pairs, key=lambda p: (-p.score, p.title_a, p.title_b))


def _blocks(progs: list[_Program]) -> list[list[int]]:
    """For each program, the later ones with the same numbers that share a rare word or a start.

    Duplicates have the same numbers and differ by a typo or one word (see
    words_agree), so they share all but one or two words: indexing only the
    PREFIX rarest words of each title (whole and without its bracketed
    asides) still brings them together, and keeps each comparison list short.
    A title that spells out what the other abbreviates ("Forum Kerukunan Umat
    Beragama" / "FKUB") shares fewer words, but usually its first two.
    """
    forms = [(p.key.title.split(), (p.key.bare or p.key.title).split()) for p in progs]
    freq = Counter(w for whole, bare in forms for w in set(whole) | set(bare))
    index: dict[tuple[tuple[str, ...], str], list[int]] = {}
    prefixes = []
    for i, (whole, bare) in enumerate(forms):
        numbers = tuple(sorted({w for w in whole if w.isdigit()}))
        prefix = {(numbers, " ".join(whole[:2]))}
        for ws in (whole, bare):
            rare = sorted({w for w in ws if not w.isdigit()}, key=lambda w: (freq[w], w))
            prefix.update((numbers, w) for w in rare[:PREFIX])
        prefixes.append(prefix)
        for key in prefix:
            index.setdefault(key, []).append(i)
    return [
        sorted({j for key in prefix for j in index[key][bisect_right(index[key], i) :]})
        for i, prefix in enumerate(prefixes)
    ]


def _pair(
    a: _Program, b: _Program, threshold: float, names: dict[str, str], linked: set[tuple[str, str]]
) -> Pair | None:
    if len(a.groups | b.groups) < 2:
        return None  # one group saw both: not a cross-group duplicate
    score = same_program(a.key, b.key, threshold)
    if score is None:
        return None
    if a.id > b.id:
        a, b = b, a
    if (a.id, b.id) in linked:
        return None
    return Pair(
        a.id,
        b.id,
        a.title,
        b.title,
        a.agency,
        b.agency,
        tuple(sorted(names.get(g, g) for g in a.groups)),
        tuple(sorted(names.get(g, g) for g in b.groups)),
        round(score, 1),
    )


@dataclass(frozen=True)
class LinkRecord:
    """A confirmed "same program" link, and how it came to be."""

    id: str
    program_a: str
    program_b: str
    note: str  # what the secretariat wrote, without the suggestion's mark
    suggested: float | None = None  # the similarity of the suggestion accepted; None: by hand
    created_at: str = ""  # when it was linked
    device_id: str = ""  # on which laptop


# A link made from a suggestion keeps its similarity at the front of its note,
# language-neutral: "[~87%] Program yang sama". A link made by hand has no mark.
_MARK = re.compile(r"^\[~(\d{1,3}(?:\.\d)?)%\] ?")
SHORT_ID = 8  # characters of a program id printed for typing back; any unique prefix works
MIN_PREFIX = 4


def _marked(note: str, suggested: float | None) -> str:
    return f"[~{suggested:g}%] {note}".strip() if suggested is not None else note


def _unmarked(note: str) -> tuple[str, float | None]:
    found = _MARK.match(note)
    return (note[found.end() :], float(found.group(1))) if found else (note, None)


def _record(row: ProgramLink) -> LinkRecord:
    note, suggested = _unmarked(row.note)
    return LinkRecord(
        row.id, row.program_a, row.program_b, note, suggested, row.created_at, row.device_id
    )


def find_program(f: JakresFile, ref: str) -> str:
    """The id of the program a user named by its id or a unique start of it (4+ characters)."""
    ref = ref.strip().lower()
    with f.read() as s:
        if s.get(Program, ref) is not None:
            return ref
        if len(ref) < MIN_PREFIX:
            raise NotFound("program_id_unknown", id=ref)
        found = list(s.scalars(select(Program.id).where(Program.id.startswith(ref)).limit(2)))
    if not found:
        raise NotFound("program_id_unknown", id=ref)
    if len(found) > 1:
        raise ValidationError("program_id_ambiguous", field="program", id=ref)
    return found[0]


def link(
    f: JakresFile, *, a: str, b: str, note: str = "", suggested: float | None = None
) -> LinkRecord:
    """Record that two programs are one (the order of a and b does not matter).

    `suggested` is the similarity of the suggestion the secretariat accepted;
    None when the two were picked by hand.
    """
    if a == b:
        raise ValidationError("link_same_program", field="program")
    a, b = sorted((a, b))
    note = text(note, "note", limit=TEXT_MAX)
    with f.write() as s:
        get(s, Program, a, "program")
        get(s, Program, b, "program")
        taken = s.scalar(
            select(ProgramLink.id).where(ProgramLink.program_a == a, ProgramLink.program_b == b)
        )
        if taken is not None:
            raise ValidationError("link_exists", field="program")
        row = ProgramLink(id=new_id(), program_a=a, program_b=b, note=_marked(note, suggested))
        s.add(row)
        s.flush()
        return _record(row)


def unlink(f: JakresFile, link_id: str) -> None:
    """Remove a link (a tombstone records it); both programs stay as they were."""
    with f.write() as s:
        s.delete(get(s, ProgramLink, link_id, "link"))


def find_link(f: JakresFile, a: str, b: str) -> LinkRecord:
    """The link between two programs, or a message saying they are not linked."""
    if a == b:
        raise ValidationError("link_same_program", field="program")
    a, b = sorted((a, b))
    with f.read() as s:
        row = s.scalars(
            select(ProgramLink).where(ProgramLink.program_a == a, ProgramLink.program_b == b)
        ).first()
        if row is None:
            raise ValidationError("link_missing", field="program")
        return _record(row)


def list_links(f: JakresFile) -> list[LinkRecord]:
    """Every link, in a stable order."""
    with f.read() as s:
        rows = s.scalars(select(ProgramLink).order_by(ProgramLink.program_a, ProgramLink.program_b))
        return [_record(r) for r in rows]
