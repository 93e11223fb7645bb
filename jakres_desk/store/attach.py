"""One write transaction on an open file with a checked copy of another file attached.

Set-based merging needs both files on one SQLite connection (`ATTACH`). The
copy is attached read-only and immutable; the master's write transaction is
`BEGIN IMMEDIATE` with foreign keys checked at commit, and is committed whole or
rolled back whole. The connection is thrown away afterwards rather than handed
back to the pool with a foreign file and temporary tables on it.

The master is a `JakresFile` (the Consolidate window) or a `PlainFile` (the
command line, without SQLAlchemy): the same raw SQLite connections either way.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, cast

from jakres_desk.base.errors import FileProblem
from jakres_desk.store.plain import PlainFile
from jakres_desk.store.writes import WAL_SOFT_LIMIT, Change

if TYPE_CHECKING:
    from jakres_desk.store.plain import Master

ALIAS = "src"
CACHE_KIB = 64 * 1024


@contextmanager
def attached_write(f: Master, copy: Path, tables: Iterable[str]) -> Iterator[sqlite3.Connection]:
    """A raw connection on `f` inside one write transaction, with `copy` attached as `src`."""
    f.check_writable()
    release = _keep_open(f)
    try:
        with _merging(f, copy) as con:
            yield con
    finally:
        release()
    f.checkpoint_if_over(WAL_SOFT_LIMIT)
    change = Change(frozenset(tables), frozenset())
    for listener in list(f.listeners):
        listener(change)


def _keep_open(f: Master) -> Callable[[], None]:
    """A connection of `f`, idle with the file's WAL open, held while the merge runs.

    Were the merge's connection the file's last, closing it would checkpoint the
    whole WAL and delete it, and the next file's merge would grow a new one from
    nothing: file creation, block allocation and a dearer fsync, more each time
    as the master grows. A PlainFile holds one for as long as it is open.
    """
    if isinstance(f, PlainFile):
        f.held()
        return lambda: None
    keep = f.engine.raw_connection()
    driver = cast(sqlite3.Connection, keep.driver_connection)
    driver.execute("PRAGMA user_version").fetchall()  # a read: maps the WAL index, then ends
    return keep.close  # back to the pool


def _fresh(f: Master) -> tuple[sqlite3.Connection, Callable[[], None]]:
    """A connection of `f` for one merge, and what to do with it afterwards.

    The Consolidate window's is thrown away. The command line merges on the PlainFile's
    held connection (opening one per file parsed the master's schema again each time),
    which gets back to how it was: the copy detached, the merge's temporary tables
    dropped; should that fail, the connection is closed and the next use opens another.
    """
    if isinstance(f, PlainFile):
        con = f.held()
        return con, lambda: _clean(f, con)
    proxy = f.engine.raw_connection()
    return cast(sqlite3.Connection, proxy.driver_connection), proxy.invalidate


def _clean(f: PlainFile, con: sqlite3.Connection) -> None:
    """The held connection as it was before a merge, or closed."""
    try:
        if con.in_transaction:
            con.execute("ROLLBACK")
        attached = [row[1] for row in con.execute("PRAGMA database_list")]
        if ALIAS in attached:
            con.execute(f"DETACH DATABASE {ALIAS}")
        for (name,) in con.execute(
            "SELECT name FROM temp.sqlite_schema WHERE type = 'table'"
        ).fetchall():
            con.execute(f'DROP TABLE temp."{name.replace(chr(34), chr(34) * 2)}"')
    except sqlite3.Error:
        f.drop_held()


@contextmanager
def _merging(f: Master, copy: Path) -> Iterator[sqlite3.Connection]:
    """A connection with `copy` attached, in one transaction; discarded or cleaned afterwards."""
    con, discard = _fresh(f)
    try:
        _attach(con, copy)
        # Staging tables in memory, and a page cache that holds one file's merge without
        # spilling half-done pages to the WAL (a limit, not an allocation).
        con.execute("PRAGMA temp_store=MEMORY")
        con.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        con.execute("BEGIN IMMEDIATE")
        try:
            con.execute("PRAGMA defer_foreign_keys=ON")
            yield con
            con.execute("COMMIT")
        except BaseException:
            if con.in_transaction:
                con.execute("ROLLBACK")
            raise
    finally:
        discard()  # never reused with `src` attached or a merge's tables in it


def _attach(con: sqlite3.Connection, copy: Path) -> None:
    uri = f"{copy.resolve().as_uri()}?mode=ro&immutable=1"
    con.execute(f"ATTACH DATABASE ? AS {ALIAS}", (uri,))
    # Make sure SQLite read the name as a URI (read-only) and not as a file name.
    files = {row[1]: row[2] for row in con.execute("PRAGMA database_list")}
    if Path(files.get(ALIAS) or "/").resolve() != copy.resolve():
        raise FileProblem("merge_failed", where=str(copy), detail="could not attach read-only")
