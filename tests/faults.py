"""Real file-system faults for tests: read-only folders and disks, a full disk.

Tests run as root on the project's machines and CI, and root ignores file
permissions. So each fault is made for real where it can be, and the test is
skipped (saying why) where it cannot:

- a folder the user cannot write: the folder is chmod 555 and the command runs
  as an unprivileged user (`setpriv` to nobody when we are root);
- a read-only disk: a read-only bind mount of a folder (root only);
- a full disk: a small tmpfs mounted on a folder (root only).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

NOBODY = 65534


def _run(*cmd: str) -> bool:
    return subprocess.run(cmd, capture_output=True).returncode == 0


@contextmanager
def read_only_mount(folder: Path) -> Iterator[Path]:
    """`folder` bind-mounted read-only over itself (EROFS for every writer, root too)."""
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("a read-only bind mount needs root")
    if not _run("mount", "--bind", str(folder), str(folder)):
        pytest.skip("bind mounts are not allowed here")
    try:
        if not _run("mount", "-o", "remount,ro,bind", str(folder)):
            pytest.skip("cannot remount read-only here")
        yield folder
    finally:
        _run("umount", str(folder))


@contextmanager
def small_disk(folder: Path, size_kib: int) -> Iterator[Path]:
    """A tmpfs of `size_kib` KiB mounted on `folder` (a disk that fills up)."""
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a small tmpfs needs root")
    folder.mkdir(parents=True, exist_ok=True)
    if not _run("mount", "-t", "tmpfs", "-o", f"size={size_kib}k", "tmpfs", str(folder)):
        pytest.skip("tmpfs mounts are not allowed here")
    try:
        yield folder
    finally:
        _run("umount", "-l", str(folder))


def fill_up(folder: Path) -> None:
    """Write a filler file until the disk under `folder` is full."""
    try:
        with (folder / "filler.bin").open("wb") as fh:
            while True:
                fh.write(b"\0" * 4096)
                fh.flush()
    except OSError:
        pass


@contextmanager
def public_temp() -> Iterator[Path]:
    """A temporary folder that an unprivileged user can enter (pytest's is root-only)."""
    folder = Path(tempfile.mkdtemp(prefix="jakres-faults-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        for p in (folder, *folder.rglob("*")):
            if p.is_dir() and not p.is_symlink():
                p.chmod(0o755)
        shutil.rmtree(folder, ignore_errors=True)


def _as_nobody() -> list[str]:
    """The command prefix that drops root's privileges (skips when that cannot work)."""
    if os.geteuid() != 0:
        return []
    if not shutil.which("setpriv"):
        pytest.skip("no setpriv to run as an unprivileged user")
    prefix = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    if not _run(*prefix, sys.executable, "-c", "import jakres_desk.cli"):
        pytest.skip("an unprivileged user cannot read this checkout or its Python")
    return prefix


def run_unprivileged(*argv: str, home: Path) -> subprocess.CompletedProcess[str]:
    """`jakres-desk argv` in a new process that file permissions apply to."""
    cmd = [*_as_nobody(), sys.executable, "-m", "jakres_desk.cli", *argv]
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "JAKRES_LANG": "en",
    }
    return subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=home, timeout=300)


def run_cli(*argv: str) -> subprocess.CompletedProcess[str]:
    """`jakres-desk argv` in a new process (so whatever it prints at exit is seen too)."""
    cmd = [sys.executable, "-m", "jakres_desk.cli", *argv]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300)
