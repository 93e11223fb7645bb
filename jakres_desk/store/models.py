"""SQLAlchemy models of a .jakres file: one workshop, or one group's kit of it.

Every user record carries a UUID primary key, created/modified times and the id
of the device that last wrote it, so files from different laptops merge without
collisions. Framework rows (CRF dimensions, goals, qualities) and stakeholder
kinds are reference data keyed by their stable ids, identical in every file.

Every foreign key whose parent a user can delete leads an index (revision 0003):
SQLite looks the children up for ON DELETE, and without one it scans the whole
child table per deleted parent. tests/store/test_fk_indexes.py lists the few
left without one (reference data, the file's one workshop) and why.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from jakres_desk.store.domain import type_checks

UUID = String(36)
STAMP = String(40)


class Base(DeclarativeBase):
    """Declarative base of every table in a .jakres file."""


class Meta(Base):
    """File-level facts: scope (whole workshop or one group's kit), creator."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Synced:
    """Columns every mergeable record carries."""

    id: Mapped[str] = mapped_column(UUID, primary_key=True)
    created_at: Mapped[str] = mapped_column(STAMP)
    modified_at: Mapped[str] = mapped_column(STAMP)
    device_id: Mapped[str] = mapped_column(UUID)


# --- reference data -------------------------------------------------------


class Framework(Base):
    """A resilience framework (the CRF), loaded from resources/."""

    __tablename__ = "framework"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[str] = mapped_column(String(32))
    name_id: Mapped[str] = mapped_column(Text)
    name_en: Mapped[str] = mapped_column(Text)


class Dimension(Base):
    """A CRF dimension (Health & Wellbeing, ...)."""

    __tablename__ = "dimension"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    framework_id: Mapped[str] = mapped_column(ForeignKey("framework.id"))
    position: Mapped[int] = mapped_column(Integer)
    label_id: Mapped[str] = mapped_column(Text)
    label_en: Mapped[str] = mapped_column(Text)
    description_id: Mapped[str] = mapped_column(Text, default="")
    description_en: Mapped[str] = mapped_column(Text, default="")


class Goal(Base):
    """A CRF goal; groups choose goals as their resilience elements."""

    __tablename__ = "goal"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    dimension_id: Mapped[str] = mapped_column(ForeignKey("dimension.id"))
    position: Mapped[int] = mapped_column(Integer)
    label_id: Mapped[str] = mapped_column(Text)
    label_en: Mapped[str] = mapped_column(Text)
    description_id: Mapped[str] = mapped_column(Text, default="")
    description_en: Mapped[str] = mapped_column(Text, default="")


class Quality(Base):
    """A CRF quality (Reflective, Robust, ...)."""

    __tablename__ = "quality"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    framework_id: Mapped[str] = mapped_column(ForeignKey("framework.id"))
    position: Mapped[int] = mapped_column(Integer)
    label_id: Mapped[str] = mapped_column(Text)
    label_en: Mapped[str] = mapped_column(Text)
    description_id: Mapped[str] = mapped_column(Text, default="")
    description_en: Mapped[str] = mapped_column(Text, default="")


class StakeholderKind(Base):
    """A kind of stakeholder in the room (local government, NGO, ...)."""

    __tablename__ = "stakeholder_kind"
    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    label_id: Mapped[str] = mapped_column(Text)
    label_en: Mapped[str] = mapped_column(Text)
    aliases: Mapped[str] = mapped_column(Text, default="[]")  # JSON list, for imports


# --- the workshop -----------------------------------------------------------


class Workshop(Synced, Base):
    """The workshop, with its voting rules (one per file)."""

    __tablename__ = "workshop"
    title: Mapped[str] = mapped_column(Text)
    date: Mapped[str] = mapped_column(String(10))
    venue: Mapped[str] = mapped_column(Text, default="")
    organiser: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    framework_id: Mapped[str] = mapped_column(ForeignKey("framework.id"))
    preset: Mapped[str] = mapped_column(String(64), default="")
    illustrative: Mapped[bool] = mapped_column(Boolean, default=False)
    dots_per_participant: Mapped[int] = mapped_column(Integer, default=5)
    max_dots_per_candidate: Mapped[int] = mapped_column(Integer, default=2)
    score_min: Mapped[int] = mapped_column(Integer, default=1)
    score_max: Mapped[int] = mapped_column(Integer, default=5)
    ranking_method: Mapped[str] = mapped_column(String(16), default="score")
    priority_rule: Mapped[str] = mapped_column(String(16), default="threshold")
    top_n: Mapped[int | None] = mapped_column(Integer, nullable=True)
    threshold: Mapped[float | None] = mapped_column(Float, nullable=True)
    # Revision 0008: the stage in a series (free text: preliminary, final…) and the
    # language the workshop's record is written in (id, en).
    stage: Mapped[str] = mapped_column(Text, default="")
    record_language: Mapped[str] = mapped_column(String(2), default="id")


class FocusArea(Synced, Base):
    """A focus area (fokus utama); one breakout group works on each."""

    __tablename__ = "focus_area"
    __table_args__ = (UniqueConstraint("workshop_id", "number"),)
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    title_id: Mapped[str] = mapped_column(Text)
    title_en: Mapped[str] = mapped_column(Text, default="")
    short_id: Mapped[str] = mapped_column(Text, default="")
    short_en: Mapped[str] = mapped_column(Text, default="")
    suggested_criteria: Mapped[str] = mapped_column(Text, default="[]")  # JSON list
    # Revision 0008: what the focus area is about, for its group (both languages).
    description_id: Mapped[str] = mapped_column(Text, default="")
    description_en: Mapped[str] = mapped_column(Text, default="")


class FocusAreaGoal(Synced, Base):
    """A CRF goal suggested for a focus area."""

    __tablename__ = "focus_area_goal"
    __table_args__ = (UniqueConstraint("focus_area_id", "goal_id"),)
    focus_area_id: Mapped[str] = mapped_column(ForeignKey("focus_area.id", ondelete="CASCADE"))
    goal_id: Mapped[str] = mapped_column(ForeignKey("goal.id"))
    position: Mapped[int] = mapped_column(Integer, default=0)


class Group(Synced, Base):
    """A breakout group (kelompok) working on one focus area."""

    __tablename__ = "breakout_group"
    __table_args__ = (UniqueConstraint("workshop_id", "name"),)
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    focus_area_id: Mapped[str | None] = mapped_column(
        ForeignKey("focus_area.id", ondelete="SET NULL"), nullable=True, index=True
    )
    name: Mapped[str] = mapped_column(Text)
    facilitator: Mapped[str] = mapped_column(Text, default="")
    room: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    rationale: Mapped[str] = mapped_column(Text, default="")
    criteria_locked: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # Revision 0005: when the group closed its voting (NULL: open), and every close and
    # reopen as a JSON list of {"event", "at", "device", "by"} (core/services/voting.py).
    voting_closed_at: Mapped[str | None] = mapped_column(STAMP, nullable=True)
    voting_log: Mapped[str] = mapped_column(Text, default="[]")


class Participant(Synced, Base):
    """A person in the workshop, on a group's roster or walked in."""

    __tablename__ = "participant"
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    group_id: Mapped[str | None] = mapped_column(
        ForeignKey("breakout_group.id", ondelete="SET NULL"), nullable=True, index=True
    )
    name: Mapped[str] = mapped_column(Text)
    organisation: Mapped[str] = mapped_column(Text, default="")
    stakeholder_kind: Mapped[str | None] = mapped_column(
        ForeignKey("stakeholder_kind.code"), nullable=True
    )
    role: Mapped[str] = mapped_column(Text, default="")
    present: Mapped[bool] = mapped_column(Boolean, default=False)
    walk_in: Mapped[bool] = mapped_column(Boolean, default=False)


class Element(Synced, Base):
    """A city-resilience element a group chose: a CRF goal or its own."""

    __tablename__ = "element"
    __table_args__ = (
        CheckConstraint("goal_id IS NOT NULL OR custom_title IS NOT NULL", name="goal_or_custom"),
    )
    group_id: Mapped[str] = mapped_column(
        ForeignKey("breakout_group.id", ondelete="CASCADE"), index=True
    )
    goal_id: Mapped[str | None] = mapped_column(ForeignKey("goal.id"), nullable=True)
    custom_title: Mapped[str | None] = mapped_column(Text, nullable=True)
    rationale: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class Target(Synced, Base):
    """A target (target pencapaian) set for an element."""

    __tablename__ = "target"
    element_id: Mapped[str] = mapped_column(
        ForeignKey("element.id", ondelete="CASCADE"), index=True
    )
    statement: Mapped[str] = mapped_column(Text)
    indicator: Mapped[str] = mapped_column(Text, default="")
    baseline: Mapped[str] = mapped_column(Text, default="")
    target_value: Mapped[str] = mapped_column(Text, default="")
    target_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    responsible_agency: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class Criterion(Synced, Base):
    """A criterion a group agreed for selecting existing programs."""

    __tablename__ = "criterion"
    group_id: Mapped[str] = mapped_column(
        ForeignKey("breakout_group.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    source: Mapped[str] = mapped_column(String(16), default="room")  # room | suggested | reported
    position: Mapped[int] = mapped_column(Integer, default=0)


class Program(Synced, Base):
    """An existing program, from the catalogue or added in a room."""

    __tablename__ = "program"
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(Text)
    agency: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    origin: Mapped[str] = mapped_column(String(16), default="catalogue")  # catalogue | room
    added_by_group_id: Mapped[str | None] = mapped_column(
        ForeignKey("breakout_group.id", ondelete="SET NULL"), nullable=True, index=True
    )


class ProgramFocusArea(Synced, Base):
    """A focus area a program belongs to."""

    __tablename__ = "program_focus_area"
    __table_args__ = (UniqueConstraint("program_id", "focus_area_id"),)
    # Looked up through the UNIQUE constraint's index (revision 0007 dropped its own).
    program_id: Mapped[str] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"))
    focus_area_id: Mapped[str] = mapped_column(
        ForeignKey("focus_area.id", ondelete="CASCADE"), index=True
    )


class Candidate(Synced, Base):
    """A program a group considers for priority."""

    __tablename__ = "candidate"
    __table_args__ = (UniqueConstraint("group_id", "program_id"),)
    # Looked up through the UNIQUE constraint's index (revision 0007 dropped its own).
    group_id: Mapped[str] = mapped_column(ForeignKey("breakout_group.id", ondelete="CASCADE"))
    # Indexed since revision 0002: consolidation looks candidates up by program.
    program_id: Mapped[str] = mapped_column(
        ForeignKey("program.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)


class DotVote(Synced, Base):
    """Dots one participant put on one candidate."""

    __tablename__ = "dot_vote"
    __table_args__ = (
        UniqueConstraint("candidate_id", "participant_id"),
        CheckConstraint("count >= 0", name="count_not_negative"),
    )
    # Looked up through the UNIQUE constraint's index (revision 0007 dropped its own).
    candidate_id: Mapped[str] = mapped_column(ForeignKey("candidate.id", ondelete="CASCADE"))
    participant_id: Mapped[str] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    count: Mapped[int] = mapped_column(Integer)


class Score(Synced, Base):
    """A candidate's value on one criterion: by consensus (no participant) or one person's."""

    __tablename__ = "score"
    __table_args__ = (
        UniqueConstraint("candidate_id", "criterion_id", "participant_id"),
        Index(
            "uq_score_consensus",
            "candidate_id",
            "criterion_id",
            unique=True,
            sqlite_where=text("participant_id IS NULL"),
        ),
    )
    # Looked up through the UNIQUE constraint's index (revision 0007 dropped its own).
    candidate_id: Mapped[str] = mapped_column(ForeignKey("candidate.id", ondelete="CASCADE"))
    criterion_id: Mapped[str] = mapped_column(
        ForeignKey("criterion.id", ondelete="CASCADE"), index=True
    )
    participant_id: Mapped[str | None] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), nullable=True, index=True
    )
    value: Mapped[float] = mapped_column(Float)


class Decision(Synced, Base):
    """Whether a candidate is a priority program, and who decided."""

    __tablename__ = "decision"
    candidate_id: Mapped[str] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), unique=True
    )
    is_priority: Mapped[bool] = mapped_column(Boolean)
    rank: Mapped[int | None] = mapped_column(Integer, nullable=True)
    decided_by: Mapped[str] = mapped_column(String(16))  # rule | facilitator
    reason: Mapped[str] = mapped_column(Text, default="")


class CategorySet(Synced, Base):
    """A set of categories for consolidation (Jakarta pillars, or the user's own)."""

    __tablename__ = "category_set"
    key: Mapped[str] = mapped_column(String(64), default="")
    name_id: Mapped[str] = mapped_column(Text)
    name_en: Mapped[str] = mapped_column(Text, default="")


class Category(Synced, Base):
    """One category of a set (e.g. Jakarta SIAP)."""

    __tablename__ = "category"
    set_id: Mapped[str] = mapped_column(
        ForeignKey("category_set.id", ondelete="CASCADE"), index=True
    )
    code: Mapped[str] = mapped_column(String(64))
    label_id: Mapped[str] = mapped_column(Text)
    label_en: Mapped[str] = mapped_column(Text, default="")
    description_id: Mapped[str] = mapped_column(Text, default="")
    description_en: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class ProgramCategory(Synced, Base):
    """A category given to a program by the secretariat."""

    __tablename__ = "program_category"
    __table_args__ = (UniqueConstraint("program_id", "category_id"),)
    program_id: Mapped[str] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"))
    category_id: Mapped[str] = mapped_column(
        ForeignKey("category.id", ondelete="CASCADE"), index=True
    )


class ProgramLink(Synced, Base):
    """Two programs the secretariat confirmed are the same one, entered by different groups.

    Both programs stay as they are (with their groups' votes): the link only joins
    them in the consolidated view, and unlinking deletes it (a tombstone travels).
    """

    __tablename__ = "program_link"
    __table_args__ = (
        UniqueConstraint("program_a", "program_b"),
        CheckConstraint("program_a < program_b", name="link_ordered"),
    )
    program_a: Mapped[str] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"))
    program_b: Mapped[str] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"), index=True)
    note: Mapped[str] = mapped_column(Text, default="")


class ImportLog(Base):
    """One line per group file merged into the master: what it brought and what happened.

    Kept only in the master and never merged from another file, so it is not synced.
    """

    __tablename__ = "import_log"
    id: Mapped[str] = mapped_column(UUID, primary_key=True)
    imported_at: Mapped[str] = mapped_column(STAMP)
    source_name: Mapped[str] = mapped_column(Text)
    source_sha256: Mapped[str] = mapped_column(String(64))
    group_id: Mapped[str | None] = mapped_column(UUID, nullable=True)  # no FK: outlives the group
    group_name: Mapped[str] = mapped_column(Text, default="")
    device_id: Mapped[str] = mapped_column(String(36), default="")
    captured_at: Mapped[str] = mapped_column(STAMP, default="")
    status: Mapped[str] = mapped_column(String(16))  # merged | unchanged | refused
    added: Mapped[int] = mapped_column(Integer, default=0)
    replaced: Mapped[int] = mapped_column(Integer, default=0)
    kept: Mapped[int] = mapped_column(Integer, default=0)
    deleted: Mapped[int] = mapped_column(Integer, default=0)
    refused: Mapped[int] = mapped_column(Integer, default=0)
    conflicts: Mapped[str] = mapped_column(Text, default="[]")  # JSON list
    message: Mapped[str] = mapped_column(Text, default="")
    # Records a group's file may not change (another group's, the catalogue): JSON list.
    refusals: Mapped[str] = mapped_column(Text, default="[]")  # since revision 0004


class Tombstone(Base):
    """A deleted record, kept so the deletion travels when files are merged."""

    __tablename__ = "tombstone"
    id: Mapped[str] = mapped_column(UUID, primary_key=True)
    entity: Mapped[str] = mapped_column(String(64))
    deleted_at: Mapped[str] = mapped_column(STAMP)
    device_id: Mapped[str] = mapped_column(UUID)


SYNCED_TABLES: tuple[type[Synced], ...] = (
    Workshop,
    FocusArea,
    FocusAreaGoal,
    Group,
    Participant,
    Element,
    Target,
    Criterion,
    Program,
    ProgramFocusArea,
    Candidate,
    DotVote,
    Score,
    Decision,
    CategorySet,
    Category,
    ProgramCategory,
    ProgramLink,
)


# Revision 0004: every column refuses a value of the wrong type (store/domain.py).
for _table in Base.metadata.tables.values():
    for _name, _sql in type_checks(_table).items():
        _table.append_constraint(CheckConstraint(_sql, name=_name))
