"""The crash suite: SIGKILL real processes at random moments, then check what survived.

Two parts, both driven from a seed so a failing run can be replayed:

* `kill_sessions`: a child runs the scripted session of `session.py` (edits
  through `core.operations.perform` and `undo`) on one workshop file and is
  killed after a random delay; then the file must pass `PRAGMA
  integrity_check` and `foreign_key_check`, open with `store.db.open_file`,
  and hold every edit the child reported as committed (the one edit in flight
  may be there whole or not at all, never in part). The next child goes on
  with the same file.
* `kill_commands`: `merge`, `kit`, `export` (.json, .xlsx, .csv), `report`
  and `new` are run as the console script runs them (`jakres_desk.cli.main`
  in a child process) and killed at a random moment within the time an uncut
  run takes. What they write must be old or new and whole: the master byte
  for byte as before or the group file merged whole (with its import-log
  line); an output absent or the previous version, or complete and valid
  (SQLite integrity, JSON, openpyxl, pypdf). Hidden temporary files left
  beside an output (or in the temp folder) are counted too.

Used by tests/reliability/test_crash_suite.py (small) and bench/crash.py (full size).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import random
import shutil
import sqlite3
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.harness import session
from tests.harness.forkserver import Child, ForkServer

DEVICE = "55555555-5555-4555-8555-555555555555"
LAPTOP = "66666666-6666-4666-8666-666666666666"
COMMANDS = ("merge", "kit", "export-json", "export-xlsx", "export-csv", "report", "new")


# --- killing the scripted session -------------------------------------------------------


@dataclass
class SessionResult:
    """What the session kills found."""

    kills: int = 0
    edits_checked: int = 0  # edits reported as committed, each checked after its kill
    facts_checked: int = 0  # facts compared with the file, over all checks
    lost: int = 0  # facts reported as committed but not found as reported
    in_flight_kept: int = 0  # kills where the edit in flight had committed whole
    integrity_failures: list[str] = field(default_factory=list)
    open_failures: list[str] = field(default_factory=list)
    losses: list[str] = field(default_factory=list)
    child_errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """No loss, no damage, no child dying of its own accord."""
        return not (self.lost or self.integrity_failures or self.open_failures or self.child_errors)


def sqlite_problems(path: Path) -> list[str]:
    """integrity_check and foreign_key_check of a file (recovering its WAL, as SQLite does)."""
    con = sqlite3.connect(path)
    try:
        found = [r[0] for r in con.execute("PRAGMA integrity_check") if r[0] != "ok"]
        found += [f"foreign key {r[0]} -> {r[2]}" for r in con.execute("PRAGMA foreign_key_check")]
        return found
    except sqlite3.Error as exc:
        return [str(exc)]
    finally:
        con.close()


def _parse(line: str) -> tuple[str, int, str, Any]:
    kind, n, op, *rest = line.split(" ", 3)
    payload: Any = rest[0] if rest else ""
    if kind in ("begin", "committed"):
        payload = json.loads(payload)
    return kind, int(n), op, payload


def _differences(expected: session.Facts, actual: session.Facts) -> list[str]:
    keys = sorted(set(expected) | set(actual))
    return [
        f"{k}: reported {expected.get(k)!r}, file {actual.get(k)!r}"
        for k in keys
        if expected.get(k) != actual.get(k)
        # An edit whose outcome the child could not know (a rule applied: any count of
        # priorities, none included) matches whatever the file holds for its key.
        and expected.get(k) != session.UNKNOWN
    ]


def check_after_kill(
    path: Path, model: session.Facts, lines: list[str], result: SessionResult
) -> session.Facts:
    """Check the file against what the killed child reported; return the facts it holds."""
    from jakres_desk.store.db import open_file

    in_flight: session.Facts | None = None
    for line in lines[1:] if lines and lines[0] == "ready" else lines:
        if line.endswith("<cut>") or not line.strip():
            continue
        kind, _n, _op, payload = _parse(line)
        if kind == "begin":
            in_flight = payload
        elif kind == "committed":
            session.apply(model, payload)
            result.edits_checked += 1
            in_flight = None
        else:
            in_flight = None
    problems = sqlite_problems(path)
    if problems:
        result.integrity_failures.append(f"kill {result.kills}: {problems[:3]}")
        return model
    try:
        with open_file(path, device_id=DEVICE) as f:
            actual = session.read_facts(f)
    except Exception as exc:  # noqa: BLE001 - any failure to open is a finding
        result.open_failures.append(f"kill {result.kills}: {type(exc).__name__}: {exc}")
        return model
    result.facts_checked += len(model)
    before = _differences(model, actual)
    if not before:
        return actual
    if in_flight is not None:
        after = dict(model)
        session.apply(after, in_flight)
        if not _differences(after, actual):
            result.in_flight_kept += 1
            return actual
        before = min(before, _differences(after, actual), key=len)
    result.lost += len(before)
    result.losses.append(f"kill {result.kills}: " + "; ".join(before[:3]))
    return actual


def kill_sessions(
    folder: Path,
    *,
    kills: int,
    seed: int,
    server: ForkServer,
    max_delay: float = 1.0,
    progress: Callable[[str], None] | None = None,
) -> SessionResult:
    """Run the session `kills` times on one file, killing it at random each time."""
    rng = random.Random(seed)
    path = folder / "session.jakres"
    session.set_up(path, device_id=DEVICE)
    from jakres_desk.store.db import open_file

    with open_file(path, device_id=DEVICE) as f:
        model = session.read_facts(f)
    result = SessionResult()
    env = {"JAKRES_DEVICE_ID": DEVICE, "TMPDIR": str(folder)}
    for run in range(1, kills + 1):
        child = server.spawn("session", [str(path), str(seed), str(run)], env=env)
        if rng.random() < 0.25:
            child.read(rng.uniform(0, max_delay))  # any moment, opening the file included
        else:
            # After some edits, whatever the machine's load: then a moment inside the next ones.
            _read_until_committed(child, rng.randint(1, 12), bound=120)
            child.read(rng.uniform(0, 0.05))
        child.kill()
        result.kills += 1
        if child.lines and not child.lines[-1].startswith(("begin", "committed", "ready")):
            result.child_errors.append(f"run {run}: {child.lines[-1]}")
        err = child.stderr.read_text(errors="replace").strip()
        if err:
            result.child_errors.append(f"run {run}: {err.splitlines()[-1]}")
        child.stderr.unlink(missing_ok=True)
        model = check_after_kill(path, model, child.lines, result)
        if progress and run % 25 == 0:
            progress(f"{run} kills, {result.edits_checked} edits checked, {result.lost} lost")
    return result


def _read_until_committed(child: Child, edits: int, *, bound: float) -> None:
    end = time.monotonic() + bound
    while not child.done and time.monotonic() < end:
        if sum(line.startswith("committed") for line in child.lines) >= edits:
            return
        child.read(0.01)


# --- killing commands ---------------------------------------------------------------------


@dataclass
class CommandResult:
    """What the kills of one command left behind."""

    command: str
    runs: int = 0
    old: int = 0  # the output as it was before the command (or absent)
    new: int = 0  # the whole new output
    half: list[str] = field(default_factory=list)  # neither: half-made
    mixed: int = 0  # a set of files (CSV export) part old, part new, each whole
    temp_left: list[str] = field(default_factory=list)  # hidden temp files left behind
    errors: list[str] = field(default_factory=list)  # uncut runs that failed

    def line(self) -> str:
        """One line of figures."""
        return (
            f"{self.command:<12} kills {self.runs:>4}  old {self.old:>4}  new {self.new:>4}"
            f"  half-made {len(self.half):>3}  mixed {self.mixed:>3}"
            f"  temp files left {len(self.temp_left):>3}"
        )


def sha256(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def settle(path: Path) -> None:
    """Let SQLite recover a killed writer's WAL into the file, as the next open would."""
    if path.with_name(path.name + "-wal").exists() or path.with_name(path.name + "-shm").exists():
        con = sqlite3.connect(path)
        con.execute("PRAGMA integrity_check").fetchall()
        con.close()


