"""Categorising programs, and the secretariat's view of every program across the groups."""

from __future__ import annotations

from pathlib import Path

import pytest

from jakres_desk.base.errors import NotFound, ValidationError
from jakres_desk.core.merge import duplicates as dedupe
from jakres_desk.core.merge.run import merge_files
from jakres_desk.core.services import categories, decisions, participants, programs, votes
from jakres_desk.core.services.consolidated import programs_across_groups
from jakres_desk.store.db import JakresFile
from jakres_desk.store.models import Tombstone
from tests.core.merging import (
    LAPTOP_1,
    LAPTOP_2,
    hand_in,
    laptop,
    own_group,
    set_up_master,
    write_kit,
)


def _catalogue(f: JakresFile) -> dict[str, str]:
    return {p.title: p.id for p in programs.list_programs(f)}


def test_every_workshop_has_the_jakarta_pillars(workshop: JakresFile) -> None:
    [pillars] = [s for s in categories.list_category_sets(workshop) if s.key == "jakarta-pillars"]
    assert [c.code for c in pillars.categories] == ["SIAP", "SEHAT", "TERHUBUNG"]


def test_crf_goal_set_is_made_once_with_the_same_ids_everywhere(
    make_workshop: object,
) -> None:
    a = make_workshop("a.jakres")  # type: ignore[operator]
    b = make_workshop("b.jakres")  # type: ignore[operator]
    first = categories.ensure_crf_goal_set(a)
    assert categories.ensure_crf_goal_set(a) == first
    assert [c.code for c in first.categories][:3] == ["crf.g01", "crf.g02", "crf.g03"]
    assert len(first.categories) == 12
    assert first.categories[0].label_en == "Minimal human vulnerability"
    assert categories.ensure_crf_goal_set(b) == first


def test_own_sets_and_categories(workshop: JakresFile) -> None:
    s = categories.add_category_set(workshop, name="Sumber dana", name_en="Funding")
    apbd = categories.add_category(workshop, set_id=s.id, label="APBD", code="apbd")
    categories.add_category(workshop, set_id=s.id, label="CSR")
    with pytest.raises(ValidationError) as info:
        categories.add_category(workshop, set_id=s.id, label="  apbd ")
    assert info.value.key == "duplicate_name"
    with pytest.raises(ValidationError):
        categories.add_category_set(workshop, name="sumber DANA")
    [mine] = [x for x in categories.list_category_sets(workshop) if x.id == s.id]
    assert [(c.label_id, c.code, c.position) for c in mine.categories] == [
        ("APBD", "apbd", 0),
        ("CSR", "CSR", 1),
    ]
    assert apbd.set_id == s.id


def test_tag_and_untag_in_bulk(workshop: JakresFile) -> None:
    set_up_master(workshop)
    ids = list(_catalogue(workshop).values())
    siap = next(
        c for s in categories.list_category_sets(workshop) for c in s.categories if c.code == "SIAP"
    )
    assert categories.tag(workshop, program_ids=ids, category_id=siap.id) == 4
    assert categories.tag(workshop, program_ids=ids[:2], category_id=siap.id) == 0
    assert categories.untag(workshop, program_ids=ids[:3], category_id=siap.id) == 3
    assert categories.program_categories(workshop) == {ids[3]: (siap.id,)}
    with workshop.read() as s:
        gone = s.query(Tombstone).filter(Tombstone.entity == "program_category").count()
    assert gone == 3  # untagging travels when files are merged


def test_tagging_an_unknown_program_tags_nothing(workshop: JakresFile) -> None:
    set_up_master(workshop)
    ids = list(_catalogue(workshop).values())
    cat = categories.list_category_sets(workshop)[0].categories[0]
    with pytest.raises(NotFound):
        categories.tag(workshop, program_ids=[ids[0], "tidak-ada"], category_id=cat.id)
    assert categories.program_categories(workshop) == {}


def _room(master: JakresFile, number: int, device: str, tmp_path: Path, dots: int) -> Path:
    """A room takes up Sumur Resapan (prioritised by the facilitator) and adds a park."""
    path = write_kit(master, number, tmp_path / f"kit-{number}.jakres")
    with laptop(path, device) as f:
        g = own_group(f)
        voter = participants.list_participants(f, g)[0]
        sumur = programs.add_candidate(f, group_id=g, program_id=_catalogue(f)["Sumur Resapan"])
        votes.set_dots(f, candidate_id=sumur.id, participant_id=voter.id, count=dots)
        programs.add_room_program(f, group_id=g, title=f"Taman Kota {number}")
        decisions.override(f, candidate_id=sumur.id, is_priority=True, reason="Mendesak")
        return hand_in(f, tmp_path / f"kelompok-{number}.jakres")


def test_programs_across_groups(workshop: JakresFile, tmp_path: Path) -> None:
    set_up_master(workshop)
    files = [_room(workshop, 1, LAPTOP_1, tmp_path, 2), _room(workshop, 2, LAPTOP_2, tmp_path, 1)]
    assert [line.status for line in merge_files(workshop, files)] == ["merged", "merged"]
    catalogue = _catalogue(workshop)
    dedupe.link(workshop, a=catalogue["Taman Kota 1"], b=catalogue["Taman Kota 2"])
    pillar = categories.list_category_sets(workshop)[0].categories[0]
    categories.tag(workshop, program_ids=[catalogue["Sumur Resapan"]], category_id=pillar.id)
    rows = programs_across_groups(workshop)
    assert [r.title for r in rows] == ["Sumur Resapan", "Taman Kota 1", "Taman Kota 2"]
    sumur = rows[0]
    assert sumur.priority_groups == 2 and sumur.categories == (pillar.id,)
    assert [
        (g.group_name, g.dots, g.is_priority, g.decided_by, g.reason) for g in sumur.groups
    ] == [
        ("Kelompok 1", 2, True, "facilitator", "Mendesak"),
        ("Kelompok 2", 1, True, "facilitator", "Mendesak"),
    ]
    assert sumur.agency_key == "sda"  # the alias list knows Dinas SDA (core/merge/matching.py)
    assert rows[1].linked == (catalogue["Taman Kota 2"],)
    assert rows[1].groups[0].is_priority is None  # not decided yet
    everything = programs_across_groups(workshop, include_unselected=True)
    assert len(everything) == 6
