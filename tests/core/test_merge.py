"""Merging the groups' files into the master: what enters, what is logged, what is refused."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import select

from jakres_desk.base.errors import FileProblem, ValidationError
from jakres_desk.core.exchange import kit
from jakres_desk.core.merge import log as importlog
from jakres_desk.core.merge import run as merge
from jakres_desk.core.merge.run import merge_file, merge_files
from jakres_desk.core.records import ParticipantRecord
from jakres_desk.core.services import (
    criteria,
    decisions,
    groups,
    participants,
    programs,
    votes,
    workshops,
)
from jakres_desk.store.db import Change, JakresFile, open_file
from jakres_desk.store.models import Decision
from jakres_desk.store.snapshot import write_snapshot
from tests.conftest import DEVICE
from tests.core.merging import (
    LAPTOP_1,
    LAPTOP_2,
    LAPTOP_3,
    copy_of,
    data,
    group,
    hand_in,
    laptop,
    own_group,
    set_up_master,
    write_kit,
)

FIXTURE = Path(__file__).parent.parent / "fixtures" / "rev0001.jakres"


@pytest.fixture
def master(workshop: JakresFile) -> JakresFile:
    """The secretariat's file: catalogue and rosters of groups 1 and 2."""
    set_up_master(workshop)
    return workshop


def person(f: JakresFile, name: str) -> ParticipantRecord:
    """The participant with this name."""
    return next(p for p in participants.list_participants(f) if p.name == name)


def program(f: JakresFile, title: str) -> str:
    """The id of the program with this title."""
    return next(p.id for p in programs.list_programs(f) if p.title == title)


def room_work(f: JakresFile, g: str) -> None:
    """A morning in room 1: check-in, a walk-in, two candidates, dots, scores, decisions."""
    ani = person(f, "Ani Kelompok 1")
    participants.set_present(f, ani.id)
    walk_in = participants.add_participant(f, name="Rina", group_id=g, walk_in=True)
    sumur = programs.add_candidate(f, group_id=g, program_id=program(f, "Sumur Resapan"))
    taman = programs.add_room_program(f, group_id=g, title="Taman Kota Tangguh")
    impact = criteria.add_criterion(f, group_id=g, name="Dampak langsung", weight=2)
    groups.set_criteria_locked(f, group_id=g, locked=True)
    votes.set_dots(f, candidate_id=sumur.id, participant_id=ani.id, count=2)
    votes.set_dots(f, candidate_id=taman.id, participant_id=walk_in.id, count=1)
    votes.set_score(f, candidate_id=sumur.id, criterion_id=impact.id, value=5)
    votes.set_score(f, candidate_id=taman.id, criterion_id=impact.id, value=3)
    decisions.apply_rule(f, group_id=g)


@pytest.fixture
def room_1(master: JakresFile, tmp_path: Path) -> Path:
    """Group 1's kit after the morning, handed in from laptop 1."""
    path = write_kit(master, 1, tmp_path / "kit-1.jakres")
    with laptop(path, LAPTOP_1) as f:
        room_work(f, own_group(f))
        return hand_in(f, tmp_path / "kelompok-1.jakres")


def test_group_results_enter_the_master(master: JakresFile, room_1: Path) -> None:
    line = merge_file(master, room_1)
    g = group(master, 1)
    assert person(master, "Ani Kelompok 1").present
    assert person(master, "Rina").walk_in
    cands = programs.list_candidates(master, g)
    assert [(c.title, c.is_priority) for c in cands] == [
        ("Sumur Resapan", True),
        ("Taman Kota Tangguh", False),
    ]
    assert [r.score for r in votes.ranking(master, g)] == [5.0, 3.0]
    assert (line.status, line.group_name, line.group_id) == ("merged", "Kelompok 1", g)
    assert line.device_id == LAPTOP_1 and line.source_name == "kelompok-1.jakres"
    assert line.added > 0 and line.replaced == 2  # Ani checked in, criteria locked
    assert (line.kept, line.deleted, line.refused, line.conflicts) == (0, 0, 0, ())
    assert importlog.read_log(master) == [line]


def test_captured_is_the_newest_change_in_the_file(master: JakresFile, room_1: Path) -> None:
    line = merge_file(master, room_1)
    with laptop(room_1, LAPTOP_1) as f:
        newest = max(c.modified_at for c in _decisions(f))
    assert line.captured_at == newest


def _decisions(f: JakresFile) -> list[Decision]:
    with f.read() as s:
        return list(s.scalars(select(Decision)))


