"""Measurements where the user waits inside a running program, not on a whole process.

Each runs in a child of bench/run and prints one JSON object (figures in ms):

    python bench/inproc.py vote --samples 3000
    python bench/inproc.py consolidate ROOMS_FOLDER --pairs 5
    python bench/inproc.py scaling ROOMS_FOLDER
    python bench/inproc.py switch --rounds 5
    python bench/inproc.py dedupe --programs 3000 --pairs 5
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from verdicts import interleave, median, percentile  # noqa: E402

DEVICE = "33333333-3333-4333-8333-333333333333"
MS = 1e3


def _qapp() -> Any:
    from PySide6.QtCore import QStandardPaths

    from jakres_desk.ui.app import make_app

    QStandardPaths.setTestModeEnabled(True)
    return make_app()


# --- one vote to durable ---------------------------------------------------------------


class FloorVote:
    """Bare sqlite3 on a copy of the same file: same table, indexes and pragmas, one upsert."""

    SQL = (
        "INSERT INTO dot_vote (id, candidate_id, participant_id, count, created_at,"
        " modified_at, device_id) VALUES (?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (candidate_id, participant_id) DO UPDATE SET count = excluded.count,"
        " modified_at = excluded.modified_at, device_id = excluded.device_id"
    )

    def __init__(self, path: Path) -> None:
        from jakres_desk.store.engine import PRAGMAS

        self.con = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        for pragma in PRAGMAS:
            self.con.execute(f"PRAGMA {pragma}")

    def __call__(self, c: str, p: str, n: int) -> None:
        stamp = datetime.now(UTC).isoformat()
        self.con.execute("BEGIN IMMEDIATE")
        self.con.execute(self.SQL, (str(uuid.uuid4()), c, p, n, stamp, stamp, DEVICE))
        self.con.execute("COMMIT")


def vote_plan(people: list[str], cands: list[str], n: int) -> list[tuple[str, str, int]]:
    """n votes on random cells, each changing the cell's count (no vote writes nothing)."""
    rnd = random.Random(7)
    state: dict[tuple[str, str], int] = {}
    plan = []
    for _ in range(n):
        cell = (rnd.choice(cands), rnd.choice(people))
        state[cell] = 1 + state.get(cell, 0) % 3  # 0->1->2->3->1: never the same again
        plan.append((*cell, state[cell]))
    return plan


def vote(samples: int, block: int = 100) -> dict[str, Any]:
    from _session import build_session

    from jakres_desk.core.services import votes
    from jakres_desk.store.db import open_file
    from jakres_desk.ui.session import Session

    _qapp()
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as tmp:
        folder = Path(tmp)
        f, gid, people, cands = build_session(folder / "built.jakres")
        f.close()
        for name in ("core", "gui", "floor"):
            shutil.copyfile(folder / "built.jakres", folder / f"{name}.jakres")
        core = open_file(folder / "core.jakres", device_id=DEVICE)
        session = Session()
        session.attach(open_file(folder / "gui.jakres", device_id=DEVICE), gid)
        assert session.file is not None
        floor = FloorVote(folder / "floor.jakres")

        def by_core(c: str, p: str, n: int) -> None:
            votes.set_dots(core, candidate_id=c, participant_id=p, count=n)

        def by_gui(c: str, p: str, n: int) -> None:
            session.perform("vote", votes.set_dots, candidate_id=c, participant_id=p, count=n)

        routes: dict[str, Callable[[str, str, int], None]] = {
            "floor": floor,
            "core": by_core,
            "gui": by_gui,
        }
        times: dict[str, list[float]] = {k: [] for k in routes}
        plan = vote_plan(people, cands, samples)
        names = list(routes)
        for b, start in enumerate(range(0, samples, block)):
            chunk = plan[start : start + block]
            for name in names[b % 3 :] + names[: b % 3]:  # each goes first in turn
                run, out = routes[name], times[name]
                for c, p, n in chunk:
                    t = time.perf_counter()
                    run(c, p, n)
                    out.append(time.perf_counter() - t)
        written = {
            name: sqlite3.connect(folder / f"{name}.jakres")
            .execute("SELECT count(*), sum(count) FROM dot_vote")
            .fetchone()
            for name in routes
        }
        core.close()
        session.close()
        floor.con.close()
    assert len(set(written.values())) == 1, written  # the same votes, all written
    return {
        name: {"p50": percentile(t, 50) * MS, "p99": percentile(t, 99) * MS, "n": len(t)}
        for name, t in times.items()
    }


# --- the Consolidate window on N files ---------------------------------------------------


