"""The command line: exit codes, one-line messages, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from jakres_desk.cli import main
from jakres_desk.core.services import decisions, groups, participants, programs, votes, workshops
from jakres_desk.store import migrate
from jakres_desk.store.db import JakresFile


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_new_then_info_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "w.jakres"
    code, _, err = run(
        capsys,
        "new",
        str(out),
        "--title",
        "Lokakarya Akhir",
        "--date",
        "2019-03-01",
        "--venue",
        "Balai Kota",
        "--preset",
        "crf",
    )
    assert code == 0, err
    code, text, _ = run(capsys, "info", str(out), "--json")
    assert code == 0
    info = json.loads(text)
    assert info["schema_revision"] == migrate.head()
    assert info["workshop"]["title"] == "Lokakarya Akhir"
    assert info["workshop"]["date"] == "2019-03-01"
    assert info["workshop"]["venue"] == "Balai Kota"
    assert len(info["groups"]) == 4
    keys = {
        "uuid",
        "name",
        "focus_area",
        "participants",
        "present",
        "elements",
        "targets",
        "criteria",
        "candidates",
        "priority_programs",
        "dot_votes",
        "scores",
        "stale_decisions",
    }
    assert all(keys <= set(g) for g in info["groups"])
    assert all(isinstance(g[k], int) for g in info["groups"] for k in keys - {"uuid", "name"})


def test_info_plain_text(workshop: object, capsys: pytest.CaptureFixture[str]) -> None:
    code, text, _ = run(capsys, "--lang", "id", "info", str(workshop.path))  # type: ignore[attr-defined]
    assert code == 0
    assert "Kelompok 5" in text and "prioritas" in text


def test_info_counts_stale_decisions_per_group(
    workshop: JakresFile, capsys: pytest.CaptureFixture[str]
) -> None:
    f = workshop
    g = groups.find_group(f, "Kelompok 2")
    ani, budi = (
        participants.add_participant(f, name=n, group_id=g.id, present=True)
        for n in ("Ani", "Budi")
    )
    bank, ipal = (
        programs.add_room_program(f, group_id=g.id, title=t, agency="DLH")
        for t in ("Bank Sampah Unit", "IPAL Komunal")
    )
    workshops.set_rules(f, ranking_method="dots", threshold=2)
    votes.set_dots(f, candidate_id=bank.id, participant_id=ani.id, count=2)
    decisions.apply_rule(f, group_id=g.id)  # Bank Sampah Unit only
    info = json.loads(run(capsys, "info", str(f.path), "--json")[1])
    assert [x["stale_decisions"] for x in info["groups"]] == [0] * 5
    votes.set_dots(f, candidate_id=bank.id, participant_id=ani.id, count=1)  # late votes
    votes.set_dots(f, candidate_id=ipal.id, participant_id=budi.id, count=2)
    code, text, _ = run(capsys, "info", str(f.path), "--json")
    assert code == 0
    info = json.loads(text)
    assert [x["stale_decisions"] for x in info["groups"]] == [0, 2, 0, 0, 0]
    code, text, _ = run(capsys, "info", str(f.path))
    assert "Kelompok 2: 2 rule decisions no longer match the ranking" in text


@pytest.mark.parametrize(
    "argv, needle",
    [
        (["new", "X.jakres", "--title", "T", "--date", "26-09-2018"], "26-09-2018"),
        (["new", "X.jakres", "--title", " ", "--date", "2018-09-26"], "--title"),
    ],
)
def test_bad_values_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], needle: str
) -> None:
    argv = [a.replace("X.jakres", str(tmp_path / "x.jakres")) for a in argv]
    code, _, err = run(capsys, *argv)
    assert code == 1
    assert needle in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "x.jakres").exists()


def test_bad_file_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.jakres"
    bad.write_text("hello")
    code, _, err = run(capsys, "info", str(bad))
    assert code == 1 and str(bad) in err and "Traceback" not in err
    code, _, err = run(capsys, "--lang", "id", "info", str(bad))
    assert "bukan berkas lokakarya" in err


def test_usage_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "new")[0] == 2
    assert run(capsys, "frobnicate")[0] == 2
    assert (
        run(capsys, "new", "x.jakres", "--title", "T", "--date", "2018-01-01", "--preset", "nope")[
            0
        ]
        == 2
    )


def test_console_script_runs(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "jakres_desk.cli", "info", str(tmp_path / "missing.jakres")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1
    assert "not found" in done.stderr or "tidak ditemukan" in done.stderr
    assert "Traceback" not in done.stderr


def test_kit_one_group_and_all(
    workshop: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = str(workshop.path)  # type: ignore[attr-defined]
    code, out, err = run(
        capsys, "kit", src, "--group", "Kelompok 2", "-o", str(tmp_path / "k2.jakres")
    )
    assert code == 0, err
    assert "sha256" in out
    code, text, _ = run(capsys, "info", str(tmp_path / "k2.jakres"), "--json")
    info = json.loads(text)
    assert [g["name"] for g in info["groups"]] == ["Kelompok 2"] and info["scope"] == "group"
    code, out, _ = run(capsys, "kit", src, "--all", "-o", str(tmp_path / "kits"))
    assert code == 0 and len(sorted((tmp_path / "kits").glob("*.jakres"))) == 5
    code, _, err = run(capsys, "kit", src, "--group", "Kelompok 9", "-o", str(tmp_path / "x"))
    assert code == 1 and "Kelompok 9" in err and "Kelompok 1" in err
    assert run(capsys, "kit", src, "-o", str(tmp_path / "y"))[0] == 2


def test_export_load_round_trip(
    workshop: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = str(workshop.path)  # type: ignore[attr-defined]
    a, b, c = tmp_path / "a.json", tmp_path / "b.jakres", tmp_path / "c.json"
    assert run(capsys, "export", src, "-o", str(a))[0] == 0
    assert run(capsys, "load", str(a), "-o", str(b))[0] == 0
    assert run(capsys, "export", str(b), "-o", str(c))[0] == 0
    assert a.read_bytes() == c.read_bytes()
    code, _, err = run(capsys, "export", src, "-o", str(tmp_path / "x.txt"))
    assert code == 1 and ".txt" in err and ".json" in err
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "jakres-desk", ')
    code, _, err = run(capsys, "load", str(broken), "-o", str(tmp_path / "d.jakres"))
    assert code == 1 and "broken.json" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "d.jakres").exists()


def test_demo_then_info(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "demo.jakres"
    assert run(capsys, "demo", str(out))[0] == 0
    code, text, _ = run(capsys, "info", str(out), "--json")
    info = json.loads(text)
    assert [g["priority_programs"] for g in info["groups"]] == [14, 49, 19, 13, 30]
    assert [g["stale_decisions"] for g in info["groups"]] == [0] * 5
    assert info["workshop"]["title"] == "Lokakarya Perdana Program Prioritas Jakarta Berketahanan"
    import sqlite3

    assert sqlite3.connect(out).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    code, _, err = run(capsys, "demo", str(out))  # never overwrites
    assert code == 1 and "exists" in err


def test_import_participants_bad_rows(
    workshop: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "peserta.csv"
    src.write_bytes(
        "Nama;Instansi;Unsur;Kelompok\r\nSiti;DLH;Pemerintah daerah;Kelompok 3\r\n"
        ";BPBD;pemda;1\r\nBudi;UI;alien;2\r\n".encode("cp1252")
    )
    path = str(workshop.path)  # type: ignore[attr-defined]
    code, out, err = run(capsys, "import-participants", path, str(src))
    assert code == 1
    lines = err.strip().splitlines()
    assert any(":3:" in x for x in lines) and any(":4:" in x and "alien" in x for x in lines)
    code, text, _ = run(capsys, "info", path, "--json")
    assert sum(g["participants"] for g in json.loads(text)["groups"]) == 0
    code, out, err = run(capsys, "import-participants", path, str(src), "--skip-invalid")
    assert code == 0 and ":4:" in err
    code, text, _ = run(capsys, "info", path, "--json")
    assert [g["participants"] for g in json.loads(text)["groups"]] == [0, 0, 1, 0, 0]


def test_import_programs(
    workshop: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "program.csv"
    src.write_text(
        "Judul,Instansi pemilik,Deskripsi,Fokus utama\n"
        "Sekolah Siaga Bencana,BPBD,Pelatihan sekolah,2\n"
        'Jak-Lingko,Dishub,"Integrasi tarif, antarmoda",4\n',
        encoding="utf-8-sig",
    )
    code, out, err = run(capsys, "import-programs", str(workshop.path), str(src))  # type: ignore[attr-defined]
    assert code == 0, err
    code, text, _ = run(capsys, "info", str(workshop.path), "--json")  # type: ignore[attr-defined]
    assert json.loads(text)["programs"] == 2