def test_same_file_twice_changes_nothing(master: JakresFile, room_1: Path) -> None:
    merge_file(master, room_1)
    before = data(master)
    again = merge_file(master, room_1)
    assert data(master) == before
    assert again.status == "unchanged"
    assert (again.added, again.replaced, again.deleted) == (0, 0, 0)
    assert [line.status for line in importlog.read_log(master)] == ["merged", "unchanged"]
    assert importlog.summary(again, "en").startswith(
        "kelompok-1.jakres: Kelompok 1 (device 22222222"
    )


def _later(kit_path: Path, out: Path) -> Path:
    """The afternoon on laptop 1: a candidate dropped, Ani leaves, a new candidate."""
    with laptop(kit_path, LAPTOP_1) as f:
        g = own_group(f)
        sumur = next(c for c in programs.list_candidates(f, g) if c.title == "Sumur Resapan")
        programs.remove_candidate(f, sumur.id)
        participants.set_present(f, person(f, "Ani Kelompok 1").id, False)
        programs.add_candidate(f, group_id=g, program_id=program(f, "Bank Sampah RW"))
        return hand_in(f, out)


def test_newer_file_replaces_the_groups_earlier_contribution(
    master: JakresFile, room_1: Path, tmp_path: Path
) -> None:
    afternoon = _later(tmp_path / "kit-1.jakres", tmp_path / "kelompok-1-sore.jakres")
    merge_file(master, room_1)
    line = merge_file(master, afternoon)
    g = group(master, 1)
    assert [c.title for c in programs.list_candidates(master, g)] == [
        "Taman Kota Tangguh",
        "Bank Sampah RW",
    ]
    assert not person(master, "Ani Kelompok 1").present
    assert line.status == "merged" and line.deleted >= 1 and line.replaced >= 1
    # The older file afterwards brings nothing back.
    again = merge_file(master, room_1)
    assert again.status == "unchanged" and again.kept > 0
    assert [c.title for c in programs.list_candidates(master, g)][0] == "Taman Kota Tangguh"


def test_other_groups_and_the_workshop_row_are_never_changed(
    master: JakresFile, tmp_path: Path
) -> None:
    g2 = group(master, 2)
    programs.add_candidate(master, group_id=g2, program_id=program(master, "Sumur Resapan"))
    path = write_kit(master, 1, tmp_path / "kit-1.jakres")
    with laptop(path, LAPTOP_1) as f:
        workshops.update_workshop(f, title="Judul Lain")
        g1 = own_group(f)
        programs.add_candidate(f, group_id=g1, program_id=program(f, "Sumur Resapan"))
        room = hand_in(f, tmp_path / "k1.jakres")
    # Someone removes the catalogue program from the kit by hand: group 2 uses it.
    con = sqlite3.connect(room)
    con.execute("PRAGMA foreign_keys=ON")
    sumur = program(master, "Sumur Resapan")
    con.execute("DELETE FROM program WHERE id = ?", (sumur,))
    con.execute(
        "INSERT INTO tombstone VALUES (?, 'program', '2999-01-01T00:00:00.000000+00:00', ?)",
        (sumur, LAPTOP_1),
    )
    con.commit()
    con.close()
    g2_before = programs.list_candidates(master, g2)
    line = merge_file(master, room)
    assert workshops.get_workshop(master).title == "Lokakarya Uji"
    assert programs.list_candidates(master, g2) == g2_before
    assert sumur in {p.id for p in programs.list_programs(master)}
    assert line.deleted == 0


def test_a_group_removes_focus_areas_only_of_programs_it_added(
    master: JakresFile, tmp_path: Path
) -> None:
    path = write_kit(master, 1, tmp_path / "kit-1.jakres")
    with laptop(path, LAPTOP_1) as f:
        programs.add_room_program(f, group_id=own_group(f), title="Taman Kota Tangguh")
        room = hand_in(f, tmp_path / "k1.jakres")
    merge_file(master, room)
    areas = {p.title: p.focus_areas for p in programs.list_programs(master)}
    assert areas["Taman Kota Tangguh"] and areas["Sumur Resapan"] == (3,)
    # By hand in the file: its own program and a catalogue program lose their focus areas.
    con = sqlite3.connect(room)
    links = con.execute(
        "SELECT l.id FROM program_focus_area AS l JOIN program AS p ON p.id = l.program_id"
        " WHERE p.title IN ('Taman Kota Tangguh', 'Sumur Resapan')"
    ).fetchall()
    for (link,) in links:
        con.execute("DELETE FROM program_focus_area WHERE id = ?", (link,))
        con.execute(
            "INSERT INTO tombstone VALUES (?, 'program_focus_area',"
            " '2999-01-01T00:00:00.000000+00:00', ?)",
            (link, LAPTOP_1),
        )
    con.commit()
    con.close()
    line = merge_file(master, room)
    after = {p.title: p.focus_areas for p in programs.list_programs(master)}
    assert after["Taman Kota Tangguh"] == () and after["Sumur Resapan"] == (3,)
    assert len(links) == 2 and line.deleted == 1


