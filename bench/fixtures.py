"""The files bench/run measures on, made once per run in a child process.

bench/run itself imports only the standard library: a child's peak memory,
read from wait4, starts from its parent's (Linux carries the high-water mark
across fork and exec), so the parent stays small and the building happens here.

    python bench/fixtures.py FOLDER [--rooms 120] [--candidates 200]

writes into FOLDER:
- demo.jakres: the built-in demo workshop (5 groups, 38-page report);
- master.jakres and kits/*.jakres: the demo before the rooms' work (rosters and
  catalogue only) and the demo's 5 kits, each a room's results to merge;
- merge.json: the floor's upserts (the tables a group file may change) and
  the master's pragmas; report.json: our report's table rows and its font;
- rooms/master.jakres and rooms/group-NNN.jakres: a master with N groups and
  one handed-in file per group (bench/merge.py), for the Consolidate window.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from importlib.resources import files
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

DEVICE = "44444444-4444-4444-8444-444444444444"
# What a room makes: gone from the master before the kits come back with it.
ROOM_MADE = ("decision", "score", "dot_vote", "candidate", "criterion", "target", "element")


def demo(folder: Path) -> Path:
    from jakres_desk.core.demo import build_demo

    path = folder / "demo.jakres"
    build_demo(path, device_id=DEVICE).close()
    return path


def kits(folder: Path, demo_path: Path) -> None:
    """The demo's kits and the master they are merged into (the demo without their work)."""
    from jakres_desk.core.exchange import kit
    from jakres_desk.store.db import open_file
    from jakres_desk.store.snapshot import write_snapshot

    def before_the_rooms(con: sqlite3.Connection) -> None:
        for table in ROOM_MADE:
            con.execute(f"DELETE FROM {table}")
        con.execute("DELETE FROM tombstone")
        con.execute("UPDATE participant SET present = 0")

    with open_file(demo_path, device_id=DEVICE) as f:
        kit.write_all_kits(f, folder / "kits")
        write_snapshot(f, folder / "master.jakres", transform=before_the_rooms)


def merge_spec(folder: Path) -> None:
    from floors import upsert

    from jakres_desk.core.merge.plan import merged_tables
    from jakres_desk.store.engine import PRAGMAS

    con = sqlite3.connect(folder / "master.jakres")
    names = [p.name for p in merged_tables(group_scope=True)] + ["tombstone"]
    upserts = [upsert(n, [r[1] for r in con.execute(f'PRAGMA table_info("{n}")')]) for n in names]
    con.close()
    spec = {"pragmas": list(PRAGMAS), "upserts": upserts}
    (folder / "merge.json").write_text(json.dumps(spec, indent=1))


def report_spec(folder: Path, demo_path: Path) -> None:
    """Every table of our report: its rows as our tables hold them, and its column widths."""
    from jakres_desk.report.data import gather
    from jakres_desk.report.doc import LongTable
    from jakres_desk.report.lean import LeanTable
    from jakres_desk.report.pdf import body_story
    from jakres_desk.store.db import open_file

    with open_file(demo_path, device_id=DEVICE) as f:
        story = body_story(gather(f, lang="id"))
    tables = []
    for flowable in story.flow:
        if isinstance(flowable, LongTable):
            tables.append(([[str(c) for c in r] for r in flowable.rows], list(flowable.widths)))
        elif isinstance(flowable, LeanTable):
            rows = [[str(c) for c in r] for r in flowable._cellvalues]
            tables.append((rows, list(flowable._colWidths)))
    font = files("jakres_desk.resources").joinpath("fonts", "DejaVuSans.ttf")
    spec = {"font": str(font), "tables": tables}
    (folder / "report.json").write_text(json.dumps(spec, ensure_ascii=False))


def rooms(folder: Path, n: int, candidates: int) -> None:
    import merge

    merge.CANDIDATES = candidates
    (folder / "rooms").mkdir()
    merge.build_files(folder / "rooms", n)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--rooms", type=int, default=120)
    parser.add_argument("--candidates", type=int, default=200)
    args = parser.parse_args()
    path = demo(args.folder)
    kits(args.folder, path)
    merge_spec(args.folder)
    report_spec(args.folder, path)
    if args.rooms:
        rooms(args.folder, args.rooms, args.candidates)


if __name__ == "__main__":
    main()