def dump(path: Path, skip: tuple[str, ...] = ("import_log",)) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (sorted), the tables in `skip` left out."""
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        names = [
            r[0]
            for r in con.execute("SELECT name FROM sqlite_schema WHERE type='table' ORDER BY name")
        ]
        return {
            n: sorted(con.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr)
            for n in names
            if n not in skip
        }
    finally:
        con.close()


@dataclass
class Stage:
    """A folder set up for one command, and how to judge what a run left in it."""

    folder: Path
    argv: list[str]
    outputs: list[Path]
    judge: Callable[[], str]  # "old", "new", "mixed" or "half: why"
    reset: Callable[[], None]


def _left_over(p: Path) -> bool:
    """A temporary file or folder of ours (not the mark a CSV set's folder carries)."""
    return p.name != ".jakres-set" and (p.name.startswith(".") or "jakres-incoming" in str(p))


def _hidden_leftovers(folder: Path, keep: set[Path]) -> list[str]:
    return sorted(
        str(p.relative_to(folder)) for p in folder.rglob("*") if p not in keep and _left_over(p)
    )


class Workbench:
    """The files every command stage starts from: a master, a group file, old outputs."""

    def __init__(self, folder: Path, server: ForkServer) -> None:
        self.folder, self.server = folder, server
        self.master = folder / "master.jakres"
        self.group_file = folder / "kelompok-1-kembali.jakres"
        _build_master_and_group_file(self.master, self.group_file)
        self.master_sha = sha256(self.master)

    def run_cli(self, argv: list[str], cwd: Path, **extra: object) -> Child:
        """Start the command in a child; stdout, stderr and temp files inside `cwd`."""
        env = {"JAKRES_DEVICE_ID": DEVICE, "TMPDIR": str(cwd / "tmp"), "JAKRES_LANG": "en"}
        (cwd / "tmp").mkdir(exist_ok=True)
        return self.server.spawn("cli", argv, env=env, cwd=str(cwd), **extra)

    def uncut(self, argv: list[str], cwd: Path) -> float:
        """Run a command to its end; its duration (raises if it fails)."""
        child = self.run_cli(argv, cwd)
        if not child.wait(600):
            child.kill()
            raise RuntimeError(f"{argv} did not end")
        took = time.monotonic() - child.started
        if not child.lines or child.lines[-1] != "exit 0":
            raise RuntimeError(f"{argv} failed: {child.lines} {child.stderr.read_text()}")
        return took


def _build_master_and_group_file(master: Path, group_file: Path) -> None:
    """A master with rosters and a catalogue; Kelompok 1's kit worked on and handed back."""
    from jakres_desk.core.exchange import kit
    from jakres_desk.core.services import (
        criteria,
        decisions,
        groups,
        participants,
        programs,
        votes,
        workshops,
    )
    from jakres_desk.store.db import open_file
    from jakres_desk.store.snapshot import write_snapshot

    f = workshops.create_workshop(master, device_id=DEVICE, title="Uji Crash", date="2018-09-26")
    with f:
        workshops.set_rules(f, dots_per_participant=50, max_dots_per_candidate=0)
        progs = [
            programs.add_program(f, title=f"Program {i:02d}", agency="Dinas", focus_areas=[1])
            for i in range(40)
        ]
        for g in groups.list_groups(f)[:3]:
            for i in range(12):
                participants.add_participant(f, name=f"{g.name} peserta {i}", group_id=g.id)
        kit_path = master.with_name("kit-1.jakres")
        kit.write_kit(f, kit_path, group_id=groups.list_groups(f)[0].id)
    with open_file(kit_path, device_id=LAPTOP) as k:
        [g] = groups.list_groups(k)
        people = participants.list_participants(k, g.id)
        for p in people:
            participants.set_present(k, p.id)
        cands = [programs.add_candidate(k, group_id=g.id, program_id=p.id) for p in progs[:20]]
        for i in range(4):
            criteria.add_criterion(k, group_id=g.id, name=f"Kriteria {i}", weight=1 + i)
        groups.set_criteria_locked(k, group_id=g.id, locked=True)
        rng = random.Random(7)
        for p in people:
            for c in rng.sample(cands, 5):
                votes.set_dots(k, candidate_id=c.id, participant_id=p.id, count=rng.randint(1, 3))
        for c in cands:
            for cr in criteria.list_criteria(k, g.id):
                votes.set_score(k, candidate_id=c.id, criterion_id=cr.id, value=rng.randint(1, 5))
        decisions.apply_rule(k, group_id=g.id)
        groups.update_group(k, g.id, notes="Catatan kelompok 1 " * 40)
        write_snapshot(k, group_file)
    kit_path.unlink()


def _judge_sqlite_output(out: Path, reference: dict[str, list[tuple[Any, ...]]]) -> str:
    if not out.exists():
        return "old"
    problems = sqlite_problems(out)
    if problems:
        return f"half: {problems[:2]}"
    try:
        got = dump(out, skip=("meta", "import_log"))
    except sqlite3.Error as exc:
        return f"half: {exc}"
    if {k: len(v) for k, v in got.items()} != {k: len(v) for k, v in reference.items()}:
        return "half: row counts differ from an uncut run"
    return "new"


def _stage_merge(bench: Workbench, folder: Path) -> Stage:
    master = folder / "master.jakres"
    shutil.copyfile(bench.master, master)
    bench.uncut(["merge", str(master), str(bench.group_file)], folder)
    settle(master)
    merged = dump(master)
    source_sha = sha256(bench.group_file)

    def reset() -> None:
        for side in ("-wal", "-shm", "-journal"):
            master.with_name(master.name + side).unlink(missing_ok=True)
        shutil.copyfile(bench.master, master)

    def judge() -> str:
        settle(master)
        if sha256(master) == bench.master_sha:
            return "old"
        problems = sqlite_problems(master)
        if problems:
            return f"half: {problems[:2]}"
        if dump(master) != merged:
            return "half: the master differs from both the old one and an uncut merge"
        con = sqlite3.connect(master)
        log = con.execute("SELECT source_sha256, status FROM import_log").fetchall()
        con.close()
        if log != [(source_sha, "merged")]:
            return f"half: import log {log}"
        return "new"

    return Stage(folder, ["merge", str(master), str(bench.group_file)], [master], judge, reset)


def _stage_kit(bench: Workbench, folder: Path) -> Stage:
    out = folder / "kit.jakres"
    bench.uncut(["kit", str(bench.master), "--group", "Kelompok 2", "-o", str(out)], folder)
    reference = dump(out, skip=("meta", "import_log"))

    def reset() -> None:
        out.unlink(missing_ok=True)

    reset()
    argv = ["kit", str(bench.master), "--group", "Kelompok 2", "-o", str(out)]
    return Stage(folder, argv, [out], lambda: _judge_sqlite_output(out, reference), reset)


def _stage_new(bench: Workbench, folder: Path) -> Stage:
    out = folder / "baru.jakres"
    argv = ["new", str(out), "--title", "Lokakarya Baru", "--date", "2018-09-26"]
    bench.uncut(argv, folder)
    reference = dump(out, skip=("meta", "import_log", "workshop", "breakout_group", "focus_area"))

    def reset() -> None:
        for p in folder.glob("baru.jakres*"):
            p.unlink()

    def judge() -> str:
        if not out.exists():
            return "old"
        verdict = judge_opens(out)
        return verdict if verdict != "new" else _judge_new_counts(out, reference)

    reset()
    return Stage(folder, argv, [out], judge, reset)


def judge_opens(out: Path) -> str:
    from jakres_desk.core.services.summary import describe
    from jakres_desk.store.db import open_file

    problems = sqlite_problems(out)
    if problems:
        return f"half: {problems[:2]}"
    try:
        with open_file(out, device_id=DEVICE) as f:
            describe(f)
    except Exception as exc:  # noqa: BLE001 - a file that does not open is half-made
        return f"half: {type(exc).__name__}: {str(exc)[:120]}"
    return "new"


def _judge_new_counts(out: Path, reference: dict[str, list[tuple[Any, ...]]]) -> str:
    got = dump(out, skip=("meta", "import_log", "workshop", "breakout_group", "focus_area"))
    if {k: len(v) for k, v in got.items()} != {k: len(v) for k, v in reference.items()}:
        return "half: row counts differ from an uncut run"
    return "new"


def _stage_export(bench: Workbench, folder: Path, suffix: str) -> Stage:
    out = folder / f"hasil{suffix}"
    old_dir = folder / "old"
    old_dir.mkdir(exist_ok=True)
    bench.uncut(["export", str(bench.group_file), "-o", str(old_dir / out.name)], old_dir)
    bench.uncut(["export", str(bench.master), "-o", str(out)], folder)
    # A CSV export is a folder of files (hasil-csv/), swapped in as one set.
    here = folder / "hasil-csv" if suffix == ".csv" else folder
    there = old_dir / "hasil-csv" if suffix == ".csv" else old_dir
    new = {p.name: p.read_bytes() for p in here.glob(f"hasil*{suffix}")}
    old = {p.name: p.read_bytes() for p in there.glob(f"hasil*{suffix}")}
    check = {".json": _valid_json, ".xlsx": _valid_xlsx, ".csv": _valid_csv}[suffix]
    shapes = {name: check(body) for name, body in new.items()}

    def reset() -> None:
        if suffix == ".csv":
            shutil.rmtree(here, ignore_errors=True)
            shutil.copytree(there, here)
            return
        for p in folder.glob(f"hasil*{suffix}"):
            p.unlink()
        for name, body in old.items():
            (folder / name).write_bytes(body)

    def judge() -> str:
        verdicts = set()
        for name in sorted(set(old) | set(new)):
            path = here / name
            if not path.exists():
                verdicts.add("old" if name not in old else "half: a file went missing")
                continue
            body = path.read_bytes()
            if body == old.get(name):
                verdicts.add("old")
            elif body == new.get(name):
                verdicts.add("new")
            else:
                try:
                    shape = check(body)
                except Exception as exc:  # noqa: BLE001 - unreadable output is half-made
                    return f"half: {name}: {type(exc).__name__}: {str(exc)[:100]}"
                if shape != shapes.get(name):
                    return f"half: {name} differs from an uncut export"
                verdicts.add("new")
        if len(verdicts) > 1:
            return "mixed"
        return verdicts.pop() if verdicts else "old"

    reset()
    return Stage(folder, ["export", str(bench.master), "-o", str(out)], [out], judge, reset)


def _valid_json(body: bytes) -> Any:
    data = json.loads(body)
    return {k: len(v) for k, v in data.items() if isinstance(v, list)}


def _valid_xlsx(body: bytes) -> Any:
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(body), read_only=True)
    shape = {ws.title: sum(1 for _ in ws.iter_rows()) for ws in wb.worksheets}
    wb.close()
    return shape


