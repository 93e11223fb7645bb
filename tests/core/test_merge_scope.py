"""A group's file changes only its own group's records; every row it may not change is logged."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from jakres_desk.core.merge import log as importlog
from jakres_desk.core.merge.run import merge_file
from jakres_desk.core.services import grids, groups, participants, programs, votes
from jakres_desk.store.db import JakresFile
from tests.core.merging import (
    LAPTOP_1,
    group,
    hand_in,
    laptop,
    own_group,
    set_up_master,
    write_kit,
)

LATER = "2999-01-01T00:00:00.000000+00:00"


@pytest.fixture
def master(workshop: JakresFile) -> JakresFile:
    set_up_master(workshop)
    return workshop


def person(f: JakresFile, name: str) -> str:
    return next(p.id for p in participants.list_participants(f) if p.name == name)


def program(f: JakresFile, title: str) -> str:
    return next(p.id for p in programs.list_programs(f) if p.title == title)


def roster(f: JakresFile, number: int) -> list[str]:
    return sorted(p.name for p in participants.list_participants(f, group(f, number)))


def sql(path: Path, *statements: tuple[str, tuple[object, ...]]) -> None:
    """Change a handed-in file by hand, as a hostile or broken tool would."""
    con = sqlite3.connect(path)
    for statement, params in statements:
        con.execute(statement, params)
    con.commit()
    con.close()


def test_a_participant_the_secretariat_moved_stays_moved(
    master: JakresFile, tmp_path: Path
) -> None:
    path = write_kit(master, 1, tmp_path / "kit-1.jakres")
    ani = person(master, "Ani Kelompok 1")
    participants.update_participant(master, ani, group_id=group(master, 2))
    with laptop(path, LAPTOP_1) as f:
        participants.update_participant(f, ani, organisation="Bappeda")  # the room edits her
        room = hand_in(f, tmp_path / "kelompok-1.jakres")
    line = merge_file(master, room)
    assert "Ani Kelompok 1" in roster(master, 2) and "Ani Kelompok 1" not in roster(master, 1)
    assert line.refused == 1 and [r["table"] for r in line.refusals] == ["participant"]
    [said] = importlog.refusal_lines(line)
    assert said.startswith(f"refused: participant {ani[:8]} (Ani Kelompok 1) belongs to Kelompok 2")
    assert importlog.read_log(master)[-1].refusals == line.refusals


def test_a_borrowed_uuid_cannot_take_another_groups_participant(
    master: JakresFile, tmp_path: Path
) -> None:
    g2 = group(master, 2)
    sumur = program(master, "Sumur Resapan")
    cand2 = programs.add_candidate(master, group_id=g2, program_id=sumur)
    ani2 = person(master, "Ani Kelompok 2")
    votes.set_dots(master, candidate_id=cand2.id, participant_id=ani2, count=2)
    before = (roster(master, 2), grids.dot_grid(master, g2))
    path = write_kit(master, 1, tmp_path / "kit-1.jakres")
    with laptop(path, LAPTOP_1) as f:
        g1 = own_group(f)
        cand1 = programs.add_candidate(f, group_id=g1, program_id=sumur)
        room = hand_in(f, tmp_path / "kelompok-1.jakres")
    sql(
        room,
        (
            "INSERT INTO participant (id, workshop_id, group_id, name, organisation, role,"
            " present, walk_in, created_at, modified_at, device_id)"
            " SELECT ?, workshop_id, ?, 'Penyusup', '', '', 1, 0, ?, ?, ? FROM breakout_group"
            " WHERE id = ?",
            (ani2, g1, LATER, LATER, LAPTOP_1, g1),
        ),
        (
            "INSERT INTO dot_vote VALUES (?, ?, 2, ?, ?, ?, ?)",
            (cand1.id, ani2, "dddddddd-0000-4000-8000-000000000001", LATER, LATER, LAPTOP_1),
        ),
    )
    line = merge_file(master, room)
    assert (roster(master, 2), grids.dot_grid(master, g2)) == before
    assert grids.dot_grid(master, group(master, 1)) == {}
    assert sorted(r["table"] for r in line.refusals) == ["dot_vote", "participant"]
    assert line.refused == 2
    assert all("Kelompok 2" in s for s in importlog.refusal_lines(line))


def test_a_group_cannot_rename_a_catalogue_program(master: JakresFile, tmp_path: Path) -> None:
    sumur = program(master, "Sumur Resapan")
    programs.add_candidate(master, group_id=group(master, 2), program_id=sumur)
    room = hand_in_kit(master, tmp_path)
    sql(
        room,
        ("UPDATE program SET title = 'Sumur Palsu', modified_at = ? WHERE id = ?", (LATER, sumur)),
    )
    line = merge_file(master, room)
    assert "Sumur Resapan" in {p.title for p in programs.list_programs(master)}
    assert [(r["table"], r["id"], r["reason"]) for r in line.refusals] == [
        ("program", sumur, "catalogue")
    ]
    assert "catalogue" in importlog.refusal_lines(line)[0]
    assert "katalog" in importlog.refusal_lines(line, "id")[0]


def test_a_group_cannot_rename_a_catalogue_program_no_group_uses_yet(
    master: JakresFile, tmp_path: Path
) -> None:
    # Found by the hostile suite: with no other group on it, the owner test was NULL
    # (a catalogue program has no group) and NOT NULL let the rename through.
    sumur = program(master, "Sumur Resapan")
    room = hand_in_kit(master, tmp_path)
    sql(
        room,
        ("UPDATE program SET title = 'Sumur Palsu', modified_at = ? WHERE id = ?", (LATER, sumur)),
    )
    line = merge_file(master, room)
    assert "Sumur Resapan" in {p.title for p in programs.list_programs(master)}
    assert [(r["table"], r["id"], r["reason"]) for r in line.refusals] == [
        ("program", sumur, "catalogue")
    ]


def test_a_group_cannot_take_another_groups_name(master: JakresFile, tmp_path: Path) -> None:
    room = hand_in_kit(master, tmp_path)
    g1 = group(master, 1)
    sql(
        room,
        (
            "UPDATE breakout_group SET name = 'Kelompok 2', modified_at = ? WHERE id = ?",
            (LATER, g1),
        ),
    )
    line = merge_file(master, room)
    assert [g.name for g in groups.list_groups(master)][:2] == ["Kelompok 1", "Kelompok 2"]
    assert group(master, 1) == g1
    assert [(r["table"], r["owner"]) for r in line.refusals] == [("breakout_group", "Kelompok 2")]


def test_a_group_still_edits_its_own_room_program(master: JakresFile, tmp_path: Path) -> None:
    path = write_kit(master, 1, tmp_path / "kit-1.jakres")
    with laptop(path, LAPTOP_1) as f:
        programs.add_room_program(f, group_id=own_group(f), title="Taman Kota")
        room = hand_in(f, tmp_path / "k1.jakres")
    merge_file(master, room)
    taman = program(master, "Taman Kota")
    sql(
        room,
        (
            "UPDATE program SET title = 'Taman Kota Tangguh', modified_at = ? WHERE id = ?",
            (LATER, taman),
        ),
    )
    line = merge_file(master, room)
    assert line.refusals == () and "Taman Kota Tangguh" in {
        p.title for p in programs.list_programs(master)
    }


def hand_in_kit(master: JakresFile, tmp_path: Path) -> Path:
    """Group 1's kit handed back unchanged."""
    path = write_kit(master, 1, tmp_path / "kit-1.jakres")
    with laptop(path, LAPTOP_1) as f:
        return hand_in(f, tmp_path / "kelompok-1.jakres")
