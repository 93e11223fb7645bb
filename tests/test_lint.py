"""The tree stays lint-clean, and core/store stay strictly typed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ruff_clean() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "jakres_desk", "tests", "bench"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_strict_below_the_ui() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "jakres_desk/base",
            "jakres_desk/core",
            "jakres_desk/store",
            "jakres_desk/report",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
