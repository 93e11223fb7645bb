"""Schema revisions: the revision-1 fixture opens, older files are backed up then migrated."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect

from jakres_desk.core.services import decisions, groups, participants, programs, summary
from jakres_desk.store import migrate
from jakres_desk.store.db import open_file
from jakres_desk.store.models import Base
from tests.conftest import DEVICE

FIXTURE = Path(__file__).parent.parent / "fixtures" / "rev0001.jakres"

# The next revision after the shipped head (named 0002 when only 0001 shipped).
FAKE_NEXT = f"{int(migrate.SHIPPED[-1]) + 1:04d}"
FAKE_0002 = f"""
from alembic import op
import sqlalchemy as sa

revision = "{FAKE_NEXT}"
down_revision = "{migrate.SHIPPED[-1]}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("participant") as batch:
        batch.add_column(sa.Column("email", sa.Text(), nullable=False, server_default=""))


def downgrade():
    with op.batch_alter_table("participant") as batch:
        batch.drop_column("email")
"""


@pytest.fixture
def rev1(tmp_path: Path) -> Path:
    """A private copy of the frozen revision-1 file."""
    path = tmp_path / "old.jakres"
    shutil.copy(FIXTURE, path)
    return path


def test_revision_1_fixture_opens_with_data(rev1: Path) -> None:
    with open_file(rev1, device_id=DEVICE) as f:
        info = summary.describe(f)
        g3 = groups.find_group(f, "Kelompok 3")
        names = [p.name for p in participants.list_participants(f, g3.id)]
        cands = programs.list_candidates(f, g3.id)
    assert info["schema_revision"] == migrate.head()
    row = next(g for g in info["groups"] if g["name"] == "Kelompok 3")
    assert (row["participants"], row["elements"], row["criteria"], row["candidates"]) == (
        3,
        1,
        2,
        3,
    )
    assert row["dot_votes"] == 3 and row["scores"] == 4 and row["priority_programs"] == 2
    assert names == ["Budi Santoso", "Rina Walk-in", "Siti Rahmawati"]
    override = next(c for c in cands if c.decided_by == "facilitator")
    assert override.reason == "Sudah berjalan di 3 kelurahan"


def test_fixture_stays_writable_after_open(rev1: Path) -> None:
    with open_file(rev1, device_id=DEVICE) as f:
        g = groups.find_group(f, "3")
        participants.add_participant(f, name="Peserta Baru", group_id=g.id)
        assert decisions.apply_rule(f, group_id=g.id) >= 1


def test_models_match_the_migrations(tmp_path: Path) -> None:
    """A file built by the migrations has exactly the tables and columns of the models."""
    path = tmp_path / "m.jakres"
    from jakres_desk.store.db import create_file

    create_file(path, device_id=DEVICE).close()
    insp = inspect(create_engine(f"sqlite:///{path}"))
    built = {t: {c["name"] for c in insp.get_columns(t)} for t in insp.get_table_names()}
    built.pop("alembic_version")
    expected = {t.name: {c.name for c in t.columns} for t in Base.metadata.sorted_tables}
    assert built == expected


@pytest.fixture
def with_revision_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Pretend this version ships one more revision (adds participant.email)."""
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / f"{FAKE_NEXT}_email.py").write_text(FAKE_0002)
    monkeypatch.setattr(migrate, "MIGRATIONS", scripts)
    migrate.revisions.cache_clear()
    yield
    migrate.revisions.cache_clear()


def test_older_file_is_backed_up_then_migrated(rev1: Path, with_revision_2: None) -> None:
    original = rev1.read_bytes()
    with open_file(rev1, device_id=DEVICE) as f:
        info = summary.describe(f)
    assert info["schema_revision"] == FAKE_NEXT
    backups = list(rev1.parent.glob("old.r0001-*.bak.jakres"))
    assert len(backups) == 1
    con = sqlite3.connect(backups[0])
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    assert con.execute("SELECT count(*) FROM participant").fetchone()[0] == 3
    con.close()
    con = sqlite3.connect(rev1)
    cols = [r[1] for r in con.execute("PRAGMA table_info(participant)")]
    assert "email" in cols
    assert con.execute("SELECT count(*) FROM participant").fetchone()[0] == 3
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    con.close()
    assert len(original) > 0


def test_upgrade_declined_leaves_file(rev1: Path, with_revision_2: None) -> None:
    before = rev1.read_bytes()
    from jakres_desk.base.errors import FileProblem

    with pytest.raises(FileProblem) as info:
        open_file(rev1, device_id=DEVICE, upgrade=False)
    assert info.value.key == "file_needs_upgrade"
    assert rev1.read_bytes() == before


