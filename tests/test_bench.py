"""bench/run starts, and every verdict it prints can fail (synthetic numbers, no timing)."""

from __future__ import annotations

import importlib.machinery
import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import proc  # noqa: E402
import verdicts  # noqa: E402


def _load_run() -> ModuleType:
    loader = importlib.machinery.SourceFileLoader("bench_run", str(BENCH / "run"))
    spec = importlib.util.spec_from_loader("bench_run", loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


run = _load_run()


def test_help_works() -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH / "run"), "--help"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "--quick" in done.stdout and "--json" in done.stdout


class Synthetic(run.Bench):  # type: ignore[misc,name-defined]
    """A Bench whose processes and in-process figures are made up: `factor` times the floor."""

    def __init__(self, factor: float) -> None:
        self.factor = factor
        self.quick = True
        self.pairs = 5
        self.folder = Path("/nonexistent")
        self.env: dict[str, str] = {}
        self.jakres = ["jakres-desk"]

    def pairs_of(self, ours: Any, floor: Any, n: int = 0) -> tuple[list[Any], list[Any]]:
        a = proc.Sample(0.2 * self.factor, 40 * self.factor, "{}")
        b = proc.Sample(0.2, 40, "{}")
        return [a] * 5, [b] * 5

    def inproc(self, what: str, *args: str) -> dict[str, Any]:
        k = self.factor
        if what == "vote":
            floor = {"p50": 0.3, "p99": 0.6, "n": 3000}
            ours = {"p50": 0.3 * k, "p99": 0.6 * k, "n": 3000}
            return {"floor": floor, "core": ours, "gui": ours}
        if what == "switch":  # an absolute goal: the factor scales the goal itself
            p95 = run.GOALS["switch_ms"] * k
            return {"p95": p95, "n": 30, "max": p95}
        if what == "scaling":
            return {"5": {"ours": 30 * k, "floor": 30}, "120": {"ours": 40 * k, "floor": 40}}
        if what == "dedupe":
            extra = {"pairs_ours": 1, "pairs_floor": 1, "cdist": True}
            return {"ours": 100 * k, "floor": 100} | extra
        return {"ours": 1000 * k, "floor": 1000, "files": 120}  # consolidate


@pytest.fixture(autouse=True)
def same_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(run, "_same_rows", lambda *_: True)


@pytest.mark.parametrize("name", run.TASKS)
def test_every_verdict_fails_above_its_goal(name: str) -> None:
    goal_of = {r.task: r.goal for r in run.RUNNERS[name](Synthetic(1.0))}
    over = run.RUNNERS[name](Synthetic(3.5))  # above every goal (the largest is 3x)
    judged = [r for r in over if r.goal is not None]
    for row in judged:
        assert row.ok is False, row
        assert verdicts.failed([row]) == [row]
    if name == "scaling":
        assert not judged  # printed beside the others, judged by no goal
    else:
        assert judged, f"{name} prints no verdict"
    within = run.RUNNERS[name](Synthetic(0.5))
    assert all(r.ok is not False for r in within), within
    assert all(goal_of[r.task] == r.goal for r in within)


def test_ratio_row_at_and_above_its_goal() -> None:
    at = verdicts.ratio_row("t", 200.0, 100.0, "ms", 2.0)
    above = verdicts.ratio_row("t", 200.1, 100.0, "ms", 2.0)
    assert at.ok is True and above.ok is False
    assert verdicts.ratio_row("t", 1.0, 0.0, "ms", 2.0).ok is False  # no floor: not a pass
    assert verdicts.absolute_row("t", 50.1, "ms", 50.0).ok is False
    assert verdicts.absolute_row("t", float("nan"), "ms", 50.0).ok is False
    assert verdicts.info_row("t", 1e9, 1.0, "ms").ok is None


def test_a_task_that_cannot_run_fails() -> None:
    row = run.failure("consolidate", "failed:\nFatal Python error: none_dealloc")
    assert row.ok is False and "none_dealloc" in row.note
    import json

    assert json.loads(verdicts.as_json([row]))[0]["ok"] is False


def test_table_and_json_say_the_verdict() -> None:
    rows = [
        verdicts.ratio_row("fast", 100.0, 100.0, "ms", 2.0),
        verdicts.ratio_row("slow", 300.0, 100.0, "ms", 2.0),
    ]
    text = verdicts.table(rows)
    assert "| fast | 100 ms | 100 ms | 1.00× | ≤ 2× | ok |" in text
    assert "| slow | 300 ms | 100 ms | 3.00× | ≤ 2× | FAIL |" in text
    import json

    got = json.loads(verdicts.as_json(rows))
    assert [(r["task"], r["ok"]) for r in got] == [("fast", True), ("slow", False)]
    assert {"task", "ours", "floor", "ratio", "goal", "ok"} <= set(got[0])


def test_statistics() -> None:
    assert verdicts.percentile(list(range(1, 101)), 99) == 99
    assert verdicts.percentile([5.0], 50) == 5.0
    assert verdicts.median([3.0, 1.0, 2.0]) == 2.0
    assert verdicts.interleave(2) == ["ours", "floor", "floor", "ours"]


def test_ready_mark_after_the_first_table_is_painted(make_workshop: Any, tmp_path: Path) -> None:
    """JAKRES_BENCH_READY: the GUI paints step 0's table and stamps (ready), then stamps
    again once every step is built and the file is open through the ORM, and quits."""
    make_workshop("w.jakres").close()
    marker = tmp_path / "ready"
    env = proc.bench_env(tmp_path / "home", JAKRES_BENCH_READY=str(marker))
    argv = [*proc.command("jakres-desk"), "gui", str(tmp_path / "w.jakres")]
    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    ready, loaded = (float(stamp) for stamp in marker.read_text().split())
    assert 0 < ready <= loaded
