"""A scripted breakout session through the core operations, for the crash suite.

`run_session` opens a workshop file and, until it is killed, performs one
random edit after another with `core.operations.perform` (and now and then
`operations.undo` of the latest edit still on its stack), as a facilitator's
laptop would. Around each edit it prints one flushed line:

    begin N <op> {facts the edit will set}        before the call
    committed N <op> {facts the edit did set}     after it returned

A fact is one thing a user would check on screen, keyed in words, e.g.
"dots|Kelompok 1|Sumur Resapan 03|Peserta 4-17" -> 2; a value of None means
"gone / back to the default"; "?" means "not known before the call" (the count
of priorities a rule will give). `read_facts` reads the same facts from a file,
so the parent can compare what the child reported with what the file holds.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jakres_desk.base.errors import JakresError
from jakres_desk.core import operations
from jakres_desk.core.services import (
    criteria,
    decisions,
    grids,
    groups,
    participants,
    programs,
    votes,
    workshops,
)
from jakres_desk.store.db import JakresFile, open_file

GROUPS = ("Kelompok 1", "Kelompok 2")
CATALOGUE = 30
UNKNOWN = "?"
NOTES = ("Catatan", "Banjir rob — RW 03", "Sumur resapan ✓", "ñandú «kutip»", "日本語 メモ", "")
Facts = dict[str, Any]


def set_up(path: Path, *, device_id: str) -> None:
    """The workshop the session works on: presets' groups and a catalogue of programs."""
    f = workshops.create_workshop(path, device_id=device_id, title="Uji Crash", date="2018-09-26")
    try:
        workshops.set_rules(f, dots_per_participant=1_000, max_dots_per_candidate=0)
        for i in range(CATALOGUE):
            programs.add_program(
                f, title=f"Sumur Resapan {i:02d}", agency="Dinas SDA", focus_areas=[1 + i % 5]
            )
    finally:
        f.close()


def read_facts(f: JakresFile) -> Facts:
    """Everything the session can change, as facts (defaults left out)."""
    facts: Facts = {}
    names = {}
    group_names = {g.id: g.name for g in groups.list_groups(f)}
    for p in participants.list_participants(f):
        names[p.id] = p.name
        facts[f"person|{p.name}"] = group_names.get(p.group_id or "")
        if p.present:
            facts[f"present|{p.name}"] = True
    for g in groups.list_groups(f):
        if g.name not in GROUPS:
            continue
        if g.notes:
            facts[f"notes|{g.name}"] = g.notes
        if g.criteria_locked:
            facts[f"locked|{g.name}"] = True
        crits = {c.id: c.name for c in criteria.list_criteria(f, g.id)}
        for c in criteria.list_criteria(f, g.id):
            facts[f"criterion|{g.name}|{c.name}"] = c.weight
        cands = {c.id: c.title for c in programs.list_candidates(f, g.id)}
        priority = 0
        for c in programs.list_candidates(f, g.id):
            facts[f"candidate|{g.name}|{c.title}"] = True
            priority += bool(c.is_priority)
        if priority:
            facts[f"priority|{g.name}"] = priority
        for (pid, cid), n in grids.dot_grid(f, g.id).items():
            facts[f"dots|{g.name}|{cands[cid]}|{names[pid]}"] = n
        for (cid, crit), v in grids.score_grid(f, g.id).items():
            facts[f"score|{g.name}|{cands[cid]}|{crits[crit]}"] = v
    return facts


def apply(facts: Facts, delta: Facts) -> None:
    """Set the facts an edit reported (None: gone)."""
    for key, value in delta.items():
        if value is None:
            facts.pop(key, None)
        else:
            facts[key] = value


