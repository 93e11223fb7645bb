"""Is the workshop ready for its kits? What is missing, each with the page that fixes it.

Nothing here refuses: a finding is advice shown before the kits are made
(groups without a facilitator, people without a group, focus areas without
suggestions, a catalogue left empty, voting rules that cannot produce a priority).
Each names the setup desk page (`page`, a key of ui/setup/window.py) where it is
fixed; the page keys are plain strings so this module stays free of Qt.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jakres_desk.base.errors import JakresError, Phrase
from jakres_desk.base.i18n import current_language
from jakres_desk.core.rules.values import check_voting_rules
from jakres_desk.core.services.common import workshop
from jakres_desk.core.services.workshops import RULE_FIELDS
from jakres_desk.store.db import JakresFile
from jakres_desk.store.models import FocusArea, FocusAreaGoal, Group, Participant, Program

# The setup desk's page keys (ui/setup/window.py): where each finding is fixed.
WORKSHOP, FOCUS, PEOPLE, CATALOGUE, RULES = "workshop", "focus", "people", "catalogue", "rules"
SHOWN_NAMES = 5  # names listed in one finding before "and N more"


@dataclass(frozen=True)
class Finding:
    """One thing to fix before the kits: what (a message key and values) and where."""

    key: str
    page: str
    params: dict[str, Any] = field(default_factory=dict)
    subject: str = ""  # the record to show on that page (a group's or focus area's id)

    def text(self, lang: str | None = None) -> str:
        """The finding in one language."""
        lang = lang or current_language()
        params = {k: v.text(lang) if isinstance(v, Phrase) else v for k, v in self.params.items()}
        return Phrase(self.key, params).text(lang)


def readiness(f: JakresFile) -> list[Finding]:
    """Every finding, in the order of the desk's pages (an empty list: ready)."""
    with f.read() as s:
        return [
            *_groups(s),
            *_focus_areas(s),
            *_people(s),
            *_catalogue(s),
            *_rules(s),
        ]


def _groups(s: Session) -> list[Finding]:
    groups = s.scalars(select(Group).order_by(Group.position, Group.name)).all()
    if not groups:
        return [Finding("ready_no_groups", FOCUS)]
    return [
        Finding("ready_no_facilitator", FOCUS, {"group": g.name}, g.id)
        for g in groups
        if not g.facilitator.strip()
    ]


def _focus_areas(s: Session) -> list[Finding]:
    with_goals = set(s.scalars(select(FocusAreaGoal.focus_area_id)))
    out = []
    for fa in s.scalars(select(FocusArea).order_by(FocusArea.number)):
        params = {"number": fa.number, "title": fa.title_id or fa.title_en}
        if fa.id not in with_goals:
            out.append(Finding("ready_focus_no_goals", FOCUS, params, fa.id))
        if not _has_items(fa.suggested_criteria):
            out.append(Finding("ready_focus_no_criteria", FOCUS, params, fa.id))
    return out


def _has_items(raw: str) -> bool:
    try:
        items = json.loads(raw or "[]")
    except ValueError:
        return False
    return isinstance(items, list) and bool(items)


def _people(s: Session) -> list[Finding]:
    out = []
    loose = s.scalars(
        select(Participant.name).where(Participant.group_id.is_(None)).order_by(Participant.name)
    ).all()
    if loose:
        out.append(Finding("ready_people_without_group", PEOPLE, {
            "count": len(loose), "names": _names(loose)}))  # fmt: skip
    counts = dict(
        s.execute(select(Participant.group_id, func.count()).group_by(Participant.group_id)).all()
    )
    for g in s.scalars(select(Group).order_by(Group.position, Group.name)):
        if not counts.get(g.id):
            out.append(Finding("ready_group_without_people", PEOPLE, {"group": g.name}, g.id))
    return out


def _names(names: Sequence[str]) -> str:
    shown = ", ".join(names[:SHOWN_NAMES])
    more = len(names) - SHOWN_NAMES
    return f"{shown} (+{more})" if more > 0 else shown


def _catalogue(s: Session) -> list[Finding]:
    count = s.scalar(select(func.count()).select_from(Program).where(Program.origin == "catalogue"))
    return [] if count else [Finding("ready_no_catalogue", CATALOGUE)]


def _rules(s: Session) -> list[Finding]:
    ws = workshop(s)
    rules = {key: getattr(ws, key) for key in RULE_FIELDS}
    try:
        check_voting_rules(rules)
    except JakresError as exc:
        detail = Phrase(exc.key, exc.params)
        return [Finding("ready_rules_impossible", RULES, {"detail": detail})]
    if rules["priority_rule"] == "threshold" and rules["ranking_method"] == "dots":
        return _dots_reach(s, rules)
    return []


def _dots_reach(s: Session, rules: dict[str, Any]) -> list[Finding]:
    """A dots threshold above what the largest group can put on one program."""
    sizes = s.execute(
        select(func.count()).select_from(Participant)
        .where(Participant.group_id.is_not(None)).group_by(Participant.group_id)
    ).scalars().all()  # fmt: skip
    if not sizes:
        return []  # nobody yet: the people finding says so
    per_person = rules["max_dots_per_candidate"] or rules["dots_per_participant"]
    per_person = min(per_person, rules["dots_per_participant"])
    most = per_person * max(sizes)
    if rules["threshold"] <= most:
        return []
    params = {"threshold": f"{rules['threshold']:g}", "most": most}
    return [Finding("ready_threshold_unreachable", RULES, params)]
