"""Bad files brought to the merge: each refused with a clear message, the master untouched.

"Untouched" is checked the strict way: the master is closed before and after,
and its bytes (and the absence of a -wal beside it) are compared.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jakres_desk.base.errors import FileProblem, JakresError
from jakres_desk.core.merge.run import merge_file
from jakres_desk.core.services import participants, workshops
from jakres_desk.store import migrate
from jakres_desk.store.db import open_file
from jakres_desk.store.probe import APPLICATION_ID
from tests.conftest import DEVICE
from tests.core.merging import LAPTOP_1, group, hand_in, laptop, set_up_master, write_kit

Maker = Callable[[Path, bytes], None]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[bytes, bytes, bytes]]:
    """A closed master, a good group file of it and a kit of another workshop, as bytes."""
    folder = tmp_path_factory.mktemp("corpus")
    with workshops.create_workshop(
        folder / "bandung.jakres", device_id=DEVICE, title="Lokakarya Bandung", date="2019-11-28"
    ) as other:
        write_kit(other, 1, folder / "other.jakres")
    f = workshops.create_workshop(
        folder / "m.jakres", device_id=DEVICE, title="Lokakarya Uji", date="2018-09-26"
    )
    set_up_master(f)
    kit_path = write_kit(f, 1, folder / "kit.jakres")
    f.close()
    with laptop(kit_path, LAPTOP_1) as k:
        participants.add_participant(k, name="Rina", group_id=group(k, 1), walk_in=True)
        good = hand_in(k, folder / "good.jakres")
    yield (
        (folder / "m.jakres").read_bytes(),
        good.read_bytes(),
        (folder / "other.jakres").read_bytes(),
    )


def _untouched_after(master: Path, incoming: Path, expect_key: str | None) -> FileProblem | None:
    """Merge `incoming`; the master's bytes and the incoming file must stay as they were."""
    before, theirs = master.read_bytes(), incoming.read_bytes() if incoming.is_file() else b""
    beside = sorted(p.name for p in incoming.parent.iterdir())
    err = None
    with open_file(master, device_id=DEVICE) as f:
        with pytest.raises(JakresError) as info:
            merge_file(f, incoming)
        err = info.value
    if expect_key is not None:
        assert err.key == expect_key, err.message("en")
    assert str(incoming) in err.message("en") and str(incoming) in err.message("id")
    assert master.read_bytes() == before
    assert not Path(f"{master}-wal").exists()
    if incoming.is_file():
        assert incoming.read_bytes() == theirs
    assert sorted(p.name for p in incoming.parent.iterdir()) == beside
    return err if isinstance(err, FileProblem) else None


@pytest.fixture
def master(corpus: tuple[bytes, bytes, bytes], tmp_path: Path) -> Path:
    """A closed private copy of the master."""
    path = tmp_path / "master" / "m.jakres"
    path.parent.mkdir()
    path.write_bytes(corpus[0])
    return path


@pytest.fixture
def good(corpus: tuple[bytes, bytes, bytes]) -> bytes:
    """The bytes of a sound group file."""
    return corpus[1]


@pytest.fixture
def other(corpus: tuple[bytes, bytes, bytes]) -> bytes:
    """The bytes of a kit of another workshop."""
    return corpus[2]


def _bad(tmp_path: Path, data: bytes, name: str = "bad.jakres") -> Path:
    folder = tmp_path / "usb"
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path


def _edited(tmp_path: Path, good: bytes, *sql: str) -> Path:
    """The good file changed by plain SQL, as a tampered or foreign file would be."""
    path = _bad(tmp_path, good)
    con = sqlite3.connect(path)
    for statement in sql:
        con.execute(statement)
    con.commit()
    con.close()
    return path


def test_the_good_file_merges(master: Path, good: bytes, tmp_path: Path) -> None:
    path = _bad(tmp_path, good, "good.jakres")
    with open_file(master, device_id=DEVICE) as f:
        assert merge_file(f, path).status == "merged"


