"""Core operations: each write reports its topics and carries an undo that never overwrites."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from jakres_desk.core import operations as ops
from jakres_desk.core.merge import run as merge
from jakres_desk.core.operations import UndoRefused
from jakres_desk.core.services import criteria, groups, participants, programs, votes, workshops
from jakres_desk.core.topics import Topic
from jakres_desk.store.db import JakresFile

from .merging import LAPTOP_1, group, hand_in, laptop, set_up_master, write_kit


def rows(f: JakresFile, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    with f.engine.connect() as con:
        return [tuple(r) for r in con.exec_driver_sql(sql, args)]


def everything(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of the file, read with bare sqlite3."""
    con = sqlite3.connect(path)
    try:
        names = [n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {n: sorted(map(repr, con.execute(f'SELECT * FROM "{n}"'))) for n in names}
    finally:
        con.close()


@pytest.fixture
def room(workshop: JakresFile) -> dict[str, Any]:
    g = groups.find_group(workshop, "Kelompok 1")
    people = [
        participants.add_participant(workshop, name=n, group_id=g.id, present=True)
        for n in ("Ani", "Budi")
    ]
    crit = criteria.add_criterion(workshop, group_id=g.id, name="Dampak", weight=2)
    cand = programs.add_room_program(workshop, group_id=g.id, title="Sumur Resapan", agency="DSDA")
    return {"f": workshop, "g": g, "people": people, "crit": crit, "cand": cand}


def test_an_add_reports_its_topic_and_undo_removes_it_redo_brings_the_same_record(room):
    f, g = room["f"], room["g"]
    done = ops.perform(f, participants.add_participant, name="Citra", group_id=g.id)
    assert done.value.name == "Citra"
    assert done.changes.topics == {Topic.PARTICIPANTS}
    assert done.value.id in done.changes.ids
    undone = ops.undo(f, done.undo)
    assert undone.changes.topics == {Topic.PARTICIPANTS}
    assert rows(f, "SELECT name FROM participant WHERE id = ?", done.value.id) == []
    assert rows(f, "SELECT entity FROM tombstone WHERE id = ?", done.value.id) == [("participant",)]
    ops.undo(f, undone.undo)  # redo
    assert rows(f, "SELECT name FROM participant WHERE id = ?", done.value.id) == [("Citra",)]
    assert rows(f, "SELECT count(*) FROM tombstone WHERE id = ?", done.value.id) == [(0,)]


def test_topics_are_the_domain_words_of_what_changed(room):
    f, g, (ani, _), crit, cand = room["f"], room["g"], room["people"], room["crit"], room["cand"]
    notes = ops.perform(f, groups.update_group, g.id, notes="Catatan ruang")
    assert notes.changes.topics == {Topic.GROUP_NOTES}
    room_moved = ops.perform(f, groups.update_group, g.id, room="Ruang B")
    assert room_moved.changes.topics == {Topic.GROUPS}
    rules = ops.perform(f, workshops.set_rules, dots_per_participant=6)
    assert rules.changes.topics == {Topic.RULES}
    dots = ops.perform(f, votes.set_dots, candidate_id=cand.id, participant_id=ani.id, count=2)
    assert dots.changes.topics == {Topic.VOTES}
    lock = ops.perform(f, groups.set_criteria_locked, group_id=g.id, locked=True)
    assert lock.changes.topics == {Topic.CRITERIA_LOCK}
    score = ops.perform(f, votes.set_score, candidate_id=cand.id, criterion_id=crit.id, value=4)
    assert score.changes.topics == {Topic.SCORES}
    ops.perform(f, groups.set_criteria_locked, group_id=g.id, locked=False)
    gone = ops.perform(f, criteria.remove_criterion, crit.id)
    assert gone.changes.topics == {Topic.CRITERIA, Topic.SCORES}


def test_undo_of_a_removal_brings_back_what_the_cascade_took(room):
    f, g, crit, cand = room["f"], room["g"], room["crit"], room["cand"]
    groups.set_criteria_locked(f, group_id=g.id, locked=True)
    votes.set_score(f, candidate_id=cand.id, criterion_id=crit.id, value=4)
    groups.set_criteria_locked(f, group_id=g.id, locked=False)
    before = everything(f.path)
    gone = ops.perform(f, criteria.remove_criterion, crit.id)
    assert rows(f, "SELECT count(*) FROM score") == [(0,)]
    ops.undo(f, gone.undo)
    after = everything(f.path)
    assert rows(f, "SELECT value FROM score") == [(4.0,)]
    assert after["tombstone"] == before["tombstone"]
    assert len(after["criterion"]) == len(before["criterion"])


def test_votes_undo_to_the_old_count_and_redo(room):
    f, (ani, _), cand = room["f"], room["people"], room["cand"]
    votes.set_dots(f, candidate_id=cand.id, participant_id=ani.id, count=1)
    done = ops.perform(f, votes.set_dots, candidate_id=cand.id, participant_id=ani.id, count=2)
    assert done.value == 3  # dots left of five
    redo = ops.undo(f, done.undo).undo
    assert rows(f, "SELECT count FROM dot_vote") == [(1,)]
    ops.undo(f, redo)
    assert rows(f, "SELECT count FROM dot_vote") == [(2,)]


def test_a_failed_operation_reports_nothing_and_leaves_no_undo(room):
    f, (ani, _), cand = room["f"], room["people"], room["cand"]
    with pytest.raises(Exception, match="dots"):
        ops.perform(f, votes.set_dots, candidate_id=cand.id, participant_id=ani.id, count=9)
    assert f.journal is None
    assert rows(f, "SELECT count(*) FROM dot_vote") == [(0,)]


def test_undo_after_an_edit_by_another_process_is_refused(room):
    f, g = room["f"], room["g"]
    done = ops.perform(f, groups.update_group, g.id, notes="ours")
    script = (
        "import sys; from pathlib import Path\n"
        "from jakres_desk.store.db import open_file\n"
        "from jakres_desk.core.services import groups\n"
        "with open_file(Path(sys.argv[1]), device_id=sys.argv[2]) as f:\n"
        "    groups.update_group(f, sys.argv[3], notes='theirs')\n"
    )
    subprocess.run([sys.executable, "-c", script, str(f.path), f.device_id, g.id], check=True)
    with pytest.raises(UndoRefused) as refused:
        ops.undo(f, done.undo)
    assert "Kelompok 1's notes" in str(refused.value)
    assert "another window or program" in str(refused.value)
    assert "nothing was undone" in str(refused.value)
    assert rows(f, "SELECT notes FROM breakout_group WHERE id = ?", g.id) == [("theirs",)]


@pytest.fixture
def merged_room(make_workshop, tmp_path: Path) -> dict[str, Any]:
    """A master whose group 1 was edited here, then the room's newer kit merged."""
    master = make_workshop("master.jakres")
    set_up_master(master)
    kit_path = write_kit(master, 1, tmp_path / "k1.jakres")
    gid = group(master, 1)
    mine = ops.perform(master, groups.update_group, gid, notes="secretariat's note")
    other = ops.perform(master, groups.update_group, group(master, 2), notes="group 2 note")
    with laptop(kit_path, LAPTOP_1) as room_file:
        groups.update_group(room_file, gid, notes="the room's notes")
        hand_in(room_file, tmp_path / "back1.jakres")
    line = merge.merge_file(master, tmp_path / "back1.jakres")
    assert line.status == "merged"
    return {"f": master, "gid": gid, "mine": mine, "other": other}


def test_undo_after_a_merge_of_the_same_record_is_refused_and_writes_nothing(merged_room):
    f, gid = merged_room["f"], merged_room["gid"]
    before = everything(f.path)
    with pytest.raises(UndoRefused) as refused:
        ops.undo(f, merged_room["mine"].undo)
    text = str(refused.value)
    assert text.startswith("Kelompok 1's notes was changed by a merged group file (back1.jakres)")
    assert text.endswith("nothing was undone")
    assert everything(f.path) == before
    assert rows(f, "SELECT notes FROM breakout_group WHERE id = ?", gid) == [("the room's notes",)]


def test_undo_after_a_merge_of_another_record_goes_ahead(merged_room):
    f = merged_room["f"]
    ops.undo(f, merged_room["other"].undo)
    assert rows(f, "SELECT notes FROM breakout_group WHERE name = 'Kelompok 2'") == [("",)]


def test_an_undo_spanning_a_changed_record_writes_none_of_its_rows(room):
    f, (ani, budi) = room["f"], room["people"]

    def rename_both(f: JakresFile) -> None:
        participants.update_participant(f, ani.id, name="Ani S.")
        participants.update_participant(f, budi.id, name="Budi S.")

    done = ops.perform(f, rename_both)
    participants.update_participant(f, budi.id, name="Budi Santoso")  # by another route
    f.device_id, ours = "99999999-9999-4999-8999-999999999999", f.device_id
    try:
        participants.update_participant(f, budi.id, role="Moderator")  # another device
    finally:
        f.device_id = ours
    with pytest.raises(UndoRefused, match="another device"):
        ops.undo(f, done.undo)
    names = rows(
        f, "SELECT name FROM participant WHERE id IN (?, ?) ORDER BY name", ani.id, budi.id
    )
    assert names == [("Ani S.",), ("Budi Santoso",)]


def test_undoing_an_add_refuses_to_take_newer_records_with_it(room):
    f, g, (ani, _) = room["f"], room["g"], room["people"]
    added = ops.perform(f, programs.add_room_program, group_id=g.id, title="Kali Bersih", agency="")
    votes.set_dots(
        f, candidate_id=added.value.id, participant_id=ani.id, count=1
    )  # not in the step
    with pytest.raises(UndoRefused, match="records added after it"):
        ops.undo(f, added.undo)
    assert rows(f, "SELECT count(*) FROM dot_vote WHERE candidate_id = ?", added.value.id) == [(1,)]


def test_a_stack_of_edits_on_one_record_undoes_and_redoes_in_order(room):
    f, g = room["f"], room["g"]
    steps = [ops.perform(f, groups.update_group, g.id, notes=n) for n in ("one", "two", "three")]
    redos = [ops.undo(f, step.undo).undo for step in reversed(steps)]
    assert rows(f, "SELECT notes FROM breakout_group WHERE id = ?", g.id) == [("",)]
    for redo in reversed(redos):
        ops.undo(f, redo)
    assert rows(f, "SELECT notes FROM breakout_group WHERE id = ?", g.id) == [("three",)]
    # The stamps are new (an undone value must win at the next merge), yet nothing is refused.
    assert rows(f, "SELECT device_id FROM breakout_group WHERE id = ?", g.id) == [(f.device_id,)]