def test_shipped_list_matches_the_scripts() -> None:
    assert migrate.script_revisions() == migrate.SHIPPED


def _content(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def test_a_failed_migration_puts_the_file_back_and_says_so(
    rev1: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from jakres_desk.base.errors import FileProblem

    before = _content(rev1)
    real_upgrade = migrate.upgrade

    def half_done(engine: object) -> None:
        with engine.begin() as conn:  # type: ignore[attr-defined]
            conn.exec_driver_sql("ALTER TABLE participant ADD COLUMN half TEXT")
        raise RuntimeError("disk went away\nsecond line")

    monkeypatch.setattr(migrate, "upgrade", half_done)
    with pytest.raises(FileProblem) as info:
        open_file(rev1, device_id=DEVICE)
    assert info.value.key == "file_cannot_migrate"
    assert "disk went away" in info.value.message("en")
    assert "second line" not in info.value.message("en")
    assert _content(rev1) == before
    assert [p.name for p in rev1.parent.iterdir() if ".bak" in p.name] == []
    monkeypatch.setattr(migrate, "upgrade", real_upgrade)
    open_file(rev1, device_id=DEVICE).close()  # and it still opens and migrates later


def test_a_look_alike_claiming_an_old_revision_is_refused_untouched(tmp_path: Path) -> None:
    from jakres_desk.base.errors import FileProblem
    from jakres_desk.store.probe import APPLICATION_ID

    path = tmp_path / "mirip.jakres"
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA application_id={APPLICATION_ID}")
    con.execute("CREATE TABLE alembic_version (version_num TEXT)")
    con.execute("INSERT INTO alembic_version VALUES ('0001')")
    con.execute("CREATE TABLE participant (id TEXT)")
    con.commit()
    con.close()
    data = path.read_bytes()
    with pytest.raises(FileProblem) as info:
        open_file(path, device_id=DEVICE)
    assert info.value.key == "file_not_whole"
    assert "'breakout_group'" in info.value.message("en")
    assert path.read_bytes() == data and sorted(tmp_path.iterdir()) == [path]


def test_an_older_file_named_by_a_relative_path_opens(
    rev1: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(rev1.parent)
    with open_file(Path(rev1.name), device_id=DEVICE) as f:
        assert f.path == Path(rev1.name)


def test_a_wrongly_typed_value_stops_revision_4_naming_it(rev1: Path) -> None:
    from jakres_desk.base.errors import FileProblem

    con = sqlite3.connect(rev1)
    con.execute("UPDATE dot_vote SET count = 'lots' WHERE rowid = 1")
    con.commit()
    con.close()
    with pytest.raises(FileProblem) as info:
        open_file(rev1, device_id=DEVICE)
    assert info.value.key == "file_cannot_migrate"
    assert "table dot_vote, column count, row 1: a value of type text" in info.value.message()
    con = sqlite3.connect(rev1)  # put back as it was
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert con.execute("SELECT count(*) FROM dot_vote WHERE count = 'lots'").fetchone() == (1,)
    con.close()


def test_revision_4_checks_every_columns_type(rev1: Path) -> None:
    open_file(rev1, device_id=DEVICE).close()
    con = sqlite3.connect(rev1)
    with pytest.raises(sqlite3.IntegrityError, match="ck_score_value_type"):
        con.execute("UPDATE score SET value = 'lima'")
    assert con.execute("SELECT count(*) FROM import_log WHERE refusals != '[]'").fetchone() == (0,)
    con.close()


def test_revision_5_opens_every_group_with_its_voting_open(rev1: Path) -> None:
    from jakres_desk.core.services import voting

    with open_file(rev1, device_id=DEVICE) as f:
        g3 = groups.find_group(f, "Kelompok 3")
        assert not voting.is_closed(f, g3.id) and voting.voting_log(f, g3.id) == []
        voting.close_voting(f, group_id=g3.id)
        assert voting.is_closed(f, g3.id)
    con = sqlite3.connect(rev1)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (migrate.head(),)
    assert con.execute(
        "SELECT count(*) FROM breakout_group WHERE voting_log = '[]' AND voting_closed_at IS NULL"
    ).fetchone() == (con.execute("SELECT count(*) FROM breakout_group").fetchone()[0] - 1,)
    with pytest.raises(sqlite3.IntegrityError, match="ck_breakout_group_voting_closed_at_type"):
        con.execute("UPDATE breakout_group SET voting_closed_at = x'00'")
    con.close()
