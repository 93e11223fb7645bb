"""Write a file so that a power cut leaves either the old file or the whole new one.

Every temporary file or folder of ours is named by `temp_beside`: a dot, the start
of the destination's name, this machine's tag and process id, a random part and the
suffix `.jakres-tmp`. The name always fits in 255 bytes, however long the
destination's name. A command killed half-way leaves such a name behind;
`clean_stale` removes those whose process is gone (or that are over a day old)
the next time jakres-desk writes into that folder.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import secrets
import shutil
import socket
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import IO

from jakres_desk.base.errors import FileProblem

log = logging.getLogger(__name__)

TEMP_SUFFIX = ".jakres-tmp"
NAME_MAX = 255  # bytes in one file name on every file system we meet
_PREFIX_MAX = 120  # bytes of the destination's name kept in a temporary name
SIDES = ("-wal", "-shm", "-journal")  # SQLite's files beside a database being built
STALE_AFTER = 24 * 3600  # seconds: any temp file of ours this old is left over


@cache
def _host_tag() -> str:
    return hashlib.sha256(socket.gethostname().encode()).hexdigest()[:6]


DATABASE_NAME_MAX = NAME_MAX - len("-journal")  # SQLite puts NAME-journal beside it


def check_database_name(path: Path) -> None:
    """Refuse a .jakres name so long that SQLite could not make its -wal or -journal beside it."""
    size = len(path.name.encode("utf-8"))
    if size > DATABASE_NAME_MAX:
        raise FileProblem("name_too_long", where=str(path), size=size, limit=DATABASE_NAME_MAX)


def _shorten(name: str, limit: int) -> str:
    """`name` cut to at most `limit` UTF-8 bytes, never inside a character."""
    return name.encode("utf-8")[:limit].decode("utf-8", "ignore")


def temp_beside(out: Path) -> Path:
    """A fresh temporary name in `out`'s folder, recognisably ours and never too long."""
    stem = _shorten(out.name, _PREFIX_MAX)
    return out.with_name(f".{stem}.{_host_tag()}-{os.getpid()}-{secrets.token_hex(4)}{TEMP_SUFFIX}")


def _owner(name: str) -> tuple[str, int] | None:
    """(host tag, pid) from one of our temporary names (or SQLite's files beside one)."""
    for side in SIDES:
        if name.endswith(TEMP_SUFFIX + side):
            name = name[: len(name) - len(side)]
            break
    if not (name.startswith(".") and name.endswith(TEMP_SUFFIX)):
        return None
    tag = name[: -len(TEMP_SUFFIX)].rsplit(".", 1)[-1]
    parts = tag.split("-")
    if len(parts) != 3 or not parts[1].isdigit():
        return None
    return parts[0], int(parts[1])


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists but belongs to someone else
    return True


def is_stale(path: Path, *, now: float | None = None) -> bool:
    """True for a temporary file or folder of ours whose writer is gone."""
    owner = _owner(path.name)
    if owner is None:
        return False
    host, pid = owner
    if host == _host_tag() and pid != os.getpid() and not _alive(pid):
        return True
    try:
        age = (now or time.time()) - path.lstat().st_mtime
    except OSError:
        return False
    return age > STALE_AFTER


def clean_stale(folder: Path) -> int:
    """Remove what killed runs of jakres-desk left in `folder`; how many were removed."""
    removed = 0
    try:
        names = [e for e in os.scandir(folder) if _owner(e.name) is not None]
    except OSError:
        return 0
    for entry in names:
        path = Path(entry.path)
        if not is_stale(path):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(path)
            else:
                path.unlink()
            removed += 1
            log.info("removed %s, left by an interrupted run", path)
        except OSError:
            pass  # not ours to fight over: another run may be removing it too
    return removed


FULL_BELOW = 256 * 1024  # bytes free: SQLite's I/O errors below this are a full disk


def disk_is_full(path: Path) -> bool:
    """True when the disk holding `path` has (next to) no room left for us.

    SQLite reports a disk that fills while it maps its -shm file as a plain I/O
    error; the free space tells the two apart.
    """
    folder = path if path.is_dir() else path.parent
    try:
        return shutil.disk_usage(folder).free < FULL_BELOW
    except OSError:
        return False


def os_problem(exc: OSError, where: Path, key: str = "file_cannot_write") -> FileProblem:
    """The FileProblem for an OS error while writing: a full disk gets its own message."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return FileProblem("disk_full", where=str(where))
    if exc.errno == errno.EROFS:
        return FileProblem("read_only_disk", where=str(where))
    return FileProblem(key, where=str(where), detail=exc.strerror or str(exc))


def write_atomic(out: Path, write: Callable[[IO[bytes]], object]) -> None:
    """Write through a temporary file in the same folder, fsync it, rename it over `out`."""
    if not out.parent.is_dir():
        raise FileProblem("folder_missing", where=str(out.parent))
    clean_stale(out.parent)
    tmp = temp_beside(out)
    try:
        with tmp.open("xb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise os_problem(exc, out) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    sync_folder(out.parent)


def write_bytes_atomic(out: Path, body: bytes) -> None:
    """write_atomic for a body already in memory."""
    write_atomic(out, lambda fh: fh.write(body))


def write_set_atomic(bodies: dict[Path, bytes]) -> None:
    """Write several files of one folder as a set: all into a temporary folder, then renamed.

    A failure while writing (a full disk) leaves every old file as it was; only a
    kill between the quick renames at the end can leave old and new files side by side.
    """
    if not bodies:
        return
    folder = next(iter(bodies)).parent
    if not folder.is_dir():
        raise FileProblem("folder_missing", where=str(folder))
    clean_stale(folder)
    staging = temp_beside(next(iter(bodies)))
    try:
        staging.mkdir()
        for path, body in bodies.items():
            with (staging / path.name).open("xb") as fh:
                fh.write(body)
                fh.flush()
                os.fsync(fh.fileno())
        sync_folder(staging)
        for path in bodies:
            os.replace(staging / path.name, path)
    except OSError as exc:
        raise os_problem(exc, next(iter(bodies))) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    sync_folder(folder)


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` survive a power cut (Windows cannot open a folder)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
