"""Merging group files into the master, against a bare-SQL floor in the same run.

Builds a master with G groups (60 participants on each roster) and a catalogue
of 1,000 programs, cuts one kit per group, and on each kit (its own device id)
checks everyone in, agrees 6 criteria, takes up 200 candidates, gives 5 dots
per person, scores every candidate on every criterion and applies the rule.
Then it merges the handed-in files into a copy of the master with
core.merge.merge_files (copy, checks, merge, log: everything a user gets), and
the same files into another copy as bare SQL: ATTACH + INSERT ... SELECT (an
upsert on newer modified_at) per table, one transaction per file, no checks.
Goal: within 3x of the floor.

--stress does the same with 500 groups, merged in a child process so that its
peak memory is the merge's alone, and the same files by the floor afterwards; it
prints time per file over the first and last tenth for both. Goals: under 300 MB,
time growing linearly (random UUID keys make every B-tree insert dearer as the
master grows, for the floor too: compare the two growths).

    python bench/merge.py [--groups 50] [--stress]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from jakres_desk.core import kit  # noqa: E402
from jakres_desk.core.merge import merge_files  # noqa: E402
from jakres_desk.core.services import decisions, groups, workshops  # noqa: E402
from jakres_desk.store.db import open_file  # noqa: E402
from jakres_desk.store.models import (  # noqa: E402
    Candidate,
    Criterion,
    DotVote,
    Group,
    Participant,
    Program,
    ProgramFocusArea,
    Score,
)
from jakres_desk.store.snapshot import write_snapshot  # noqa: E402
from jakres_desk.store.stamps import new_id  # noqa: E402

MASTER_DEVICE = "33333333-3333-4333-8333-333333333333"
CATALOGUE, PEOPLE, CANDIDATES, CRITERIA, DOTS = 1000, 60, 200, 6, 5


def build_master(path: Path, n_groups: int) -> None:
    """The master: n groups with their rosters and the catalogue, entered in bulk."""
    f = workshops.create_workshop(path, device_id=MASTER_DEVICE, title="Bench", date="2018-09-26")
    workshops.set_rules(f, dots_per_participant=DOTS, max_dots_per_candidate=2)
    ws = workshops.get_workshop(f)
    fas = [fa.id for fa in workshops.focus_areas(f)]
    with f.write() as s:
        for i in range(CATALOGUE):
            pid = new_id()
            s.add(Program(id=pid, workshop_id=ws.id, title=f"Program {i:04d}", agency="Dinas"))
            s.add(ProgramFocusArea(id=new_id(), program_id=pid, focus_area_id=fas[i % len(fas)]))
        for i in range(len(groups.list_groups(f)), n_groups):
            s.add(Group(id=new_id(), workshop_id=ws.id, name=f"Kelompok {i + 1}", position=i))
    with f.write() as s:
        for g in s.query(Group).all():
            for i in range(PEOPLE):
                s.add(Participant(id=new_id(), workshop_id=ws.id, group_id=g.id, name=f"P{i}"))
    f.close()


def work_in_room(path: Path, device: str, rnd: random.Random) -> None:
    """One room's whole morning on its own laptop, in bulk."""
    with open_file(path, device_id=device) as f, f.write() as s:
        [g] = s.query(Group).all()
        g.criteria_locked = True
        people = s.query(Participant).all()
        for p in people:
            p.present = True
        crits = [Criterion(id=new_id(), group_id=g.id, name=f"K{i}") for i in range(CRITERIA)]
        programs = rnd.sample([p.id for p in s.query(Program.id)], CANDIDATES)
        cands = [
            Candidate(id=new_id(), group_id=g.id, program_id=pid, position=i)
            for i, pid in enumerate(programs)
        ]
        s.add_all(crits + cands)
        for p in people:
            for c in rnd.sample(cands, DOTS // 2):
                s.add(DotVote(id=new_id(), candidate_id=c.id, participant_id=p.id, count=2))
        for c in cands:
            for k in crits:
                s.add(
                    Score(
                        id=new_id(), candidate_id=c.id, criterion_id=k.id, value=rnd.randint(1, 5)
                    )
                )
        group_id = g.id
    with open_file(path, device_id=device) as f:
        decisions.apply_rule(f, group_id=group_id)


def build_files(folder: Path, n_groups: int) -> tuple[Path, list[Path]]:
    """The master (closed) and one handed-in file per group."""
    master = folder / "master.jakres"
    build_master(master, n_groups)
    rnd = random.Random(7)
    files = []
    with open_file(master, device_id=MASTER_DEVICE) as m:
        ids = [g.id for g in groups.list_groups(m)]
        for i, gid in enumerate(ids):
            kit_path = folder / f"kit-{i:03d}.jakres"
            kit.write_kit(m, kit_path, group_id=gid)
            device = f"{i:08d}-0000-4000-8000-000000000000"
            work_in_room(kit_path, device, rnd)
            with open_file(kit_path, device_id=device) as k:
                files.append(write_snapshot(k, folder / f"group-{i:03d}.jakres").path)
            kit_path.unlink()
    return master, files


def floor(master: Path, files: list[Path]) -> tuple[float, list[float]]:
    """Bare SQL: ATTACH, then per table INSERT ... SELECT with an upsert on newer rows."""
    con = sqlite3.connect(master, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
        con.execute(f"PRAGMA {pragma}")
    tables = _tables(con)
    times = []
    for path in files:
        t = time.perf_counter()
        con.execute("ATTACH DATABASE ? AS src", (str(path),))
        con.execute("BEGIN IMMEDIATE")
        con.execute("PRAGMA defer_foreign_keys=ON")
        for name, cols in tables:
            con.execute(_upsert(name, cols))
        con.execute("COMMIT")
        con.execute("DETACH DATABASE src")
        times.append(time.perf_counter() - t)
    con.close()
    return sum(times), times


def _tables(con: sqlite3.Connection) -> list[tuple[str, list[str]]]:
    from jakres_desk.core.mergeplan import plans

    names = [p.name for p in plans()] + ["tombstone"]
    return [(n, [r[1] for r in con.execute(f'PRAGMA table_info("{n}")')]) for n in names]


def _upsert(name: str, cols: list[str]) -> str:
    listed = ", ".join(cols)
    insert = f"INSERT INTO main.{name} ({listed}) SELECT {listed} FROM src.{name} WHERE 1"
    if "modified_at" not in cols:
        return insert.replace("INSERT", "INSERT OR IGNORE", 1)
    sets = ", ".join(f"{c} = excluded.{c}" for c in cols if c != "id")
    return (
        f"{insert} ON CONFLICT (id) DO UPDATE SET {sets}"
        f" WHERE excluded.modified_at > {name}.modified_at"
    )


def ours(master: Path, files: list[Path]) -> tuple[float, list[float]]:
    """merge_files, one file at a time (so per-file times show how time grows)."""
    times = []
    with open_file(master, device_id=MASTER_DEVICE) as f:
        for path in files:
            t = time.perf_counter()
            [line] = merge_files(f, [path])
            times.append(time.perf_counter() - t)
            assert line.status == "merged", line.message
    return sum(times), times


def _copy(master: Path, name: str) -> Path:
    dest = master.with_name(name)
    shutil.copyfile(master, dest)
    return dest


def compare(folder: Path, n_groups: int) -> None:
    t = time.perf_counter()
    master, files = build_files(folder, n_groups)
    size = sum(p.stat().st_size for p in files) / len(files) / 1024
    print(
        f"built {len(files)} group files ({size:.0f} KiB each) in {time.perf_counter() - t:.1f} s"
    )
    base, _ = floor(_copy(master, "floor.jakres"), files)
    mine, _ = ours(_copy(master, "ours.jakres"), files)
    for label, t in (("floor (ATTACH + INSERT ... SELECT)", base), ("merge_files (checked)", mine)):
        print(f"{label:36s} {t:7.2f} s   {t / len(files) * 1e3:7.1f} ms/file")
    print(f"ratio {mine / base:.2f}x (goal: within 3x)")


def stress(folder: Path, n_groups: int) -> None:
    t = time.perf_counter()
    master, files = build_files(folder, n_groups)
    print(f"built {len(files)} group files in {time.perf_counter() - t:.1f} s")
    listing = folder / "files.json"
    listing.write_text(json.dumps([str(p) for p in files]))
    child = [
        sys.executable,
        __file__,
        "--merge-only",
        str(_copy(master, "ours.jakres")),
        str(listing),
    ]
    done = subprocess.run(child, capture_output=True, text=True, check=True)
    times = json.loads(done.stdout)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    master_mb = (folder / "ours.jakres").stat().st_size / 1024 / 1024
    base, base_times = floor(_copy(master, "floor.jakres"), files)
    print(
        f"merged {len(times)} files in {sum(times):.1f} s (floor {base:.1f} s, ratio"
        f" {sum(times) / base:.2f}x); master now {master_mb:.0f} MiB"
    )
    for label, t in (("merge_files", times), ("floor", base_times)):
        print(f"{label:12s} {_growth(t)}")
    print(f"peak memory of the merging process {peak:.0f} MiB (goal: under 300 MiB)")


def _growth(times: list[float]) -> str:
    """Mean time per file over the first and the last tenth, and their ratio."""
    tenth = max(1, len(times) // 10)
    first, last = sum(times[:tenth]) / tenth, sum(times[-tenth:]) / tenth
    return (
        f"first {tenth} files {first * 1e3:6.1f} ms/file, last {tenth} {last * 1e3:6.1f} ms/file:"
        f" x{last / first:.2f} (1.0 = total time linear in the number of files)"
    )


def merge_only(master: str, listing: str) -> None:
    """The child of --stress: merge, print per-file times as JSON."""
    files = [Path(p) for p in json.loads(Path(listing).read_text())]
    _, times = ours(Path(master), files)
    print(json.dumps(times))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--groups", type=int, default=50)
    parser.add_argument("--stress", action="store_true", help="also merge 500 files (slow)")
    parser.add_argument("--stress-files", type=int, default=500, help=argparse.SUPPRESS)
    parser.add_argument("--merge-only", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.merge_only:
        merge_only(*args.merge_only)
        return
    with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_DIR") or Path.cwd()) as tmp:
        compare(Path(tmp), args.groups)
    if args.stress:
        with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_DIR") or Path.cwd()) as tmp:
            stress(Path(tmp), args.stress_files)


if __name__ == "__main__":
    main()
