"""The plenary summary PDF: time and peak memory against bare reportlab laying out the same rows.

Two workshops: the built-in demo (5 groups, 170 candidates) and a large one
(100 groups, 5,000 candidates, 1,200 participants, 4 criteria each). Each
measurement runs in a fresh subprocess, after imports and font registration:

- ours:  report.pdf.render_report (reads the file through the core services,
         lays out cover, contents, overview, groups, across groups, appendix);
- floor: bare reportlab in the same run: a SimpleDocTemplate with the very same
         table rows (the same strings, the same font), no styles, no charts,
         no data to read. reportlab re-measures every remaining row of a Table
         each time it splits one across a page, so one Table of 20,000 rows is
         quadratic (minutes); the floor therefore holds the rows in Tables of
         100 rows each, its cheapest form (--one-table measures the literal
         single Table as well).

Times are CPU seconds (this machine is shared; wall seconds are printed too),
"first" in a fresh process (SQLAlchemy and reportlab caches cold), "again" a
second time in the same process, as the GUI renders a print preview. Peak
memory is tracemalloc's peak of Python allocations during a third run.
Goal: within 2x of the floor, and the demo in under a second.

    python bench/report.py [--skip-large] [--one-table] [--repeat 3]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _session import DEVICE  # noqa: E402

from jakres_desk.core.demo import build_demo  # noqa: E402
from jakres_desk.core.services import decisions, groups, workshops  # noqa: E402
from jakres_desk.store.db import open_file  # noqa: E402
from jakres_desk.store.models import (  # noqa: E402
    Candidate,
    Criterion,
    DotVote,
    Element,
    Group,
    Participant,
    Program,
    Score,
    Target,
)
from jakres_desk.store.stamps import new_id  # noqa: E402

GROUPS, PER_GROUP, PEOPLE, CRITERIA, SHARED = 100, 50, 12, 4, 100
KINDS = ("local_government", "central_government", "local_ngo", "academia", "business")


def build_large(path: Path) -> None:
    """100 groups of 50 candidates (5 from a shared pool), 12 people, 4 criteria, all decided."""
    f = workshops.create_workshop(path, device_id=DEVICE, title="Bench report", date="2018-09-26")
    ws = workshops.get_workshop(f)
    areas = [fa.id for fa in workshops.focus_areas(f)]
    existing = groups.list_groups(f)
    rnd = random.Random(11)
    with f.write() as s:
        group_ids = [g.id for g in existing]
        with s.no_autoflush:
            for i in range(len(existing), GROUPS):
                g = Group(
                    id=new_id(),
                    workshop_id=ws.id,
                    name=f"Kelompok {i + 1}",
                    focus_area_id=areas[i % len(areas)],
                    position=i,
                )
                s.add(g)
                group_ids.append(g.id)
        s.flush()
        shared = [_program(s, ws.id, f"Program bersama {i:03d}") for i in range(SHARED)]
        for n, gid in enumerate(group_ids):
            _fill_group(s, ws.id, gid, n, shared, rnd)
    for gid in group_ids:
        decisions.apply_rule(f, group_id=gid)
    f.close()


def _program(s, ws_id: str, title: str) -> str:  # type: ignore[no-untyped-def]
    pid = new_id()
    s.add(Program(id=pid, workshop_id=ws_id, title=title, agency=f"Dinas {len(title) % 7}"))
    return pid


def _fill_group(s, ws_id: str, gid: str, n: int, shared: list[str], rnd: random.Random) -> None:  # type: ignore[no-untyped-def]
    g = s.get(Group, gid)
    g.criteria_locked, g.rationale = True, "Program perlu melibatkan banyak pihak."
    g.notes = "Catatan fasilitator kelompok bench. " * 5
    for e in range(3):
        el = Element(id=new_id(), group_id=gid, goal_id=f"crf.g{(n + e) % 12 + 1:02d}", position=e)
        s.add(el)
        s.add(
            Target(
                id=new_id(),
                element_id=el.id,
                statement=f"Target {e} kelompok {n}",
                indicator="Jumlah kelurahan",
                target_value="100",
                target_year=2030,
            )
        )
    crits = [new_id() for _ in range(CRITERIA)]
    for i, cid in enumerate(crits):
        s.add(
            Criterion(id=cid, group_id=gid, name=f"Kriteria {i + 1}", weight=1 + i % 3, position=i)
        )
    people = [new_id() for _ in range(PEOPLE)]
    for i, pid in enumerate(people):
        s.add(
            Participant(
                id=pid,
                workshop_id=ws_id,
                group_id=gid,
                name=f"Peserta {n}-{i:02d}",
                organisation="Pemprov DKI",
                stakeholder_kind=KINDS[i % len(KINDS)],
                present=i % 6 != 5,
            )
        )
    own = [
        _program(s, ws_id, f"Program kelompok {n} nomor {i:02d} untuk ketahanan kota")
        for i in range(PER_GROUP - 5)
    ]
    cands = []
    for pos, prog in enumerate(own + rnd.sample(shared, 5)):
        cid = new_id()
        s.add(Candidate(id=cid, group_id=gid, program_id=prog, position=pos))
        cands.append(cid)
        for crit in crits:
            s.add(
                Score(
                    id=new_id(), candidate_id=cid, criterion_id=crit, value=float(rnd.randint(1, 5))
                )
            )
    for pid in people:
        for cid in rnd.sample(cands, 4):
            s.add(
                DotVote(id=new_id(), candidate_id=cid, participant_id=pid, count=rnd.randint(1, 2))
            )


# --- the measurements, each in its own process -------------------------------------------


def _traced_peak(work: object) -> float:
    """Peak of Python allocations (MiB) while `work()` runs, measured apart from the timing."""
    tracemalloc.start()
    work()  # type: ignore[operator]
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def child_ours(path: Path) -> dict[str, float]:
    """Time and peak memory of render_report on an open file."""
    from jakres_desk.report.fonts import register
    from jakres_desk.report.pdf import render_report

    register()
    with open_file(path, device_id=DEVICE) as f:
        wall, cpu = time.perf_counter(), time.process_time()
        body = render_report(f, lang="id")
        out = _since(wall, cpu)
        wall, cpu = time.perf_counter(), time.process_time()
        again = render_report(f, lang="id")  # as the GUI does, with its file open and read
        warm = _since(wall, cpu)
        peak = _traced_peak(lambda: render_report(f, lang="id"))
    assert again == body
    return {
        **out,
        "warm_wall": warm["wall"],
        "warm_cpu": warm["cpu"],
        "peak_mib": peak,
        "bytes": len(body),
    }


def _since(wall: float, cpu: float) -> dict[str, float]:
    return {"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu}


def our_tables(path: Path) -> list[tuple[list[list[str]], list[float]]]:
    """Every table of our report: its rows exactly as our tables hold them, and its widths."""
    from jakres_desk.report.data import gather
    from jakres_desk.report.doc import LongTable
    from jakres_desk.report.lean import LeanTable
    from jakres_desk.report.pdf import body_story

    with open_file(path, device_id=DEVICE) as f:
        story = body_story(gather(f, lang="id"))
    tables = []
    for flowable in story.flow:
        if isinstance(flowable, LongTable):
            tables.append((flowable.rows, flowable.widths))
        elif isinstance(flowable, LeanTable):
            tables.append(([list(r) for r in flowable._cellvalues], list(flowable._colWidths)))
    return tables


def child_floor(path: Path, one_table: bool) -> dict[str, float]:
    """Bare reportlab: the same rows, the same font, no styles, nothing else."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table

    from jakres_desk.report.doc import FRAME_W
    from jakres_desk.report.fonts import REGULAR, register

    register()
    tables = our_tables(path)
    if one_table:
        rows = [r for rows, _ in tables for r in rows]
        cols = max(len(r) for r in rows)
        tables = [([r + [""] * (cols - len(r)) for r in rows], [FRAME_W / cols] * cols)]

    def build() -> None:
        story = []
        for rows, widths in tables:
            chunk = len(rows) if one_table else 100
            for start in range(0, len(rows), chunk):
                table = Table(rows[start : start + chunk], colWidths=widths, repeatRows=1)
                table.setStyle([("FONT", (0, 0), (-1, -1), REGULAR, 8, 9.8)])
                story.append(table)
        SimpleDocTemplate(io.BytesIO(), pagesize=A4, invariant=1).build(story)

    wall, cpu = time.perf_counter(), time.process_time()
    build()
    out = _since(wall, cpu)
    wall, cpu = time.perf_counter(), time.process_time()
    build()
    warm = _since(wall, cpu)
    rows = sum(len(rows) for rows, _ in tables)
    return {
        **out,
        "warm_wall": warm["wall"],
        "warm_cpu": warm["cpu"],
        "peak_mib": _traced_peak(build),
        "rows": rows,
    }