def _valid_csv(body: bytes) -> Any:
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    return (len(rows), rows[0] if rows else None)


def _valid_pdf(body: bytes) -> Any:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(body), strict=True)
    for page in reader.pages:
        page.extract_text()
    return len(reader.pages)


def _stage_report(bench: Workbench, folder: Path) -> Stage:
    out = folder / "ringkasan.pdf"
    old_dir = folder / "old"
    old_dir.mkdir(exist_ok=True)
    bench.uncut(["report", str(bench.group_file), "-o", str(old_dir / out.name)], old_dir)
    bench.uncut(["report", str(bench.master), "-o", str(out)], folder)
    old, new = (old_dir / out.name).read_bytes(), out.read_bytes()
    pages = _valid_pdf(new)

    def reset() -> None:
        out.write_bytes(old)

    def judge() -> str:
        body = out.read_bytes() if out.exists() else None
        if body is None:
            return "half: the previous report is gone"
        if body == old:
            return "old"
        try:
            got = _valid_pdf(body)
        except Exception as exc:  # noqa: BLE001 - unreadable output is half-made
            return f"half: {type(exc).__name__}: {str(exc)[:100]}"
        return "new" if got == pages else f"half: {got} pages, an uncut run has {pages}"

    reset()
    return Stage(folder, ["report", str(bench.master), "-o", str(out)], [out], judge, reset)


