"""A look at a .jakres file without SQLAlchemy: the read-only commands' way in.

`info` and `log` only read a few counts and rows. Importing SQLAlchemy and the
ORM classes costs them ten times the reading itself, so they open the file here
with the bare sqlite3 module, after the same checks `db.open_file` makes
(header, application id, quick_check, schema revision, a look-alike without our
tables) and with the same pragmas. Only what is not ordinary goes the long way:
a file at an older revision is opened once through `db.open_file`, which backs
it up and migrates it (or refuses it, read-only) as it always has.

The pragmas and the read-only test live here, not in engine.py, so that both
ways of opening a file share them without this one importing SQLAlchemy.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from jakres_desk.base.errors import FileProblem
from jakres_desk.store import migrate
from jakres_desk.store.probe import _read_problem, probe

PRAGMAS = (
    "foreign_keys=ON",
    "journal_mode=WAL",
    "synchronous=FULL",
    "trusted_schema=OFF",
    "busy_timeout=5000",
    # Checkpoints are run by JakresFile (off the hot path of a vote), not
    # by whichever commit happens to cross SQLite's page limit.
    "wal_autocheckpoint=0",
)
READ_ONLY_PRAGMAS = ("foreign_keys=ON", "trusted_schema=OFF", "busy_timeout=5000")


def identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of what `path` names now; None when nothing is there."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return st.st_dev, st.st_ino


def drop_orphan_sidecars(path: Path) -> None:
    """A file renamed or deleted while open: with nothing at its old name any more, its
    -shm and its emptied -wal (left there by the last close) are removed."""
    if path.exists():
        return
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        try:
            if suffix == "-shm" or side.stat().st_size == 0:
                side.unlink()
        except OSError:
            pass


def read_only_reason(path: Path) -> str | None:
    """Why this process cannot write `path` (a message key), or None when it can.

    SQLite needs to write the file and to create its -wal and -shm beside it, so
    the folder must be writable too.
    """
    path = Path(path)
    try:
        if os.statvfs(path.parent).f_flag & os.ST_RDONLY:
            return "read_only_disk"
    except (OSError, AttributeError):  # no statvfs on Windows
        pass
    if not os.access(path.parent, os.W_OK):
        return "read_only_folder"
    if not os.access(path, os.W_OK):
        return "read_only_file"
    return None


def read_only_uri(path: Path) -> str:
    """SQLite's URI for reading `path` without writing anything beside it.

    Without a -wal beside the file it is opened immutable (no lock files); with
    one, plain read-only, so the committed content waiting in the WAL is read too.
    """
    wal = Path(path).with_name(Path(path).name + "-wal")
    flags = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    return f"{Path(path).resolve().as_uri()}?{flags}"


def _connect(path: Path, reason: str | None) -> sqlite3.Connection:
    """A connection as the engine makes them; a read-only file is opened read-only."""
    pragmas: tuple[str, ...]
    if reason is None:
        con = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        pragmas = PRAGMAS
    else:
        uri = read_only_uri(path)
        con = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        pragmas = READ_ONLY_PRAGMAS
    try:
        for pragma in pragmas:
            con.execute(f"PRAGMA {pragma}")
        con.execute("PRAGMA query_only=ON")  # a look never writes
        if reason is not None:
            con.execute("SELECT count(*) FROM sqlite_schema")
    except sqlite3.DatabaseError as exc:
        con.close()
        if reason is not None:
            # A -wal beside it that SQLite cannot read without writing its -shm.
            raise FileProblem("read_only_unclean", where=str(path)) from None
        raise _read_problem(path, exc) from None
    return con


def _problem(path: Path, exc: sqlite3.DatabaseError) -> FileProblem:
    """A busy file, else what probe says of an unreadable disk or damaged content."""
    primary = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return FileProblem("file_busy", where=str(path))
    return _read_problem(path, exc)


def _bring_to_head(path: Path, revision: str, device_id: str) -> None:
    """An older file: let db.open_file back it up and migrate it (or refuse it)."""
    from jakres_desk.store.db import open_file

    open_file(path, device_id=device_id).close()
    found = probe(path)
    if found.revision != migrate.head():  # pragma: no cover - open_file migrates or raises
        raise FileProblem("file_needs_upgrade", where=str(path), revision=revision)


@contextmanager
def glance(
    path: Path, *, device_id: str, upgrade: bool = True
) -> Iterator[sqlite3.Connection]:
    """A connection on `path` inside one read transaction (a consistent snapshot).

    Checked as `db.open_file` checks a file; an older file is migrated first, as
    opening it would (`upgrade=False`: refused as "file_needs_upgrade" instead).
    Nothing is written through the connection.
    """
    path = Path(path)
    found = probe(path)
    assert found.revision is not None
    migrate.check_known(path, found.revision)
    if found.revision != migrate.head():
        table = migrate.missing_founding_table(path)
        if table is not None:
            raise FileProblem("file_not_whole", where=str(path), table=table)
        if not upgrade:
            raise FileProblem("file_needs_upgrade", where=str(path), revision=found.revision)
        _bring_to_head(path, found.revision, device_id)
    con = _connect(path, read_only_reason(path))
    try:
        try:
            con.execute("BEGIN")
            yield con
        except sqlite3.DatabaseError as exc:
            # A busy file, a disk that cannot be read, or a look-alike at our revision
            # without the tables or columns ours have: said in words, never a traceback.
            raise _problem(path, exc) from None
        finally:
            if con.in_transaction:
                con.execute("ROLLBACK")
    finally:
        con.close()