def run_child(kind: str, path: Path, repeat: int) -> dict[str, float]:
    """The best of `repeat` fresh processes (by CPU time), with that run's memory."""
    best: dict[str, float] | None = None
    for _ in range(repeat):
        done = subprocess.run(
            [sys.executable, __file__, "--child", kind, str(path)],
            capture_output=True,
            text=True,
            check=True,
        )
        result = json.loads(done.stdout.strip().splitlines()[-1])
        if best is None or result["cpu"] < best["cpu"]:
            best = result
    assert best is not None
    return best


def cli_seconds(path: Path, folder: Path) -> float:
    """Wall time of the whole `jakres-desk report` command (interpreter start to exit)."""
    t = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "jakres_desk.cli",
            "report",
            str(path),
            "-o",
            str(folder / "cli.pdf"),
        ],
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - t


def main() -> None:
    """Build both workshops, measure, print the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--skip-large", action="store_true")
    parser.add_argument("--one-table", action="store_true", help="also the literal one Table")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if args.child:
        kind, path = args.child[0], Path(args.child[1])
        if kind == "ours":
            out = child_ours(path)
        else:
            out = child_floor(path, one_table=kind == "floor-one")
        print(json.dumps(out))
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        cases = [("demo", folder / "demo.jakres", args.repeat)]
        build_demo(cases[0][1], device_id=DEVICE).close()
        if not args.skip_large:
            t = time.perf_counter()
            build_large(folder / "large.jakres")
            print(f"(large workshop built in {time.perf_counter() - t:.1f} s)")
            cases.append(("large", folder / "large.jakres", 1))
        for name, path, repeat in cases:
            _report(name, path, repeat, args.one_table)
        print(
            f"demo via the CLI (fresh interpreter, imports included): "
            f"{cli_seconds(cases[0][1], folder):.2f} s"
        )


def _report(name: str, path: Path, repeat: int, one_table: bool) -> None:
    ours = run_child("ours", path, repeat)
    floor = run_child("floor", path, repeat)
    pad = " " * len(name)
    print(
        f"{name}: ours  first {ours['cpu']:.3f} s CPU ({ours['wall']:.3f} s wall), "
        f"again {ours['warm_cpu']:.3f} s CPU ({ours['warm_wall']:.3f} s wall), "
        f"{ours['peak_mib']:.1f} MiB peak, {ours['bytes'] / 1024:.0f} KiB PDF\n"
        f"{pad}  floor first {floor['cpu']:.3f} s CPU ({floor['wall']:.3f} s wall), "
        f"again {floor['warm_cpu']:.3f} s CPU ({floor['warm_wall']:.3f} s wall), "
        f"{floor['peak_mib']:.1f} MiB peak, {int(floor['rows'])} table rows\n"
        f"{pad}  ratio: first x{ours['cpu'] / floor['cpu']:.2f}, "
        f"again x{ours['warm_cpu'] / floor['warm_cpu']:.2f} (CPU time); "
        f"memory x{ours['peak_mib'] / max(floor['peak_mib'], 0.1):.2f}"
    )
    if one_table:
        single = run_child("floor-one", path, 1)
        print(
            f"{pad}  floor as one Table: first {single['cpu']:.3f} s CPU "
            f"(ratio x{ours['cpu'] / single['cpu']:.2f})"
        )


if __name__ == "__main__":
    os.environ.setdefault("JAKRES_LANG", "id")
    main()
