"""Undoing a large operation (an import of thousands of rows) takes few statements."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event

from jakres_desk.core import operations
from jakres_desk.core.intake import imports
from jakres_desk.core.services import participants
from jakres_desk.store.db import JakresFile


def _people_csv(path: Path, n: int) -> Path:
    lines = ["name,organisation"] + [f"Peserta {i},Organisasi {i % 40}" for i in range(n)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _statements(f: JakresFile, run: Any) -> int:
    count = 0

    def counted(*_args: object) -> None:
        nonlocal count
        count += 1

    event.listen(f.engine, "before_cursor_execute", counted)
    try:
        run()
    finally:
        event.remove(f.engine, "before_cursor_execute", counted)
    return count


def test_undoing_an_import_of_2000_people_takes_them_all_back_in_few_statements(
    make_workshop: Any, tmp_path: Path
) -> None:
    f: JakresFile = make_workshop("big.jakres")
    before = len(participants.list_participants(f))
    done = operations.perform(
        f, imports.import_participants, _people_csv(tmp_path / "people.csv", 2000)
    )
    assert len(participants.list_participants(f)) == before + 2000
    holder: list[operations.Outcome[None]] = []
    used = _statements(f, lambda: holder.append(operations.undo(f, done.undo)))
    assert len(participants.list_participants(f)) == before
    # One statement per row (or ten, as before) would be thousands; in runs of 500 ids
    # it is a few dozen however many rows there are.
    assert used < 120, used
    # The redo brings every one of them back.
    operations.undo(f, holder[0].undo)
    assert len(participants.list_participants(f)) == before + 2000
