"""Opening, creating and writing a .jakres file.

Every connection runs with foreign keys on, WAL and synchronous=FULL: a laptop
battery may die mid-vote, and what was committed must survive it. Writes go
through `JakresFile.write()`: one transaction, committed or rolled back whole,
after which listeners hear what changed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from jakres_desk.base.errors import FileProblem
from jakres_desk.store import migrate
from jakres_desk.store.journal import Journal
from jakres_desk.store.models import Synced, Tombstone
from jakres_desk.store.probe import APPLICATION_ID, probe
from jakres_desk.store.stamps import now_stamp

SUFFIX = ".jakres"
WAL_SOFT_LIMIT = 4 * 1024 * 1024  # ORM writes (bulk, rare): keep the WAL small
WAL_HARD_LIMIT = 64 * 1024 * 1024  # votes: leave checkpoints to idle time unless huge


@dataclass(frozen=True)
class Change:
    """What one committed write touched: table names and record ids."""

    tables: frozenset[str]
    ids: frozenset[str]


Listener = Callable[[Change], None]


def _on_connect(dbapi_con: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own
    # implicit transactions would leave reads outside the transaction).
    dbapi_con.isolation_level = None
    for pragma in (
        "foreign_keys=ON",
        "journal_mode=WAL",
        "synchronous=FULL",
        "trusted_schema=OFF",
        "busy_timeout=5000",
        # Checkpoints are run by JakresFile (off the hot path of a vote), not
        # by whichever commit happens to cross SQLite's page limit.
        "wal_autocheckpoint=0",
    ):
        dbapi_con.execute(f"PRAGMA {pragma}")


def _on_begin(conn: Any) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(path: Path) -> Engine:
    """An engine on one file with our pragmas on every connection."""
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def _note(session: Session) -> None:
    """Tell the file's journal (if one is attached) which rows this flush will change."""
    journal: Journal | None = session.info.get("journal")
    if journal is None:
        return
    conn = session.connection()
    for obj in session.new:
        journal.note_new(obj.__tablename__, obj.id)
    for obj in session.dirty:
        if session.is_modified(obj):
            journal.note(conn, obj.__tablename__, [obj.id])
    for obj in session.deleted:
        journal.note(conn, obj.__tablename__, [obj.id], cascade=True)
        if isinstance(obj, Synced):
            journal.note(conn, "tombstone", [obj.id])


def _stamp(session: Session, _ctx: Any, _instances: Any) -> None:
    """Stamp new and changed records; leave a tombstone for deleted ones."""
    _note(session)
    if session.info.get("preserve_stamps"):
        return
    device = session.info["device_id"]
    stamp = now_stamp()
    touched: set[str] = session.info.setdefault("touched_ids", set())
    tables: set[str] = session.info.setdefault("touched_tables", set())
    new = set(session.new)  # session.new builds a fresh set on every access
    for obj in [*new, *(o for o in session.dirty if session.is_modified(o))]:
        if isinstance(obj, Synced):
            if obj in new and not obj.created_at:
                obj.created_at = stamp
            obj.modified_at = stamp
            obj.device_id = device
            touched.add(obj.id)
        tables.add(obj.__tablename__)
    for obj in session.deleted:
        if isinstance(obj, Synced):
            session.add(
                Tombstone(id=obj.id, entity=obj.__tablename__, deleted_at=stamp, device_id=device)  # type: ignore[attr-defined]
            )
            touched.add(obj.id)
        tables.add(obj.__tablename__)


