"""Values no service would write are refused at the door: merge, load, and the file itself."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from jakres_desk.base.errors import FileProblem, ValidationError
from jakres_desk.core.exchange import jsonfile as jsonform
from jakres_desk.core.merge.run import merge_file
from jakres_desk.core.services import criteria, elements, groups, participants, programs, votes
from jakres_desk.report import sheets
from jakres_desk.report.pdf import write_report
from jakres_desk.store.db import JakresFile
from tests.conftest import DEVICE
from tests.core.merging import (
    LAPTOP_1,
    as_older_version,
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


@pytest.fixture
def room(master: JakresFile, tmp_path: Path) -> Path:
    """Group 1's kit after a morning's work: a person, dots, a criterion, a target."""
    path = write_kit(master, 1, tmp_path / "kit-1.jakres")
    with laptop(path, LAPTOP_1) as f:
        g = own_group(f)
        ani = next(p for p in participants.list_participants(f) if p.name == "Ani Kelompok 1")
        program = programs.list_programs(f)[0].id
        cand = programs.add_candidate(f, group_id=g, program_id=program)
        crit = criteria.add_criterion(f, group_id=g, name="Dampak", weight=2)
        groups.set_criteria_locked(f, group_id=g, locked=True)
        votes.set_dots(f, candidate_id=cand.id, participant_id=ani.id, count=2)
        votes.set_score(f, candidate_id=cand.id, criterion_id=crit.id, value=4)
        el = elements.add_element(f, group_id=g, custom_title="Air bersih")
        elements.add_target(f, element_id=el.id, statement="Semua RW", target_year=2030)
        return hand_in(f, tmp_path / "kelompok-1.jakres")


def poison(path: Path, table: str, column: str, value: Any) -> None:
    """Write a value straight into the file, as a hostile or broken tool would, and stamp it."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA ignore_check_constraints=ON")  # the file's own checks, bypassed
    con.execute(
        f"UPDATE {table} SET {column} = ?, modified_at = ?"
        f" WHERE rowid = (SELECT max(rowid) FROM {table})",
        (value, LATER),
    )
    assert con.total_changes == 1
    con.commit()
    con.close()


BAD = [
    ("dot_vote", "count", "lots", "'lots'"),
    ("dot_vote", "count", 2.5, "2.5"),
    ("criterion", "weight", "berat", "'berat'"),
    ("criterion", "weight", -1e308, "-1e+308"),
    ("participant", "name", b"\x00\xff", "binary data (2 bytes)"),
    ("target", "target_year", "dua ribu", "'dua ribu'"),
    ("score", "value", "lima", "'lima'"),
    ("breakout_group", "notes", "catatan " * 3000, "(24000 characters)"),
    ("participant", "present", 7, "7"),
]


@pytest.mark.parametrize(("table", "column", "value", "shown"), BAD)
def test_a_wrongly_typed_value_refuses_the_file_and_the_master_still_works(
    master: JakresFile, room: Path, tmp_path: Path, table: str, column: str, value: Any, shown: str
) -> None:
    poison(room, table, column, value)
    master.checkpoint()
    before = master.path.read_bytes()
    with pytest.raises(FileProblem) as info:
        merge_file(master, room)
    message = info.value.message()
    assert info.value.key == "merge_bad_value"
    assert f"table {table}, column {column}, row " in message and shown in message
    assert "\n" not in message
    master.checkpoint()
    assert master.path.read_bytes() == before
    # Every command still works on the master.
    write_report(master, tmp_path / "r.pdf", lang="en")
    sheets.write_xlsx(master, tmp_path / "r.xlsx")
    jsonform.write_json(master, tmp_path / "r.json")
    jsonform.load_json(tmp_path / "r.json", tmp_path / "back.jakres", device_id=DEVICE).close()


def test_the_message_is_in_both_languages(master: JakresFile, room: Path) -> None:
    poison(room, "dot_vote", "count", "lots")
    with pytest.raises(FileProblem) as info:
        merge_file(master, room)
    assert "tabel dot_vote, kolom count" in info.value.message("id")
    assert "bilangan bulat dari 0 sampai 1000" in info.value.message("id")


