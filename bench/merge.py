"""Merging group files into the master, against a bare-SQL floor in the same run.

Builds a master with G groups (60 participants on each roster) and a catalogue
of 1,000 programs. The first group's file is made as a room makes it: its kit
is cut, and on it (its own device id) everyone is checked in, 6 criteria
agreed, 200 candidates taken up, 5 dots given per person, every candidate
scored on every criterion and the rule applied, then the file handed in. Every
other group's file is a copy of that one given the group's identity in SQL (its
group row and roster as in the master, fresh ids for all the room made, its own
device and its own 200 programs): a valid file of the same workshop with its
own records, as a real room's would be, made in milliseconds.

The files are merged into one copy of the master with core.merge.merge_files
(copy, checks, merge, log: everything a user gets) and, interleaved file by file
in the same run (so both meet the same load on the machine), into another copy
as bare SQL: ATTACH + INSERT ... SELECT (an upsert on newer modified_at) per
table, one transaction per file, no checks. Goal: within 3x of the floor.

--stress does the same with 500 files, the merge in a child process driven file
by file, which reports its own peak memory (VmHWM). Goals: peak memory under
300 MB, and time growing linearly with the number of files. Every insert into
an index of random UUIDs gets dearer as the master grows, for the floor too, so
"linear" is measured against the floor: with the mean time per file over the
first and the last tenth of the files, growth = last / first, and the merge is
linear when its growth is at most 1.15 times the floor's.

    python bench/merge.py [--groups 50] [--stress]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from jakres_desk.core.exchange import kit  # noqa: E402
from jakres_desk.core.merge.plan import plans  # noqa: E402
from jakres_desk.core.merge.run import merge_files  # noqa: E402
from jakres_desk.core.services import decisions, groups, workshops  # noqa: E402
from jakres_desk.store.attach import CACHE_KIB  # noqa: E402
from jakres_desk.store.db import JakresFile, open_file  # noqa: E402
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
# What a room makes (the roster is the master's): these get fresh ids in each copy.
ROOM_MADE = ("element", "target", "criterion", "candidate", "dot_vote", "score", "decision")
LINEAR = 1.15  # the merge's growth may be this many times the floor's


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
        s.add_all([*crits, *cands])
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
    """The master (closed) and one handed-in file per group: the first made by a room."""
    master = folder / "master.jakres"
    build_master(master, n_groups)
    rnd = random.Random(7)
    rooms = _rooms(master)
    kit_path = folder / "kit.jakres"
    with open_file(master, device_id=MASTER_DEVICE) as m:
        kit.write_kit(m, kit_path, group_id=rooms[0]["id"])
    work_in_room(kit_path, _device(0), rnd)
    with open_file(kit_path, device_id=_device(0)) as k:
        first = write_snapshot(k, folder / "group-000.jakres").path
    kit_path.unlink()
    files = [first]
    for i in range(1, n_groups):
        files.append(folder / f"group-{i:03d}.jakres")
        shutil.copyfile(first, files[-1])
        _make_room(files[-1], rooms[0], rooms[i], _device(i), rnd)
    return master, files


def _device(i: int) -> str:
    return f"{i:08d}-0000-4000-8000-000000000000"


def _rooms(master: Path) -> list[dict[str, Any]]:
    """Each group of the master: its row's identity and its roster by name."""
    con = sqlite3.connect(master)
    con.row_factory = sqlite3.Row
    out: list[dict[str, Any]] = []
    for g in con.execute("SELECT * FROM breakout_group ORDER BY position, name").fetchall():
        roster = con.execute(
            "SELECT id, name, created_at FROM participant WHERE group_id = ?", (g["id"],)
        )
        out.append({**dict(g), "roster": {r["name"]: (r["id"], r["created_at"]) for r in roster}})
    con.close()
    return out


