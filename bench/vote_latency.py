"""Time from a vote entered to a vote durable in the file, against a bare SQLite floor.

Session: 500 candidates, 60 participants, 6 criteria. Each vote goes through the
same route the GUI uses (core.services.votes.set_dots: checks the rules, writes
one transaction with synchronous=FULL). The floor is a bare sqlite3 single-row
INSERT + COMMIT with the same pragmas, on the same disk, in the same run, the
two taking turns vote by vote.
Goal: p99 within 3x of the floor's p99.

    python bench/vote_latency.py [--votes 1000]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _session import build_session  # noqa: E402

from jakres_desk.base.errors import RuleViolation  # noqa: E402
from jakres_desk.core.services import votes  # noqa: E402


def pct(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


class Floor:
    """Bare sqlite3: one-row insert and commit, WAL + synchronous=FULL."""

    def __init__(self, path: Path) -> None:
        self.con = sqlite3.connect(path, isolation_level=None)
        for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
            self.con.execute(f"PRAGMA {pragma}")
        self.con.execute("CREATE TABLE v (id TEXT PRIMARY KEY, c TEXT, p TEXT, n INTEGER)")
        self.i = 0

    def vote(self) -> float:
        self.i += 1
        t = time.perf_counter()
        self.con.execute("BEGIN IMMEDIATE")
        self.con.execute("INSERT INTO v VALUES (?, ?, ?, ?)", (f"id{self.i}", "c", "p", 1))
        self.con.execute("COMMIT")
        return time.perf_counter() - t


def measure(folder: Path, n: int) -> tuple[list[float], list[float]]:
    """Floor and set_dots in turns (random participant x candidate cells), so noise hits both."""
    floor = Floor(folder / "floor.db")
    f, _gid, people, cands = build_session(folder / "bench.jakres")
    rnd = random.Random(7)
    base, mine = [], []
    for _ in range(n):
        base.append(floor.vote())
        cell = (rnd.choice(cands), rnd.choice(people))
        t = time.perf_counter()
        try:
            votes.set_dots(f, candidate_id=cell[0], participant_id=cell[1], count=rnd.randint(0, 3))
        except RuleViolation:  # out of dots: refused in the same transaction, as in the room
            pass
        mine.append(time.perf_counter() - t)
    f.close()
    floor.con.close()
    return base, mine


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--votes", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as tmp:
        folder = Path(tmp)
        base, mine = measure(folder, args.votes)
    for label, t in (("floor (bare sqlite3)", base), ("set_dots (service)", mine)):
        print(
            f"{label:22s} p50 {pct(t, 50) * 1e3:7.3f} ms  p99 {pct(t, 99) * 1e3:7.3f} ms  "
            f"mean {statistics.fmean(t) * 1e3:7.3f} ms"
        )
    ratio50, ratio99 = pct(mine, 50) / pct(base, 50), pct(mine, 99) / pct(base, 99)
    print(
        f"ratio p50 {ratio50:.2f}x  p99 {ratio99:.2f}x  (goal: p99 within 3x) "
        f"{'OK' if ratio99 <= 3 else 'MISSED'}"
    )


if __name__ == "__main__":
    main()
