"""Activity 3a: the catalogue of existing programs and a group's candidates."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jakres_desk.base.errors import RuleViolation, ValidationError
from jakres_desk.core.records import CandidateRecord, ProgramRecord
from jakres_desk.core.rules.limits import ORIGINS as ORIGINS
from jakres_desk.core.services.common import (
    TEXT_MAX,
    get,
    next_position,
    reading,
    record,
    same_name,
    text,
)
from jakres_desk.core.services.common import workshop as the_workshop
from jakres_desk.core.services.voting import refuse_if_closed
from jakres_desk.store.db import JakresFile
from jakres_desk.store.models import (
    Candidate,
    Decision,
    DotVote,
    FocusArea,
    Group,
    Program,
    ProgramFocusArea,
    Score,
)
from jakres_desk.store.stamps import new_id


def _focus_ids(s: Session, numbers: Iterable[int]) -> list[str]:
    by_number = {fa.number: fa.id for fa in s.scalars(select(FocusArea))}
    ids = []
    for n in numbers:
        if n not in by_number:
            raise ValidationError("unknown_focus_area", field="focus_areas", value=n)
        ids.append(by_number[n])
    return ids


def find_duplicate(s: Session, title: str, agency: str) -> Program | None:
    """A program already in the file with the same title and agency."""
    for p in s.scalars(select(Program)):
        if same_name(p.title, title) and same_name(p.agency, agency):
            return p
    return None


def add_program(
    f: JakresFile,
    *,
    title: str,
    agency: str = "",
    description: str = "",
    focus_areas: Iterable[int] = (),
    origin: str = "catalogue",
    group_id: str | None = None,
) -> ProgramRecord:
    """A program for the catalogue, or one a group adds in its room."""
    title = text(title, "title", required=True)
    agency = text(agency, "agency")
    if origin not in ORIGINS:
        raise ValidationError("bad_choice", field="origin", value=origin, known=", ".join(ORIGINS))
    with f.write() as s:
        if find_duplicate(s, title, agency) is not None:
            raise ValidationError("duplicate_program", field="title", value=title, agency=agency)
        if group_id is not None:
            get(s, Group, group_id, "group")
        p = _insert_program(s, title, agency, description, focus_areas, origin, group_id)
        return _program(s, p)


def _insert_program(
    s: Session,
    title: str,
    agency: str,
    description: str,
    focus_areas: Iterable[int],
    origin: str,
    group_id: str | None,
) -> Program:
    p = Program(
        id=new_id(),
        workshop_id=the_workshop(s).id,
        title=title,
        agency=agency,
        description=text(description, "description", limit=TEXT_MAX),
        origin=origin,
        added_by_group_id=group_id,
    )
    s.add(p)
    for fa_id in _focus_ids(s, focus_areas):
        s.add(ProgramFocusArea(id=new_id(), program_id=p.id, focus_area_id=fa_id))
    s.flush()
    return p


def _program(s: Session, p: Program) -> ProgramRecord:
    numbers = s.scalars(
        select(FocusArea.number)
        .join(ProgramFocusArea, ProgramFocusArea.focus_area_id == FocusArea.id)
        .where(ProgramFocusArea.program_id == p.id)
        .order_by(FocusArea.number)
    )
    return record(ProgramRecord, p, focus_areas=tuple(numbers))


# The step-3 lists are read with one SQL query each, not through ORM objects: a
# room's 500 programs and candidates cost 100+ ms each as ORM rows, a few ms so.
# tests/core/test_program_lists.py holds them to the ORM queries they replaced.
PROGRAMS_SQL = (
    "SELECT id, title, agency, description, origin, added_by_group_id FROM program"
    " ORDER BY title, id"
)
PROGRAM_AREAS_SQL = (
    "SELECT pf.program_id, fa.number FROM program_focus_area pf"
    " JOIN focus_area fa ON pf.focus_area_id = fa.id"
)
CANDIDATES_SQL = (
    "SELECT c.id, c.group_id, p.id, p.title, p.agency, c.position,"
    " d.is_priority, d.decided_by, d.reason, d.rank"
    " FROM candidate c JOIN program p ON c.program_id = p.id"
    " LEFT JOIN decision d ON d.candidate_id = c.id"
    " WHERE c.group_id = ? ORDER BY c.position, c.id"
)


def list_programs(f: JakresFile) -> list[ProgramRecord]:
    """Every program in the file, by title."""
    with reading(f) as con:  # sqlite3's rows, not SQLAlchemy's (a row each: 4 ms at 500)
        links: dict[str, list[int]] = {}
        for pid, num in con.execute(PROGRAM_AREAS_SQL).fetchall():
            links.setdefault(pid, []).append(num)
        rows = con.execute(PROGRAMS_SQL).fetchall()
    return [
        ProgramRecord(
            pid, title, agency, description, origin, by, tuple(sorted(links.get(pid, ())))
        )
        for pid, title, agency, description, origin, by in rows
    ]


def search_programs(
    f: JakresFile, query: str, *, focus_area: int | None = None, limit: int = 50
) -> list[ProgramRecord]:
    """Programs whose title or agency contain every word typed, optionally in one focus area."""
    words = query.casefold().split()
    hits = []
    for p in list_programs(f):
        if focus_area is not None and focus_area not in p.focus_areas:
            continue
        hay = f"{p.title} {p.agency}".casefold()
        if all(w in hay for w in words):
            hits.append(p)
            if len(hits) >= limit:
                break
    return hits


def add_candidate(f: JakresFile, *, group_id: str, program_id: str) -> CandidateRecord:
    """Put a program on a group's list of candidates."""
    with f.write() as s:
        get(s, Group, group_id, "group")
        p = get(s, Program, program_id, "program")
        taken = s.scalar(
            select(Candidate.id).where(
                Candidate.group_id == group_id, Candidate.program_id == program_id
            )
        )
        if taken is not None:
            raise ValidationError("already_candidate", field="program", value=p.title)
        c = Candidate(
            id=new_id(),
            group_id=group_id,
            program_id=program_id,
            position=next_position(s, Candidate.position, Candidate.group_id == group_id),
        )
        s.add(c)
        s.flush()
        return CandidateRecord(c.id, group_id, p.id, p.title, p.agency, c.position)


