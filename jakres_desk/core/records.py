"""Plain records the services hand out: no live database rows leave core."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class WorkshopRecord:
    """The workshop and its voting rules."""

    id: str
    title: str
    date: str
    venue: str
    organiser: str
    description: str
    preset: str
    illustrative: bool
    dots_per_participant: int
    max_dots_per_candidate: int
    score_min: int
    score_max: int
    ranking_method: str
    priority_rule: str
    top_n: int | None
    threshold: float | None
    stage: str = ""
    record_language: str = "id"


@dataclass(frozen=True)
class FocusAreaRecord:
    """A focus area with its suggested CRF goals."""

    id: str
    number: int
    title_id: str
    title_en: str
    short_id: str
    short_en: str
    goal_ids: tuple[str, ...] = ()
    description_id: str = ""
    description_en: str = ""


@dataclass(frozen=True)
class GroupRecord:
    """A breakout group."""

    id: str
    name: str
    focus_area_id: str | None
    facilitator: str
    room: str
    notes: str
    rationale: str
    criteria_locked: bool
    position: int
    voting_closed_at: str | None = None  # when the group closed its voting; None: open


@dataclass(frozen=True)
class ParticipantRecord:
    """A participant."""

    id: str
    group_id: str | None
    name: str
    organisation: str
    stakeholder_kind: str | None
    role: str
    present: bool
    walk_in: bool


@dataclass(frozen=True)
class TargetRecord:
    """A target set for an element."""

    id: str
    element_id: str
    statement: str
    indicator: str
    baseline: str
    target_value: str
    target_year: int | None
    responsible_agency: str
    position: int


@dataclass(frozen=True)
class ElementRecord:
    """A chosen resilience element with its targets."""

    id: str
    group_id: str
    goal_id: str | None
    custom_title: str | None
    rationale: str
    position: int
    title: str = ""
    targets: tuple[TargetRecord, ...] = field(default=())


@dataclass(frozen=True)
class CriterionRecord:
    """A selection criterion with its weight."""

    id: str
    group_id: str
    name: str
    description: str
    weight: float
    source: str
    position: int


@dataclass(frozen=True)
class ProgramRecord:
    """An existing program."""

    id: str
    title: str
    agency: str
    description: str
    origin: str
    added_by_group_id: str | None
    focus_areas: tuple[int, ...] = ()


@dataclass(frozen=True)
class CandidateRecord:
    """A program a group considers, with its decision if any."""

    id: str
    group_id: str
    program_id: str
    title: str
    agency: str
    position: int
    is_priority: bool | None = None
    decided_by: str | None = None
    reason: str = ""
    rank: int | None = None


@dataclass(frozen=True)
class CategoryRecord:
    """One category of a set."""

    id: str
    set_id: str
    code: str
    label_id: str
    label_en: str
    position: int


@dataclass(frozen=True)
class CategorySetRecord:
    """A set of categories, in their order."""

    id: str
    key: str
    name_id: str
    name_en: str
    categories: tuple[CategoryRecord, ...] = ()


@dataclass(frozen=True)
class GoalInfo:
    """A CRF goal with its label and description in one language."""

    id: str
    dimension_id: str
    position: int
    label: str
    description: str


@dataclass(frozen=True)
class DimensionInfo:
    """A CRF dimension with its goals, labelled in one language."""

    id: str
    position: int
    label: str
    description: str
    goals: tuple[GoalInfo, ...] = ()
