"""The built-in demo: the 26 September 2018 workshop with illustrative group results.

The steps, the five focus areas, the criteria three groups reported and every
group's number of priority programs follow the secretariat's report of that day;
the people, the programs discussed, the votes and the scores are invented
(resources/demo/jakarta-2018.json) and drawn from a fixed seed, so every build
holds the same content. Only record ids and timestamps differ between builds.
"""

from __future__ import annotations

import json
import math
import random
from collections import Counter
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from statistics import fmean
from typing import Any

from sqlalchemy.orm import Session

from jakres_desk.core import resources
from jakres_desk.core.records import WorkshopRecord
from jakres_desk.core.rules.ranking import weighted_score
from jakres_desk.core.services import criteria, decisions, elements, groups, summary, workshops
from jakres_desk.store.db import JakresFile
from jakres_desk.store.models import (
    Candidate,
    DotVote,
    Participant,
    Program,
    ProgramFocusArea,
    Score,
)
from jakres_desk.store.stamps import new_id

PRESET = "jakarta-2018"
Content = dict[str, Any]

# How a candidate should come out of the rule, as a band of weighted scores
# around the threshold; "near" bands are for the candidates a facilitator overrides.
HIGH, LOW, NEAR_BELOW, NEAR_ABOVE = "high", "low", "near_below", "near_above"


@dataclass
class _Room:
    """One breakout group while the demo is being written."""

    spec: Content
    group_id: str
    focus_area: int
    criteria: list[tuple[str, float]]
    present: list[str] = field(default_factory=list)
    candidates: dict[str, str] = field(default_factory=dict)  # program title -> candidate id


def content() -> Content:
    """The demo's hand-written content."""
    node = files("jakres_desk.resources").joinpath("demo", f"{PRESET}.json")
    data: Content = json.loads(node.read_text(encoding="utf-8"))
    return data


def build_demo(out: Path, *, device_id: str) -> JakresFile:
    """Write the demo workshop into the new file `out` and return it, open.

    Built under a temporary name and renamed when whole (store.db.create_file).
    """
    data = content()
    ws = data["workshop"]
    return workshops.create_workshop(
        out,
        device_id=device_id,
        title=ws["title"],
        date=ws["date"],
        venue=ws["venue"],
        organiser=ws["organiser"],
        preset=PRESET,
        description=ws["description"],
        illustrative=True,
        then=lambda f: _fill(f, data),
    )


def _fill(f: JakresFile, data: Content) -> None:
    rng = random.Random(data["seed"])
    rooms = [_set_up_room(f, spec) for spec in data["groups"]]
    rules = workshops.get_workshop(f)
    # Hundreds of rows: one transaction instead of one fsync'd service call each.
    with f.write() as s:
        _write_people(s, rules.id, rooms, data, rng)
        catalogue = _write_catalogue(s, rules.id, data, _focus_area_ids(f))
        for room in rooms:
            _write_votes(s, room, catalogue, data, rules, rng)
    _decide(f, data, rooms)


# --- activities 1 and 2 through the services --------------------------------------------


def _set_up_room(f: JakresFile, spec: Content) -> _Room:
    group = groups.find_group(f, spec["name"])
    number = {fa.id: fa.number for fa in workshops.focus_areas(f)}[group.focus_area_id or ""]
    groups.update_group(
        f,
        group.id,
        facilitator=spec["facilitator"],
        room=spec["room"],
        notes=spec["notes"],
        rationale=spec["rationale"],
    )
    for el in spec["elements"]:
        added = elements.add_element(
            f,
            group_id=group.id,
            goal_id=el.get("goal"),
            custom_title=el.get("custom"),
            rationale=el["rationale"],
        )
        for target in el["targets"]:
            elements.add_target(f, element_id=added.id, **target)
    crits = [_add_criterion(f, group.id, number, c) for c in spec["criteria"]]
    groups.set_criteria_locked(f, group_id=group.id, locked=True)
    return _Room(spec, group.id, number, crits)


def _add_criterion(f: JakresFile, group_id: str, number: int, spec: Content) -> tuple[str, float]:
    """A criterion taken from the preset's list for the focus area, marked as reported or not."""
    fa = next(x for x in resources.preset(PRESET)["focus_areas"] if x["number"] == number)
    known = {c["name"]["id"]: c for c in fa["suggested_criteria"]}
    found = known.get(spec["name"])
    source = "room" if found is None else ("reported" if found["reported"] else "suggested")
    description = "" if found is None else found["description"]["id"]
    c = criteria.add_criterion(
        f,
        group_id=group_id,
        name=spec["name"],
        weight=spec["weight"],
        description=description,
        source=source,
    )
    return c.id, c.weight


