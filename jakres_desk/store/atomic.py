"""Writing a file so that a power cut leaves either the old file or the whole new one."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import IO

from jakres_desk.base.errors import FileProblem
from jakres_desk.store.stamps import new_id


def write_atomic(out: Path, write: Callable[[IO[bytes]], object]) -> None:
    """Write through a temporary file in the same folder, fsync it, rename it over `out`."""
    if not out.parent.is_dir():
        raise FileProblem("folder_missing", where=str(out.parent))
    tmp = out.with_name(f".{out.name}.{new_id()}.tmp")
    try:
        with tmp.open("xb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        detail = exc.strerror or str(exc)
        raise FileProblem("file_cannot_write", where=str(out), detail=detail) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    sync_folder(out.parent)


def write_bytes_atomic(out: Path, body: bytes) -> None:
    """write_atomic for a body already in memory."""
    write_atomic(out, lambda fh: fh.write(body))


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` survive a power cut (Windows cannot open a folder)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
