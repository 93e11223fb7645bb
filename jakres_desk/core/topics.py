"""What an edit changed, in the workshop's words: the topics views refresh by.

Kept free of SQLAlchemy so the UI can import it before the first file opens.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jakres_desk.store.db import Change
    from jakres_desk.store.journal import RowChange


class Topic(StrEnum):
    """What an edit can change, in the workshop's words."""

    WORKSHOP = "workshop"  # title, date, venue, description…
    RULES = "rules"  # dots per person, score scale, ranking method, priority rule
    FOCUS_AREAS = "focus areas"
    GROUPS = "groups"  # name, facilitator, room, order
    GROUP_NOTES = "group notes"  # the group's notes and its overall rationale
    CRITERIA_LOCK = "criteria lock"
    PARTICIPANTS = "participants"
    ELEMENTS = "elements"
    TARGETS = "targets"
    CRITERIA = "criteria"
    PROGRAMS = "programs"
    CANDIDATES = "candidates"
    VOTES = "votes"
    SCORES = "scores"
    DECISIONS = "decisions"
    CATEGORIES = "categories"
    LINKS = "links"
    IMPORT_LOG = "import log"
    FRAMEWORK = "framework"
    VOTING = "voting"  # a group's voting closed or reopened


ALL_TOPICS = frozenset(Topic)

# What a row of each table is about; columns listed under a table override it.
_TABLE_TOPICS: dict[str, Topic] = {
    "workshop": Topic.WORKSHOP,
    "focus_area": Topic.FOCUS_AREAS,
    "focus_area_goal": Topic.FOCUS_AREAS,
    "breakout_group": Topic.GROUPS,
    "participant": Topic.PARTICIPANTS,
    "element": Topic.ELEMENTS,
    "target": Topic.TARGETS,
    "criterion": Topic.CRITERIA,
    "program": Topic.PROGRAMS,
    "program_focus_area": Topic.PROGRAMS,
    "candidate": Topic.CANDIDATES,
    "dot_vote": Topic.VOTES,
    "score": Topic.SCORES,
    "decision": Topic.DECISIONS,
    "category_set": Topic.CATEGORIES,
    "category": Topic.CATEGORIES,
    "program_category": Topic.CATEGORIES,
    "program_link": Topic.LINKS,
    "import_log": Topic.IMPORT_LOG,
    "framework": Topic.FRAMEWORK,
    "dimension": Topic.FRAMEWORK,
    "goal": Topic.FRAMEWORK,
    "quality": Topic.FRAMEWORK,
    "stakeholder_kind": Topic.FRAMEWORK,
}
_COLUMN_TOPICS: dict[tuple[str, str], Topic] = {
    **{
        ("workshop", c): Topic.RULES
        for c in (
            "dots_per_participant",
            "max_dots_per_candidate",
            "score_min",
            "score_max",
            "ranking_method",
            "priority_rule",
            "top_n",
            "threshold",
        )
    },
    ("breakout_group", "notes"): Topic.GROUP_NOTES,
    ("breakout_group", "rationale"): Topic.GROUP_NOTES,
    ("breakout_group", "criteria_locked"): Topic.CRITERIA_LOCK,
    ("breakout_group", "voting_closed_at"): Topic.VOTING,
    ("breakout_group", "voting_log"): Topic.VOTING,
}
_STAMPS = frozenset({"created_at", "modified_at", "device_id"})


@dataclass(frozen=True)
class Changes:
    """What an edit changed: topics, record ids, and who started it (None: nobody here)."""

    topics: frozenset[Topic]
    ids: frozenset[str] = frozenset()
    origin: object | None = None

    def touches(self, *topics: Topic) -> bool:
        """Whether the edit changed any of these topics."""
        return not self.topics.isdisjoint(topics)

    def by(self, origin: object | None) -> Changes:
        """The same changes, started by `origin`."""
        return Changes(self.topics, self.ids, origin)


EVERYTHING = Changes(ALL_TOPICS)
"""A file opened or a group switched: every view reloads."""


def _row_topics(rc: RowChange) -> set[Topic]:
    if rc.table == "tombstone":
        return set()
    if rc.before is None or rc.after is None:
        return {_TABLE_TOPICS.get(rc.table, Topic.WORKSHOP)}
    changed = {k for k in rc.after if rc.before.get(k) != rc.after.get(k)} - _STAMPS
    specific = {_COLUMN_TOPICS[(rc.table, c)] for c in changed if (rc.table, c) in _COLUMN_TOPICS}
    if changed - {c for (t, c) in _COLUMN_TOPICS if t == rc.table}:
        specific.add(_TABLE_TOPICS.get(rc.table, Topic.WORKSHOP))
    return specific


def changes_of(rows: Iterable[RowChange], origin: object | None = None) -> Changes:
    """The topics and ids of a set of changed rows."""
    topics: set[Topic] = set()
    ids: set[str] = set()
    for rc in rows:
        topics |= _row_topics(rc)
        ids.add(rc.id)
    return Changes(frozenset(topics), frozenset(ids), origin)


def changes_of_tables(change: Change, origin: object | None = None) -> Changes:
    """Topics of a write known only by its tables (a merge, a bulk import)."""
    topics = {_TABLE_TOPICS[t] for t in change.tables if t in _TABLE_TOPICS}
    topics |= {topic for (t, _c), topic in _COLUMN_TOPICS.items() if t in change.tables}
    return Changes(frozenset(topics), change.ids, origin)


def merged(a: Changes | None, b: Changes) -> Changes:
    """Two changes seen as one (for a view that missed both): who started them is lost."""
    if a is None:
        return b
    return Changes(a.topics | b.topics, a.ids | b.ids, None)