def _focus_area_ids(f: JakresFile) -> dict[int, str]:
    return {fa.number: fa.id for fa in workshops.focus_areas(f)}


# --- people and the catalogue ---------------------------------------------------------------


def _write_people(
    s: Session, ws_id: str, rooms: list[_Room], data: Content, rng: random.Random
) -> None:
    used = {r.spec["facilitator"].split(" (")[0] for r in rooms}
    for room in rooms:
        seats = room.spec["seats"]
        absent = set(rng.sample(range(len(seats)), room.spec["absent"]))
        rows = [(seat, i not in absent, False) for i, seat in enumerate(seats)]
        rows += [(seat, True, True) for seat in room.spec["walk_ins"]]
        for (org, kind, role), present, walk_in in rows:
            p = Participant(
                id=new_id(),
                workshop_id=ws_id,
                group_id=room.group_id,
                name=_new_name(data["names"], used, rng),
                organisation=org,
                stakeholder_kind=kind,
                role=role,
                present=present,
                walk_in=walk_in,
            )
            s.add(p)
            if present:
                room.present.append(p.id)


def _new_name(pools: Content, used: set[str], rng: random.Random) -> str:
    """An invented name, unique in the workshop."""
    while True:
        name = f"{rng.choice(pools['given'])} {rng.choice(pools['family'])}"
        if name not in used:
            used.add(name)
            return name


def expand_programs(data: Content) -> list[Content]:
    """The catalogue with every program variant (per area or target group) spelled out."""
    out = []
    for p in data["programs"]:
        variants = p.get("variants")
        if variants is None:
            out.append(p)
            continue
        names = data["variant_sets"][variants] if isinstance(variants, str) else variants
        out += [
            {**p, "title": p["title"].format(v=v), "description": p["description"].format(v=v)}
            for v in names
        ]
    return out


def _write_catalogue(
    s: Session, ws_id: str, data: Content, fa_ids: dict[int, str]
) -> list[tuple[Program, list[int], bool]]:
    """Every program with its focus areas, and whether the rooms should favour it."""
    catalogue = []
    for spec in expand_programs(data):
        p = Program(
            id=new_id(),
            workshop_id=ws_id,
            title=spec["title"],
            agency=spec["agency"],
            description=spec["description"],
            origin="catalogue",
        )
        s.add(p)
        s.add_all(
            ProgramFocusArea(id=new_id(), program_id=p.id, focus_area_id=fa_ids[n])
            for n in spec["focus_areas"]
        )
        # Programs shared by groups are favoured too: the plenary shows them in both.
        favoured = spec.get("likely_priority", False) or len(spec["focus_areas"]) > 1
        catalogue.append((p, list(spec["focus_areas"]), favoured))
    return catalogue


# --- activity 3: candidates, dots and scores ----------------------------------------------


def _write_votes(
    s: Session,
    room: _Room,
    catalogue: list[tuple[Program, list[int], bool]],
    data: Content,
    rules: WorkshopRecord,
    rng: random.Random,
) -> None:
    programs = [(p, favoured) for p, fas, favoured in catalogue if room.focus_area in fas]
    for pos, (p, _favoured) in enumerate(programs):
        cand = Candidate(id=new_id(), group_id=room.group_id, program_id=p.id, position=pos)
        s.add(cand)
        room.candidates[p.title] = cand.id
    bands = _bands(room, [(p.title, favoured) for p, favoured in programs], data, rng)
    tie = data["tie"]["programs"] if data["tie"]["group"] == room.spec["name"] else []
    s.add_all(_dots(room, bands, tie, rules, rng))
    s.add_all(_scores(room, bands, tie, rules, rng))


def _bands(
    room: _Room, titles: list[tuple[str, bool]], data: Content, rng: random.Random
) -> dict[str, str]:
    """Which candidates the rule should make priorities, so the group's count comes out exact."""
    name = room.spec["name"]
    overrides = {o["program"]: o["priority"] for o in data["overrides"] if o["group"] == name}
    tie = data["tie"]["programs"] if data["tie"]["group"] == name else []
    by_rule = data["priority_counts"][name] - sum(1 if up else -1 for up in overrides.values())
    forced = {t: HIGH for t, favoured in titles if favoured} | {t: HIGH for t in tie}
    forced |= {t: NEAR_BELOW if up else NEAR_ABOVE for t, up in overrides.items()}
    rest = [t for t, _ in titles if t not in forced]
    highs = sum(band in (HIGH, NEAR_ABOVE) for band in forced.values())
    if not 0 <= by_rule - highs <= len(rest):
        raise ValueError(f"demo content: {name} cannot reach {by_rule} priorities by rule")
    chosen = set(rng.sample(rest, by_rule - highs))
    return {t: forced.get(t, HIGH if t in chosen else LOW) for t, _ in titles}


