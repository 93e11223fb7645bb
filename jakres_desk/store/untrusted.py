"""A file brought in on a USB stick is untrusted: copy it, check the copy, hand over facts.

The original is read once (streamed into a private temporary folder while its
SHA-256 is taken) and never opened by SQLite. Everything else happens on the
copy: the header, no triggers or views, `integrity_check`, `foreign_key_check`,
the schema revision (an older copy is migrated, a newer one refused) and the
exact tables and columns of our models. Every refusal is a FileProblem naming
the original file.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from functools import cache
from pathlib import Path
from typing import NamedTuple, TypeVar

from jakres_desk.base.errors import FileProblem
from jakres_desk.store import migrate
from jakres_desk.store.atomic import clean_stale, temp_beside
from jakres_desk.store.probe import check_header, read_header
from jakres_desk.store.tables import tables

COPY_NAME = "incoming.jakres"
NOT_UTF8 = "text that is not UTF-8"
T = TypeVar("T")
# Temporary folders already cleaned by this process: the system's may hold thousands
# of names, and a merge of 120 files need not read them 120 times.
_CLEANED: set[Path] = set()


class Incoming(NamedTuple):
    """A checked private copy of a group file, at this version's schema revision."""

    source: Path
    copy: Path
    sha256: str
    revision: str
    meta: dict[str, str]
    workshop_id: str
    workshop_title: str
    workshop_date: str

    @property
    def scope(self) -> str:
        """'group' for a facilitator kit, 'workshop' for a whole workshop file."""
        return self.meta.get("scope", "workshop")


