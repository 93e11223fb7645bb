"""Never hand over a live file: write a checked snapshot of an open .jakres file.

A snapshot is SQLite's `VACUUM INTO` a temporary name in the destination folder
(one read transaction, so it holds exactly the last committed state, WAL
included), optionally cut down by a transform, turned into a single
rollback-journal file, fsynced, checked, and only then renamed onto the
destination. A failure at any step leaves the destination as it was and no
temporary file behind.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from jakres_desk.base.errors import FileProblem
from jakres_desk.store.atomic import check_database_name, clean_stale, temp_beside
from jakres_desk.store.db import JakresFile
from jakres_desk.store.probe import probe

log = logging.getLogger(__name__)

Transform = Callable[[sqlite3.Connection], None]

# Files SQLite may leave beside a database; none of them may survive a snapshot.
SIDE_SUFFIXES = ("-journal", "-wal", "-shm")


@dataclass(frozen=True)
class SnapshotInfo:
    """What was written: where, how big, its SHA-256, rows per table and dots placed."""

    path: Path
    size: int
    sha256: str
    counts: dict[str, int]
    dots: int = 0  # the sum of the dot-vote records (each record holds one person's dots)


def write_snapshot(
    f: JakresFile, dest: Path, *, transform: Transform | None = None, overwrite: bool = False
) -> SnapshotInfo:
    """Write a checked, self-contained copy of the open file to `dest`."""
    dest = Path(dest)
    _check_destination(f, dest, overwrite)
    existed = dest.exists()
    clean_stale(dest.parent)
    tmp = temp_beside(dest)  # fits in 255 bytes beside however long a name
    try:
        _vacuum_into(f, tmp)
        _finish(tmp, transform)
        _fsync_file(tmp, dest)
        check_snapshot(tmp)
        _place(tmp, dest, overwrite)
    except BaseException:
        _remove(tmp)
        raise
    _confirm(dest, created=not existed)
    counts = table_counts(dest)
    info = SnapshotInfo(dest, dest.stat().st_size, file_sha256(dest), counts, dots_placed(dest))
    log.info("wrote %s from %s: %d bytes, sha256 %s", dest, f.path, info.size, info.sha256)
    return info


def _check_destination(f: JakresFile, dest: Path, overwrite: bool) -> None:
    folder = dest.parent
    if not folder.is_dir():
        raise FileProblem("folder_missing", where=str(folder))
    check_database_name(dest)
    if dest.exists() or dest.is_symlink():
        if not overwrite or not dest.is_file():
            raise FileProblem("file_exists", where=str(dest))
        if dest.resolve() == Path(f.path).resolve():
            raise FileProblem("snapshot_onto_open", where=str(dest))
        # A WAL beside the old file would be replayed into the new one.
        if _side(dest, "-wal").exists():
            raise FileProblem("file_in_use", where=str(dest))


def _side(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _problem(exc: BaseException, key: str, where: Path) -> FileProblem:
    """The FileProblem for an OS or SQLite error: a full disk gets its own message."""
    code = getattr(exc, "sqlite_errorcode", None)
    if getattr(exc, "errno", None) == errno.ENOSPC or code == sqlite3.SQLITE_FULL:
        return FileProblem("disk_full", where=str(where))
    detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return FileProblem(key, where=str(where), detail=detail)


def _vacuum_into(f: JakresFile, tmp: Path) -> None:
    """Copy the last committed state (main file and WAL) into `tmp`, in one read."""
    raw = f.engine.raw_connection()
    try:
        # The pool's connections run without implicit transactions (see db.py),
        # and VACUUM refuses to run inside one.
        con = cast(sqlite3.Connection, raw.driver_connection)
        con.execute("VACUUM INTO ?", (str(tmp),))
    except (OSError, sqlite3.Error) as exc:
        raise _problem(exc, "folder_cannot_write", tmp.parent) from exc
    finally:
        raw.close()


def _finish(tmp: Path, transform: Transform | None) -> None:
    """Run the transform in one transaction, then leave one rollback-journal file."""
    con = sqlite3.connect(tmp, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode=DELETE")
        con.execute("PRAGMA foreign_keys=ON")
        if transform is not None:
            _in_transaction(con, transform)
            # Rebuild the file so that removed rows leave no bytes behind.
            con.execute("VACUUM")
    except (OSError, sqlite3.Error) as exc:
        raise _problem(exc, "snapshot_failed", tmp.parent) from exc
    finally:
        con.close()


def _in_transaction(con: sqlite3.Connection, transform: Transform) -> None:
    con.execute("BEGIN IMMEDIATE")
    try:
        transform(con)
        con.execute("COMMIT")
    except BaseException:
        if con.in_transaction:  # SQLite may have rolled back already (disk full)
            con.execute("ROLLBACK")
        raise


def _fsync_file(tmp: Path, dest: Path) -> None:
    try:
        with tmp.open("rb+") as fh:
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        raise _problem(exc, "file_cannot_write", dest) from exc


def _place(tmp: Path, dest: Path, overwrite: bool) -> None:
    """Rename the checked copy onto `dest` and make the rename itself durable."""
    if not overwrite and (dest.exists() or dest.is_symlink()):
        raise FileProblem("file_exists", where=str(dest))  # appeared while we worked
    try:
        os.replace(tmp, dest)
    except OSError as exc:
        raise _problem(exc, "file_cannot_write", dest) from exc
    _fsync_folder(dest.parent)


def _fsync_folder(folder: Path) -> None:
    # Windows cannot open a folder for fsync; its rename is durable enough there.
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        # Some file systems cannot fsync a folder; the rename has happened anyway.
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF, errno.EACCES):
            raise _problem(exc, "file_cannot_write", folder) from exc


def _confirm(dest: Path, *, created: bool) -> None:
    """Re-open what landed at `dest`; remove it if it is bad and ours alone."""
    try:
        probe(dest)
    except FileProblem as exc:
        if created:
            _remove(dest)
        raise FileProblem("snapshot_failed", where=str(dest), detail=exc.message()) from exc


def _remove(path: Path) -> None:
    for p in (path, *(_side(path, s) for s in SIDE_SUFFIXES)):
        try:
            p.unlink(missing_ok=True)
        except OSError:
            pass  # best effort: the error being reported matters more


def check_snapshot(path: Path) -> None:
    """Refuse a copy that is not a sound, self-contained .jakres file."""
    try:
        probe(path)
    except FileProblem as exc:
        raise FileProblem("snapshot_failed", where=str(path), detail=exc.message()) from exc
    problems = _sqlite_problems(path)
    problems += [f"{s} left beside it" for s in SIDE_SUFFIXES if _side(path, s).exists()]
    if problems:
        raise FileProblem("snapshot_failed", where=str(path), detail="; ".join(problems[:5]))


def _sqlite_problems(path: Path) -> list[str]:
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        problems = [row[0] for row in con.execute("PRAGMA integrity_check") if row[0] != "ok"]
        problems += [
            f"foreign key {row[0]}.{row[1]} -> {row[2]}"
            for row in con.execute("PRAGMA foreign_key_check")
        ]
        mode = con.execute("PRAGMA journal_mode").fetchone()[0]
        if str(mode).lower() == "wal":
            problems.append("still in WAL mode")
    except sqlite3.Error as exc:
        problems = [str(exc)]
    finally:
        con.close()
    return problems


def file_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes, in hex."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def table_counts(path: Path) -> dict[str, int]:
    """Rows in each table of a .jakres file (Alembic's own table left out)."""
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        names = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_schema WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "AND name != 'alembic_version' ORDER BY name"
            )
        ]
        return {n: int(con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]) for n in names}
    finally:
        con.close()


def dots_placed(path: Path) -> int:
    """Dots over every dot-vote record of a .jakres file (a record holds one person's dots)."""
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(con.execute("SELECT coalesce(sum(count), 0) FROM dot_vote").fetchone()[0])
    finally:
        con.close()
