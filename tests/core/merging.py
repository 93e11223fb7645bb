"""Builders for the merge tests: a master, kits cut from it, rooms working on other laptops."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from jakres_desk.core.exchange import jsonfile as jsonform
from jakres_desk.core.exchange import kit
from jakres_desk.core.services import groups, participants, programs
from jakres_desk.store.db import JakresFile, open_file
from jakres_desk.store.snapshot import write_snapshot

LAPTOP_1 = "22222222-2222-4222-8222-222222222222"
LAPTOP_2 = "33333333-3333-4333-8333-333333333333"
LAPTOP_3 = "44444444-4444-4444-8444-444444444444"
CATALOGUE = (
    ("Sumur Resapan", "Dinas SDA", 3),
    ("Kampung Siaga Bencana", "BPBD", 2),
    ("Transjakarta Terintegrasi", "Dishub", 4),
    ("Bank Sampah RW", "Dinas LH", 3),
)


def set_up_master(f: JakresFile) -> None:
    """A catalogue and a roster of two for groups 1 and 2, entered at the secretariat."""
    for title, agency, area in CATALOGUE:
        programs.add_program(f, title=title, agency=agency, focus_areas=[area])
    for g in groups.list_groups(f)[:2]:
        for who in ("Ani", "Budi"):
            participants.add_participant(f, name=f"{who} {g.name}", group_id=g.id)


def group(f: JakresFile, number: int) -> str:
    """The id of group N (1-based, the preset's order)."""
    return groups.list_groups(f)[number - 1].id


def own_group(f: JakresFile) -> str:
    """The id of a kit's one group."""
    [only] = groups.list_groups(f)
    return only.id


def write_kit(master: JakresFile, number: int, path: Path) -> Path:
    """The kit of group N, written at `path`."""
    kit.write_kit(master, path, group_id=group(master, number))
    return path


@contextmanager
def laptop(path: Path, device: str) -> Iterator[JakresFile]:
    """A file opened on another laptop (its own device id stamps the edits)."""
    with open_file(path, device_id=device) as f:
        yield f


def hand_in(f: JakresFile, path: Path) -> Path:
    """The file as it comes back on a USB stick: a checked snapshot."""
    write_snapshot(f, path)
    return path


def data(f: JakresFile) -> dict[str, Any]:
    """Everything the master holds except its own log and file facts."""
    out = jsonform.export_data(f)
    for key in ("import_log", "meta"):
        out.pop(key)
    return out


def copy_of(path: Path, dest: Path) -> Path:
    """A byte copy of a closed file."""
    shutil.copyfile(path, dest)
    return dest


def as_older_version(path: Path, out: Path, revision: str) -> Path:
    """The same closed file as an older jakres-desk (schema `revision`) would have written it."""
    from alembic import command

    from jakres_desk.store import migrate
    from jakres_desk.store.engine import make_engine
    from jakres_desk.store.probe import APPLICATION_ID

    con = sqlite3.connect(out)
    con.execute(f"PRAGMA application_id={APPLICATION_ID}")
    con.execute("VACUUM")
    con.close()
    engine = make_engine(out)
    cfg = migrate._config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    engine.dispose()
    con = sqlite3.connect(out, isolation_level=None)
    con.execute("ATTACH DATABASE ? AS newer", (str(path),))
    con.execute("BEGIN")
    tables = [r[0] for r in con.execute("SELECT name FROM main.sqlite_schema WHERE type = 'table'")]
    for table in tables:
        if table == "alembic_version":
            continue
        cols = ", ".join(f'"{r[1]}"' for r in con.execute(f'PRAGMA main.table_info("{table}")'))
        con.execute(f'INSERT INTO main."{table}" ({cols}) SELECT {cols} FROM newer."{table}"')
    con.execute("COMMIT")
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    return out
