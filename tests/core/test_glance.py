"""`info` and `log` read through store/glance.py (no ORM) and say what the ORM path says."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from jakres_desk.base.errors import FileProblem
from jakres_desk.core.demo import build_demo
from jakres_desk.core.merge import log as importlog
from jakres_desk.core.merge import run as merging
from jakres_desk.core.services import glance as light
from jakres_desk.core.services import participants, summary
from jakres_desk.store import migrate
from jakres_desk.store.db import JakresFile, open_file
from jakres_desk.store.glance import glance
from jakres_desk.store.models import ImportLog
from tests.conftest import DEVICE
from tests.core.merging import LAPTOP_1, hand_in, laptop, own_group, write_kit

FIXTURE = Path(__file__).parent.parent / "fixtures" / "rev0001.jakres"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.jakres"
    build_demo(path, device_id=DEVICE).close()
    return path


def _both(path: Path) -> tuple[dict[str, object], dict[str, object]]:
    with open_file(path, device_id=DEVICE) as f:
        old = summary.describe(f)
    with glance(path, device_id=DEVICE) as con:
        new = light.describe(con)
    return old, new


def _edited(demo: Path, tmp_path: Path, sql: str) -> Path:
    path = Path(shutil.copy(demo, tmp_path / "edited.jakres"))
    con = sqlite3.connect(path)
    with con:
        con.execute(sql)
    con.close()
    return path


def _beside(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


def test_the_demo_is_described_as_the_orm_describes_it(demo: Path) -> None:
    old, new = _both(demo)
    assert new == old
    assert list(new) == list(old)  # the same keys in the same order: the same JSON text


@pytest.mark.parametrize(
    "sql",
    [
        # Decisions the live ranking no longer gives: counted per group.
        "UPDATE decision SET is_priority = 1 - is_priority WHERE id IN"
        " (SELECT id FROM decision WHERE decided_by = 'rule' LIMIT 3)",
        # Rules that cannot be applied (only a hand-edited file has them): null per group.
        "UPDATE workshop SET priority_rule = 'top_n', top_n = NULL",
        "UPDATE participant SET group_id = NULL WHERE id IN (SELECT id FROM participant LIMIT 2)",
        "UPDATE workshop SET illustrative = 0, venue = ''",
    ],
)
def test_edge_cases_are_described_alike(demo: Path, tmp_path: Path, sql: str) -> None:
    old, new = _both(_edited(demo, tmp_path, sql))
    assert new == old


def test_a_file_without_groups_is_described_alike(workshop: JakresFile) -> None:
    participants.add_participant(workshop, name="Siti", group_id=None)
    workshop.close()
    old, new = _both(workshop.path)
    assert new == old


def test_a_look_leaves_nothing_beside_the_file_and_changes_no_byte(demo: Path) -> None:
    before = demo.read_bytes()
    with glance(demo, device_id=DEVICE) as con:
        light.describe(con)
        with pytest.raises(sqlite3.OperationalError):  # a look never writes
            con.execute("DELETE FROM meta")
    assert _beside(demo) == ["demo.jakres"]
    assert demo.read_bytes() == before


def test_an_older_file_is_backed_up_and_migrated_as_opening_it_would(tmp_path: Path) -> None:
    path = Path(shutil.copy(FIXTURE, tmp_path / "old.jakres"))
    with glance(path, device_id=DEVICE) as con:
        info = light.describe(con)
    assert info["schema_revision"] == migrate.head()
    assert any(p.name.startswith("old.r0001-") for p in tmp_path.iterdir())  # the backup


@pytest.mark.parametrize(
    ("content", "key"),
    [(b"", "file_empty"), (b"not a database at all" * 10, "file_not_sqlite")],
)
def test_a_bad_file_is_refused_with_the_same_words(
    tmp_path: Path, content: bytes, key: str
) -> None:
    path = tmp_path / "bad.jakres"
    path.write_bytes(content)
    with pytest.raises(FileProblem) as exc, glance(path, device_id=DEVICE):
        pass
    assert exc.value.key == key


def test_the_log_columns_are_the_models(demo: Path) -> None:
    assert importlog._COLUMNS == tuple(c.name for c in ImportLog.__table__.columns)


def test_the_log_reads_alike(workshop: JakresFile, tmp_path: Path) -> None:
    kit = write_kit(workshop, 1, tmp_path / "kit-1.jakres")
    with laptop(kit, LAPTOP_1) as f:
        participants.add_participant(f, name="Peserta 1", group_id=own_group(f))
        handed = hand_in(f, tmp_path / "kelompok-1.jakres")
    (tmp_path / "junk.jakres").write_bytes(b"junk")
    merging.merge_files(workshop, [handed, handed, tmp_path / "junk.jakres"])
    workshop.close()
    read: Callable[[JakresFile], list[importlog.ImportLine]] = importlog.read_log
    with open_file(workshop.path, device_id=DEVICE) as f:
        old = read(f)
    with glance(workshop.path, device_id=DEVICE) as con:
        new = importlog.lines_in(con)
    assert [line.status for line in new] == ["merged", "unchanged"]
    assert new == old


def test_a_look_alike_without_one_of_our_tables_is_named_damaged(
    demo: Path, tmp_path: Path
) -> None:
    path = _edited(demo, tmp_path, "DROP TABLE score")
    with pytest.raises(FileProblem) as exc, glance(path, device_id=DEVICE) as con:
        light.describe(con)
    assert exc.value.key == "file_damaged" and "score" in exc.value.message("en")