def add_room_program(
    f: JakresFile, *, group_id: str, title: str, agency: str = "", description: str = ""
) -> CandidateRecord:
    """A program the room names that is not in the catalogue, made a candidate at once."""
    title = text(title, "title", required=True)
    agency = text(agency, "agency")
    with f.write() as s:
        g = get(s, Group, group_id, "group")
        if find_duplicate(s, title, agency) is not None:
            raise ValidationError("duplicate_program", field="title", value=title, agency=agency)
        numbers = [
            fa.number for fa in s.scalars(select(FocusArea).where(FocusArea.id == g.focus_area_id))
        ]
        p = _insert_program(s, title, agency, description, numbers, "room", group_id)
        c = Candidate(
            id=new_id(),
            group_id=group_id,
            program_id=p.id,
            position=next_position(s, Candidate.position, Candidate.group_id == group_id),
        )
        s.add(c)
        s.flush()
        return CandidateRecord(c.id, group_id, p.id, p.title, p.agency, c.position)


def remove_candidate(f: JakresFile, candidate_id: str) -> None:
    """Take a program off the list, with its dots, scores and decision.

    A program the room itself added (used by no other group) goes too: it was
    only ever this room's. Refused while the group's voting is closed and the
    program has dots or scores.
    """
    with f.write() as s:
        c = get(s, Candidate, candidate_id, "candidate")
        dots, scores, _decided = _taken(s, c.id)
        if dots or scores:
            refuse_if_closed(s, c.group_id)
        for model in (DotVote, Score, Decision):
            for row in s.scalars(select(model).where(model.candidate_id == c.id)):
                s.delete(row)
        s.flush()  # children first: the unit of work does not know the order
        s.delete(c)
        s.flush()
        p = s.get(Program, c.program_id)
        if p is not None and p.origin == "room" and p.added_by_group_id == c.group_id:
            others = s.scalar(select(func.count(Candidate.id)).where(Candidate.program_id == p.id))
            if not others:
                s.delete(p)


def _taken(s: Session, candidate_id: str) -> tuple[int, int, bool]:
    dots = s.scalar(
        select(func.coalesce(func.sum(DotVote.count), 0)).where(
            DotVote.candidate_id == candidate_id
        )
    )
    scores = s.scalar(select(func.count(Score.id)).where(Score.candidate_id == candidate_id))
    decided = s.scalar(select(Decision.id).where(Decision.candidate_id == candidate_id))
    return int(dots or 0), int(scores or 0), decided is not None


def what_removal_takes(f: JakresFile, candidate_id: str) -> tuple[int, int, bool]:
    """(dots, scores, whether decided) of a candidate: what taking it off the list takes."""
    with f.read() as s:
        return _taken(s, candidate_id)


