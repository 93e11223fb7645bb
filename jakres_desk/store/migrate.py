"""Schema revisions: Alembic migrations shipped inside the package.

A file from a newer jakres-desk is refused; a file from an older revision is
backed up beside itself (SQLite backup API) and then migrated in place.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from jakres_desk.base.errors import FileProblem

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

MIGRATIONS = Path(__file__).with_name("migrations")

# The revisions this version ships, oldest first. Opening a file only needs this
# list, so Alembic (slow to import) is loaded only to create or migrate a file.
# tests/store/test_migrations.py checks it against the scripts.
SHIPPED = ("0001", "0002", "0003", "0004", "0005", "0007", "0008")


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


@cache
def revisions() -> tuple[str, ...]:
    """Every known revision, oldest first."""
    if MIGRATIONS == _SHIPPED_AT:
        return SHIPPED
    return script_revisions()


def script_revisions() -> tuple[str, ...]:
    """The revisions found in the migration scripts (imports Alembic)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())
    return tuple(reversed([r.revision for r in script.walk_revisions()]))


_SHIPPED_AT = MIGRATIONS


def head() -> str:
    """The revision this version of jakres-desk writes."""
    return revisions()[-1]


# The tables of revision 0001 (frozen): every file of ours, however old, has them.
FOUNDING_TABLES = frozenset(
    "category_set framework meta stakeholder_kind tombstone category dimension quality"
    " workshop focus_area goal breakout_group focus_area_goal criterion element participant"
    " program candidate program_category program_focus_area target decision dot_vote score".split()
)


def missing_founding_table(path: Path) -> str | None:
    """The first table of revision 0001 an older file lacks (a look-alike), or None."""
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        found = {str(r[0]) for r in con.execute("SELECT name FROM sqlite_schema")}
    finally:
        con.close()
    missing = sorted(FOUNDING_TABLES - found)
    return missing[0] if missing else None


def check_known(path: Path, revision: str) -> None:
    """Refuse a file whose revision this version does not know (a newer app wrote it)."""
    if revision not in revisions():
        raise FileProblem("file_newer", where=str(path), revision=revision, head=head())


def upgrade(engine: Engine) -> None:
    """Bring the file behind `engine` to the newest revision, in one transaction."""
    from alembic import command

    cfg = _config()
    with engine.connect() as conn:
        # Revisions rebuild tables (0004): with foreign keys on, dropping the old
        # table would cascade to its children. SQLite ignores this pragma inside a
        # transaction, so it is set on the bare connection before BEGIN.
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").first()
                if broken is not None:
                    raise ValueError(f"table {broken[0]}, row {broken[1]}: a missing {broken[2]}")
                conn.exec_driver_sql(f"PRAGMA user_version={revisions().index(head()) + 1}")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def backup_path(path: Path, revision: str) -> Path:
    """Where the pre-migration copy of a file goes: beside it, named by revision and time."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.r{revision}-{stamp}.bak{path.suffix}")


def backup_then_upgrade(path: Path, engine: Engine, revision: str) -> Path:
    """Copy the file with SQLite's backup API, then migrate the original."""
    target = backup_path(path, revision)
    _copy_database(path, target)
    try:
        upgrade(engine)
    except Exception as exc:  # Alembic and SQLAlchemy raise their own kinds
        engine.dispose()
        _put_back(target, path)
        detail = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        raise FileProblem(
            "file_cannot_migrate", where=str(path), revision=revision, detail=detail
        ) from None
    return target


def _put_back(backup: Path, path: Path) -> None:
    """Restore the file from its pre-migration copy (a failed migration may be half done:
    SQLite runs Alembic's schema changes outside one transaction), then drop the copy."""
    _copy_database(backup, path)
    backup.unlink()


def _copy_database(source: Path, target: Path) -> None:
    """Copy one SQLite database onto another with SQLite's backup API (WAL content too)."""
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
