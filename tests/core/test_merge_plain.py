"""The command line's master (store/plain.py, no ORM) merges exactly as a JakresFile does.

Every scenario of test_merge.py runs again here with each merge made through a
PlainFile opened on the same file (the reads around it stay the ORM's), and a
few checks compare the two kinds of master side by side.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from jakres_desk.base.errors import FileProblem, JakresError
from jakres_desk.core.merge import run
from jakres_desk.core.merge.log import ImportLine
from jakres_desk.store.db import JakresFile, open_file
from jakres_desk.store.plain import PlainFile, open_plain
from tests.conftest import DEVICE
from tests.core import test_merge
from tests.core.merging import data
from tests.core.test_merge import master, room_1  # noqa: F401  (fixtures)

# The scenarios of test_merge.py, but those about a JakresFile's own pool and listeners.
JAKRES_ONLY = {
    "test_listeners_hear_a_merge",
    "test_the_masters_connections_keep_no_copy_attached",
}
for _name in dir(test_merge):
    if _name.startswith("test_") and _name not in JAKRES_ONLY:
        globals()[_name] = getattr(test_merge, _name)


def _plain(f: JakresFile | PlainFile) -> Iterator[PlainFile]:
    if isinstance(f, PlainFile):
        yield f
        return
    with open_plain(f.path, device_id=f.device_id) as plain:
        yield plain


def merge_file(f: JakresFile | PlainFile, source: Path, **kwargs: Any) -> ImportLine:
    for plain in _plain(f):
        return run.merge_file(plain, source, **kwargs)
    raise AssertionError  # pragma: no cover


def merge_files(
    f: JakresFile | PlainFile, sources: Iterable[Path], **kwargs: Any
) -> list[ImportLine]:
    for plain in _plain(f):
        return run.merge_files(plain, sources, **kwargs)
    raise AssertionError  # pragma: no cover


@pytest.fixture(autouse=True)
def _through_a_plain_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(test_merge, "merge_file", merge_file)
    monkeypatch.setattr(test_merge, "merge_files", merge_files)


def _line(line: ImportLine) -> dict[str, Any]:
    """An import line without what differs between two merges of one file (id, time)."""
    return {k: v for k, v in line.as_json().items() if k not in ("id", "imported_at")}


def test_both_masters_end_alike(
    master: JakresFile, room_1: Path, tmp_path: Path  # noqa: F811
) -> None:
    other = tmp_path / "other.jakres"
    master.checkpoint()
    shutil.copyfile(master.path, other)
    via_orm = [run.merge_file(master, room_1), run.merge_file(master, room_1)]
    with open_plain(other, device_id=DEVICE) as plain:
        via_plain = [run.merge_file(plain, room_1), run.merge_file(plain, room_1)]
    assert [_line(x) for x in via_plain] == [_line(x) for x in via_orm]
    with open_file(other, device_id=DEVICE) as f:
        assert data(f) == data(master)


def _refusal(call: Any) -> tuple[str, str]:
    with pytest.raises(JakresError) as info:
        call()
    return type(info.value).__name__, info.value.message()


@pytest.mark.parametrize(
    "content",
    [None, b"", b"not a database at all", b"SQLite format 3\x00" + bytes(84)],
    ids=["missing", "empty", "text", "truncated"],
)
def test_a_bad_master_is_refused_as_open_file_refuses_it(
    tmp_path: Path, content: bytes | None
) -> None:
    path = tmp_path / "master.jakres"
    if content is not None:
        path.write_bytes(content)
    assert _refusal(lambda: open_plain(path, device_id=DEVICE)) == _refusal(
        lambda: open_file(path, device_id=DEVICE)
    )


def test_a_newer_master_is_refused_as_open_file_refuses_it(
    master: JakresFile, tmp_path: Path  # noqa: F811
) -> None:
    master.close()
    import sqlite3

    con = sqlite3.connect(master.path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    assert _refusal(lambda: open_plain(master.path, device_id=DEVICE)) == _refusal(
        lambda: open_file(master.path, device_id=DEVICE)
    )


def test_an_older_master_is_migrated_first(tmp_path: Path) -> None:
    path = shutil.copyfile(test_merge.FIXTURE, tmp_path / "master.jakres")
    with open_plain(path, device_id=DEVICE) as plain:
        assert plain.read_only_reason is None
        line = run.merge_file(plain, test_merge.FIXTURE)
    assert line.status == "unchanged"
    assert [p.name for p in tmp_path.iterdir() if ".bak" in p.name]  # open_file's backup


def test_a_read_only_master_is_refused_before_any_file(
    master: JakresFile, room_1: Path, monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    from jakres_desk.store import plain as plain_module

    master.close()
    before = master.path.read_bytes()
    monkeypatch.setattr(plain_module, "read_only_reason", lambda _path: "read_only_folder")
    with open_plain(master.path, device_id=DEVICE) as plain:
        with pytest.raises(FileProblem) as info:
            plain.check_writable()
        assert info.value.key == "read_only_folder"
        [line] = run.merge_files(plain, [room_1])
    assert line.status == "refused"
    assert master.path.read_bytes() == before


def _clean(con: sqlite3.Connection) -> bool:
    """No copy attached, no merge's temporary table left, no transaction open."""
    names = [row[1] for row in con.execute("PRAGMA database_list") if row[1] != "temp"]
    temps = con.execute("SELECT count(*) FROM temp.sqlite_schema").fetchone()[0]
    return names == ["main"] and temps == 0 and not con.in_transaction


def test_the_held_connection_merges_and_is_left_clean(
    master: JakresFile, room_1: Path, monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    master.close()
    with open_plain(master.path, device_id=DEVICE) as plain:
        held = plain.held()
        first = run.merge_file(plain, room_1)
        assert first.status == "merged" and plain.held() is held and _clean(held)
        real = run.write_line

        def failing(*args: object) -> None:
            real(*args)  # type: ignore[arg-type]
            raise sqlite3.OperationalError("disk I/O error")

        monkeypatch.setattr(run, "write_line", failing)
        with pytest.raises(FileProblem):
            run.merge_file(plain, room_1)
        assert _clean(plain.held())
        monkeypatch.setattr(run, "write_line", real)
        again = run.merge_file(plain, room_1)
        assert again.status == "unchanged" and _clean(plain.held())
        assert plain.held().execute("SELECT count(*) FROM import_log").fetchone()[0] == 2


def test_a_held_connection_that_cannot_be_cleaned_is_closed(
    master: JakresFile, room_1: Path  # noqa: F811
) -> None:
    class NoDetach:
        """The held connection, refusing to detach the copy (as a locked file might)."""

        def __init__(self, con: sqlite3.Connection) -> None:
            self.con = con

        def __getattr__(self, name: str) -> Any:
            return getattr(self.con, name)

        def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
            if sql.startswith("DETACH"):
                raise sqlite3.OperationalError("database is locked")
            return self.con.execute(sql, *args)

    master.close()
    with open_plain(master.path, device_id=DEVICE) as plain:
        real = plain.held()
        plain._held = NoDetach(real)  # type: ignore[assignment]
        assert run.merge_file(plain, room_1).status == "merged"
        assert plain._held is None  # closed, not handed on with the copy attached
        with pytest.raises(sqlite3.ProgrammingError):
            real.execute("SELECT 1")
        assert _clean(plain.held())
        assert run.merge_file(plain, room_1).status == "unchanged"
