"""Look at a file before trusting it: header, application id, size, revision.

Everything here reads bytes or opens SQLite read-only; nothing is written, so a
file that turns out not to be ours is left exactly as it was.
"""

from __future__ import annotations

import os
import sqlite3
import struct
from pathlib import Path
from typing import NamedTuple

from jakres_desk.base.errors import FileProblem
from jakres_desk.store.atomic import disk_is_full

SQLITE_MAGIC = b"SQLite format 3\x00"
APPLICATION_ID = 0x4A4B5253  # "JKRS"


class Probe(NamedTuple):
    """What the header of a .jakres file says."""

    path: Path
    size: int
    page_size: int
    page_count: int
    revision: str | None


def read_header(path: Path) -> bytes:
    """The first 100 bytes, or a clear error when the file is missing or empty."""
    where = str(path)
    if not path.exists():
        if path.is_symlink():  # a loop of links, or one whose target is gone
            raise FileProblem("file_bad_link", where=where)
        raise FileProblem("file_missing", where=where)
    if not path.is_file():
        raise FileProblem("file_not_regular", where=where)
    if path.stat().st_size == 0:
        raise FileProblem("file_empty", where=where)
    with path.open("rb") as fh:
        return fh.read(100)


def check_header(path: Path, header: bytes) -> tuple[int, int]:
    """Page size and page count after checking magic, application id and length."""
    where = str(path)
    if not header.startswith(SQLITE_MAGIC[: len(header)]) or not header:
        raise FileProblem("file_not_sqlite", where=where)
    if len(header) < 100:
        raise FileProblem("file_truncated", where=where, expected=100, actual=len(header))
    (app_id,) = struct.unpack(">I", header[68:72])
    if app_id != APPLICATION_ID:
        raise FileProblem("file_foreign_sqlite", where=where)
    (raw_page,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if raw_page == 1 else raw_page
    (page_count,) = struct.unpack(">I", header[28:32])
    size = path.stat().st_size
    if page_count and size < page_size * page_count:
        raise FileProblem(
            "file_truncated", where=where, expected=page_size * page_count, actual=size
        )
    return page_size, page_count


def read_revision(path: Path) -> str | None:
    """The schema revision stored in the file, read with a read-only connection.

    Without a -wal beside it the file is opened immutable, so SQLite creates no
    -wal/-shm files next to a file we may yet refuse. With one (the file was not
    closed cleanly), the WAL holds committed data and must be read too.
    """
    wal = path.with_name(path.name + "-wal")
    flags = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    uri = f"{path.resolve().as_uri()}?{flags}"
    try:
        con = sqlite3.connect(uri, uri=True)
        try:
            ok = con.execute("PRAGMA quick_check").fetchone()
            if not ok or ok[0] != "ok":
                raise FileProblem("file_damaged", where=str(path), detail=str(ok and ok[0]))
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise _read_problem(path, exc) from None
    return row[0] if row else None


def _read_problem(path: Path, exc: sqlite3.DatabaseError) -> FileProblem:
    """Damaged content, or a disk that cannot be read or has no room for SQLite's -shm."""
    primary = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    if primary in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_FULL):
        if primary == sqlite3.SQLITE_FULL or disk_is_full(path):
            return FileProblem("disk_full", where=str(path))
        return FileProblem("file_cannot_read", where=str(path), detail=str(exc))
    return FileProblem("file_damaged", where=str(path), detail=str(exc))


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file; False when either cannot be followed (a link loop)."""
    try:
        return os.path.samefile(a, b)
    except (OSError, RuntimeError):
        return False


def probe(path: Path) -> Probe:
    """Check that a path holds a sound .jakres file and say which revision."""
    header = read_header(path)
    page_size, page_count = check_header(path, header)
    revision = read_revision(path)
    if revision is None:
        raise FileProblem("file_damaged", where=str(path), detail="no schema revision")
    return Probe(path, path.stat().st_size, page_size, page_count, revision)
