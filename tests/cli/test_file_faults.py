"""The command line against real file faults: folders it cannot write, full disks, odd paths."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from jakres_desk.cli import main
from tests.faults import public_temp, run_unprivileged


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