def test_a_good_file_merges_after_a_bad_one_was_refused(master: JakresFile, room: Path) -> None:
    good = room.read_bytes()
    poison(room, "dot_vote", "count", "lots")
    with pytest.raises(FileProblem):
        merge_file(master, room)
    room.write_bytes(good)
    assert merge_file(master, room).status == "merged"
    g = groups.list_groups(master)[0].id
    assert sum(votes.dots_left(master, g).values()) > 0


@pytest.mark.parametrize(
    ("column", "value"),
    [("name", b"\x01"), ("present", "ya"), ("walk_in", 2.5), ("organisation", b"x")],
)
def test_the_file_itself_refuses_a_wrong_type(master: JakresFile, column: str, value: Any) -> None:
    master.close()
    con = sqlite3.connect(master.path)
    with pytest.raises(sqlite3.IntegrityError, match=f"ck_participant_{column}_type"):
        con.execute(f"UPDATE participant SET {column} = ?", (value,))
    con.close()


def _exported(master: JakresFile, tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    out = tmp_path / "w.json"
    jsonform.write_json(master, out)
    return out, jsonform.read_json(out)


def test_load_refuses_text_longer_than_the_services_allow(
    master: JakresFile, tmp_path: Path
) -> None:
    out, data = _exported(master, tmp_path)
    data["groups"][0]["notes"] = "x" * 20_001
    out.write_text(jsonform.dumps(data), encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        jsonform.load_json(out, tmp_path / "back.jakres", device_id=DEVICE)
    assert info.value.key == "json_bad_value"
    assert "$.groups[0].notes" in info.value.message()
    assert "text of at most 20000 characters" in info.value.message()
    assert not (tmp_path / "back.jakres").exists()


def test_load_refuses_a_weight_out_of_range(master: JakresFile, tmp_path: Path) -> None:
    g = groups.list_groups(master)[0].id
    criteria.add_criterion(master, group_id=g, name="Biaya", weight=3)
    out, data = _exported(master, tmp_path)
    data["criteria"][0]["weight"] = -1e308
    out.write_text(jsonform.dumps(data), encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        jsonform.load_json(out, tmp_path / "back.jakres", device_id=DEVICE)
    assert "$.criteria[0].weight" in info.value.message()


def test_a_group_file_of_schema_0003_merges_into_a_0004_master(
    master: JakresFile, room: Path, tmp_path: Path
) -> None:
    old = as_older_version(room, tmp_path / "old-kelompok-1.jakres", "0003")
    con = sqlite3.connect(old)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0003"
    con.close()
    line = merge_file(master, old)
    assert (line.status, line.group_name, line.refused) == ("merged", "Kelompok 1", 0)
    g = groups.list_groups(master)[0].id
    assert [c.title for c in programs.list_candidates(master, g)] == ["Bank Sampah RW"]


def test_a_0003_group_file_with_a_wrongly_typed_value_is_refused_naming_it(
    master: JakresFile, room: Path, tmp_path: Path
) -> None:
    old = as_older_version(room, tmp_path / "old-kelompok-1.jakres", "0003")
    poison(old, "dot_vote", "count", "lots")
    master.checkpoint()
    before = master.path.read_bytes()
    with pytest.raises(FileProblem) as info:
        merge_file(master, old)
    assert "table dot_vote, column count, row 1: a value of type text" in info.value.message()
    master.checkpoint()
    assert master.path.read_bytes() == before


def test_an_export_of_schema_0003_loads_without_refusals(
    master: JakresFile, room: Path, tmp_path: Path
) -> None:
    merge_file(master, room)
    out, data = _exported(master, tmp_path)
    data["schema_revision"] = "0003"
    for row in data["import_log"]:
        del row["refusals"]
    out.write_text(jsonform.dumps(data), encoding="utf-8")
    jsonform.load_json(out, tmp_path / "back.jakres", device_id=DEVICE).close()


def test_a_file_with_more_rows_than_a_room_could_make_is_refused_at_once(
    master: JakresFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from jakres_desk.store import untrusted

    kit = write_kit(master, 1, tmp_path / "k1.jakres")
    monkeypatch.setattr(untrusted, "MAX_ROWS", 3)  # the real limit is 500,000 rows a table
    before = master.path.read_bytes()
    with pytest.raises(FileProblem) as refused:
        merge_file(master, kit)
    text = refused.value.message("en")
    assert "holds more than 3 rows" in text and "\n" not in text
    assert master.path.read_bytes() == before
