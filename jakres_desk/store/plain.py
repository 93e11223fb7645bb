"""A master workshop file opened with the bare sqlite3 module: `jakres-desk merge`'s way in.

A merge writes with SQL on a raw connection (store/attach.py) and reads a few
rows; importing SQLAlchemy and the ORM classes would cost the command ten times
the merging itself. `open_plain` checks the file as `db.open_file` does (header,
application id, quick_check, schema revision, a look-alike without our tables,
a read-only file or folder) and connects with the same pragmas (store/glance.py).
Only what is not ordinary goes the long way: a file at an older revision is
opened once through `db.open_file`, which backs it up and migrates it.

`PlainFile` offers what the merge needs of an open file, as `JakresFile` does:
its path, `check_writable`, a connection held open while it is open (so the WAL
is not deleted and grown again between files), fresh connections for a merge to
throw away, `checkpoint_if_over` and `close`.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias, cast

from jakres_desk.base.errors import FileProblem
from jakres_desk.store import migrate
from jakres_desk.store.glance import (
    PRAGMAS,
    _connect,
    _problem,
    drop_orphan_sidecars,
    identity,
    read_only_reason,
)
from jakres_desk.store.probe import probe
from jakres_desk.store.writes import Listener

if TYPE_CHECKING:
    from jakres_desk.store.db import JakresFile

log = logging.getLogger(__name__)


class PlainFile:
    """An open .jakres file without the ORM: connections with our pragmas, nothing more."""

    def __init__(self, path: Path, device_id: str, read_only_reason: str | None = None) -> None:
        self.path = path
        self.device_id = device_id
        self.read_only_reason = read_only_reason
        self.listeners: list[Listener] = []
        self._held: sqlite3.Connection | None = None
        self._lost: str | None = None
        self._opened = identity(self.path)

    @property
    def read_only(self) -> bool:
        """True when nothing can be written to this file."""
        return self.read_only_reason is not None

    def check_writable(self) -> None:
        """Refuse, before any work, a write to a read-only file or one that is gone."""
        if self.read_only_reason is not None:
            raise FileProblem(self.read_only_reason, where=str(self.path))
        if self._lost is not None:
            raise FileProblem(self._lost, where=str(self.path))

    def connect(self) -> sqlite3.Connection:
        """A new connection with our pragmas (the caller closes it)."""
        con = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        try:
            for pragma in PRAGMAS:
                con.execute(f"PRAGMA {pragma}")
        except sqlite3.Error:
            con.close()
            raise
        return con

    def held(self) -> sqlite3.Connection:
        """The connection kept open while the file is: reads, and the WAL kept mapped."""
        if self._held is None:
            if self.read_only_reason is not None:
                self._held = _connect(self.path, self.read_only_reason)
            else:
                self._held = self.connect()
        return self._held

    def drop_held(self) -> None:
        """Close the held connection (one a merge could not leave clean); reopened when needed."""
        con, self._held = self._held, None
        if con is not None:
            con.close()

    def checkpoint(self) -> None:
        """Copy committed WAL content into the main file."""
        if not self.read_only:
            self.held().execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()

    def checkpoint_if_over(self, limit: int) -> None:
        """Checkpoint when the WAL has grown past `limit` bytes (a failure is only logged)."""
        wal = self.path.with_name(self.path.name + "-wal")
        try:
            if wal.stat().st_size > limit:
                self.checkpoint()
        except FileNotFoundError:
            pass
        except (OSError, sqlite3.Error) as exc:
            log.warning("checkpoint of %s failed (will retry): %s", self.path, exc)

    def close(self) -> None:
        """Release the file (the last connection closed checkpoints the WAL into it).

        As `JakresFile.close`: a file renamed or deleted while open gets what was
        committed moved out of the WAL left under the old name (SQLite does not
        checkpoint a moved file), and nothing of it stays at a name now empty.
        """
        con, self._held = self._held, None
        if con is None:
            return
        try:
            if not self.read_only and self._lost is None and identity(self.path) != self._opened:
                self._lost = "file_moved"
                log.warning("%s was renamed or deleted while open", self.path)
                con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        except sqlite3.Error as exc:
            log.warning("could not checkpoint %s after it moved: %s", self.path, exc)
        finally:
            con.close()
        if self._lost is not None:
            drop_orphan_sidecars(self.path)

    def __enter__(self) -> PlainFile:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


if TYPE_CHECKING:
    Master: TypeAlias = "JakresFile | PlainFile"
    """An open master: the GUI's JakresFile, or the command line's PlainFile."""


def open_plain(path: Path, *, device_id: str) -> PlainFile:
    """Open an existing .jakres file after the checks `db.open_file` makes; no ORM."""
    path = Path(path)
    found = probe(path)
    assert found.revision is not None
    migrate.check_known(path, found.revision)
    if found.revision != migrate.head():
        table = migrate.missing_founding_table(path)
        if table is not None:
            raise FileProblem("file_not_whole", where=str(path), table=table)
    reason = read_only_reason(path)
    if reason is not None:
        if found.revision != migrate.head():
            why = FileProblem(reason).message()
            raise FileProblem("read_only_old", where=str(path), revision=found.revision, why=why)
        f = PlainFile(path, device_id, read_only_reason=reason)
        f.held()  # a -wal it cannot read without writing: refused now, as open_file does
        return f
    if found.revision != migrate.head():
        from jakres_desk.store.db import open_file  # backs it up and migrates it

        open_file(path, device_id=device_id).close()
    f = PlainFile(path, device_id)
    try:
        f.held()
    except sqlite3.DatabaseError as exc:
        raise _problem(path, exc) from None
    return f


@contextmanager
def reading(f: Master) -> Iterator[sqlite3.Connection]:
    """A bare connection on an open file inside one read transaction, for a few rows."""
    if isinstance(f, PlainFile):
        con = f.held()
        release = None
    else:
        proxy = f.engine.raw_connection()
        con = cast(sqlite3.Connection, proxy.driver_connection)
        release = proxy.close  # back to the pool
    try:
        con.execute("BEGIN")
        try:
            yield con
        finally:
            if con.in_transaction:
                con.execute("ROLLBACK")
    except sqlite3.DatabaseError as exc:
        raise _problem(f.path, exc) from None
    finally:
        if release is not None:
            release()
