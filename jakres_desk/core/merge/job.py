"""What one file's merge needs and what it did so far (shared by the merge's steps)."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

Row = dict[str, Any]


class Tally:
    """What a merge did so far (a plain class: a dataclass costs ~1 ms to make at import)."""

    def __init__(self) -> None:
        self.added = 0
        self.replaced = 0
        self.kept = 0
        self.deleted = 0
        self.orphans = 0
        self.tombstoned = 0
        self.conflicts: list[Row] = []
        self.reported: set[str] = set()
        self.refusals: list[Row] = []  # rows a group may not write (scope.py)


class Job(NamedTuple):
    """What one file's merge needs: its scope, the group, the hand-over time."""

    group_scope: bool
    src_group: str | None = None  # the group in the copy
    master_group: str | None = None  # the same group in the master
    base: str | None = None  # a kit's hand-over time: edits after it on both sides conflict
    extra_filters: Mapping[str, str] = MappingProxyType({})
    overrides: Mapping[str, tuple[str, dict[str, Any]]] = MappingProxyType({})

    @property
    def params(self) -> dict[str, Any]:
        """Named parameters the filters use."""
        return {"g": self.src_group, "mg": self.master_group}


def q(name: str) -> str:
    """A quoted identifier (names come from the models, never from a file)."""
    return '"' + name.replace('"', '""') + '"'
