"""Exports are whole and the same every time: the CSV set, the XLSX bytes."""

from __future__ import annotations

import errno
import os
import time
from pathlib import Path

import pytest

from jakres_desk.base.errors import FileProblem
from jakres_desk.report import sheets
from jakres_desk.store.db import JakresFile


def test_the_xlsx_export_is_the_same_bytes_at_any_time(
    demo: JakresFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    sheets.write_xlsx(demo, first, lang="id")
    later = time.time() + 3 * 24 * 3600 + 7  # zip entries keep the time to 2 s
    monkeypatch.setattr(time, "time", lambda: later)
    sheets.write_xlsx(demo, second, lang="id")
    assert first.read_bytes() == second.read_bytes()


def test_a_csv_export_that_fails_half_way_leaves_the_old_set(
    demo: JakresFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "hasil.csv"
    old = sheets.write_csv(demo, out, lang="id")
    before = {p: p.read_bytes() for p in old}
    real_open = Path.open
    written: list[str] = []

    def filling(self: Path, mode: str = "r", *args: object, **kwargs: object) -> object:
        if "x" in mode:
            written.append(self.name)
            if len(written) == 5:  # the disk fills at the fifth table
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_open(self, mode, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", filling)
    with pytest.raises(FileProblem, match="the disk is full"):
        sheets.write_csv(demo, out, lang="en")
    assert {p: p.read_bytes() for p in old} == before  # not one new file among the old
    assert sorted(tmp_path.iterdir()) == [tmp_path / "hasil-csv"]
    assert sorted(p.name for p in (tmp_path / "hasil-csv").iterdir()) == sorted(
        [p.name for p in old] + [".jakres-set"]
    )