STAGES: dict[str, Callable[[Workbench, Path], Stage]] = {
    "merge": _stage_merge,
    "kit": _stage_kit,
    "export-json": lambda b, d: _stage_export(b, d, ".json"),
    "export-xlsx": lambda b, d: _stage_export(b, d, ".xlsx"),
    "export-csv": lambda b, d: _stage_export(b, d, ".csv"),
    "report": _stage_report,
    "new": _stage_new,
}


def kill_command(bench: Workbench, command: str, *, kills: int, seed: int) -> CommandResult:
    """Kill one command `kills` times at random moments within an uncut run's duration."""
    rng = random.Random(f"{seed}-{command}")
    folder = bench.folder / command
    folder.mkdir()
    stage = STAGES[command](bench, folder)
    stage.reset()
    took = max(bench.uncut(stage.argv, folder), 0.05)
    result = CommandResult(command)
    for run in range(kills):
        stage.reset()
        _clear(folder / "tmp")
        child = bench.run_cli(stage.argv, folder)
        child.read(rng.uniform(0, took * 1.1))
        child.kill()
        result.runs += 1
        verdict = stage.judge()
        if verdict == "old":
            result.old += 1
        elif verdict == "new":
            result.new += 1
        elif verdict == "mixed":
            result.mixed += 1
        else:
            result.half.append(f"run {run}: {verdict[6:]}")
        keep = {*stage.outputs, folder / "old", folder / "tmp"}
        keep |= set((folder / "old").rglob("*")) if (folder / "old").exists() else set()
        left = _hidden_leftovers(folder, keep)
        if left:
            result.temp_left.append(f"run {run}: {', '.join(left[:3])}")
        if child.lines and child.lines[-1].startswith("exit") and child.lines[-1] != "exit 0":
            result.errors.append(f"run {run}: {child.lines[-1]}: {child.stderr.read_text()[-300:]}")
        child.stderr.unlink(missing_ok=True)
        _remove_hidden(folder, keep)
    return result


