"""The command line against real file faults: folders it cannot write, full disks, odd paths."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from jakres_desk.cli import main
from tests.faults import fill_up, public_temp, run_cli, run_unprivileged, small_disk


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.jakres"
    assert main(["demo", str(path)]) == 0
    return path


@pytest.fixture
def locked_folder(demo_file: Path) -> Iterator[tuple[Path, Path]]:
    """(the demo in a folder the user cannot write, a home the user can)."""
    with public_temp() as root:
        shared = root / "shared"
        shared.mkdir()
        path = Path(shutil.copy(demo_file, shared / "demo.jakres"))
        path.chmod(0o644)
        shared.chmod(0o555)
        home = root / "home"
        home.mkdir()
        home.chmod(0o777)
        yield path, home


def _one_line(stderr: str) -> str:
    assert "Traceback" not in stderr
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    return lines[0]


def test_a_file_in_a_folder_the_user_cannot_write_is_read(
    locked_folder: tuple[Path, Path],
) -> None:
    path, home = locked_folder
    before = path.read_bytes()
    info = run_unprivileged("info", "--json", str(path), home=home)
    assert info.returncode == 0, info.stderr
    assert len(json.loads(info.stdout)["groups"]) == 5
    for argv in (
        ("info", str(path)),
        ("report", str(path), "-o", str(home / "summary.pdf")),
        ("export", str(path), "-o", str(home / "all.json")),
        ("export", str(path), "-o", str(home / "all.xlsx")),
        ("log", str(path)),
    ):
        done = run_unprivileged(*argv, home=home)
        assert done.returncode == 0, (argv, done.stderr)
        assert "Traceback" not in done.stderr
    csv = home / "people.csv"
    csv.write_text("name,organisation\nBudi Santoso,Bappeda\n", encoding="utf-8")
    refused = run_unprivileged("import-participants", str(path), str(csv), home=home)
    assert refused.returncode == 1
    line = _one_line(refused.stderr)
    assert "read-only" in line and "cannot write into this file's folder" in line
    assert sorted(p.name for p in path.parent.iterdir()) == ["demo.jakres"]
    assert path.read_bytes() == before


# --- a full disk: one line saying so, nothing half-made, every committed edit kept ---------


def _full_disk_line(err: str) -> None:
    line = _one_line(err)
    assert "the disk is full" in line, line


def test_new_and_load_on_a_full_disk_leave_nothing(
    tmp_path: Path, demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = tmp_path / "demo.json"
    assert main(["export", str(demo_file), "-o", str(exported)]) == 0
    with small_disk(tmp_path / "disk", 400) as disk:
        capsys.readouterr()
        argv = ["new", str(disk / "w.jakres"), "--title", "Lokakarya", "--date", "2018-09-26"]
        assert main(argv) == 1
        _full_disk_line(capsys.readouterr().err)
        assert list(disk.iterdir()) == []
        assert main(["load", str(exported), "-o", str(disk / "l.jakres")]) == 1
        _full_disk_line(capsys.readouterr().err)
        assert list(disk.iterdir()) == []


def test_exports_onto_a_full_disk_say_so_in_one_line(
    tmp_path: Path, demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with small_disk(tmp_path / "disk", 64) as disk:
        for name in ("all.xlsx", "all.json", "all.csv", "summary.pdf"):
            cmd = "report" if name.endswith(".pdf") else "export"
            done = run_cli(cmd, str(demo_file), "-o", str(disk / name))
            assert done.returncode == 1, name
            _full_disk_line(done.stderr)  # nothing printed after it (openpyxl's writers)
            assert list(disk.iterdir()) == [], name


def test_an_import_on_a_full_disk_keeps_the_file_as_it_was(
    tmp_path: Path, demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = tmp_path / "people.csv"
    rows = "".join(f"Orang Nomor {i},Dinas {i % 50},Kelompok 1\n" for i in range(20_000))
    csv.write_text("name,organisation,group\n" + rows, encoding="utf-8")
    with small_disk(tmp_path / "disk", 3 * 1024) as disk:
        master = Path(shutil.copy(demo_file, disk / "demo.jakres"))
        assert main(["info", str(master)]) == 0
        fill_up(disk)
        capsys.readouterr()
        assert main(["import-participants", str(master), str(csv)]) == 1
        _full_disk_line(capsys.readouterr().err)
        (disk / "filler.bin").unlink()
        assert main(["info", "--json", str(master)]) == 0
        info = json.loads(capsys.readouterr().out)
        assert info["groups"][0]["participants"] == 15


# --- smaller faults: one line each, never a traceback -------------------------------------


def test_a_damaged_file_is_refused_in_one_line(
    tmp_path: Path, demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged = Path(shutil.copy(demo_file, tmp_path / "rusak.jakres"))
    # Scribble over three b-tree pages of tables `info` reads (found by SQLite's dbstat:
    # fixed page numbers hit other tables whenever the schema changes).
    with closing(sqlite3.connect(f"file:{demo_file}?mode=ro&immutable=1", uri=True)) as con:
        pages = [
            n
            for (n,) in con.execute(
                "SELECT pageno FROM dbstat WHERE name IN ('breakout_group', 'candidate')"
                " AND pagetype = 'leaf' ORDER BY pageno LIMIT 3"
            )
        ]
    with damaged.open("r+b") as fh:
        for page in pages:
            fh.seek((page - 1) * 4096 + 100)
            fh.write(b"\xff" * 200)
    master = Path(shutil.copy(demo_file, tmp_path / "master.jakres"))
    before = master.read_bytes()
    for argv in (["info", str(damaged)], ["merge", str(master), str(damaged)]):
        capsys.readouterr()
        assert main(argv) == 1
        line = _one_line(capsys.readouterr().err)
        assert "damaged" in line
    assert master.read_bytes() == before


def test_a_symlink_loop_given_to_merge_is_refused_in_one_line(
    tmp_path: Path, demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.jakres").symlink_to(tmp_path / "b.jakres")
    (tmp_path / "b.jakres").symlink_to(tmp_path / "a.jakres")
    master = Path(shutil.copy(demo_file, tmp_path / "master.jakres"))
    capsys.readouterr()
    assert main(["merge", str(master), str(tmp_path / "a.jakres")]) == 1
    assert "loop" in _one_line(capsys.readouterr().err)


def test_info_json_into_a_pipe_closed_early_prints_no_traceback(demo_file: Path) -> None:
    cmd = [sys.executable, "-m", "jakres_desk.cli", "info", "--json", str(demo_file)]
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        assert proc.stdout.readline().strip() == b"{"
        proc.stdout.close()  # what `| head -1` does
        err = proc.stderr.read().decode()
        assert proc.wait() == 0, err
    assert "Traceback" not in err and "BrokenPipe" not in err


@pytest.mark.parametrize("size", [219, 240, 255])
def test_output_names_up_to_the_longest_allowed_are_written(
    tmp_path: Path, demo_file: Path, size: int, capsys: pytest.CaptureFixture[str]
) -> None:
    for suffix, argv in (
        (".json", ["export", str(demo_file)]),
        (".xlsx", ["export", str(demo_file)]),
        (".pdf", ["report", str(demo_file)]),
        (".jakres", ["kit", str(demo_file), "--group", "Kelompok 1"]),
    ):
        # SQLite puts NAME-journal beside a workshop file: its name may have 247 bytes.
        length = min(size, 247) if suffix == ".jakres" else size
        out = tmp_path / _name_of(length, suffix)
        capsys.readouterr()
        assert main([*argv, "-o", str(out)]) == 0, capsys.readouterr().err
        assert out.is_file()
        if length < size:
            assert main([*argv, "-o", str(tmp_path / _name_of(size, suffix))]) == 1
            assert "name is too long" in _one_line(capsys.readouterr().err)
    assert all(".jakres-tmp" not in p.name for p in tmp_path.iterdir())


def _name_of(size: int, suffix: str) -> str:
    """A name of `size` UTF-8 bytes, mostly two-byte letters."""
    name = "ê" * ((size - len(suffix)) // 2) + "x" * ((size - len(suffix)) % 2) + suffix
    assert len(name.encode()) == size
    return name
