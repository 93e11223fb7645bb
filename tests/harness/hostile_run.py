"""Merging and judging the hostile corpus: the worker process and the parent's pool.

The worker (`python -m tests.harness.hostile_run`) takes one case per stdin
line, prints a `phase ...` line before each step (so a hang can be named) and
a `result {...}` line at the end. The parent runs a few workers, gives each
phase a time bound, and kills a worker that overruns it (a hang), starting a
fresh one for the next case.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import select
import shutil
import sqlite3
import subprocess
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from tests.harness.hostile import DEVICE, NAME_MAX, TEXT_MAX, WEIGHT_MAX, Case

ROOT = Path(__file__).resolve().parent.parent.parent
COMMANDS = (
    ("info", ["info", "{m}", "--json"]),
    ("report", ["report", "{m}", "-o", "{w}/r.pdf"]),
    ("export-json", ["export", "{m}", "-o", "{w}/e.json"]),
    ("export-xlsx", ["export", "{m}", "-o", "{w}/e.xlsx"]),
    ("load", ["load", "{w}/e.json", "-o", "{w}/l.jakres"]),
)
SHORT = {  # columns the services cap at NAME_MAX; other text columns at TEXT_MAX
    ("participant", "name"), ("participant", "organisation"), ("participant", "role"),
    ("program", "title"), ("program", "agency"), ("criterion", "name"),
    ("breakout_group", "name"), ("breakout_group", "facilitator"), ("breakout_group", "room"),
}  # fmt: skip
EXEMPT_TEXT = {
    ("import_log", "conflicts"),
    ("import_log", "message"),
    ("focus_area", "suggested_criteria"),
}


def sha256(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- what a merge may not change, and what values may be ------------------------------


def others(path: Path, group_ids: set[str]) -> dict[str, list[tuple[Any, ...]]]:
    """The records of every group not in `group_ids`, and the catalogue, as rows."""
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    mine = ", ".join("?" * len(group_ids))
    not_mine = f"coalesce(group_id, '') NOT IN ({mine})"
    by_candidate = f"candidate_id IN (SELECT id FROM candidate WHERE {not_mine})"
    queries = {
        "breakout_group": f"SELECT * FROM breakout_group WHERE id NOT IN ({mine})",
        "participant": f"SELECT * FROM participant WHERE {not_mine}",
        "criterion": f"SELECT * FROM criterion WHERE {not_mine}",
        "candidate": f"SELECT * FROM candidate WHERE {not_mine}",
        "element": f"SELECT * FROM element WHERE {not_mine}",
        "dot_vote": f"SELECT * FROM dot_vote WHERE {by_candidate}",
        "score": f"SELECT * FROM score WHERE {by_candidate}",
        "decision": f"SELECT * FROM decision WHERE {by_candidate}",
        "program": "SELECT * FROM program WHERE origin = 'catalogue'"
        f" OR coalesce(added_by_group_id, '') NOT IN ({mine})",
    }
    try:
        return {
            t: sorted(con.execute(sql, _params(sql, group_ids)).fetchall(), key=repr)
            for t, sql in queries.items()
        }
    finally:
        con.close()


def _params(sql: str, group_ids: set[str]) -> list[str]:
    return sorted(group_ids) * (sql.count("?") // len(group_ids))


def value_problems(path: Path) -> list[str]:
    """Values not of their column's type, or outside the services' ranges and lengths."""
    from sqlalchemy import Boolean, Float, Integer, String, Text

    from jakres_desk.store.models import Base

    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    found: list[str] = []
    try:
        for table in Base.metadata.sorted_tables:
            for col in table.columns:
                kinds = _allowed(col.type, Boolean, Integer, Float, String, Text)
                bad = con.execute(
                    f'SELECT typeof("{col.name}"), count(*) FROM "{table.name}"'
                    f' WHERE typeof("{col.name}") NOT IN ({kinds}) GROUP BY 1'
                ).fetchall()
                found += [f"{table.name}.{col.name}: {n} {t} value(s)" for t, n in bad]
                if isinstance(col.type, Boolean):
                    n = con.execute(
                        f'SELECT count(*) FROM "{table.name}" WHERE "{col.name}" NOT IN (0, 1)'
                    ).fetchone()[0]
                    if n:
                        found.append(f"{table.name}.{col.name}: {n} value(s) not 0 or 1")
                elif (
                    isinstance(col.type, (String, Text))
                    and (table.name, col.name) not in EXEMPT_TEXT
                ):
                    cap = NAME_MAX if (table.name, col.name) in SHORT else TEXT_MAX
                    n = con.execute(
                        f'SELECT count(*) FROM "{table.name}" WHERE length("{col.name}") > ?',
                        (cap,),
                    ).fetchone()[0]
                    if n:
                        found.append(
                            f"{table.name}.{col.name}: {n} text(s) over {cap:,} characters"
                        )
        found += _range_problems(con)
    finally:
        con.close()
    return found


def _allowed(kind: Any, boolean: Any, integer: Any, real: Any, string: Any, text: Any) -> str:
    if isinstance(kind, (boolean, integer)):
        return "'integer', 'null'"
    if isinstance(kind, real):
        return "'real', 'integer', 'null'"
    return "'text', 'null'"


RANGES = (
    ("dot_vote.count", "SELECT count(*) FROM dot_vote, workshop"
     " WHERE dot_vote.count < 0 OR dot_vote.count > workshop.dots_per_participant"),
    ("score.value", "SELECT count(*) FROM score, workshop"
     " WHERE score.value < workshop.score_min OR score.value > workshop.score_max"),
    ("criterion.weight",
     f"SELECT count(*) FROM criterion WHERE weight <= 0 OR weight > {WEIGHT_MAX}"),
    ("decision.rank", "SELECT count(*) FROM decision WHERE rank < 1"),
    ("candidate.position", "SELECT count(*) FROM candidate WHERE position < 0"),
)  # fmt: skip


def _range_problems(con: sqlite3.Connection) -> list[str]:
    out = []
    for what, sql in RANGES:
        n = con.execute(sql).fetchone()[0]
        if n:
            out.append(f"{what}: {n} value(s) out of range")
    return out


# --- one case ----------------------------------------------------------------------------


@dataclass
class Verdict:
    """What happened to one case."""

    name: str
    category: str
    how: str
    outcome: str = ""  # refused, merged, hang, crash
    messages: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0


def judge(
    master_src: Path, case: Case, work: Path, *, commands: bool, say: Callable[[str], None]
) -> Verdict:
    """Merge the case into a fresh copy of the master and judge the result."""
    from jakres_desk.base.errors import JakresError
    from jakres_desk.core.merge.run import merge_file
    from jakres_desk.store.db import open_file

    started = time.monotonic()
    v = Verdict(case.name, case.category, case.how)
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    master = work / "master.jakres"
    shutil.copyfile(master_src, master)
    before_sha = sha256(master)
    lines = []
    say("merge")
    f = open_file(master, device_id=DEVICE)
    try:
        for src in case.sources:
            try:
                lines.append(merge_file(f, Path(src)))
                v.messages.append(f"{lines[-1].status}: added {lines[-1].added}")
            except JakresError as exc:
                v.messages.append(f"refused: {exc.message()}")
                if "\n" in exc.message():
                    v.problems.append(f"a refusal of {exc.message().count(chr(10)) + 1} lines")
    except Exception as exc:  # noqa: BLE001 - a traceback is the finding
        v.outcome = "crash"
        v.problems.append(f"merge: {type(exc).__name__}: {str(exc)[:200]}")
        v.messages.append(traceback.format_exc(limit=3)[-600:])
    finally:
        f.close()
    for side in ("-wal", "-shm", "-journal"):
        if master.with_name(master.name + side).exists():
            v.problems.append(f"{side} left beside the closed master")
    if v.outcome != "crash" and not lines:
        v.outcome = "refused"
        if sha256(master) != before_sha:
            v.problems.append("the master changed although the file was refused")
    elif v.outcome != "crash":
        v.outcome = "merged"
        _judge_merged(master_src, master, work, lines, case, v, commands=commands, say=say)
    v.seconds = time.monotonic() - started
    return v


def _judge_merged(
    master_src: Path, master: Path, work: Path, lines: list[Any], case: Case, v: Verdict,
    *, commands: bool, say: Callable[[str], None],
) -> None:  # fmt: skip
    say("checks")
    from jakres_desk.core.merge.run import merge_file
    from jakres_desk.store.db import open_file
    from tests.harness.crash import sqlite_problems

    v.problems += sqlite_problems(master)
    mine = {line.group_id for line in lines if line.group_id}
    if mine:
        old, new = others(master_src, mine), others(master, mine)
        changed = [t for t, rows in old.items() if new[t] != rows]
        if changed:
            v.problems.append(f"other groups' records changed: {', '.join(changed)}")
    if case.base:
        from tests.harness.crash import dump

        clean = work / "clean.jakres"
        shutil.copyfile(master_src, clean)
        with open_file(clean, device_id=DEVICE) as f:
            merge_file(f, Path(case.base))
        if dump(clean) != dump(master):
            v.messages.append("altered: merged, but not what the undamaged file gives")
    v.problems += value_problems(master)
    if case.category == "duplicate-twice" and len(lines) == 2 and lines[1].status != "unchanged":
        v.problems.append(f"sent twice, the second merge was {lines[1].status}")
    if commands:
        v.problems += run_commands(master, work, say)


def run_commands(master: Path, work: Path, say: Callable[[str], None]) -> list[str]:
    """Every command on the master, as the console script runs them (in this process)."""
    from jakres_desk.cli import main

    problems = []
    for name, argv in COMMANDS:
        say(f"command {name}")
        args = [a.format(m=master, w=work) for a in argv]
        out, err = io.StringIO(), io.StringIO()
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = main(args)
        except Exception as exc:  # noqa: BLE001 - a traceback is the finding
            problems.append(f"{name}: traceback {type(exc).__name__}: {str(exc)[:160]}")
            continue
        if code != 0:
            problems.append(f"{name}: exit {code}: {err.getvalue().strip()[:200]}")
    return problems


def worker() -> None:
    """The worker's loop: one case per line in, phases and a result out."""

    def say(phase: str) -> None:
        print(f"phase {phase}", flush=True)

    import logging

    logging.getLogger("jakres_desk").addHandler(logging.NullHandler())
    logging.getLogger("jakres_desk").propagate = False
    for line in sys.stdin:
        job = json.loads(line)
        case = Case(**{**job["case"], "sources": tuple(job["case"]["sources"])})
        try:
            v = judge(
                Path(job["master"]), case, Path(job["work"]), commands=job["commands"], say=say
            )
        except Exception as exc:  # noqa: BLE001 - the harness itself must not stop
            v = Verdict(case.name, case.category, case.how, "crash", [], [f"harness: {exc!r}"])
        print("result " + json.dumps(asdict(v), ensure_ascii=False), flush=True)


