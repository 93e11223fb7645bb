"""Programs the secretariat linked as one: families, the connected components of the links.

Pure logic (no database): the Consolidate window, the spreadsheets and the
report count a family once and show it under its representative.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Family:
    """Programs the secretariat linked as one, counted once: a representative and its members."""

    id: str  # the representative's program id
    title: str
    agency: str
    members: tuple[str, ...]  # every program id of the family, the representative first


def family_map(
    links: Iterable[tuple[str, str]], programs: dict[str, tuple[str, str]]
) -> dict[str, Family]:
    """Each program id of `programs` (id -> (title, agency)) to its family.

    Families are the connected components of the links (a linked to b, b to c:
    one family of three); links to programs not in `programs` are ignored. The
    representative is the member with an agency and the first title by
    alphabet, so the same links always give the same family.
    """
    parent = {pid: pid for pid in programs}

    def root(pid: str) -> str:
        while parent[pid] != pid:
            parent[pid] = parent[parent[pid]]
            pid = parent[pid]
        return pid

    for a, b in links:
        if a in parent and b in parent:
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    members: dict[str, list[str]] = {}
    for pid in sorted(programs):
        members.setdefault(root(pid), []).append(pid)
    out: dict[str, Family] = {}
    for group in members.values():
        group.sort(key=lambda p: (not programs[p][1].strip(), programs[p][0].casefold(), p))
        rep = group[0]
        fam = Family(rep, programs[rep][0], programs[rep][1], tuple(group))
        out.update((pid, fam) for pid in group)
    return out
