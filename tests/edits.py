"""A copy of a .jakres file edited by hand in SQL: the edge cases the read tests compare."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path


def edited(path: Path, folder: Path, *sql: str) -> Path:
    """`path` copied into `folder` as edited.jakres, with each statement run on it."""
    copy = Path(shutil.copy(path, folder / "edited.jakres"))
    con = sqlite3.connect(copy)
    for statement in sql:
        con.execute(statement)
    con.commit()
    con.close()
    return copy