def update_room_program(
    f: JakresFile,
    program_id: str,
    *,
    group_id: str,
    title: str | None = None,
    agency: str | None = None,
    description: str | None = None,
) -> ProgramRecord:
    """Correct a program the room added itself (a catalogue program is the secretariat's)."""
    with f.write() as s:
        p = get(s, Program, program_id, "program")
        if p.origin != "room" or p.added_by_group_id != group_id:
            raise RuleViolation("not_room_program", where=p.title)
        new_title = p.title if title is None else text(title, "title", required=True)
        new_agency = p.agency if agency is None else text(agency, "agency")
        same = find_duplicate(s, new_title, new_agency)
        if same is not None and same.id != p.id:
            raise ValidationError(
                "duplicate_program", field="title", value=new_title, agency=new_agency
            )
        p.title, p.agency = new_title, new_agency
        if description is not None:
            p.description = text(description, "description", limit=TEXT_MAX)
        s.flush()
        return _program(s, p)


def list_candidates(f: JakresFile, group_id: str) -> list[CandidateRecord]:
    """A group's candidates in the order they were added, with decisions."""
    with reading(f) as con:
        rows = con.execute(CANDIDATES_SQL, (group_id,)).fetchall()
    return [
        CandidateRecord(
            cid,
            gid,
            pid,
            title,
            agency,
            position,
            None if priority is None else bool(priority),
            decided_by,
            "" if reason is None else reason,
            rank,
        )
        for cid, gid, pid, title, agency, position, priority, decided_by, reason, rank in rows
    ]


# --- the setup desk: editing the catalogue ------------------------------------------


def update_program(
    f: JakresFile,
    program_id: str,
    *,
    title: str | None = None,
    agency: str | None = None,
    description: str | None = None,
    focus_areas: Iterable[int] | None = None,
) -> ProgramRecord:
    """Correct a program of the catalogue: its title, agency, description, focus areas."""
    with f.write() as s:
        p = get(s, Program, program_id, "program")
        new_title = p.title if title is None else text(title, "title", required=True)
        new_agency = p.agency if agency is None else text(agency, "agency")
        same = find_duplicate(s, new_title, new_agency)
        if same is not None and same.id != p.id:
            raise ValidationError(
                "duplicate_program", field="title", value=new_title, agency=new_agency
            )
        p.title, p.agency = new_title, new_agency
        if description is not None:
            p.description = text(description, "description", limit=TEXT_MAX)
        if focus_areas is not None:
            _relink(s, p, _focus_ids(s, focus_areas))
        s.flush()
        return _program(s, p)


def _relink(s: Session, p: Program, focus_ids: list[str]) -> None:
    links = s.scalars(select(ProgramFocusArea).where(ProgramFocusArea.program_id == p.id))
    have = set()
    for link in links:
        if link.focus_area_id in focus_ids:
            have.add(link.focus_area_id)
        else:
            s.delete(link)
    for fa_id in dict.fromkeys(focus_ids):
        if fa_id not in have:
            s.add(ProgramFocusArea(id=new_id(), program_id=p.id, focus_area_id=fa_id))


def program_impact(f: JakresFile, program_ids: list[str]) -> list[str]:
    """The groups whose candidates these programs are: what removing them takes."""
    with f.read() as s:
        names = s.scalars(
            select(Group.name)
            .join(Candidate, Candidate.group_id == Group.id)
            .where(Candidate.program_id.in_(program_ids))
            .order_by(Group.position, Group.name)
        )
        return list(names)


def remove_programs(f: JakresFile, program_ids: list[str]) -> int:
    """Remove programs from the catalogue, with their candidates (dots, scores, decisions)
    and their focus areas, categories and links, in one write; how many."""
    from jakres_desk.store.models import ProgramCategory, ProgramLink

    if not program_ids:
        raise ValidationError("programs_none", field="program")
    with f.write() as s:
        found = [get(s, Program, pid, "program") for pid in program_ids]
        candidates = select(Candidate.id).where(Candidate.program_id.in_(program_ids))
        # Children first, each as a record: its deletion travels at the next merge.
        for model in (DotVote, Score, Decision):
            for row in s.scalars(select(model).where(model.candidate_id.in_(candidates))):
                s.delete(row)
        s.flush()
        for child in (
            select(Candidate).where(Candidate.program_id.in_(program_ids)),
            select(ProgramFocusArea).where(ProgramFocusArea.program_id.in_(program_ids)),
            select(ProgramCategory).where(ProgramCategory.program_id.in_(program_ids)),
            select(ProgramLink).where(
                ProgramLink.program_a.in_(program_ids) | ProgramLink.program_b.in_(program_ids)
            ),
        ):
            for row in s.scalars(child):
                s.delete(row)
        s.flush()
        for p in found:
            s.delete(p)
        return len(found)