# --- the parent's pool -------------------------------------------------------------------


class Worker:
    """One worker process and the case it is on."""

    def __init__(self, env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.harness.hostile_run"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            cwd=ROOT,
            env=env,
            text=True,
            bufsize=1,
        )
        self.case: Case | None = None
        self.phase = ""
        self.since = 0.0

    def give(self, job: dict[str, Any], case: Case) -> None:
        assert self.proc.stdin is not None
        self.case, self.phase, self.since = case, "start", time.monotonic()
        self.proc.stdin.write(json.dumps(job) + "\n")
        self.proc.stdin.flush()

    def stop(self) -> None:
        self.proc.kill()
        self.proc.wait()


@dataclass
class Tally:
    """Totals over the corpus."""

    tried: int = 0
    refused: int = 0
    merged: int = 0
    hangs: int = 0
    crashes: int = 0
    failures: Counter[str] = field(default_factory=Counter)  # by category
    verdicts: list[Verdict] = field(default_factory=list)

    def add(self, v: Verdict) -> None:
        self.tried += 1
        self.verdicts.append(v)
        if v.outcome == "refused":
            self.refused += 1
        elif v.outcome == "merged":
            self.merged += 1
        elif v.outcome == "hang":
            self.hangs += 1
        else:
            self.crashes += 1
        if v.problems or v.outcome in ("hang", "crash"):
            self.failures[v.category] += 1

    def failed(self) -> list[Verdict]:
        return [v for v in self.verdicts if v.problems or v.outcome in ("hang", "crash")]