@pytest.mark.parametrize("keep", [0, 1, 15, 16, 60, 99, 100, 101, 512, 4095, 4096, 4097, 12_288])
def test_truncated_at_many_offsets(master: Path, good: bytes, tmp_path: Path, keep: int) -> None:
    err = _untouched_after(master, _bad(tmp_path, good[:keep]), None)
    assert err is not None and err.key in {"file_empty", "file_truncated", "file_not_sqlite"}


@pytest.mark.parametrize("cut", [1, 4096, 8192, 20_000])
def test_truncated_from_the_end(master: Path, good: bytes, tmp_path: Path, cut: int) -> None:
    _untouched_after(master, _bad(tmp_path, good[:-cut]), "file_truncated")


def test_empty(master: Path, tmp_path: Path) -> None:
    err = _untouched_after(master, _bad(tmp_path, b""), "file_empty")
    assert err is not None and "kosong" in err.message("id")


def test_missing_and_folder(master: Path, tmp_path: Path) -> None:
    _untouched_after(master, tmp_path / "nope.jakres", "file_missing")
    (tmp_path / "folder.jakres").mkdir()
    _untouched_after(master, tmp_path / "folder.jakres", "file_not_regular")


def test_text_renamed(master: Path, tmp_path: Path) -> None:
    path = _bad(tmp_path, b"Notulen kelompok 3: sumur resapan\n" * 50, "notulen.jakres")
    _untouched_after(master, path, "file_not_sqlite")


def test_zip_renamed(master: Path, tmp_path: Path) -> None:
    path = tmp_path / "usb" / "arsip.jakres"
    path.parent.mkdir()
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("kelompok.txt", "x" * 5000)
    _untouched_after(master, path, "file_not_sqlite")


def test_foreign_sqlite(master: Path, tmp_path: Path) -> None:
    path = tmp_path / "usb" / "foto.jakres"
    path.parent.mkdir()
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE photo (id INTEGER PRIMARY KEY, data BLOB)")
    con.commit()
    con.close()
    _untouched_after(master, path, "file_foreign_sqlite")


@pytest.mark.parametrize("claimed", ["0001", "0002", migrate.head()])
def test_our_application_id_on_someone_elses_tables(
    master: Path, tmp_path: Path, claimed: str
) -> None:
    path = tmp_path / "usb" / "mirip.jakres"
    path.parent.mkdir()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA application_id={APPLICATION_ID}")
    con.execute("CREATE TABLE alembic_version (version_num TEXT)")
    con.execute(f"INSERT INTO alembic_version VALUES ('{claimed}')")
    con.execute("CREATE TABLE participant (id TEXT)")
    con.commit()
    con.close()
    err = _untouched_after(master, path, "merge_schema_mismatch")
    assert err is not None and "table 'breakout_group'" in err.message("en")


def test_file_of_another_workshop(master: Path, other: bytes, tmp_path: Path) -> None:
    err = _untouched_after(master, _bad(tmp_path, other), "merge_other_workshop")
    assert err is not None
    assert "'Lokakarya Bandung', 2019-11-28" in err.message("en")
    assert "--adopt" in err.message("en") and "--adopt" in err.message("id")


@pytest.mark.parametrize(
    "code",
    [
        "CREATE TRIGGER t AFTER INSERT ON participant BEGIN DELETE FROM program; END",
        "CREATE VIEW v AS SELECT * FROM participant",
    ],
)
def test_file_with_a_trigger_or_view(master: Path, good: bytes, tmp_path: Path, code: str) -> None:
    err = _untouched_after(master, _edited(tmp_path, good, code), "merge_has_code")
    assert err is not None and ("trigger 't'" in str(err) or "view 'v'" in str(err))


