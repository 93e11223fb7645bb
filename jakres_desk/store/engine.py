"""The engine on one .jakres file: our pragmas on every connection, read-only files,
and the OS's and SQLite's errors told in words (a full disk, a folder we may not
write, a file moved away).
"""

from __future__ import annotations

import errno
import logging
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError

from jakres_desk.base.errors import FileProblem
from jakres_desk.store.atomic import disk_is_full, os_problem
from jakres_desk.store.glance import PRAGMAS, READ_ONLY_PRAGMAS, read_only_reason, read_only_uri
from jakres_desk.store.glance import identity as identity

log = logging.getLogger(__name__)


def _on_connect(dbapi_con: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own
    # implicit transactions would leave reads outside the transaction).
    dbapi_con.isolation_level = None
    for pragma in PRAGMAS:
        dbapi_con.execute(f"PRAGMA {pragma}")


def _on_connect_read_only(dbapi_con: sqlite3.Connection, _record: Any) -> None:
    dbapi_con.isolation_level = None
    for pragma in READ_ONLY_PRAGMAS:
        dbapi_con.execute(f"PRAGMA {pragma}")


def _on_begin(conn: Any) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine on one file with our pragmas on every connection.

    Read-only: without a -wal beside the file SQLite opens it immutable (no lock
    files, nothing created beside it); with one, plain read-only, so the committed
    content waiting in the WAL is read too.
    """
    if not read_only:
        engine = create_engine(f"sqlite:///{path}", future=True)
        event.listen(engine, "connect", _on_connect)
    else:
        uri = read_only_uri(path)
        # The URL names the file so that SQLAlchemy pools as for any file; the
        # creator opens it through SQLite's URI with the read-only flags.
        engine = create_engine(
            f"sqlite:///{path}",
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
        )
        event.listen(engine, "connect", _on_connect_read_only)
    event.listen(engine, "begin", _on_begin)
    return engine


def problem_for(exc: BaseException, path: Path) -> FileProblem | None:
    """The FileProblem a user should see for an SQLite or OS error while writing `path`.

    None for errors that are not about the file or the disk (constraint failures and
    the like, which the services turn into their own messages).
    """
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    if isinstance(orig, OSError):  # others may be about another file (an import's source)
        full = orig.errno in (errno.ENOSPC, errno.EDQUOT, errno.EROFS)
        return os_problem(orig, path) if full else None
    code = getattr(orig, "sqlite_errorcode", None)
    if not isinstance(orig, sqlite3.Error) or code is None:
        return None
    primary = code & 0xFF
    io = primary in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN)
    if primary == sqlite3.SQLITE_FULL or (io and disk_is_full(path)):
        return FileProblem("disk_full_write", where=str(path))
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return FileProblem("file_busy", where=str(path))
    if primary == sqlite3.SQLITE_READONLY:
        return FileProblem(read_only_reason(path) or "read_only_file", where=str(path))
    if io:
        return FileProblem("file_cannot_write", where=str(path), detail=str(orig))
    return None