def test_record_edited_on_two_laptops_is_a_conflict(master: JakresFile, tmp_path: Path) -> None:
    path = write_kit(master, 1, tmp_path / "kit-1.jakres")
    second = copy_of(path, tmp_path / "kit-1-copy.jakres")
    ani = person(master, "Ani Kelompok 1")
    with laptop(path, LAPTOP_1) as f:
        participants.update_participant(f, ani.id, organisation="BPBD DKI")
        one = hand_in(f, tmp_path / "one.jakres")
    with laptop(second, LAPTOP_3) as f:
        participants.update_participant(f, ani.id, organisation="Kelurahan Kamal Muara")
        three = hand_in(f, tmp_path / "three.jakres")
    merge_file(master, one)
    line = merge_file(master, three)
    assert person(master, ani.name).organisation == "Kelurahan Kamal Muara"  # the newest
    [conflict] = line.conflicts
    assert conflict["table"] == "participant" and conflict["id"] == ani.id
    assert conflict["kept"]["organisation"] == "Kelurahan Kamal Muara"
    assert conflict["other"]["organisation"] == "BPBD DKI"
    assert conflict["other"]["device_id"] == LAPTOP_1
    assert importlog.read_log(master)[-1].conflicts == (conflict,)
    [text] = importlog.conflict_lines(line, "en")
    assert text.startswith(
        f"conflict in participant {ani.id[:8]}: kept the version of device 44444444"
    )


def test_edit_after_hand_over_is_not_a_conflict(master: JakresFile, room_1: Path) -> None:
    # Ani was entered at the secretariat and checked in in the room: one edit, no conflict.
    line = merge_file(master, room_1)
    assert line.conflicts == ()


def test_master_and_room_both_editing_is_a_conflict(master: JakresFile, tmp_path: Path) -> None:
    path = write_kit(master, 1, tmp_path / "kit-1.jakres")
    ani = person(master, "Ani Kelompok 1")
    participants.update_participant(master, ani.id, role="Lurah")
    with laptop(path, LAPTOP_1) as f:
        participants.update_participant(f, ani.id, role="Camat")
        room = hand_in(f, tmp_path / "k1.jakres")
    line = merge_file(master, room)
    assert person(master, ani.name).role == "Camat"
    assert [(c["kept"]["role"], c["other"]["role"]) for c in line.conflicts] == [("Camat", "Lurah")]


def test_same_candidate_added_on_two_laptops_becomes_one(
    master: JakresFile, tmp_path: Path
) -> None:
    path = write_kit(master, 1, tmp_path / "kit-1.jakres")
    second = copy_of(path, tmp_path / "kit-1-copy.jakres")
    handed = []
    for kit_path, device, who, dots in ((path, LAPTOP_1, "Ani", 1), (second, LAPTOP_3, "Budi", 2)):
        with laptop(kit_path, device) as f:
            c = programs.add_candidate(
                f, group_id=own_group(f), program_id=program(f, "Sumur Resapan")
            )
            voter = person(f, f"{who} Kelompok 1")
            votes.set_dots(f, candidate_id=c.id, participant_id=voter.id, count=dots)
            handed.append(hand_in(f, tmp_path / f"{device[:4]}.jakres"))
    lines = merge_files(master, handed)
    g = group(master, 1)
    [cand] = programs.list_candidates(master, g)
    assert cand.title == "Sumur Resapan"
    [ranked] = votes.ranking(master, g)
    assert (ranked.dots, ranked.voters) == (3, 2)  # both laptops' dots, on one candidate
    assert [line.status for line in lines] == ["merged", "merged"]


