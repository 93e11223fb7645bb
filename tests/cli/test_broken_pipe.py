"""`jakres-desk CMD | head -c 10`: a reader that leaves early gets no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from jakres_desk.cli import main


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.jakres"
    assert main(["demo", str(path)]) == 0
    return path


@pytest.mark.parametrize(
    "argv",
    [["info", "--json"], ["info"], ["log", "--json"], ["--lang", "id", "log"]],
    ids=["info-json", "info", "log-json", "log"],
)
def test_a_pipe_closed_before_anything_is_written_ends_quietly(demo: Path, argv: list[str]) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the command prints a byte
    try:
        done = subprocess.run(
            [sys.executable, "-m", "jakres_desk.cli", *argv, str(demo)],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    finally:
        os.close(write_end)
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr, done.stderr
    assert done.returncode == 0, done.stderr
