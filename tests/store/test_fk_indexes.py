"""Revision 0003: every foreign key whose parent can be deleted leads an index.

Without one, SQLite scans the whole child table for each deleted parent (ON
DELETE CASCADE / SET NULL): removing one participant scanned every score of a
master. Files at revisions 1 and 2 are backed up and migrated; a group file at
revision 2 still merges into a master at 3.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import Connection, PrimaryKeyConstraint, UniqueConstraint

from jakres_desk.core.merge import log as importlog
from jakres_desk.core.merge.run import merge_file
from jakres_desk.core.services import criteria, groups, participants, programs, votes
from jakres_desk.store import migrate
from jakres_desk.store.db import JakresFile, create_file, open_file
from jakres_desk.store.engine import make_engine
from jakres_desk.store.models import Base
from jakres_desk.store.probe import APPLICATION_ID
from tests.conftest import DEVICE
from tests.core.merging import LAPTOP_1, hand_in, laptop, own_group, set_up_master, write_kit

FIXTURE = Path(__file__).parent.parent / "fixtures" / "rev0001.jakres"

# Added by revision 0003: (table, column), each indexed as ix_<table>_<column>.
ADDED = (
    ("breakout_group", "focus_area_id"),
    ("program", "added_by_group_id"),
    ("program_focus_area", "focus_area_id"),
    ("score", "criterion_id"),
    ("score", "participant_id"),
    ("category", "set_id"),
    ("program_category", "category_id"),
)
NAMES = {f"ix_{t}_{c}" for t, c in ADDED}

# Foreign keys deliberately left without an index, and why. A new foreign key
# must lead an index or be added here with its reason.
UNINDEXED = {
    # Reference data: never deleted nor re-keyed (a merge only adds missing rows).
    "dimension.framework_id": "reference parent",
    "quality.framework_id": "reference parent",
    "workshop.framework_id": "reference parent",
    "goal.dimension_id": "reference parent",
    "focus_area_goal.goal_id": "reference parent",
    "element.goal_id": "reference parent",
    "participant.stakeholder_kind": "reference parent",
    # One workshop per file: every row holds the same value, an index narrows nothing.
    "participant.workshop_id": "the file's one workshop",
    "program.workshop_id": "the file's one workshop",
}


def _leading_columns(table: object) -> set[str]:
    """Columns some index, unique constraint or primary key of `table` starts with."""
    leads = {next(iter(ix.columns)).name for ix in table.indexes}  # type: ignore[attr-defined]
    for cons in table.constraints:  # type: ignore[attr-defined]
        if isinstance(cons, UniqueConstraint | PrimaryKeyConstraint) and len(cons.columns):
            leads.add(next(iter(cons.columns)).name)
    leads.update(c.name for c in table.columns if c.unique)  # type: ignore[attr-defined]
    return leads


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrate.MIGRATIONS))
    return cfg


@contextmanager
def _foreign_keys_off(conn: Connection) -> Iterator[None]:
    """As store/migrate.py runs revisions: 0004 rebuilds tables, which must cascade nowhere."""
    raw = conn.connection.driver_connection
    raw.execute("PRAGMA foreign_keys=OFF")
    try:
        yield
    finally:
        raw.execute("PRAGMA foreign_keys=ON")


def _to_revision(path: Path, revision: str, *, down: bool = False) -> None:
    """Move an existing file to `revision` with Alembic, as an older jakres-desk left it."""
    engine = make_engine(path)
    try:
        with engine.connect() as conn, _foreign_keys_off(conn), conn.begin():
            cfg = _config()
            cfg.attributes["connection"] = conn
            (command.downgrade if down else command.upgrade)(cfg, revision)
            conn.exec_driver_sql(f"PRAGMA user_version={migrate.SHIPPED.index(revision) + 1}")
    finally:
        engine.dispose()


def _new_at(path: Path, revision: str) -> Path:
    """An empty file made the way create_file makes one, but only up to `revision`."""
    with closing(sqlite3.connect(path)) as con:
        con.execute(f"PRAGMA application_id={APPLICATION_ID}")
        con.execute("PRAGMA page_size=4096")
        con.execute("VACUUM")
    _to_revision(path, revision)
    return path


def _revision(path: Path) -> str:
    with closing(sqlite3.connect(path)) as con:
        return str(con.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def _indexes(path: Path) -> dict[str, tuple[str, list[str]]]:
    """Every named index of the file: its table and columns."""
    with closing(sqlite3.connect(path)) as con:
        rows = con.execute(
            "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        ).fetchall()
        return {
            name: (table, [r[2] for r in con.execute(f"PRAGMA index_info('{name}')")])
            for name, table in rows
        }


def _schema_differences(path: Path) -> list[object]:
    """What Alembic finds different between the file and the models (tables, columns, indexes)."""
    engine = make_engine(path)
    try:
        with engine.connect() as conn:
            return list(compare_metadata(MigrationContext.configure(conn), Base.metadata))
    finally:
        engine.dispose()


def _has_the_new_indexes(path: Path) -> None:
    found = _indexes(path)
    for table, column in ADDED:
        assert found[f"ix_{table}_{column}"] == (table, [column])


def _backups(path: Path, revision: str) -> list[Path]:
    return list(path.parent.glob(f"{path.stem}.r{revision}-*.bak{path.suffix}"))


def test_every_deletable_parent_has_its_children_indexed() -> None:
    unindexed = {
        f"{t.name}.{fk.parent.name}"
        for t in Base.metadata.sorted_tables
        for fk in t.foreign_keys
        if fk.parent.name not in _leading_columns(t)
    }
    assert unindexed == set(UNINDEXED)


def test_new_file_is_at_0003_with_the_indexes(tmp_path: Path) -> None:
    path = tmp_path / "baru.jakres"
    create_file(path, device_id=DEVICE).close()
    assert migrate.head() == _revision(path)
    with closing(sqlite3.connect(path)) as con:
        assert con.execute("PRAGMA user_version").fetchone()[0] == len(migrate.SHIPPED)
    _has_the_new_indexes(path)
    assert _schema_differences(path) == []


def test_revision_1_fixture_is_backed_up_and_migrated_to_0003(tmp_path: Path) -> None:
    path = tmp_path / "lama.jakres"
    shutil.copy(FIXTURE, path)
    with open_file(path, device_id=DEVICE) as f:
        g3 = groups.find_group(f, "Kelompok 3")
        assert len(participants.list_participants(f, g3.id)) == 3
    [backup] = _backups(path, "0001")
    assert _revision(backup) == "0001" and not NAMES & set(_indexes(backup))
    assert _revision(path) == migrate.head()
    _has_the_new_indexes(path)
    assert _schema_differences(path) == []
    with closing(sqlite3.connect(path)) as con:
        assert con.execute("SELECT count(*) FROM score").fetchone()[0] > 0
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []


def test_file_at_revision_2_is_backed_up_and_migrated(tmp_path: Path) -> None:
    path = tmp_path / "lama.jakres"
    shutil.copy(FIXTURE, path)
    _to_revision(path, "0002")
    assert _revision(path) == "0002" and not NAMES & set(_indexes(path))
    with closing(sqlite3.connect(path)) as con:
        scores = con.execute("SELECT count(*) FROM score").fetchone()[0]
    with open_file(path, device_id=DEVICE):
        pass
    [backup] = _backups(path, "0002")
    assert _revision(backup) == "0002"
    assert _revision(path) == migrate.head()
    _has_the_new_indexes(path)
    assert _schema_differences(path) == []
    with closing(sqlite3.connect(path)) as con:
        assert con.execute("SELECT count(*) FROM score").fetchone()[0] == scores


def test_undoing_0003_gives_exactly_a_revision_2_file(tmp_path: Path) -> None:
    """The 0002 files the merge test makes by undoing 0003 are true revision-2 files."""
    made_at_2 = _new_at(tmp_path / "dua.jakres", "0002")
    undone = tmp_path / "turun.jakres"
    create_file(undone, device_id=DEVICE).close()
    _to_revision(undone, "0002", down=True)

    def schema(path: Path) -> list[tuple[str, ...]]:
        with closing(sqlite3.connect(path)) as con:
            return con.execute(
                "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name"
            ).fetchall()

    assert schema(undone) == schema(made_at_2)


def _plan(path: Path, table: str, column: str) -> str:
    """How SQLite finds the children of one parent (as ON DELETE must)."""
    with closing(sqlite3.connect(path)) as con:
        plan = con.execute(
            f"EXPLAIN QUERY PLAN SELECT 1 FROM {table} WHERE {column} = ?", ("x",)
        ).fetchall()
    return " | ".join(row[3] for row in plan)


@pytest.mark.parametrize(("table", "column"), ADDED)
def test_child_lookup_uses_the_index(tmp_path: Path, table: str, column: str) -> None:
    path = tmp_path / "baru.jakres"
    create_file(path, device_id=DEVICE).close()
    assert f"INDEX ix_{table}_{column} ({column}=?)" in _plan(path, table, column)


@pytest.mark.parametrize("column", ["criterion_id", "participant_id"])
def test_revision_2_scanned_every_score(tmp_path: Path, column: str) -> None:
    path = _new_at(tmp_path / "dua.jakres", "0002")
    # A full pass over the table (or over all of its unique index): no SEARCH.
    assert _plan(path, "score", column).startswith("SCAN score")


def _room_at_revision_2(master: JakresFile, tmp_path: Path) -> Path:
    """Group 1's results handed in by a laptop still on revision 0002."""
    kit_path = write_kit(master, 1, tmp_path / "kit-1.jakres")
    with laptop(kit_path, LAPTOP_1) as f:
        g = own_group(f)
        gone = participants.add_participant(f, name="Salah Ketik", group_id=g)
        rina = participants.add_participant(f, name="Rina", group_id=g, walk_in=True)
        sumur = next(p for p in programs.list_programs(f) if p.title == "Sumur Resapan")
        cand = programs.add_candidate(f, group_id=g, program_id=sumur.id)
        impact = criteria.add_criterion(f, group_id=g, name="Dampak langsung", weight=2)
        groups.set_criteria_locked(f, group_id=g, locked=True)
        for who in (gone, rina):
            votes.set_score(
                f, candidate_id=cand.id, criterion_id=impact.id, participant_id=who.id, value=4
            )
        participants.remove_participant(f, gone.id)
        room = hand_in(f, tmp_path / "kelompok-1.jakres")
    _to_revision(room, "0002", down=True)
    return room


def test_group_file_at_revision_2_merges_into_a_0003_master(
    workshop: JakresFile, tmp_path: Path
) -> None:
    set_up_master(workshop)
    room = _room_at_revision_2(workshop, tmp_path)
    assert _revision(room) == "0002"
    before = room.read_bytes()
    line = merge_file(workshop, room)
    assert line.status == "merged" and line.group_name == "Kelompok 1"
    assert importlog.read_log(workshop) == [line]
    g1 = groups.find_group(workshop, "Kelompok 1")
    names = [p.name for p in participants.list_participants(workshop, g1.id)]
    assert "Rina" in names and "Salah Ketik" not in names
    [ranked] = votes.ranking(workshop, g1.id)
    assert ranked.score == 4.0
    # The group's file is read, never migrated in place; the master stays at the head.
    assert room.read_bytes() == before and _revision(room) == "0002"
    workshop.close()
    assert _revision(workshop.path) == migrate.head()