def run_corpus(
    master: Path,
    cases: list[Case],
    work: Path,
    *,
    commands: Callable[[Case], bool] = lambda _case: True,
    workers: int = 1,
    merge_seconds: float = 120,
    command_seconds: float = 180,
    progress: Callable[[Verdict], None] | None = None,
) -> Tally:
    """Merge every case in a pool of workers, each phase under its time bound."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), JAKRES_DEVICE_ID=DEVICE, JAKRES_LANG="en")
    tally = Tally()
    todo = list(reversed(cases))
    pool = [Worker(env) for _ in range(min(workers, len(cases)) or 1)]
    busy: dict[int, Worker] = {}

    def feed(w: Worker) -> None:
        if todo:
            case = todo.pop()
            job = {"master": str(master), "case": asdict(case), "work": str(work / case.name),
                   "commands": commands(case)}  # fmt: skip
            w.give(job, case)
            assert w.proc.stdout is not None
            busy[w.proc.stdout.fileno()] = w

    for w in pool:
        feed(w)
    try:
        while busy:
            ready, _, _ = select.select(list(busy), [], [], 1.0)
            for fd in ready:
                w = busy[fd]
                assert w.proc.stdout is not None
                line = w.proc.stdout.readline()
                if line.startswith("phase "):
                    w.phase, w.since = line[6:].strip(), time.monotonic()
                    continue
                del busy[fd]
                if line.startswith("result "):
                    v = Verdict(**json.loads(line[7:]))
                else:
                    assert w.case is not None
                    v = Verdict(w.case.name, w.case.category, w.case.how, "crash", [],
                                [f"worker died in {w.phase}: {line[:200]!r}"])  # fmt: skip
                    w.stop()
                    pool.remove(w)
                    w = Worker(env)
                    pool.append(w)
                tally.add(v)
                if progress:
                    progress(v)
                shutil.rmtree(work / v.name, ignore_errors=True)
                feed(w)
            for fd, w in list(busy.items()):
                bound = (
                    merge_seconds if w.phase in ("start", "merge", "checks") else command_seconds
                )
                if time.monotonic() - w.since > bound:
                    assert w.case is not None
                    del busy[fd]
                    v = Verdict(w.case.name, w.case.category, w.case.how, "hang", [],
                                [f"no answer within {bound:.0f} s in {w.phase}"])  # fmt: skip
                    w.stop()
                    pool.remove(w)
                    tally.add(v)
                    if progress:
                        progress(v)
                    shutil.rmtree(work / v.name, ignore_errors=True)
                    fresh = Worker(env)
                    pool.append(fresh)
                    feed(fresh)
    finally:
        for w in pool:
            w.stop()
    return tally


if __name__ == "__main__":
    worker()