def _make_room(
    path: Path, first: dict[str, Any], room: dict[str, Any], device: str, rnd: random.Random
) -> None:
    """Turn a copy of the first group's file into `room`'s: its group, roster, ids, device."""
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("BEGIN")
    con.execute("CREATE TEMP TABLE idmap (old TEXT PRIMARY KEY, new TEXT NOT NULL)")
    pairs = [(first["id"], room["id"])]
    pairs += [(first["roster"][name][0], room["roster"][name][0]) for name in first["roster"]]
    for table in ROOM_MADE:
        pairs += [(rid, new_id()) for (rid,) in con.execute(f"SELECT id FROM {table}")]
    con.executemany("INSERT INTO temp.idmap VALUES (?, ?)", pairs)
    for plan in plans():
        for c in plan.uuid_columns:
            con.execute(
                f"UPDATE {plan.name} SET {c} = (SELECT new FROM temp.idmap WHERE old = {c})"
                f" WHERE {c} IN (SELECT old FROM temp.idmap)"
            )
        if not plan.reference:
            con.execute(
                f"UPDATE {plan.name} SET device_id = ? WHERE device_id = ?", (device, _device(0))
            )
    con.execute(
        "UPDATE breakout_group SET name = ?, position = ?, focus_area_id = ?, created_at = ?"
        " WHERE id = ?",
        (room["name"], room["position"], room["focus_area_id"], room["created_at"], room["id"]),
    )
    con.executemany(
        "UPDATE participant SET created_at = ? WHERE id = ?",
        [(created, pid) for pid, created in room["roster"].values()],
    )
    con.execute("UPDATE tombstone SET device_id = ? WHERE device_id = ?", (device, _device(0)))
    # Its own programs: out of the way first (one program per candidate in a group).
    catalogue = [r[0] for r in con.execute("SELECT id FROM program ORDER BY id")]
    cands = [r[0] for r in con.execute("SELECT id FROM candidate ORDER BY position")]
    con.execute("UPDATE candidate SET program_id = 'moving ' || id")
    con.executemany(
        "UPDATE candidate SET program_id = ? WHERE id = ?",
        zip(rnd.sample(catalogue, len(cands)), cands, strict=True),
    )
    con.execute("UPDATE meta SET value = ? WHERE key = 'group_id'", (room["id"],))
    con.execute("COMMIT")
    con.close()


class Floor:
    """Bare SQL on one connection: ATTACH, then per table INSERT ... SELECT with an upsert.

    The master's settings are the merge's: WAL, synchronous=FULL, foreign keys, and
    the same page cache (a smaller one would spill and make the floor slower).
    """

    def __init__(self, master: Path) -> None:
        self.con = sqlite3.connect(master, isolation_level=None)
        for pragma in (
            "journal_mode=WAL",
            "synchronous=FULL",
            "foreign_keys=ON",
            f"cache_size=-{CACHE_KIB}",
        ):
            self.con.execute(f"PRAGMA {pragma}")
        names = [p.name for p in plans()] + ["tombstone"]
        self.sql = [
            _upsert(n, [r[1] for r in self.con.execute(f'PRAGMA table_info("{n}")')]) for n in names
        ]

    def merge(self, path: Path) -> float:
        """One file in one transaction; its time in seconds."""
        t = time.perf_counter()
        self.con.execute("ATTACH DATABASE ? AS src", (str(path),))
        self.con.execute("BEGIN IMMEDIATE")
        self.con.execute("PRAGMA defer_foreign_keys=ON")
        for sql in self.sql:
            self.con.execute(sql)
        self.con.execute("COMMIT")
        self.con.execute("DETACH DATABASE src")
        return time.perf_counter() - t

    def close(self) -> None:
        self.con.close()


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


def merge_one(f: JakresFile, path: Path) -> float:
    """merge_files on one file (everything a user gets); its time in seconds."""
    t = time.perf_counter()
    [line] = merge_files(f, [path])
    took = time.perf_counter() - t
    # Every file is a room's own work: all of it enters, nothing refused or conflicting.
    assert line.status == "merged" and not line.refused and not line.conflicts, line
    assert line.added > CANDIDATES * CRITERIA, line
    return took


def interleaved(
    files: list[Path], ours: Callable[[Path], float], base: Floor
) -> tuple[list[float], list[float]]:
    """Each file by the merge and by the floor in turn, alternating which goes first."""
    mine, floor = [], []
    for i, path in enumerate(files):
        if i % 2:
            floor.append(base.merge(path))
        mine.append(ours(path))
        if not i % 2:
            floor.append(base.merge(path))
    return mine, floor


def _copy(master: Path, name: str) -> Path:
    dest = master.with_name(name)
    shutil.copyfile(master, dest)
    return dest


