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
import logging
import os
import shutil
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
    import hashlib  # here, not at the top: the GUI's first look imports this module

    return hashlib.sha256(_host_name().encode()).hexdigest()[:6]


def _host_name() -> str:
    """socket.gethostname(), without importing socket where os.uname() says it (POSIX)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


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
    random = os.urandom(4).hex()  # secrets.token_hex(4), without importing secrets
    return out.with_name(f".{stem}.{_host_tag()}-{os.getpid()}-{random}{TEMP_SUFFIX}")


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


SET_MARK = ".jakres-set"  # inside a folder written as one set: says the folder is ours
_EXCHANGE = 2  # RENAME_EXCHANGE (Linux renameat2) and RENAME_SWAP (macOS renamex_np)


def write_folder_atomic(target: Path, bodies: dict[str, bytes], *, mark: str) -> list[Path]:
    """Write a folder of files as one set: readers see the whole old set or the whole new one.

    Every file goes into a temporary folder beside `target`, fsynced; then that folder
    and `target` swap places in one atomic step (Linux and macOS), and the old set is
    removed. Where the file system cannot swap (some USB sticks, Windows) the old folder
    is first renamed aside: a kill between the two renames leaves no `target` but the
    whole old set aside, which the next write puts back before anything else. A folder
    at `target` that jakres-desk did not write (no `SET_MARK` in it) is refused, never
    replaced. Returns the paths of the files in `target`.
    """
    parent = target.parent
    if not parent.is_dir():
        raise FileProblem("folder_missing", where=str(parent))
    _finish_interrupted_swap(target)
    clean_stale(parent)
    if target.exists() and not _written_by_us(target):
        raise FileProblem("folder_not_ours", where=str(target))
    staging = temp_beside(target)
    try:
        staging.mkdir()
        for name, body in {**bodies, SET_MARK: mark.encode("utf-8")}.items():
            with (staging / name).open("xb") as fh:
                fh.write(body)
                fh.flush()
                os.fsync(fh.fileno())
        sync_folder(staging)
        if target.exists():
            _swap(staging, target)  # `staging` now holds the old set
        else:
            os.rename(staging, target)
    except OSError as exc:
        raise os_problem(exc, target) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    sync_folder(parent)
    return [target / name for name in bodies]


def _written_by_us(folder: Path) -> bool:
    if not folder.is_dir() or folder.is_symlink():
        return False
    return (folder / SET_MARK).is_file() or not any(folder.iterdir())


def _aside(target: Path) -> Path:
    """Where the fallback swap keeps the old set for a moment (not a temp name: kept)."""
    return target.with_name(f".{_shorten(target.name, _PREFIX_MAX)}.jakres-old")


def _finish_interrupted_swap(target: Path) -> None:
    """Put back the old set a killed fallback swap left aside (or drop it if the new one landed)."""
    aside = _aside(target)
    if not aside.is_dir():
        return
    try:
        if target.exists():
            shutil.rmtree(aside)
        else:
            os.rename(aside, target)
            log.info("put back %s, left aside by an interrupted export", target)
    except OSError as exc:
        raise os_problem(exc, target) from None


def _swap(staging: Path, target: Path) -> None:
    """Exchange two folders atomically where the OS can; else two renames (see above)."""
    if _exchange(staging, target):
        return
    aside = _aside(target)
    os.rename(target, aside)
    os.rename(staging, target)
    os.rename(aside, staging)  # removed with the staging folder


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (renameat2 / renamex_np); False where that is not possible."""
    import ctypes
    import sys

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if sys.platform == "linux" and hasattr(libc, "renameat2"):
            at_fdcwd = -100
            rc = libc.renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), _EXCHANGE)
        elif sys.platform == "darwin" and hasattr(libc, "renamex_np"):
            rc = libc.renamex_np(os.fsencode(a), os.fsencode(b), _EXCHANGE)
        else:
            return False
    except OSError:
        return False
    if rc == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), str(b))


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` survive a power cut (Windows cannot open a folder)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