def _clear(folder: Path) -> None:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()


def _remove_hidden(folder: Path, keep: set[Path]) -> None:
    for p in sorted(folder.rglob("*"), reverse=True):
        if p in keep or not _left_over(p):
            continue
        if p.is_dir():
            shutil.rmtree(p, ignore_errors=True)
        else:
            p.unlink(missing_ok=True)


def kill_commands(
    folder: Path,
    *,
    kills: int,
    seed: int,
    server: ForkServer,
    commands: tuple[str, ...] = COMMANDS,
    progress: Callable[[str], None] | None = None,
) -> list[CommandResult]:
    """Kill each command `kills` times; one result per command."""
    bench = Workbench(folder, server)
    results = []
    for command in commands:
        results.append(kill_command(bench, command, kills=kills, seed=seed))
        if progress:
            progress(results[-1].line())
    return results


def new_server() -> ForkServer:
    """A fork server with the suites' environment."""
    return ForkServer(env={"JAKRES_DEVICE_ID": DEVICE, "JAKRES_LANG": "en"})


def scratch(prefix: str) -> Path:
    """A fresh temp folder."""
    return Path(tempfile.mkdtemp(prefix=prefix))


def tally(results: list[CommandResult]) -> Counter[str]:
    """Totals over all commands."""
    total: Counter[str] = Counter()
    for r in results:
        total.update(
            runs=r.runs, old=r.old, new=r.new, half=len(r.half), mixed=r.mixed,
            temp_left=len(r.temp_left),
        )  # fmt: skip
    return total
