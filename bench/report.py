"""The plenary summary PDF: time and peak memory against bare reportlab laying out the same rows.

Two workshops: the built-in demo (5 groups, 170 candidates) and a large one
(100 groups, 5,000 candidates, 1,200 participants, 4 criteria each, every
group decided by its rule). Each measurement runs in a fresh subprocess, after
imports and font registration:

- ours:  report.pdf.render_report on the open file: reads it through the core
         services, lays out cover, contents, overview, groups, across groups,
         appendix, writes the PDF bytes;
- floor: bare reportlab in the same run: a SimpleDocTemplate with the very same
         table rows (the same strings, the same font), no styles, no charts,
         no paragraphs, no data to read (the rows are made before the clock
         starts). reportlab re-measures every remaining row of a Table each
         time it splits one across a page, so one Table of 15,000 rows is
         quadratic (minutes); the floor therefore holds the rows in Tables of
         100 rows each, its cheapest form (--one-table measures the literal
         single Table as well).

For each: CPU seconds (this machine is shared; wall seconds are printed too),
"first" in a fresh process (SQLAlchemy's mappers and statement caches and
reportlab's font caches cold), "again" a second time in the same process, as
the GUI renders a print preview; the best of --repeat processes for each.
Peak memory is tracemalloc's peak of Python allocations during a third run
(caches warm: the floor's rows, too, exist before its trace starts).
Goals: within 2x of the floor (time first and again, and memory), and the demo
in under a second (its first render, wall time). The whole `jakres-desk report`
command is timed as well, interpreter start and imports included.

    python bench/report.py [--skip-large] [--one-table] [--repeat 3] [--repeat-large 2]
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
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _session import DEVICE  # noqa: E402
from sqlalchemy import select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from jakres_desk.core.demo import build_demo  # noqa: E402
from jakres_desk.core.services import decisions, workshops  # noqa: E402
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
GOAL_RATIO, DEMO_SECONDS = 2.0, 1.0


# --- the large workshop ----------------------------------------------------------------


def build_large(path: Path) -> None:
    """100 groups of 50 candidates (5 from a shared pool), 12 people, 4 criteria, all decided.

    Every row goes in through one write session (stamped as any write is), with
    autoflush off so the unit of work inserts each table in one batch at commit;
    then each group's rule is applied through the decisions service.
    """
    f = workshops.create_workshop(path, device_id=DEVICE, title="Bench report", date="2018-09-26")
    ws = workshops.get_workshop(f)
    areas = [fa.id for fa in workshops.focus_areas(f)]
    rnd = random.Random(11)
    with f.write() as s, s.no_autoflush:
        groups = list(s.scalars(select(Group).order_by(Group.position, Group.name)))
        for i in range(len(groups), GROUPS):
            g = Group(
                id=new_id(),
                workshop_id=ws.id,
                name=f"Kelompok {i + 1}",
                focus_area_id=areas[i % len(areas)],
                position=i,
            )
            s.add(g)
            groups.append(g)
        shared = [_program(s, ws.id, f"Program bersama {i:03d}") for i in range(SHARED)]
        for n, g in enumerate(groups):
            _fill_group(s, ws.id, g, n, shared, rnd)
        group_ids = [g.id for g in groups]
    for gid in group_ids:
        decisions.apply_rule(f, group_id=gid)
    f.close()


def _program(s: Session, ws_id: str, title: str) -> str:
    pid = new_id()
    s.add(Program(id=pid, workshop_id=ws_id, title=title, agency=f"Dinas {len(title) % 7}"))
    return pid


def _fill_group(
    s: Session, ws_id: str, g: Group, n: int, shared: list[str], rnd: random.Random
) -> None:
    g.criteria_locked, g.rationale = True, "Program perlu melibatkan banyak pihak."
    g.notes = "Catatan fasilitator kelompok bench. " * 5
    for e in range(3):
        el = Element(id=new_id(), group_id=g.id, goal_id=f"crf.g{(n + e) % 12 + 1:02d}", position=e)
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
            Criterion(id=cid, group_id=g.id, name=f"Kriteria {i + 1}", weight=1 + i % 3, position=i)
        )
    people = [new_id() for _ in range(PEOPLE)]
    for i, pid in enumerate(people):
        s.add(
            Participant(
                id=pid,
                workshop_id=ws_id,
                group_id=g.id,
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
        s.add(Candidate(id=cid, group_id=g.id, program_id=prog, position=pos))
        cands.append(cid)
        for crit in crits:
            value = float(rnd.randint(1, 5))
            s.add(Score(id=new_id(), candidate_id=cid, criterion_id=crit, value=value))
    for pid in people:
        for cid in rnd.sample(cands, 4):
            s.add(
                DotVote(id=new_id(), candidate_id=cid, participant_id=pid, count=rnd.randint(1, 2))
            )


# --- the measurements, each in its own process -------------------------------------------


def _traced_peak(work: Callable[[], object]) -> float:
    """Peak of Python allocations (MiB) while `work()` runs, measured apart from the timing."""
    tracemalloc.start()
    work()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def _timed(work: Callable[[], object]) -> dict[str, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return {"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu}


def _measure(work: Callable[[], object], memory: bool) -> dict[str, float]:
    """First and again (time), and the peak memory of a third run if asked."""
    first, again = _timed(work), _timed(work)
    out = {**first, "again_wall": again["wall"], "again_cpu": again["cpu"]}
    if memory:
        out["peak_mib"] = _traced_peak(work)
    return out


def child_ours(path: Path, memory: bool) -> dict[str, float]:
    """Time and peak memory of render_report on an open file."""
    from jakres_desk.report.fonts import register
    from jakres_desk.report.pdf import render_report

    register()
    with open_file(path, device_id=DEVICE) as f:
        bodies = []
        out = _measure(lambda: bodies.append(render_report(f, lang="id")), memory)
    assert all(b == bodies[0] for b in bodies)  # the same data, the same bytes
    return {**out, "bytes": len(bodies[0])}


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


def child_floor(path: Path, one_table: bool, memory: bool) -> dict[str, float]:
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

    return {**_measure(build, memory), "rows": sum(len(rows) for rows, _ in tables)}


def run_child(kind: str, path: Path, repeat: int) -> dict[str, float]:
    """Each time the best of `repeat` fresh processes; memory from the first of them."""
    best: dict[str, float] = {}
    for n in range(repeat):
        args = [sys.executable, __file__, "--child", kind, str(path)]
        done = subprocess.run(args + ([] if n else ["--memory"]), capture_output=True, text=True)
        if done.returncode:
            raise SystemExit(f"{kind} on {path.name} failed:\n{done.stderr}")
        result = json.loads(done.stdout.strip().splitlines()[-1])
        for key, value in result.items():
            if key not in best or (key.endswith(("wall", "cpu")) and value < best[key]):
                best[key] = value
    return best


def cli_seconds(path: Path, folder: Path) -> float:
    """Wall time of the whole `jakres-desk report` command (interpreter start to exit)."""
    command = [sys.executable, "-m", "jakres_desk.cli", "report", str(path)]
    t = time.perf_counter()
    subprocess.run([*command, "-o", str(folder / "cli.pdf")], check=True, capture_output=True)
    return time.perf_counter() - t


# --- the report ------------------------------------------------------------------------


def _verdict(ok: bool) -> str:
    return "OK" if ok else "MISSED"


def print_case(name: str, ours: dict[str, Any], floor: dict[str, Any]) -> list[bool]:
    """The figures of one workshop, the ratios and whether each meets the goal."""
    first = ours["cpu"] / floor["cpu"]
    again = ours["again_cpu"] / floor["again_cpu"]
    memory = ours["peak_mib"] / max(floor["peak_mib"], 0.1)
    print(f"{name}: {int(floor['rows'])} table rows, {ours['bytes'] / 1024:.0f} KiB PDF")
    print(f"  {'':6} {'first: CPU (wall)':>22} {'again: CPU (wall)':>22} {'peak memory':>13}")
    for who, r in (("ours", ours), ("floor", floor)):
        print(
            f"  {who:6} {r['cpu']:>10.3f} s ({r['wall']:.3f} s)"
            f" {r['again_cpu']:>10.3f} s ({r['again_wall']:.3f} s) {r['peak_mib']:>9.1f} MiB"
        )
    oks = [first <= GOAL_RATIO, again <= GOAL_RATIO, memory <= GOAL_RATIO]
    print(
        f"  {'ratio':6} {f'x{first:.2f} {_verdict(oks[0])}':>22}"
        f" {f'x{again:.2f} {_verdict(oks[1])}':>22} {f'x{memory:.2f} {_verdict(oks[2])}':>13}"
        f"   (goal: within x{GOAL_RATIO:g} of the floor)"
    )
    return oks


def main() -> None:
    """Build both workshops, measure, print the ratios and whether each goal is met."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--memory", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--skip-large", action="store_true")
    parser.add_argument("--one-table", action="store_true", help="also the literal one Table")
    parser.add_argument("--repeat", type=int, default=3, help="processes per demo measurement")
    parser.add_argument("--repeat-large", type=int, default=2, help="... per large measurement")
    args = parser.parse_args()
    if args.child:
        kind, path = args.child[0], Path(args.child[1])
        if kind == "ours":
            out = child_ours(path, args.memory)
        else:
            out = child_floor(path, one_table=kind == "floor-one", memory=args.memory)
        print(json.dumps(out))
        return
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        demo = folder / "demo.jakres"
        build_demo(demo, device_id=DEVICE).close()
        cases = [("demo (5 groups, 170 candidates)", demo, args.repeat)]
        if not args.skip_large:
            t = time.perf_counter()
            build_large(folder / "large.jakres")
            print(f"(large workshop built in {time.perf_counter() - t:.1f} s)")
            name = "large (100 groups, 5,000 candidates)"
            cases.append((name, folder / "large.jakres", args.repeat_large))
        oks = []
        for name, path, repeat in cases:
            ours, floor = run_child("ours", path, repeat), run_child("floor", path, repeat)
            oks += print_case(name, ours, floor)
            if name.startswith("demo"):
                fast = ours["wall"] < DEMO_SECONDS
                oks.append(fast)
                print(
                    f"  demo in under a second: first render {ours['wall']:.3f} s wall "
                    f"{_verdict(fast)}; the whole `jakres-desk report` command, interpreter "
                    f"start and imports included: {cli_seconds(path, folder):.2f} s"
                )
            if args.one_table:
                single = run_child("floor-one", path, 1)
                print(
                    f"  floor as one Table: first {single['cpu']:.3f} s CPU "
                    f"(ours x{ours['cpu'] / single['cpu']:.2f})"
                )
    print(f"{sum(oks)} of {len(oks)} goals met; bench ran {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    os.environ.setdefault("JAKRES_LANG", "id")
    main()