def _dots(
    room: _Room, bands: dict[str, str], tie: list[str], rules: WorkshopRecord, rng: random.Random
) -> list[DotVote]:
    """Each present participant's dots, within the workshop's limits."""
    given: Counter[tuple[str, str]] = Counter()
    # The tied pair gets one dot each from the same two people: equal dots and voters.
    for person in room.present[:2]:
        for title in tie:
            given[(person, title)] += 1
    pool = [t for t in bands if t not in tie]
    weights = [3 if bands[t] in (HIGH, NEAR_ABOVE) else 1 for t in pool]
    for person in room.present:
        budget = rules.dots_per_participant - rng.choice((0, 0, 0, 1))
        left = budget - sum(n for (who, _), n in given.items() if who == person)
        while left > 0:
            title = rng.choices(pool, weights)[0]
            if given[(person, title)] < rules.max_dots_per_candidate:
                given[(person, title)] += 1
                left -= 1
    return [
        DotVote(id=new_id(), candidate_id=room.candidates[title], participant_id=who, count=n)
        for (who, title), n in given.items()
    ]


@dataclass(frozen=True)
class _ByPerson:
    """Criterion number `at` scored by each of `people` instead of by consensus."""

    at: int
    people: list[str]


def _scores(
    room: _Room, bands: dict[str, str], tie: list[str], rules: WorkshopRecord, rng: random.Random
) -> list[Score]:
    """Consensus scores in the band each candidate needs; a few per-participant ones."""
    plan = room.spec.get("personal_scores")
    by_person, first = None, 0
    if plan is not None:
        names = [c["name"] for c in room.spec["criteria"]]
        by_person = _ByPerson(names.index(plan["criterion"]), room.present[: plan["participants"]])
        first = plan["candidates"]
    rows: list[Score] = []
    tied: tuple[list[int], list[int]] | None = None  # the tied pair get the very same scores
    for i, title in enumerate(bands):
        mode = by_person if i < first and title not in tie else None
        values, own = (
            tied if title in tie and tied else _sample(room, bands[title], mode, rules, rng)
        )
        if title in tie:
            tied = (values, own)
        rows += _score_rows(room, room.candidates[title], values, mode, own)
    return rows


def _sample(
    room: _Room, band: str, mode: _ByPerson | None, rules: WorkshopRecord, rng: random.Random
) -> tuple[list[int], list[int]]:
    """Whole-number scores (consensus, then per person) whose weighted score is in the band."""
    t = float(rules.threshold if rules.threshold is not None else 3.5)
    low, high = {
        HIGH: (t, math.inf),
        LOW: (-math.inf, t),
        NEAR_BELOW: (t - 0.5, t),
        NEAR_ABOVE: (t, t + 0.5),
    }[band]
    weights = {str(i): w for i, (_, w) in enumerate(room.criteria)}
    while True:
        values = [rng.randint(rules.score_min, rules.score_max) for _ in room.criteria]
        own = [rng.randint(rules.score_min, rules.score_max) for _ in (mode.people if mode else ())]
        effective: dict[str, float | None] = {str(i): v for i, v in enumerate(values)}
        if mode is not None:
            effective[str(mode.at)] = fmean(own)  # what the tally uses without a consensus
        score = weighted_score(effective, weights)
        if score is not None and low <= score < high:
            return values, own


def _score_rows(
    room: _Room, cand_id: str, values: list[int], mode: _ByPerson | None, own: list[int]
) -> list[Score]:
    skip = mode.at if mode else -1
    rows = [
        Score(
            id=new_id(),
            candidate_id=cand_id,
            criterion_id=crit,
            participant_id=None,
            value=float(v),
        )
        for i, ((crit, _), v) in enumerate(zip(room.criteria, values, strict=True))
        if i != skip
    ]
    if mode is not None:
        rows += [
            Score(
                id=new_id(),
                candidate_id=cand_id,
                criterion_id=room.criteria[mode.at][0],
                participant_id=who,
                value=float(v),
            )
            for who, v in zip(mode.people, own, strict=True)
        ]
    return rows


# --- decisions ----------------------------------------------------------------------------


def _decide(f: JakresFile, data: Content, rooms: list[_Room]) -> None:
    for room in rooms:
        decisions.apply_rule(f, group_id=room.group_id)
    by_name = {room.spec["name"]: room for room in rooms}
    for o in data["overrides"]:
        decisions.override(
            f,
            candidate_id=by_name[o["group"]].candidates[o["program"]],
            is_priority=o["priority"],
            reason=o["reason"],
        )
    counts = {g["name"]: g["priority_programs"] for g in summary.describe(f)["groups"]}
    if counts != data["priority_counts"]:
        raise ValueError(
            f"demo content: priority programs {counts}, expected {data['priority_counts']}"
        )
