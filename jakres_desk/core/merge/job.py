"""What one file's merge needs and what it did so far (shared by the merge's steps)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Row = dict[str, Any]


@dataclass
class Tally:
    """What a merge did so far."""

    added: int = 0
    replaced: int = 0
    kept: int = 0
    deleted: int = 0
    orphans: int = 0
    tombstoned: int = 0
    conflicts: list[Row] = field(default_factory=list)
    reported: set[str] = field(default_factory=set)
    refusals: list[Row] = field(default_factory=list)  # rows a group may not write (scope.py)


@dataclass(frozen=True)
class Job:
    """What one file's merge needs: its scope, the group, the hand-over time."""

    group_scope: bool
    src_group: str | None = None  # the group in the copy
    master_group: str | None = None  # the same group in the master
    base: str | None = None  # a kit's hand-over time: edits after it on both sides conflict
    extra_filters: dict[str, str] = field(default_factory=dict)
    overrides: dict[str, tuple[str, dict[str, Any]]] = field(default_factory=dict)

    @property
    def params(self) -> dict[str, Any]:
        """Named parameters the filters use."""
        return {"g": self.src_group, "mg": self.master_group}


def q(name: str) -> str:
    """A quoted identifier (names come from the models, never from a file)."""
    return '"' + name.replace('"', '""') + '"'
