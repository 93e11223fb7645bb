"""Facilitator kits: one group's file, holding its roster and the whole catalogue."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from jakres_desk.base.errors import FileProblem, NotFound, ValidationError
from jakres_desk.core.exchange.kit import kit_names, write_all_kits, write_kit
from jakres_desk.core.records import GroupRecord
from jakres_desk.core.services import (
    criteria,
    decisions,
    elements,
    groups,
    participants,
    programs,
    summary,
    votes,
    workshops,
)
from jakres_desk.store.db import JakresFile, open_file
from tests.conftest import DEVICE

CATALOGUE = ("Sumur Resapan", "Kampung Siaga Bencana", "Transjakarta Terintegrasi")


@pytest.fixture
def busy(workshop: JakresFile) -> JakresFile:
    """Groups 1 and 2 mid-way: rosters, elements, criteria, candidates, dots, decisions."""
    for n, title in enumerate(CATALOGUE, start=1):
        programs.add_program(workshop, title=title, agency="BPBD", focus_areas=[n])
    participants.add_participant(workshop, name="Tamu Belum Dibagi")  # no group yet
    fas = {fa.id: fa for fa in workshops.focus_areas(workshop)}
    for g in groups.list_groups(workshop)[:2]:
        _work_in_room(workshop, g, fas[g.focus_area_id or ""].goal_ids[0])
    return workshop


def _work_in_room(f: JakresFile, g: GroupRecord, goal: str) -> None:
    people = [
        participants.add_participant(f, name=f"{who} {g.name}", group_id=g.id, present=True)
        for who in ("Ani", "Budi")
    ]
    e = elements.add_element(f, group_id=g.id, goal_id=goal)
    elements.add_target(f, element_id=e.id, statement=f"Target {g.name}", target_year=2022)
    crit = criteria.add_criterion(f, group_id=g.id, name=f"Dampak {g.name}")
    groups.set_criteria_locked(f, group_id=g.id, locked=True)
    first = programs.list_programs(f)[0]
    cands = [
        programs.add_candidate(f, group_id=g.id, program_id=first.id),
        programs.add_room_program(f, group_id=g.id, title=f"Usulan Ruang {g.name}"),
    ]
    for c in cands:
        votes.set_dots(f, candidate_id=c.id, participant_id=people[0].id, count=1)
        votes.set_score(f, candidate_id=c.id, criterion_id=crit.id, value=4)
    decisions.apply_rule(f, group_id=g.id)


def _kit(path: Path) -> tuple[dict, dict[str, str]]:
    with open_file(path, device_id=DEVICE) as k:
        return summary.describe(k), workshops.meta(k)


def test_kit_holds_one_group_its_roster_and_the_catalogue(busy: JakresFile, tmp_path: Path) -> None:
    g1, g2 = groups.list_groups(busy)[:2]
    info = write_kit(busy, tmp_path / "kelompok-1.jakres", group_id=g1.id)
    with open_file(info.path, device_id=DEVICE) as kit:
        assert [g.name for g in groups.list_groups(kit)] == ["Kelompok 1"]
        assert [p.name for p in participants.list_participants(kit)] == [
            "Ani Kelompok 1",
            "Budi Kelompok 1",
        ]
        assert [p.title for p in programs.list_programs(kit)] == sorted(
            [*CATALOGUE, "Usulan Ruang Kelompok 1"]
        )
        assert programs.list_candidates(kit, g1.id) == programs.list_candidates(busy, g1.id)
        assert programs.list_candidates(kit, g2.id) == []
        assert len(elements.list_elements(kit, g1.id)) == 1
        assert [c.name for c in criteria.list_criteria(kit, g1.id)] == ["Dampak Kelompok 1"]
        assert votes.ranking(kit, g1.id) == votes.ranking(busy, g1.id)
        assert len(workshops.focus_areas(kit)) == 5
        assert workshops.get_workshop(kit) == workshops.get_workshop(busy)
        meta = workshops.meta(kit)
    assert meta["scope"] == "group" and meta["group_id"] == g1.id
    assert meta["kit_of_workshop"] == workshops.get_workshop(busy).id
    assert meta["kit_written_at"]
    assert info.counts["breakout_group"] == 1 and info.counts["tombstone"] == 0
    assert info.counts["candidate"] == 2 and info.counts["decision"] == 2
    # Other rooms' people and proposals are gone from the bytes, not merely unlinked.
    data = info.path.read_bytes()
    for gone in (b"Kelompok 2", b"Tamu Belum Dibagi"):
        assert gone not in data


def test_the_workshop_file_is_untouched(busy: JakresFile, tmp_path: Path) -> None:
    before = summary.describe(busy)
    write_kit(busy, tmp_path / "k.jakres", group_id=groups.list_groups(busy)[1].id)
    assert summary.describe(busy) == before
    assert len(participants.list_participants(busy)) == 5
    with busy.engine.connect() as c:
        assert c.exec_driver_sql("SELECT count(*) FROM tombstone").scalar() == 0


def test_a_room_program_taken_up_by_another_group_travels(busy: JakresFile, tmp_path: Path) -> None:
    g1, g2, g3 = groups.list_groups(busy)[:3]
    theirs = next(p for p in programs.list_programs(busy) if p.title == "Usulan Ruang Kelompok 2")
    programs.add_candidate(busy, group_id=g3.id, program_id=theirs.id)
    info = write_kit(busy, tmp_path / "k3.jakres", group_id=g3.id)
    with open_file(info.path, device_id=DEVICE) as kit:
        assert [c.title for c in programs.list_candidates(kit, g3.id)] == [
            "Usulan Ruang Kelompok 2"
        ]
        assert "Usulan Ruang Kelompok 1" not in {p.title for p in programs.list_programs(kit)}


def test_unknown_group_is_refused_with_the_known_names(busy: JakresFile, tmp_path: Path) -> None:
    with pytest.raises(NotFound) as e:
        write_kit(busy, tmp_path / "k.jakres", group_id="no-such-group")
    assert "Kelompok 1, Kelompok 2, Kelompok 3, Kelompok 4, Kelompok 5" in str(e.value)
    assert list(tmp_path.glob("k.jakres*")) == []


def test_a_kit_cannot_make_kits(busy: JakresFile, tmp_path: Path) -> None:
    g1 = groups.list_groups(busy)[0]
    info = write_kit(busy, tmp_path / "k.jakres", group_id=g1.id)
    with open_file(info.path, device_id=DEVICE) as kit:
        with pytest.raises(ValidationError) as e:
            write_kit(kit, tmp_path / "again.jakres", group_id=g1.id)
        assert "already one group's kit" in str(e.value)
        with pytest.raises(ValidationError):
            write_all_kits(kit, tmp_path / "all")
    assert not (tmp_path / "again.jakres").exists() and not (tmp_path / "all").exists()


def test_all_kits_one_distinct_sound_file_per_group(busy: JakresFile, tmp_path: Path) -> None:
    folder = tmp_path / "kits" / "2018-09-26"  # made, parents too
    infos = write_all_kits(busy, folder)
    assert sorted(p.name for p in folder.iterdir()) == [f"kelompok-{i}.jakres" for i in range(1, 6)]
    assert len({i.sha256 for i in infos}) == 5
    for info, g in zip(infos, groups.list_groups(busy), strict=True):
        with sqlite3.connect(info.path) as con:
            assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        described, meta = _kit(info.path)
        assert [x["name"] for x in described["groups"]] == [g.name]
        assert described["scope"] == "group" and meta["group_id"] == g.id
        assert described["programs"] == len(CATALOGUE) + (1 if g.position < 2 else 0)


def test_all_kits_refused_whole_when_one_exists(busy: JakresFile, tmp_path: Path) -> None:
    (tmp_path / "kelompok-3.jakres").write_text("mine")
    with pytest.raises(FileProblem) as e:
        write_all_kits(busy, tmp_path)
    assert e.value.key == "file_exists" and "kelompok-3.jakres" in str(e.value)
    assert [p.name for p in tmp_path.glob("kelompok-*")] == ["kelompok-3.jakres"]
    assert (tmp_path / "kelompok-3.jakres").read_text() == "mine"
    assert list(tmp_path.glob(".*")) == []  # no temporary files either


def test_kit_names_are_ascii_safe_and_distinct() -> None:
    def g(name: str) -> GroupRecord:
        return GroupRecord("id", name, None, "", "", "", "", False, 0)

    names = kit_names(
        [
            g("Kelompok 1"),
            g("kelompok  1"),
            g("Tata Kelola & Ekonomi"),
            g("Kohesi Sosial — Ümat"),
            g("東京"),
            g("CON"),
        ]
    )
    assert names == [
        "kelompok-1.jakres",
        "kelompok-1-2.jakres",
        "tata-kelola-ekonomi.jakres",
        "kohesi-sosial-umat.jakres",
        "kelompok-5.jakres",
        "con-kit.jakres",
    ]