@dataclass
class JakresFile:
    """An open .jakres file: the engine, this device's id, change listeners."""

    path: Path
    engine: Engine
    device_id: str
    listeners: list[Listener] = field(default_factory=list)
    journal: Journal | None = None
    """While set (see `recording`), every write notes the rows it changes."""
    stands_for: dict[tuple[str, str, Any], Any] = field(default_factory=dict)
    """Row versions an undo or redo wrote, mapped to the version each restored (core's)."""

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        event.listen(self._sessions, "before_flush", _stamp)

    @contextmanager
    def recording(self) -> Iterator[Journal]:
        """Note, row by row, what the writes made inside this block change."""
        if self.journal is not None:
            raise RuntimeError("a recording is already running on this file")
        self.journal = journal = Journal()
        try:
            yield journal
        finally:
            self.journal = None

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session inside one consistent transaction."""
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def write(self, *, preserve_stamps: bool = False) -> Iterator[Session]:
        """One write transaction: all of it is committed, or none of it."""
        conn = self.engine.connect().execution_options(sqlite_begin="IMMEDIATE")
        try:
            with Session(bind=conn, expire_on_commit=False) as session:
                session.info.update(
                    device_id=self.device_id, preserve_stamps=preserve_stamps, journal=self.journal
                )
                event.listen(session, "before_flush", _stamp)
                with session.begin():
                    # Checked at commit: lets a transaction insert parents and
                    # children in whatever order the unit of work picks.
                    session.execute(text("PRAGMA defer_foreign_keys=ON"))
                    try:
                        yield session
                        if self.journal is not None:
                            session.flush()
                            self.journal.seal(session.connection())
                    except BaseException:
                        if self.journal is not None:
                            self.journal.forget_pending()
                        raise
                change = Change(
                    frozenset(session.info.get("touched_tables", ())),
                    frozenset(session.info.get("touched_ids", ())),
                )
        finally:
            conn.close()
        self.checkpoint_if_over(WAL_SOFT_LIMIT)
        if change.tables:
            for listener in list(self.listeners):
                listener(change)

    @contextmanager
    def write_sql(
        self, tables: Iterable[str], ids: Iterable[str] = ()
    ) -> Iterator[sqlite3.Connection]:
        """A bare sqlite3 write transaction for the hottest path (a vote).

        No ORM and no SQLAlchemy statement layer (each costs more than the
        SQLite work of a vote), but the same pooled connection, pragmas and
        durability: BEGIN IMMEDIATE ... COMMIT with synchronous=FULL. The caller
        stamps what it writes (see stamps.now_stamp) and names the tables and
        ids it touches, so listeners hear of the change.
        """
        ids = set(ids)
        proxy = self.engine.raw_connection()
        try:
            con = cast(sqlite3.Connection, proxy.driver_connection)
            con.execute("BEGIN IMMEDIATE")
            try:
                yield con
                if self.journal is not None:
                    self.journal.seal_sql(con)
            except BaseException:
                con.execute("ROLLBACK")
                if self.journal is not None:
                    self.journal.forget_pending()
                raise
            con.execute("COMMIT")
        finally:
            proxy.close()  # back to the pool (which rolls back anything left open)
        self.checkpoint_if_over(WAL_HARD_LIMIT)
        change = Change(frozenset(tables), frozenset(ids))
        for listener in list(self.listeners):
            listener(change)

    def checkpoint(self) -> None:
        """Copy committed WAL content into the main file (the GUI calls this when idle)."""
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")

    def checkpoint_if_over(self, limit: int) -> None:
        """Checkpoint when the WAL has grown past `limit` bytes."""
        wal = self.path.with_name(self.path.name + "-wal")
        try:
            if wal.stat().st_size > limit:
                self.checkpoint()
        except FileNotFoundError:
            pass

    def close(self) -> None:
        """Release the file (checkpoints the WAL into the main file)."""
        self.engine.dispose()

    def __enter__(self) -> JakresFile:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def create_file(path: Path, *, device_id: str) -> JakresFile:
    """Create an empty .jakres file at the newest schema revision."""
    path = Path(path)
    if path.exists():
        raise FileProblem("file_exists", where=str(path))
    if not path.parent.is_dir():
        raise FileProblem("folder_missing", where=str(path.parent))
    try:
        # Set the header fields in rollback-journal mode first, so they sit in
        # the main file (not only in a WAL) from the very first moment.
        con = sqlite3.connect(path)
        con.execute(f"PRAGMA application_id={APPLICATION_ID}")
        con.execute("PRAGMA page_size=4096")
        con.execute("VACUUM")
        con.close()
        engine = make_engine(path)
        migrate.upgrade(engine)
    except (OSError, sqlite3.Error) as exc:
        path.unlink(missing_ok=True)
        raise FileProblem("file_cannot_create", where=str(path), detail=str(exc)) from exc
    return JakresFile(path, engine, device_id)


def open_file(path: Path, *, device_id: str, upgrade: bool = True) -> JakresFile:
    """Open an existing .jakres file after checking it; migrate older ones (with a backup)."""
    path = Path(path)
    found = probe(path)
    assert found.revision is not None
    migrate.check_known(path, found.revision)
    if found.revision != migrate.head():
        table = migrate.missing_founding_table(path)
        if table is not None:
            raise FileProblem("file_not_whole", where=str(path), table=table)
    engine = make_engine(path)
    if found.revision != migrate.head():
        if not upgrade:
            engine.dispose()
            raise FileProblem("file_needs_upgrade", where=str(path), revision=found.revision)
        migrate.backup_then_upgrade(path, engine, found.revision)
    return JakresFile(path, engine, device_id)
