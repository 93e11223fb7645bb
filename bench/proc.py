"""A whole process, timed as a user waits on it: from spawn to exit (or to its ready mark).

Wall time is measured around the child from the moment before it is spawned;
its peak memory is the child's own peak resident set, read from wait4's
rusage (so it is the child's alone, not the largest of all children so far).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
PYTHON = sys.executable


@dataclass(frozen=True)
class Sample:
    seconds: float
    peak_mib: float
    stdout: str
    marks: tuple[float, ...] = ()  # every stamp in the ready file, in seconds from the spawn


def command(name: str) -> list[str]:
    """The installed `jakres-desk` next to this interpreter (what a user runs), else -m."""
    script = Path(PYTHON).with_name(name)
    return [str(script)] if script.exists() else [PYTHON, "-m", "jakres_desk.cli"]


def floor_script(*args: str) -> list[str]:
    return [PYTHON, str(BENCH / "floors.py"), *args]


def run(
    argv: Sequence[str],
    env: dict[str, str],
    *,
    cwd: Path | None = None,
    ready: Path | None = None,
    timeout: float = 300,
) -> Sample:
    """Run `argv` to its end; its wall time (to exit, or to the stamp it writes in `ready`)."""
    if ready is not None and ready.exists():
        ready.unlink()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start_wall = time.time()
        start = time.perf_counter()
        child = subprocess.Popen(list(argv), env=env, cwd=cwd, stdout=out, stderr=err)
        status, usage = _wait(child.pid, timeout)
        took = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    if ready is not None:
        if not ready.exists():
            raise SystemExit(f"no ready mark from: {' '.join(argv)}\n{stderr[-2000:]}")
        marks = tuple(float(stamp) - start_wall for stamp in ready.read_text().split())
        took = marks[0]
    elif child.returncode != 0:
        raise SystemExit(f"failed ({child.returncode}): {' '.join(argv)}\n{stderr[-2000:]}")
    else:
        marks = ()
    return Sample(took, usage.ru_maxrss / 1024, stdout, marks)  # ru_maxrss: KiB on Linux


def _wait(pid: int, timeout: float) -> tuple[int, Any]:
    """Reap the child with wait4 (its exit status, its own resource usage); kill it if late."""
    guard = threading.Timer(timeout, os.kill, (pid, signal.SIGKILL))
    guard.start()
    try:
        _pid, status, usage = os.wait4(pid, 0)
    finally:
        guard.cancel()
    return status, usage


def bench_env(home: Path, **extra: str) -> dict[str, str]:
    """A child's environment: offscreen Qt, a private home (no one's settings or logs)."""
    env = dict(os.environ)
    # PYTHONDONTWRITEBYTECODE (set on some build machines) would make every run compile
    # our modules from source again; a user's installation keeps its bytecode.
    for key in ("JAKRES_BENCH_READY", "PYTHONPROFILEIMPORTTIME", "PYTHONDONTWRITEBYTECODE"):
        env.pop(key, None)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
        JAKRES_LANG="id",
        JAKRES_DEVICE_ID="44444444-4444-4444-8444-444444444444",
    )
    env.update(extra)
    return env