def _built(folder: Path, n_groups: int) -> tuple[Path, list[Path]]:
    t = time.perf_counter()
    master, files = build_files(folder, n_groups)
    size = sum(p.stat().st_size for p in files) / len(files) / 1024
    print(
        f"built {len(files)} group files ({size:.0f} KiB each) in"
        f" {time.perf_counter() - t:.1f} s; load average {_load()}",
        flush=True,
    )
    return master, files


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def compare(folder: Path, n_groups: int) -> None:
    master, files = _built(folder, n_groups)
    base = Floor(_copy(master, "floor.jakres"))
    with open_file(_copy(master, "ours.jakres"), device_id=MASTER_DEVICE) as f:
        mine, floor = interleaved(files, lambda p: merge_one(f, p), base)
    base.close()
    report(mine, floor)


def stress(folder: Path, n_files: int) -> None:
    master, files = _built(folder, n_files)
    child = [sys.executable, __file__, "--merge-only", str(_copy(master, "ours.jakres"))]
    proc = subprocess.Popen(child, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdin is not None and proc.stdout is not None
    pipe_in, pipe_out = proc.stdin, proc.stdout

    def ours(path: Path) -> float:
        pipe_in.write(f"{path}\n")
        pipe_in.flush()
        return float(pipe_out.readline())

    base = Floor(_copy(master, "floor.jakres"))
    mine, floor = interleaved(files, ours, base)
    base.close()
    pipe_in.close()
    peak = float(pipe_out.readline())
    if proc.wait() != 0:
        raise SystemExit("the merging process failed")
    master_mb = (folder / "ours.jakres").stat().st_size / 1024 / 1024
    report(mine, floor)
    print(
        f"master now {master_mb:.0f} MiB; peak memory of the merging process {peak:.0f} MiB"
        " (goal: under 300 MiB)"
    )


def report(mine: list[float], floor: list[float]) -> None:
    """Totals, the ratio, and ms/file per tenth of the files with the growth of each."""
    n = len(mine)
    for label, t in (
        ("floor (ATTACH + INSERT ... SELECT)", floor),
        ("merge_files (checked)", mine),
    ):
        print(f"{label:36s} {sum(t):7.2f} s   {sum(t) / n * 1e3:7.1f} ms/file")
    print(f"ratio {sum(mine) / sum(floor):.2f}x (goal: within 3x); load average {_load()}")
    block = max(1, n // 10)
    print(f"{'files':>11s} {'merge ms/file':>14s} {'floor ms/file':>14s} {'ratio':>6s}")
    means = []
    for start in range(0, n - n % block if n >= block else n, block):
        m, b = (sum(x[start : start + block]) / block * 1e3 for x in (mine, floor))
        means.append((m, b))
        print(f"{start + 1:5d}-{start + block:<5d} {m:14.1f} {b:14.1f} {m / b:6.2f}")
    grow_m, grow_b = means[-1][0] / means[0][0], means[-1][1] / means[0][1]
    verdict = "linear as the floor" if grow_m <= grow_b * LINEAR else "grows faster than the floor"
    print(
        f"growth last/first tenth: merge x{grow_m:.2f}, floor x{grow_b:.2f}; merge/floor"
        f" x{grow_m / grow_b:.2f} (goal: at most x{LINEAR}: {verdict})"
    )


def merge_only(master: str) -> None:
    """The child of --stress: merge each file named on stdin, answer its time, then its peak."""
    with open_file(Path(master), device_id=MASTER_DEVICE) as f:
        for name in sys.stdin:
            print(merge_one(f, Path(name.strip())), flush=True)
    print(_peak_mib(), flush=True)


def _peak_mib() -> float:
    """This process's peak resident memory in MiB.

    VmHWM counts only this program; the rusage maximum would also count the
    parent's memory the child was forked with before it started Python.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--groups", type=int, default=50)
    parser.add_argument("--stress", action="store_true", help="also merge 500 files (slow)")
    parser.add_argument("--stress-files", type=int, default=500, help=argparse.SUPPRESS)
    parser.add_argument("--merge-only", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.merge_only:
        merge_only(args.merge_only)
        return
    with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_DIR") or Path.cwd()) as tmp:
        compare(Path(tmp), args.groups)
    if args.stress:
        with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_DIR") or Path.cwd()) as tmp:
            stress(Path(tmp), args.stress_files)


if __name__ == "__main__":
    main()
