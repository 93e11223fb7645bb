"""Opening files: what is not a sound .jakres is refused clearly and left untouched."""

from __future__ import annotations

import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from jakres_desk.base.errors import FileProblem
from jakres_desk.store.db import create_file, open_file
from jakres_desk.store.probe import APPLICATION_ID
from tests.conftest import DEVICE

FIXTURE = Path(__file__).parent.parent / "fixtures" / "rev0001.jakres"


def snapshot_dir(folder: Path) -> dict[str, bytes]:
    """Every file in a folder with its bytes."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def refused(path: Path, key: str) -> FileProblem:
    """Open must refuse with `key`, writing nothing in the folder."""
    before = snapshot_dir(path.parent)
    with pytest.raises(FileProblem) as info:
        open_file(path, device_id=DEVICE)
    assert info.value.key == key, info.value.message("en")
    assert str(path) in info.value.message("en")
    assert snapshot_dir(path.parent) == before
    return info.value


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileProblem) as info:
        open_file(tmp_path / "nope.jakres", device_id=DEVICE)
    assert info.value.key == "file_missing"
    assert list(tmp_path.iterdir()) == []


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.jakres"
    path.write_bytes(b"")
    err = refused(path, "file_empty")
    assert "empty" in err.message("en")
    assert "kosong" in err.message("id")


def test_text_file_renamed(tmp_path: Path) -> None:
    path = tmp_path / "notes.jakres"
    path.write_text("Notulen rapat kelompok 3\n" * 20, encoding="utf-8")
    refused(path, "file_not_sqlite")


def test_zip_renamed(tmp_path: Path) -> None:
    path = tmp_path / "archive.jakres"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("a.txt", "x" * 1000)
    refused(path, "file_not_sqlite")


def test_foreign_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "other.jakres"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    err = refused(path, "file_foreign_sqlite")
    assert "not made by jakres-desk" in err.message("en")


def test_foreign_wal_sqlite_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "walfile.db"
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    refused(path, "file_foreign_sqlite")


@pytest.mark.parametrize("keep", [10, 99, 100, 4096, 50_000, -1])
def test_truncated(tmp_path: Path, keep: int) -> None:
    good = tmp_path / "good.jakres"
    shutil.copy(FIXTURE, good)
    data = good.read_bytes()
    path = tmp_path / "cut.jakres"
    path.write_bytes(data[: keep if keep > 0 else len(data) - 4096])
    good.unlink()
    err = refused(path, "file_truncated")
    assert "truncated" in err.message("en") and "terpotong" in err.message("id")


def test_bit_flipped_page_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "flip.jakres"
    data = bytearray(FIXTURE.read_bytes())
    for offset in range(4096 * 3, len(data), 4096):  # garble every b-tree page header
        data[offset] ^= 0xFF
    path.write_bytes(bytes(data))
    refused(path, "file_damaged")


def test_newer_revision_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.jakres"
    shutil.copy(FIXTURE, path)
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '0999'")
    con.commit()
    con.close()
    err = refused(path, "file_newer")
    assert "newer jakres-desk" in err.message("en") and "0999" in err.message("en")


def test_created_file_has_our_header(tmp_path: Path) -> None:
    path = tmp_path / "new.jakres"
    create_file(path, device_id=DEVICE).close()
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


def test_connection_pragmas(workshop: object) -> None:
    with workshop.engine.connect() as conn:  # type: ignore[attr-defined]
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_create_refuses_existing(tmp_path: Path) -> None:
    path = tmp_path / "taken.jakres"
    path.write_text("keep me")
    with pytest.raises(FileProblem) as info:
        create_file(path, device_id=DEVICE)
    assert info.value.key == "file_exists"
    assert path.read_text() == "keep me"