def test_workshop_file_of_the_same_workshop_merges_every_group(
    master: JakresFile, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.jakres"
    write_snapshot(master, copy)
    with laptop(copy, LAPTOP_2) as f:
        for number in (1, 2):
            participants.add_participant(f, name=f"Baru {number}", group_id=group(f, number))
        workshops.update_workshop(f, venue="Balai Kota")
        back = hand_in(f, tmp_path / "back.jakres")
    line = merge_file(master, back)
    assert line.group_id is None and line.group_name == ""
    assert {p.name for p in participants.list_participants(master)} >= {"Baru 1", "Baru 2"}
    assert workshops.get_workshop(master).venue == ""  # the workshop row stays the master's


def test_a_refused_file_does_not_stop_the_others(
    master: JakresFile, room_1: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "notes.jakres"
    bad.write_text("catatan kelompok\n", encoding="utf-8")
    lines = merge_files(master, [bad, room_1])
    assert [line.status for line in lines] == ["refused", "merged"]
    assert (
        lines[0].message
        == f"{bad}: not a .jakres workshop file (its content is not an SQLite database)"
    )
    assert len(importlog.read_log(master)) == 1  # a refused file leaves the master as it was


def test_merging_into_a_kit_is_refused(master: JakresFile, room_1: Path, tmp_path: Path) -> None:
    path = write_kit(master, 2, tmp_path / "kit-2.jakres")
    with laptop(path, LAPTOP_2) as f, pytest.raises(ValidationError) as info:
        merge_files(f, [room_1])
    assert info.value.key == "merge_into_kit"


def test_the_master_into_itself_is_refused(master: JakresFile) -> None:
    with pytest.raises(FileProblem) as info:
        merge_file(master, master.path)
    assert info.value.key == "merge_same_file"


def test_listeners_hear_a_merge(master: JakresFile, room_1: Path) -> None:
    heard: list[Change] = []
    master.listeners.append(heard.append)
    merge_file(master, room_1)
    assert len(heard) == 1 and {"participant", "import_log"} <= heard[0].tables


def test_the_masters_connections_keep_no_copy_attached(master: JakresFile, room_1: Path) -> None:
    merge_file(master, room_1)
    merge_file(master, room_1)
    pooled = [master.engine.raw_connection() for _ in range(3)]
    try:
        for con in pooled:
            rows = con.driver_connection.execute("PRAGMA database_list").fetchall()
            assert [name for _, name, _ in rows if name != "temp"] == ["main"]
    finally:
        for con in pooled:
            con.close()


@pytest.mark.parametrize("at", ["write_line", "merge_table:3", "merge_table:9"])
def test_failure_midway_leaves_the_master_byte_for_byte(
    master: JakresFile, room_1: Path, monkeypatch: pytest.MonkeyPatch, at: str
) -> None:
    path = master.path
    master.close()
    before = path.read_bytes()
    name, _, after = at.partition(":")
    real = getattr(merge, name)
    calls = []

    def failing(*args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) > int(after or 0):
            raise sqlite3.OperationalError("disk I/O error")
        return real(*args, **kwargs)

    monkeypatch.setattr(merge, name, failing)
    with open_file(path, device_id=DEVICE) as f:
        with pytest.raises(FileProblem) as info:
            merge_file(f, room_1)
        assert info.value.key == "merge_failed"
        assert "disk I/O error" in str(info.value)
        assert importlog.read_log(f) == []
    assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists()


def test_older_revision_file_is_migrated_on_the_copy_only(tmp_path: Path) -> None:
    master_path = copy_of(FIXTURE, tmp_path / "master.jakres")
    incoming = copy_of(FIXTURE, tmp_path / "incoming.jakres")
    original = incoming.read_bytes()
    with open_file(master_path, device_id=DEVICE) as f:
        g3 = groups.find_group(f, "Kelompok 3")
        participants.add_participant(f, name="Peserta Baru", group_id=g3.id)
        before = data(f)
        line = merge_file(f, incoming)
        assert data(f) == before
    assert line.status == "unchanged"
    assert incoming.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir() if "incoming" in p.name) == ["incoming.jakres"]


# --- adoption ---------------------------------------------------------------------


def _session(tmp_path: Path, *, groups_used: int = 1) -> Path:
    """A session started without a kit: its own workshop, work in Kelompok 3 only."""
    path = tmp_path / "sesi-darurat.jakres"
    f = workshops.create_workshop(
        path, device_id=LAPTOP_2, title="Sesi Kelompok 3", date="2018-09-26"
    )
    with f:
        programs.add_program(f, title="sumur  resapan", agency="dinas sda", focus_areas=[3])
        for number in range(3, 3 + groups_used):
            g = groups.find_group(f, f"Kelompok {number}")
            p = participants.add_participant(f, name=f"Dewi {number}", group_id=g.id, present=True)
            c = programs.add_candidate(f, group_id=g.id, program_id=program(f, "sumur  resapan"))
            programs.add_room_program(f, group_id=g.id, title=f"Sumur Komunal {number}")
            votes.set_dots(f, candidate_id=c.id, participant_id=p.id, count=2)
        return hand_in(f, tmp_path / "sesi.jakres")


def test_session_of_another_workshop_needs_adopt(master: JakresFile, tmp_path: Path) -> None:
    session = _session(tmp_path)
    with pytest.raises(FileProblem) as info:
        merge_file(master, session)
    assert info.value.key == "merge_other_workshop"
    assert str(info.value) == (
        f"{session}: a file from another workshop ('Sesi Kelompok 3', 2018-09-26); if it is a "
        "group session started without a kit, merge it with --adopt GROUPNAME"
    )


def test_adopted_session_becomes_a_master_group(master: JakresFile, tmp_path: Path) -> None:
    session = _session(tmp_path)
    g3 = groups.find_group(master, "Kelompok 3")
    programs_before = len(programs.list_programs(master))
    line = merge_file(master, session, adopt_group_id=g3.id)
    assert [p.name for p in participants.list_participants(master, g3.id)] == ["Dewi 3"]
    cands = programs.list_candidates(master, g3.id)
    # The catalogue program is the master's (matched by title and agency), not a copy.
    assert [c.program_id for c in cands][0] == program(master, "Sumur Resapan")
    assert [c.title for c in cands] == ["Sumur Resapan", "Sumur Komunal 3"]
    assert len(programs.list_programs(master)) == programs_before + 1
    room = next(p for p in programs.list_programs(master) if p.title == "Sumur Komunal 3")
    assert room.added_by_group_id == g3.id and room.focus_areas == (3,)
    assert [r.dots for r in votes.ranking(master, g3.id)] == [2, 0]
    assert line.group_id == g3.id and line.group_name == "Kelompok 3"
    assert line.message == "adopted as Kelompok 3 from 'Sesi Kelompok 3' (2018-09-26)"
    assert workshops.get_workshop(master).title == "Lokakarya Uji"
    again = merge_file(master, session, adopt_group_id=g3.id)
    assert again.status == "unchanged"


def test_session_with_several_groups_cannot_be_adopted(master: JakresFile, tmp_path: Path) -> None:
    session = _session(tmp_path, groups_used=2)
    with pytest.raises(ValidationError) as info:
        merge_file(master, session, adopt_group_id=group(master, 3))
    assert info.value.key == "adopt_many_groups"
    assert "Kelompok 3, Kelompok 4" in str(info.value)


def test_adopt_is_refused_for_a_file_of_the_same_workshop(master: JakresFile, room_1: Path) -> None:
    with pytest.raises(ValidationError) as info:
        merge_file(master, room_1, adopt_group_id=group(master, 1))
    assert info.value.key == "adopt_not_needed"


def test_kit_of_another_workshop_adopts_its_own_group(
    make_workshop: object, master: JakresFile, tmp_path: Path
) -> None:
    other = make_workshop("other.jakres", title="Lokakarya Lain")  # type: ignore[operator]
    path = tmp_path / "kit-lain.jakres"
    kit.write_kit(other, path, group_id=group(other, 5))
    with laptop(path, LAPTOP_1) as f:
        participants.add_participant(f, name="Yusuf", group_id=own_group(f))
        back = hand_in(f, tmp_path / "lain.jakres")
    merge_file(master, back, adopt_group_id=group(master, 4))
    assert [p.name for p in participants.list_participants(master, group(master, 4))] == ["Yusuf"]


def test_no_copy_is_left_behind(
    master: JakresFile, room_1: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    private = tmp_path / "private-temp"  # our own temp folder: other processes use /tmp too
    private.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private))
    folder = sorted(tmp_path.iterdir())
    merge_files(master, [room_1, FIXTURE])
    assert sorted(tmp_path.iterdir()) == folder
    assert list(private.iterdir()) == []


def test_a_kit_written_after_merging_leaves_the_log_at_home(
    master: JakresFile, room_1: Path, tmp_path: Path
) -> None:
    merge_file(master, room_1)
    path = write_kit(master, 2, tmp_path / "kit-2.jakres")
    with laptop(path, LAPTOP_2) as f:
        assert importlog.read_log(f) == []