def test_file_from_a_future_revision(master: Path, good: bytes, tmp_path: Path) -> None:
    path = _edited(tmp_path, good, "UPDATE alembic_version SET version_num = '0999'")
    err = _untouched_after(master, path, "file_newer")
    assert err is not None and "0999" in str(err)


def test_file_without_revision(master: Path, good: bytes, tmp_path: Path) -> None:
    _untouched_after(master, _edited(tmp_path, good, "DELETE FROM alembic_version"), "file_damaged")


def test_extra_column_or_table(master: Path, good: bytes, tmp_path: Path) -> None:
    path = _edited(tmp_path, good, "ALTER TABLE participant ADD COLUMN nik TEXT")
    _untouched_after(master, path, "merge_schema_mismatch")
    path = _edited(tmp_path, good, "CREATE TABLE catatan (x TEXT)")
    _untouched_after(master, path, "merge_schema_mismatch")


def test_broken_references(master: Path, good: bytes, tmp_path: Path) -> None:
    path = _edited(tmp_path, good, "UPDATE participant SET group_id = 'tidak-ada'")
    _untouched_after(master, path, "merge_broken_references")


def test_two_workshops(master: Path, good: bytes, tmp_path: Path) -> None:
    path = _edited(
        tmp_path,
        good,
        "CREATE TEMP TABLE w AS SELECT * FROM workshop",
        "UPDATE w SET id = 'w2'",
        "INSERT INTO workshop SELECT * FROM w",
    )
    _untouched_after(master, path, "merge_no_workshop")


def test_kit_without_its_group(master: Path, good: bytes, tmp_path: Path) -> None:
    path = _edited(tmp_path, good, "UPDATE meta SET value = 'x' WHERE key = 'group_id'")
    _untouched_after(master, path, "merge_bad_kit")


def _page_size(data: bytes) -> int:
    size = int.from_bytes(data[16:18], "big")
    return 65536 if size == 1 else size


@pytest.mark.parametrize(
    ("offset", "key"),
    [
        (0, "file_not_sqlite"),  # the magic string
        (68, "file_foreign_sqlite"),  # the application id
        (71, "file_foreign_sqlite"),
        (16, None),  # the page size
    ],
)
def test_bit_flipped_header(
    master: Path, good: bytes, tmp_path: Path, offset: int, key: str | None
) -> None:
    data = bytearray(good)
    data[offset] ^= 0x04
    _untouched_after(master, _bad(tmp_path, bytes(data)), key)


def test_bit_flipped_pages(master: Path, good: bytes, tmp_path: Path) -> None:
    data = bytearray(good)
    size = _page_size(good)
    for offset in range(size * 2, len(data), size):  # every b-tree page's type byte
        data[offset] ^= 0xFF
    _untouched_after(master, _bad(tmp_path, bytes(data)), "file_damaged")


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(seed=st.integers(0, 2**32 - 1), flips=st.integers(1, 8))
def test_random_bit_flips_never_harm_the_master(
    corpus: tuple[bytes, bytes, bytes],
    tmp_path_factory: pytest.TempPathFactory,
    seed: int,
    flips: int,
) -> None:
    """A flip SQLite cannot see (inside a text value) merges; any other is refused cleanly."""
    folder = tmp_path_factory.mktemp("flip")
    master = folder / "m.jakres"
    master.write_bytes(corpus[0])
    data = bytearray(corpus[1])
    rnd = random.Random(seed)
    for _ in range(flips):
        data[rnd.randrange(len(data))] ^= 1 << rnd.randrange(8)
    incoming = folder / "usb.jakres"
    incoming.write_bytes(bytes(data))
    before = master.read_bytes()
    with open_file(master, device_id=DEVICE) as f:
        try:
            merge_file(f, incoming)
        except JakresError as exc:
            refused = exc
        else:
            refused = None
    if refused is not None:
        assert str(incoming) in str(refused)
        assert master.read_bytes() == before
    con = sqlite3.connect(master)
    assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    con.close()
    shutil.rmtree(folder)
