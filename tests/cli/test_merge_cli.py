"""`jakres-desk merge` and `jakres-desk log`: one line per file, refusals on stderr, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jakres_desk.cli import main
from jakres_desk.core.services import groups, participants, workshops
from jakres_desk.store.db import JakresFile
from tests.conftest import DEVICE
from tests.core.merging import LAPTOP_1, LAPTOP_2, hand_in, laptop, own_group, write_kit


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def files(workshop: JakresFile, tmp_path: Path) -> tuple[Path, list[Path]]:
    """The master (closed) and the files groups 1 and 2 handed in."""
    handed = []
    for number, device in ((1, LAPTOP_1), (2, LAPTOP_2)):
        path = write_kit(workshop, number, tmp_path / f"kit-{number}.jakres")
        with laptop(path, device) as f:
            participants.add_participant(f, name=f"Peserta {number}", group_id=own_group(f))
            handed.append(hand_in(f, tmp_path / f"kelompok-{number}.jakres"))
    workshop.close()
    return workshop.path, handed


def test_merge_prints_one_line_per_file(
    files: tuple[Path, list[Path]], capsys: pytest.CaptureFixture[str]
) -> None:
    master, handed = files
    code, out, err = run(capsys, "merge", str(master), *map(str, handed))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("kelompok-1.jakres: Kelompok 1 (device 22222222, ")
    assert lines[1].startswith("kelompok-2.jakres: Kelompok 2 (device 33333333, ")
    assert all(": merged — 1 added, 0 replaced, 0 kept, 0 deleted" in line for line in lines)
    code, out, _ = run(capsys, "log", str(master))
    assert code == 0 and out.splitlines() == lines


def test_merge_json(files: tuple[Path, list[Path]], capsys: pytest.CaptureFixture[str]) -> None:
    master, handed = files
    code, out, _ = run(capsys, "merge", str(master), str(handed[0]), str(handed[0]), "--json")
    assert code == 0
    lines = json.loads(out)
    assert [line["status"] for line in lines] == ["merged", "unchanged"]
    assert lines[0]["group_name"] == "Kelompok 1" and lines[0]["device_id"] == LAPTOP_1
    assert lines[0]["added"] == 1 and lines[1]["added"] == 0
    assert set(lines[0]) >= {"source_sha256", "captured_at", "conflicts", "message", "refused"}
    code, out, _ = run(capsys, "log", str(master), "--json")
    assert [line["status"] for line in json.loads(out)] == ["merged", "unchanged"]


def test_a_bad_file_is_named_and_the_good_ones_merge(
    files: tuple[Path, list[Path]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    master, handed = files
    bad = tmp_path / "rusak.jakres"
    bad.write_bytes(handed[0].read_bytes()[:5000])
    code, out, err = run(capsys, "merge", str(master), str(handed[0]), str(bad), str(handed[1]))
    assert code == 1
    assert err.splitlines() == [
        f"jakres-desk: {bad}: the file is truncated: it should be "
        f"{handed[0].stat().st_size} bytes but has 5000 (copy it again from its source)"
    ]
    assert [line.split(":")[0] for line in out.splitlines()] == [
        "kelompok-1.jakres",
        "rusak.jakres",
        "kelompok-2.jakres",
    ]
    code, out, _ = run(capsys, "log", str(master), "--json")
    assert [line["source_name"] for line in json.loads(out)] == [
        "kelompok-1.jakres",
        "kelompok-2.jakres",
    ]


def test_session_of_another_workshop_and_adopt(
    files: tuple[Path, list[Path]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    master, _ = files
    other = workshops.create_workshop(
        tmp_path / "sesi.jakres", device_id=DEVICE, title="Sesi Darurat", date="2018-09-26"
    )
    with other:
        g = groups.find_group(other, "Kelompok 3")
        participants.add_participant(other, name="Dewi", group_id=g.id)
        session = hand_in(other, tmp_path / "sesi-kelompok-3.jakres")
    code, _, err = run(capsys, "merge", str(master), str(session))
    assert code == 1
    assert "'Sesi Darurat', 2018-09-26" in err and "--adopt GROUPNAME" in err
    code, out, err = run(capsys, "merge", str(master), str(session), "--adopt", "Kelompok 3")
    assert (code, err) == (0, "")
    assert out.startswith("sesi-kelompok-3.jakres: Kelompok 3 (device 11111111")
    assert out.rstrip().endswith("— adopted as Kelompok 3 from 'Sesi Darurat' (2018-09-26)")


def test_adopt_needs_exactly_one_file(
    files: tuple[Path, list[Path]], capsys: pytest.CaptureFixture[str]
) -> None:
    master, handed = files
    code, _, err = run(capsys, "merge", str(master), *map(str, handed), "--adopt", "3")
    assert code == 2
    assert err == "jakres-desk merge: --adopt applies to one group file only\n"


def test_in_indonesian_and_an_empty_log(
    files: tuple[Path, list[Path]], capsys: pytest.CaptureFixture[str]
) -> None:
    master, handed = files
    code, out, _ = run(capsys, "--lang", "id", "log", str(master))
    assert (code, out) == (0, "belum ada berkas yang digabung\n")
    code, out, _ = run(capsys, "log", str(master), "--json")
    assert json.loads(out) == []
    code, out, _ = run(capsys, "--lang", "id", "merge", str(master), str(handed[1]))
    assert code == 0 and "(perangkat 33333333, " in out and ": digabung — " in out


def test_log_lists_each_record_a_group_may_not_change(
    workshop: JakresFile, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    g1, g2 = (g.id for g in groups.list_groups(workshop)[:2])
    ani = participants.add_participant(workshop, name="Ani", group_id=g1)
    path = write_kit(workshop, 1, tmp_path / "kit-1.jakres")
    participants.update_participant(workshop, ani.id, group_id=g2)  # moved after the kit
    with laptop(path, LAPTOP_1) as f:
        participants.update_participant(f, ani.id, role="Notulis")
        room = hand_in(f, tmp_path / "kelompok-1.jakres")
    workshop.close()
    code, out, err = run(capsys, "merge", str(workshop.path), str(room))
    assert (code, err) == (0, "")
    refused = f"  refused: participant {ani.id[:8]} (Ani) belongs to Kelompok 2 in the master"
    assert any(line.startswith(refused) for line in out.splitlines())
    assert "1 records not this group's were refused" in out
    code, logged, _ = run(capsys, "log", str(workshop.path))
    assert logged == out
    code, logged, _ = run(capsys, "--lang", "id", "log", str(workshop.path))
    assert "ditolak: participant" in logged and "milik Kelompok 2" in logged