class Session:
    """The child's view of the file: ids by name, its facts, its undo stack."""

    def __init__(self, f: JakresFile, rng: random.Random, run: int) -> None:
        self.f, self.rng, self.run, self.n = f, rng, run, 0
        self.facts = read_facts(f)
        self.groups = {g.name: g.id for g in groups.list_groups(f) if g.name in GROUPS}
        self.programs = {p.title: p.id for p in programs.list_programs(f)}
        self.people = {p.name: (p.id, p.group_id) for p in participants.list_participants(f)}
        self.cands: dict[tuple[str, str], str] = {}
        self.crits: dict[tuple[str, str], str] = {}
        for name, gid in self.groups.items():
            for c in programs.list_candidates(f, gid):
                self.cands[(name, c.title)] = c.id
            for cr in criteria.list_criteria(f, gid):
                self.crits[(name, cr.name)] = cr.id
        ws = workshops.get_workshop(f)
        self.scores = (ws.score_min, ws.score_max)
        self.stack: list[tuple[operations.UndoStep, Facts]] = []

    # --- choosing an edit -------------------------------------------------------------

    def step(self) -> None:
        """Choose one edit that makes sense now, announce it, perform it, report it."""
        self.n += 1
        g = self.rng.choice(GROUPS)
        choices: list[Callable[[str], tuple[str, Facts, Callable[[], Facts]] | None]] = [
            self._add_person,
            self._check_in,
            self._add_candidate,
            self._dots,
            self._dots,
            self._dots,
            self._add_criterion,
            self._lock,
            self._score,
            self._score,
            self._rule,
            self._notes,
            self._undo,
        ]
        planned = None
        while planned is None:
            planned = self.rng.choice(choices)(g)
        op, delta, do = planned
        prior = {k: self.facts.get(k) for k in delta}
        print(f"begin {self.n} {op} {json.dumps(delta, ensure_ascii=False)}", flush=True)
        try:
            done = do()
        except JakresError as exc:
            print(f"refused {self.n} {op} {exc.message()}", flush=True)
            return
        apply(self.facts, done)
        if op != "undo":
            self.stack.append((self._last_undo, prior))
        print(f"committed {self.n} {op} {json.dumps(done, ensure_ascii=False)}", flush=True)

    def _perform(self, service: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        outcome = operations.perform(self.f, service, *args, **kwargs)
        self._last_undo = outcome.undo
        return outcome.value

    def _in(self, g: str) -> list[str]:
        return sorted(n for n, (_id, gid) in self.people.items() if gid == self.groups[g])

    def _cands_of(self, g: str) -> list[str]:
        return sorted(t for (name, t) in self.cands if name == g)

    def _add_person(self, g: str) -> Any:
        name = f"Peserta {self.run}-{self.n}"

        def do() -> Facts:
            p = self._perform(participants.add_participant, name=name, group_id=self.groups[g])
            self.people[name] = (p.id, p.group_id)
            return {f"person|{name}": g}

        return "add_participant", {f"person|{name}": g}, do

    def _check_in(self, g: str) -> Any:
        people = self._in(g)
        if not people:
            return None
        name = self.rng.choice(people)
        now = not self.facts.get(f"present|{name}", False)
        key, value = f"present|{name}", (True if now else None)

        def do() -> Facts:
            self._perform(participants.set_present, self.people[name][0], now)
            return {key: value}

        return "set_present", {key: value}, do

    def _add_candidate(self, g: str) -> Any:
        free = sorted(t for t in self.programs if (g, t) not in self.cands)
        if not free:
            return None
        title = self.rng.choice(free)
        key = f"candidate|{g}|{title}"

        def do() -> Facts:
            c = self._perform(
                programs.add_candidate, group_id=self.groups[g], program_id=self.programs[title]
            )
            self.cands[(g, title)] = c.id
            return {key: True}

        return "add_candidate", {key: True}, do

    def _dots(self, g: str) -> Any:
        people, cands = self._in(g), self._cands_of(g)
        if not people or not cands:
            return None
        name, title = self.rng.choice(people), self.rng.choice(cands)
        n = self.rng.randint(0, 3)
        key, value = f"dots|{g}|{title}|{name}", (n or None)

        def do() -> Facts:
            self._perform(
                votes.set_dots,
                candidate_id=self.cands[(g, title)],
                participant_id=self.people[name][0],
                count=n,
            )
            return {key: value}

        return "set_dots", {key: value}, do

    def _add_criterion(self, g: str) -> Any:
        if self.facts.get(f"locked|{g}"):
            return None
        name = f"Kriteria {self.run}-{self.n}"
        weight = self.rng.choice((0.5, 1.0, 2.0, 3.0))
        key = f"criterion|{g}|{name}"

        def do() -> Facts:
            c = self._perform(
                criteria.add_criterion, group_id=self.groups[g], name=name, weight=weight
            )
            self.crits[(g, name)] = c.id
            return {key: weight}

        return "add_criterion", {key: weight}, do

    def _lock(self, g: str) -> Any:
        now = not self.facts.get(f"locked|{g}", False)
        key, value = f"locked|{g}", (True if now else None)

        def do() -> Facts:
            self._perform(groups.set_criteria_locked, group_id=self.groups[g], locked=now)
            return {key: value}

        return "set_criteria_locked", {key: value}, do

    def _score(self, g: str) -> Any:
        crits = sorted(n for (name, n) in self.crits if name == g)
        cands = self._cands_of(g)
        if not self.facts.get(f"locked|{g}") or not crits or not cands:
            return None
        title, crit = self.rng.choice(cands), self.rng.choice(crits)
        low, high = self.scores
        value = self.rng.choice([None, *(float(v) for v in range(low, high + 1))])
        key = f"score|{g}|{title}|{crit}"

        def do() -> Facts:
            self._perform(
                votes.set_score,
                candidate_id=self.cands[(g, title)],
                criterion_id=self.crits[(g, crit)],
                value=value,
            )
            return {key: value}

        return "set_score", {key: value}, do

    def _rule(self, g: str) -> Any:
        if not self._cands_of(g):
            return None
        key = f"priority|{g}"

        def do() -> Facts:
            count = self._perform(decisions.apply_rule, group_id=self.groups[g])
            return {key: count or None}

        return "apply_rule", {key: UNKNOWN}, do

    def _notes(self, g: str) -> Any:
        text = " ".join(self.rng.choice(NOTES) for _ in range(self.rng.randint(0, 6))).strip()
        key, value = f"notes|{g}", (text or None)

        def do() -> Facts:
            self._perform(groups.update_group, self.groups[g], notes=text)
            return {key: value}

        return "update_group", {key: value}, do

    def _undo(self, _g: str) -> Any:
        if not self.stack:
            return None
        step, prior = self.stack[-1]

        def do() -> Facts:
            operations.undo(self.f, step)
            self.stack.pop()
            self._forget_undone(prior)
            return prior

        return "undo", dict(prior), do

    def _forget_undone(self, prior: Facts) -> None:
        """An undone add takes its record away: forget its id too."""
        for key, value in prior.items():
            if value is not None:
                continue
            kind, _, rest = key.partition("|")
            if kind == "person":
                self.people.pop(rest, None)
            elif kind == "candidate":
                g, _, title = rest.partition("|")
                self.cands.pop((g, title), None)
            elif kind == "criterion":
                g, _, name = rest.partition("|")
                self.crits.pop((g, name), None)


def run_session(path: Path, *, seed: int, run: int, steps: int = 0) -> None:
    """Open the file and edit until killed (or for `steps` edits when given)."""
    import os

    rng = random.Random(seed * 100_003 + run)
    with open_file(path, device_id=os.environ["JAKRES_DEVICE_ID"]) as f:
        session = Session(f, rng, run)
        print("ready", flush=True)
        done = 0
        while not steps or done < steps:
            session.step()
            done += 1