def consolidate(rooms: Path, pairs: int) -> dict[str, Any]:
    from PySide6.QtCore import QEventLoop

    from jakres_desk.core.merge.run import merge_files
    from jakres_desk.store.db import open_file
    from jakres_desk.ui.consolidate.window import ConsolidateWindow
    from jakres_desk.ui.session import Session

    qapp = _qapp()
    files = sorted(rooms.glob("group-*.jakres"))
    times: dict[str, list[float]] = {"ours": [], "floor": []}
    for i, who in enumerate(interleave(pairs)):
        master = rooms / f"copy-{i}.jakres"
        for stale in rooms.glob(f"copy-{i}.jakres*"):  # a WAL left by a killed run
            stale.unlink()
        shutil.copyfile(rooms / "master.jakres", master)
        f = open_file(master, device_id=DEVICE)
        if who == "floor":  # the core merge of the same files
            t = time.perf_counter()
            lines = merge_files(f, files)
            times[who].append(time.perf_counter() - t)
            f.close()
        else:
            session = Session()
            session.attach(f, None)
            window = ConsolidateWindow(session)
            window.resize(1366, 768)
            window.show()
            qapp.processEvents()
            tab = window.import_tab
            loop = QEventLoop()
            tab.finished.connect(loop.quit)
            t = time.perf_counter()
            tab.add_files(files)
            loop.exec()
            qapp.processEvents()  # the last line of the log painted
            times[who].append(time.perf_counter() - t)
            lines = tab.batch
            assert tab.model.rowCount() >= len(files)
            window.close()
            window.deleteLater()
            session.close()
            qapp.processEvents()
        assert [line.status for line in lines] == ["merged"] * len(files), lines[:3]
        for extra in rooms.glob(f"copy-{i}.jakres*"):
            extra.unlink()
    return {k: median(v) * MS for k, v in times.items()} | {"files": len(files)}


# --- merge per file as the master grows (what "linear" means) ---------------------------


def scaling(rooms: Path, marks: tuple[int, ...] = (5, 40, 120), width: int = 5) -> dict[str, Any]:
    import floors

    from jakres_desk.core.merge.plan import merged_tables
    from jakres_desk.core.merge.run import merge_files
    from jakres_desk.store.db import open_file
    from jakres_desk.store.engine import PRAGMAS

    files = sorted(rooms.glob("group-*.jakres"))[: max(marks)]
    ours_path, floor_path = rooms / "scale-ours.jakres", rooms / "scale-floor.jakres"
    for stale in rooms.glob("scale-*"):  # a WAL left by a killed run
        stale.unlink()
    shutil.copyfile(rooms / "master.jakres", ours_path)
    shutil.copyfile(rooms / "master.jakres", floor_path)
    con = sqlite3.connect(floor_path, isolation_level=None)
    for pragma in PRAGMAS:
        con.execute(f"PRAGMA {pragma}")
    names = [p.name for p in merged_tables(group_scope=True)] + ["tombstone"]
    upserts = [
        floors.upsert(n, [r[1] for r in con.execute(f'PRAGMA table_info("{n}")')]) for n in names
    ]

    def floor_one(path: Path) -> None:
        con.execute("ATTACH DATABASE ? AS src", (str(path),))
        con.execute("BEGIN IMMEDIATE")
        con.execute("PRAGMA defer_foreign_keys=ON")
        for sql in upserts:
            con.execute(sql)
        con.execute("COMMIT")
        con.execute("DETACH DATABASE src")

    ours: list[float] = []
    floor: list[float] = []
    with open_file(ours_path, device_id=DEVICE) as f:
        for i, path in enumerate(files):
            for who in ("ours", "floor") if i % 2 else ("floor", "ours"):
                t = time.perf_counter()
                if who == "ours":
                    [line] = merge_files(f, [path])
                    assert line.status == "merged", line
                    ours.append(time.perf_counter() - t)
                else:
                    floor_one(path)
                    floor.append(time.perf_counter() - t)
    con.close()
    for p in rooms.glob("scale-*"):
        p.unlink()
    out = {}
    for mark in marks:
        if mark > len(files):
            continue
        window = slice(max(0, mark - width), mark)
        out[str(mark)] = {
            "ours": median(ours[window]) * MS,
            "floor": median(floor[window]) * MS,
        }
    return out


# --- step and tab switches at 500 candidates x 60 people ---------------------------------


