"""reportlab's C helpers (the rl-accel package) are in use and change no byte of the PDF."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from jakres_desk.core.demo import build_demo
from tests.conftest import DEVICE

REPORT = "from jakres_desk.cli import main; sys.exit(main(sys.argv[1:]))"
WITHOUT = "import sys; sys.modules['_rl_accel'] = None; "  # what reportlab does without it


def _report(demo: Path, out: Path, prefix: str) -> str:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            prefix + "import sys; " + REPORT,
            "report",
            str(demo),
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    return hashlib.sha256(out.read_bytes()).hexdigest()


def test_the_accelerator_is_installed_and_used() -> None:
    from reportlab.lib import rl_accel

    assert "fp_str" in rl_accel._c_funcs, "rl-accel missing: reportlab runs its Python fallbacks"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_pdf_is_the_same_byte_for_byte_with_or_without_it(tmp_path: Path, lang: str) -> None:
    demo = tmp_path / "demo.jakres"
    build_demo(demo, device_id=DEVICE).close()
    prefix = f"import os; os.environ['JAKRES_LANG'] = '{lang}'; "
    with_c = _report(demo, tmp_path / "with.pdf", prefix)
    without = _report(demo, tmp_path / "without.pdf", WITHOUT + prefix)
    assert with_c == without
