"""Revision 0007: no index repeats the start of a UNIQUE constraint (the four that did are gone).

SQLite's index for a UNIQUE constraint serves lookups on its leading columns too;
a second index on them only costs every write (WAL bytes per vote).
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from jakres_desk.core.demo import build_demo
from jakres_desk.core.services import summary
from jakres_desk.store import migrate
from jakres_desk.store.db import open_file
from tests.conftest import DEVICE

COLUMNS = (
    ("candidate", "group_id"),
    ("program_focus_area", "program_id"),
    ("dot_vote", "candidate_id"),
    ("score", "candidate_id"),
)
DROPPED = {f"ix_{table}_{column}" for table, column in COLUMNS}


def _indexes(path: Path) -> dict[str, tuple[str, str, list[str]]]:
    """Every index: name -> (table, origin, columns). Origin: "u" made for a UNIQUE
    constraint, "c" by CREATE INDEX, "p" for a primary key, "unique" for a CREATE
    UNIQUE INDEX or a partial one (uq_score_consensus): those are rules, not repeats."""
    out = {}
    with closing(sqlite3.connect(path)) as con:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_schema WHERE type='table'")]
        for table in tables:
            for _seq, name, unique, origin, partial in con.execute(f'PRAGMA index_list("{table}")'):
                cols = [r[2] for r in con.execute(f'PRAGMA index_info("{name}")')]
                kind = "unique" if origin == "c" and (unique or partial) else origin
                out[name] = (table, kind, cols)
    return out


def _repeats(path: Path) -> set[str]:
    """Plain indexes whose columns start a UNIQUE constraint's index of the same table."""
    found = _indexes(path)
    return {
        name
        for name, (table, origin, cols) in found.items()
        if origin == "c"
        and any(
            t == table and o == "u" and c[: len(cols)] == cols
            for other, (t, o, c) in found.items()
            if other != name
        )
    }


def _content(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with closing(sqlite3.connect(path)) as con:
        tables = [
            r[0]
            for r in con.execute("SELECT name FROM sqlite_schema WHERE type='table' ORDER BY name")
        ]
        return {
            t: sorted(con.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
            for t in tables
            if t != "alembic_version"
        }


def _at_revision_4(path: Path, out: Path) -> Path:
    """The closed file as revision 0005 (the one before 0007) left it: the four indexes
    back, the columns of 0008 gone, the revision named."""
    shutil.copyfile(path, out)
    with closing(sqlite3.connect(out)) as con, con:
        for table, column in COLUMNS:
            con.execute(f"CREATE INDEX ix_{table}_{column} ON {table} ({column})")
        for table, column in (
            ("workshop", "stage"),
            ("workshop", "record_language"),
            ("focus_area", "description_id"),
            ("focus_area", "description_en"),
        ):
            con.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        con.execute("UPDATE alembic_version SET version_num = '0005'")
    return out


def test_a_new_file_has_no_index_repeating_a_unique_constraint(tmp_path: Path) -> None:
    path = tmp_path / "demo.jakres"
    build_demo(path, device_id=DEVICE).close()
    assert _repeats(path) == set()
    assert not DROPPED & set(_indexes(path))


def test_a_file_at_revision_4_loses_the_four_and_keeps_every_row(tmp_path: Path) -> None:
    new = tmp_path / "demo.jakres"
    build_demo(new, device_id=DEVICE).close()
    old = _at_revision_4(new, tmp_path / "old.jakres")
    assert _repeats(old) == DROPPED
    before = _content(old)
    with open_file(old, device_id=DEVICE) as f:
        info = summary.describe(f)
    assert info["schema_revision"] == migrate.head()
    assert _repeats(old) == set()
    after = _content(old)
    for table in ("workshop", "focus_area"):  # 0008 gave their rows new columns
        assert len(after.pop(table)) == len(before.pop(table))
    assert after == before
    assert any(p.name.startswith("old.r0005-") for p in tmp_path.iterdir())  # the backup


def test_lookups_by_the_dropped_columns_still_use_an_index(tmp_path: Path) -> None:
    path = tmp_path / "demo.jakres"
    build_demo(path, device_id=DEVICE).close()
    with closing(sqlite3.connect(path)) as con:
        for table, column in COLUMNS:
            plan = " ".join(
                str(r[3])
                for r in con.execute(
                    f"EXPLAIN QUERY PLAN SELECT * FROM {table} WHERE {column} = 'x'"
                )
            )
            assert "USING INDEX sqlite_autoindex" in plan, (table, plan)
