"""Opening, creating and writing a .jakres file.

Every connection runs with foreign keys on, WAL and synchronous=FULL: a laptop
battery may die mid-vote, and what was committed must survive it. Writes go
through `JakresFile.write()`: one transaction, committed or rolled back whole,
after which listeners hear what changed.

A file whose folder, disk or own permissions forbid writing is opened read-only
(`JakresFile.read_only`): SQLite reads it as immutable, so nothing (no -wal, no
-shm) is created beside it, and every write is refused with a FileProblem saying
why. Each write also checks, with one os.stat, that the path still names the file
that was opened: a file renamed or deleted while open takes no more writes (what
was committed is moved out of the WAL into the file itself first), see
docs/reliability.md.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Engine, event, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from jakres_desk.base.errors import FileProblem
from jakres_desk.store import migrate
from jakres_desk.store.atomic import (
    check_database_name,
    clean_stale,
    sync_folder,
    temp_beside,
)
from jakres_desk.store.engine import identity, make_engine, problem_for
from jakres_desk.store.glance import drop_orphan_sidecars, read_only_reason
from jakres_desk.store.journal import Journal
from jakres_desk.store.models import Synced, Tombstone
from jakres_desk.store.probe import APPLICATION_ID, probe
from jakres_desk.store.stamps import now_stamp
from jakres_desk.store.writes import WAL_HARD_LIMIT as WAL_HARD_LIMIT
from jakres_desk.store.writes import WAL_SOFT_LIMIT as WAL_SOFT_LIMIT
from jakres_desk.store.writes import Change as Change
from jakres_desk.store.writes import Listener as Listener

log = logging.getLogger(__name__)

SUFFIX = ".jakres"


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
    read_only_reason: str | None = None
    """Why the file was opened read-only (a message key), or None for a writable file."""

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        event.listen(self._sessions, "before_flush", _stamp)
        self._identity = identity(self.path)
        self._lost: str | None = None  # "file_moved" once the path names another file

    @property
    def read_only(self) -> bool:
        """True when nothing can be written to this file (see `read_only_reason`)."""
        return self.read_only_reason is not None

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
        with self._translated(), self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def _translated(self) -> Iterator[None]:
        """SQLite's file and disk errors as FileProblems (a full disk, a busy file...)."""
        try:
            yield
        except (sqlite3.Error, DBAPIError, OSError) as exc:
            problem = problem_for(exc, self.path)
            if problem is None:
                raise
            log.warning("%s: %s", self.path, exc)
            raise problem from None

    def check_writable(self) -> None:
        """Refuse, before any work, a write to a read-only file or one that is gone."""
        if self.read_only_reason is not None:
            raise FileProblem(self.read_only_reason, where=str(self.path))
        if self._lost is not None:
            raise FileProblem(self._lost, where=str(self.path))

    def _check_identity(self) -> None:
        """Refuse to commit when the path no longer names the file that was opened."""
        if identity(self.path) != self._identity:
            # Renamed and deleted look alike from here: nothing, or another file, at the path.
            self._lost = "file_moved"
            raise FileProblem(self._lost, where=str(self.path))

    @contextmanager
    def _guarded(self) -> Iterator[None]:
        """Turn SQLite's file and disk errors into FileProblems; rescue a moved file."""
        self.check_writable()
        lost = self._lost
        try:
            with self._translated():
                yield
        except FileProblem:
            if self._lost is not None and lost is None:
                self._rescue()
            raise

    @contextmanager
    def write(self, *, preserve_stamps: bool = False) -> Iterator[Session]:
        """One write transaction: all of it is committed, or none of it."""
        with self._guarded():
            conn = self.engine.connect().execution_options(sqlite_begin="IMMEDIATE")
            try:
                with Session(bind=conn, expire_on_commit=False) as session:
                    session.info.update(
                        device_id=self.device_id,
                        preserve_stamps=preserve_stamps,
                        journal=self.journal,
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
                            self._check_identity()
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
        with self._guarded():
            proxy = self.engine.raw_connection()
            try:
                con = cast(sqlite3.Connection, proxy.driver_connection)
                con.execute("BEGIN IMMEDIATE")
                try:
                    yield con
                    if self.journal is not None:
                        self.journal.seal_sql(con)
                    self._check_identity()
                except BaseException:
                    if con.in_transaction:  # SQLite rolls back by itself on a full disk
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
        if self.read_only:
            return
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")

    def checkpoint_if_over(self, limit: int) -> None:
        """Checkpoint when the WAL has grown past `limit` bytes.

        A failed checkpoint loses nothing (the WAL keeps what was committed), so it
        is logged, not raised: the write before it did succeed.
        """
        wal = self.path.with_name(self.path.name + "-wal")
        try:
            if wal.stat().st_size > limit:
                self.checkpoint()
        except FileNotFoundError:
            pass
        except (OSError, SQLAlchemyError) as exc:
            log.warning("checkpoint of %s failed (will retry): %s", self.path, exc)

    def _rescue(self) -> None:
        """The path no longer names this file: move what was committed out of the WAL.

        The WAL still sits under the old name, where SQLite would leave it at close
        (it does not checkpoint a moved file), and where it could later be read as
        part of another file. A TRUNCATE checkpoint writes its frames into the open
        file itself (wherever it now is) and empties it.
        """
        log.warning("%s was renamed or deleted while open (%s)", self.path, self._lost)
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except SQLAlchemyError as exc:
            log.warning("could not checkpoint %s after it moved: %s", self.path, exc)

    def close(self) -> None:
        """Release the file (checkpoints the WAL into the main file)."""
        if not self.read_only and self._lost is None and identity(self.path) != self._identity:
            self._lost = "file_moved"
            self._rescue()
        self.engine.dispose()
        if self._lost is not None:
            drop_orphan_sidecars(self.path)

    def __enter__(self) -> JakresFile:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


Fill = Callable[[JakresFile], object]


def create_file(path: Path, *, device_id: str, fill: Fill | None = None) -> JakresFile:
    """Create a .jakres file at the newest schema revision, filled by `fill`, and open it.

    The file is built under a temporary name beside `path` and renamed onto it only
    when whole (schema, content, WAL checkpointed), so an interrupted creation
    leaves nothing at `path`, and a full disk leaves nothing at all.
    """
    path = Path(path)
    if path.exists() or path.is_symlink():
        raise FileProblem("file_exists", where=str(path))
    if not path.parent.is_dir():
        raise FileProblem("folder_missing", where=str(path.parent))
    check_database_name(path)
    clean_stale(path.parent)
    tmp = temp_beside(path)
    placed = False
    try:
        f = _build(tmp, device_id)
        try:
            if fill is not None:
                fill(f)
            _checkpoint_whole(f)
        finally:
            f.close()
        _place_new(tmp, path)
        placed = True
        return open_file(path, device_id=device_id)
    except BaseException as exc:
        _remove_with_sides(tmp)
        if placed:  # ours, made a moment ago, and not sound: nothing half-made stays
            _remove_with_sides(path)
        if isinstance(exc, FileProblem) and exc.where == str(tmp):  # name what was asked for
            key = "disk_full" if exc.key == "disk_full_write" else exc.key
            raise FileProblem(key, where=str(path), **exc.params) from None
        problem = problem_for(exc, path)
        if problem is not None:
            key = "disk_full" if problem.key == "disk_full_write" else problem.key
            raise FileProblem(key, where=str(path), **problem.params) from None
        raise


def _checkpoint_whole(f: JakresFile) -> None:
    """Move everything from the WAL into the file, or fail (a full disk) before it is placed."""
    with f.engine.connect() as conn:
        busy = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy is None or busy[0] != 0:
        raise FileProblem("file_cannot_create", where=str(f.path), detail="checkpoint incomplete")


def _build(tmp: Path, device_id: str) -> JakresFile:
    """An empty file at `tmp`, at the newest revision."""
    try:
        # Set the header fields in rollback-journal mode first, so they sit in
        # the main file (not only in a WAL) from the very first moment.
        con = sqlite3.connect(tmp)
        try:
            con.execute(f"PRAGMA application_id={APPLICATION_ID}")
            con.execute("PRAGMA page_size=4096")
            con.execute("VACUUM")
        finally:
            con.close()
        engine = make_engine(tmp)
        migrate.upgrade(engine)
    except (OSError, sqlite3.Error, DBAPIError) as exc:
        problem = problem_for(exc, tmp)
        if problem is not None and problem.key.startswith("disk_full"):
            raise FileProblem("disk_full", where=str(tmp)) from None
        detail = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        raise FileProblem("file_cannot_create", where=str(tmp), detail=detail) from None
    return JakresFile(tmp, engine, device_id)


def _place_new(tmp: Path, path: Path) -> None:
    """Move the finished file onto `path`, never over a file that appeared meanwhile."""
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    try:
        os.link(tmp, path)  # fails if `path` exists: no file is ever replaced
    except FileExistsError:
        raise FileProblem("file_exists", where=str(path)) from None
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
            raise
        # File systems without hard links (FAT on a USB stick): check, then rename.
        if path.exists():
            raise FileProblem("file_exists", where=str(path)) from None
        os.rename(tmp, path)
    else:
        tmp.unlink()
    sync_folder(path.parent)


def _remove_with_sides(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        except OSError:
            pass


def open_file(
    path: Path, *, device_id: str, upgrade: bool = True, read_only: bool | None = None
) -> JakresFile:
    """Open an existing .jakres file after checking it; migrate older ones (with a backup).

    `read_only=None` opens read-only exactly when this process cannot write the file
    or its folder; True forces it. A read-only file is never migrated.
    """
    path = Path(path)
    found = probe(path)
    assert found.revision is not None
    migrate.check_known(path, found.revision)
    if found.revision != migrate.head():
        table = migrate.missing_founding_table(path)
        if table is not None:
            raise FileProblem("file_not_whole", where=str(path), table=table)
    if read_only is None:
        reason = read_only_reason(path)
    else:
        reason = "read_only_asked" if read_only else None
    if reason is not None:
        return _open_read_only(path, device_id, found.revision, reason)
    engine = make_engine(path)
    if found.revision != migrate.head():
        if not upgrade:
            engine.dispose()
            raise FileProblem("file_needs_upgrade", where=str(path), revision=found.revision)
        migrate.backup_then_upgrade(path, engine, found.revision)
    return JakresFile(path, engine, device_id)


def _open_read_only(path: Path, device_id: str, revision: str, reason: str) -> JakresFile:
    if revision != migrate.head():
        raise FileProblem(
            "read_only_old", where=str(path), revision=revision, why=FileProblem(reason).message()
        )
    engine = make_engine(path, read_only=True)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_schema")
    except DBAPIError:
        # A -wal beside it (not closed properly) that SQLite cannot read without
        # writing its -shm: the committed content is there, but only a copy in a
        # writable folder can show it.
        engine.dispose()
        raise FileProblem("read_only_unclean", where=str(path)) from None
    return JakresFile(path, engine, device_id, read_only_reason=reason)