@contextmanager
def received(source: Path) -> Iterator[Incoming]:
    """A checked copy of `source` in a private folder, removed when the block ends."""
    source = Path(source)
    temp = Path(tempfile.gettempdir())
    if temp not in _CLEANED:  # the private copies of merges that were killed, once a run
        clean_stale(temp)
        _CLEANED.add(temp)
    folder = temp_beside(temp / "jakres-incoming")  # named as ours, with our process id
    folder.mkdir(mode=0o700)
    try:
        yield check_copy(source, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def check_copy(source: Path, folder: Path) -> Incoming:
    """Copy `source` into `folder` and check the copy; refuse anything unsound."""
    read_header(source)  # missing, not a file, empty: named before any copying
    copy = folder / COPY_NAME
    digest = _copy(source, copy)
    with copy.open("rb") as fh:
        header = fh.read(100)
    _named(source, lambda: check_header(copy, header))
    with closing(_named(source, lambda: _connect(copy))) as con:
        revision = _named(source, lambda: _check_sqlite(con, source))
        if revision == migrate.head():  # the usual case: the facts on the same connection
            return _named(source, lambda: _facts(con, copy, source, digest, revision))
    _named(source, lambda: _check_founding_tables(copy, source))
    _migrate(copy, source, revision)
    with closing(_named(source, lambda: _connect(copy))) as con:
        return _named(source, lambda: _facts(con, copy, source, digest, revision))


def _copy(source: Path, copy: Path) -> str:
    """Stream the file (and a -wal beside it, which holds committed data) into the copy."""
    digest = hashlib.sha256()
    try:
        with source.open("rb") as src, copy.open("xb") as dst:
            for chunk in iter(lambda: src.read(1 << 20), b""):
                digest.update(chunk)
                dst.write(chunk)
        wal = source.with_name(source.name + "-wal")
        if wal.is_file():
            shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
    except OSError as exc:
        raise FileProblem(
            "merge_cannot_read", where=str(source), detail=exc.strerror or str(exc)
        ) from None
    return digest.hexdigest()


def _named(source: Path, step: Callable[[], T]) -> T:
    """Run a check on the copy; a refusal names the original, not the copy."""
    try:
        return step()
    except FileProblem as exc:
        raise FileProblem(exc.key, where=str(source), **exc.params) from None
    except sqlite3.DatabaseError as exc:
        raise FileProblem("file_damaged", where=str(source), detail=str(exc)) from None
    except UnicodeDecodeError:
        raise FileProblem("file_damaged", where=str(source), detail=NOT_UTF8) from None


def _connect(copy: Path) -> sqlite3.Connection:
    con = sqlite3.connect(copy, isolation_level=None)
    # Nothing in the file's schema may run with more rights than plain SQL.
    con.execute("PRAGMA trusted_schema=OFF")
    return con


def _check_sqlite(con: sqlite3.Connection, source: Path) -> str:
    """Schema objects, integrity, references and revision of the copy; returns the revision."""
    _refuse_code(con, source)
    # One self-contained file: folds a copied -wal in, leaves nothing beside it.
    con.execute("PRAGMA journal_mode=DELETE")
    # Values breaking a column's CHECK are named by the merge (table, column, row):
    # here only the file's structure is judged.
    con.execute("PRAGMA ignore_check_constraints=ON")
    _refuse_oversized(con, source)  # before the checks that read every page
    problems = [r[0] for r in con.execute("PRAGMA integrity_check(20)") if r[0] != "ok"]
    if problems:
        raise FileProblem("file_damaged", where=str(source), detail="; ".join(problems[:3]))
    broken = con.execute("PRAGMA foreign_key_check").fetchmany(3)
    if broken:
        detail = "; ".join(f"{r[0]} row {r[1]} -> {r[2]}" for r in broken)
        raise FileProblem("merge_broken_references", where=str(source), detail=detail)
    return _revision(con, source)


MAX_ROWS = 500_000
"""Rows one table of a group's file may hold: a room of 60 people scoring 500
programs on 10 criteria one by one makes 300,000 scores; a million rows is not a
room's work, and merging it would hold the secretariat's laptop for minutes."""


# A row of a table takes at least this many bytes of the file: its 2-byte cell pointer,
# the payload length, the rowid (or, without one, a key) and the record header, one
# byte each at least. A file smaller than MAX_ROWS rows of that size cannot hold a
# table of more than MAX_ROWS rows, and needs no counting.
ROW_BYTES_MIN = 4


def _refuse_oversized(con: sqlite3.Connection, source: Path) -> None:
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    size = con.execute("PRAGMA page_size").fetchone()[0]
    if pages * size <= MAX_ROWS * ROW_BYTES_MIN:
        return
    tables = [
        str(r[0])
        for r in con.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    for table in tables:
        try:
            quoted = '"' + table.replace('"', '""') + '"'
            found = con.execute(f"SELECT count(*) FROM (SELECT 1 FROM {quoted} LIMIT ?)",
                                (MAX_ROWS + 1,)).fetchone()[0]  # fmt: skip
        except sqlite3.DatabaseError:
            return  # a damaged table: the integrity check names it
        if found > MAX_ROWS:
            raise FileProblem("merge_too_many_rows", where=str(source), table=table, limit=MAX_ROWS)


def _refuse_code(con: sqlite3.Connection, source: Path) -> None:
    """Triggers and views would run the file's own SQL inside our merge: refuse them."""
    row = con.execute(
        "SELECT type, name FROM sqlite_schema WHERE type IN ('trigger', 'view') LIMIT 1"
    ).fetchone()
    if row is not None:
        raise FileProblem("merge_has_code", where=str(source), kind=row[0], name=row[1])


def _revision(con: sqlite3.Connection, source: Path) -> str:
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        row = None
    if row is None or not isinstance(row[0], str):
        raise FileProblem("file_damaged", where=str(source), detail="no schema revision")
    migrate.check_known(source, row[0])
    return row[0]


def _migrate(copy: Path, source: Path, revision: str) -> None:
    """Bring an older copy to the newest revision (the original is never touched)."""
    from jakres_desk.store.engine import make_engine  # Alembic runs on SQLAlchemy

    engine = make_engine(copy)
    try:
        migrate.upgrade(engine)
    except Exception as exc:  # Alembic and SQLAlchemy raise their own kinds
        raise FileProblem(
            "merge_cannot_migrate", where=str(source), revision=revision, detail=str(exc)
        ) from None
    finally:
        engine.dispose()
    with closing(_connect(copy)) as con:
        con.execute("PRAGMA journal_mode=DELETE")


def _check_founding_tables(copy: Path, source: Path) -> None:
    """An older copy must at least be ours before we migrate it (else: not our tables)."""
    table = migrate.missing_founding_table(copy)
    if table is not None:
        raise FileProblem("merge_schema_mismatch", where=str(source), table=table)


def _facts(
    con: sqlite3.Connection, copy: Path, source: Path, digest: str, revision: str
) -> Incoming:
    _check_tables(con, source)
    meta = {str(k): str(v) for k, v in con.execute("SELECT key, value FROM meta")}
    rows = con.execute("SELECT id, title, date FROM workshop LIMIT 2").fetchall()
    if len(rows) != 1:
        raise FileProblem("merge_no_workshop", where=str(source), count=len(rows))
    if meta.get("scope", "workshop") == "group":
        _check_kit(con, source, meta)
    ws_id, title, date = (str(v) for v in rows[0])
    return Incoming(source, copy, digest, revision, meta, ws_id, title, date)


def _check_tables(con: sqlite3.Connection, source: Path) -> None:
    """The copy holds exactly our tables with exactly their columns, nothing else."""
    found: dict[str, set[str]] = {}
    for table, column in con.execute(
        "SELECT t.name, c.name FROM sqlite_schema AS t, pragma_table_info(t.name) AS c"
        " WHERE t.type = 'table' AND t.name NOT LIKE 'sqlite_%'"
    ):
        found.setdefault(str(table), set()).add(str(column))
    found.pop("alembic_version", None)
    expected = _expected_tables()
    for name in sorted(set(found) | set(expected)):
        if found.get(name) != expected.get(name):
            raise FileProblem("merge_schema_mismatch", where=str(source), table=name)


@cache
def _expected_tables() -> dict[str, set[str]]:
    return {t.name: {c.name for c in t.columns} for t in tables()}


def _check_kit(con: sqlite3.Connection, source: Path, meta: dict[str, str]) -> None:
    group = meta.get("group_id", "")
    if con.execute("SELECT 1 FROM breakout_group WHERE id = ?", (group,)).fetchone() is None:
        raise FileProblem("merge_bad_kit", where=str(source))