def switch(rounds: int) -> dict[str, Any]:
    from _session import build_session
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QTabWidget, QWidget

    from jakres_desk.ui.app import App, settle_heap

    qapp = _qapp()
    painted: list[QWidget] = []

    class Painted(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget):
                painted.append(obj)
            return False

    def until_painted(target: QWidget) -> None:
        deadline = time.perf_counter() + 5
        while time.perf_counter() < deadline:
            qapp.processEvents()
            if any(w is target or target.isAncestorOf(w) for w in painted):
                return
        raise SystemExit(f"{target!r} was never painted")

    with tempfile.TemporaryDirectory(dir=Path.cwd()) as tmp:
        f, gid, _people, _cands = build_session(Path(tmp) / "bench.jakres")
        gui = App(qapp, "id")
        gui.session.attach(f, gid)
        settle_heap()  # as App.start does once the window has loaded the file
        window = gui.window
        assert window is not None
        window.resize(1366, 768)
        window.show()
        window.go_to_step(0)
        qapp.processEvents()
        watch = Painted()
        qapp.installEventFilter(watch)
        steps: list[float] = []
        tabs: list[float] = []
        window.steps.setFocus()
        last = len(window.pages) - 1
        for _ in range(rounds):
            for key, moves in ((Qt.Key.Key_Down, last), (Qt.Key.Key_Up, last)):
                for _ in range(moves):
                    painted.clear()
                    t = time.perf_counter()
                    QTest.keyClick(window.steps, key)
                    until_painted(window.current_page())
                    steps.append(time.perf_counter() - t)
            for number, page in enumerate(window.pages):
                widgets = page.findChildren(QTabWidget)
                if not widgets:
                    continue
                window.go_to_step(number)
                qapp.processEvents()
                for widget in widgets:
                    for index in [*range(1, widget.count()), 0]:
                        painted.clear()
                        t = time.perf_counter()
                        widget.setCurrentIndex(index)
                        until_painted(widget.currentWidget())
                        tabs.append(time.perf_counter() - t)
            window.go_to_step(0)
            window.steps.setFocus()
            qapp.processEvents()
        qapp.removeEventFilter(watch)
        window.close()
        gui.session.close()
    both = steps + tabs
    return {
        "p95": percentile(both, 95) * MS,
        "steps_p95": percentile(steps, 95) * MS,
        "tabs_p95": percentile(tabs, 95) * MS if tabs else None,
        "max": max(both) * MS,
        "n": len(both),
    }


# --- dedupe against rapidfuzz cdist -------------------------------------------------------


def dedupe(programs: int, pairs: int) -> dict[str, Any]:
    from dedupe import build

    from jakres_desk.core.merge import duplicates
    from jakres_desk.store.db import open_file

    with tempfile.TemporaryDirectory(dir=Path.cwd()) as tmp:
        path = Path(tmp) / "dedupe.jakres"
        build(path, programs)
        times: dict[str, list[float]] = {"ours": [], "floor": []}
        found: dict[str, int] = {}
        with open_file(path, device_id=DEVICE) as f:
            for who in interleave(pairs):
                t = time.perf_counter()
                result = duplicates.suggest_pairs(f) if who == "ours" else all_pairs(f)
                times[who].append(time.perf_counter() - t)
                found[who] = len(result)
    return {k: median(v) * MS for k, v in times.items()} | {
        "pairs_ours": found["ours"],
        "pairs_floor": found["floor"],
        "programs": programs,
        "cdist": _has_numpy(),
    }


def _has_numpy() -> bool:
    try:
        import numpy  # noqa: F401
    except ImportError:
        return False
    return True


def all_pairs(f: Any) -> list[Any]:
    """suggest_pairs without its blocking: every pair scored by rapidfuzz, then the same checks.

    The same keys, scorer (fuzz.ratio) and cut-off (85) as ours, through
    process.cdist (all pairs in C), in slices of rows to bound its memory.
    """
    from rapidfuzz import fuzz, process

    from jakres_desk.core.merge import duplicates as d

    progs, names, linked = d._candidates(f)
    progs.sort(key=lambda p: p.id)
    keys = [p.sorted_title for p in progs]
    hits: list[tuple[int, int, float]] = []
    if _has_numpy():
        import numpy as np

        for start in range(0, len(keys), 500):
            scores = process.cdist(
                keys[start : start + 500],
                keys,
                scorer=fuzz.ratio,
                score_cutoff=85,
                dtype=np.float32,
            )
            for i, j in zip(*np.nonzero(scores), strict=True):
                if j > start + i:
                    hits.append((start + int(i), int(j), float(scores[i, j])))
    else:  # cdist needs numpy: the same all-pairs scan, one row at a time
        for i, key in enumerate(keys):
            for _c, score, j in process.extract(
                key, keys, scorer=fuzz.ratio, score_cutoff=85, limit=None
            ):
                if j > i:
                    hits.append((i, j, score))
    pairs = [d._pair(progs[i], progs[j], s, names, linked) for i, j, s in hits]
    return sorted(
        (p for p in pairs if p is not None), key=lambda p: (-p.score, p.title_a, p.title_b)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("what", choices=("vote", "consolidate", "scaling", "switch", "dedupe"))
    parser.add_argument("folder", nargs="?", type=Path)
    parser.add_argument("--samples", type=int, default=3000)
    parser.add_argument("--pairs", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--programs", type=int, default=10_000)
    args = parser.parse_args()
    if args.what == "vote":
        out = vote(args.samples)
    elif args.what == "consolidate":
        out = consolidate(args.folder, args.pairs)
    elif args.what == "scaling":
        out = scaling(args.folder)
    elif args.what == "switch":
        out = switch(args.rounds)
    else:
        out = dedupe(args.programs, args.pairs)
    print(json.dumps(out), flush=True)
    os._exit(0)  # no Qt teardown: it can crash after the figures are out, and adds nothing


if __name__ == "__main__":
    main()
