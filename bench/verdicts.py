"""Rows of the benchmark table, their verdicts, and the statistics behind them.

Kept free of anything slow to import (tests/test_bench.py checks that every
verdict can fail, with synthetic numbers).
"""

from __future__ import annotations

import json
import math
import statistics
from collections.abc import Sequence
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Row:
    """One line of the table: our figure, its floor and the goal it is judged on.

    `kind` says how the goal reads: "ratio" (ours / floor at most `goal`),
    "absolute" (ours at most `goal`, in `unit`; the floor, if any, is shown
    only) or "info" (no verdict: a figure printed beside a judged one).
    """

    task: str
    ours: float
    floor: float | None
    unit: str
    goal: float | None
    kind: str = "ratio"
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.floor is None or self.floor <= 0:
            return None
        return self.ours / self.floor

    @property
    def ok(self) -> bool | None:
        return judge(self)

    def as_dict(self) -> dict[str, object]:
        out = asdict(self)
        ratio = self.ratio
        finite = [x is not None and math.isfinite(x) for x in (self.ours, ratio)]
        out.update(
            ours=self.ours if finite[0] else None, ratio=ratio if finite[1] else None, ok=self.ok
        )
        return out


def judge(row: Row) -> bool | None:
    """Whether the row meets its goal; None for a row printed without a verdict."""
    if row.kind == "info" or row.goal is None:
        return None
    if row.kind == "absolute":
        return math.isfinite(row.ours) and row.ours <= row.goal
    if row.kind != "ratio":
        raise ValueError(f"unknown kind of row: {row.kind}")
    ratio = row.ratio
    return ratio is not None and math.isfinite(ratio) and ratio <= row.goal


def ratio_row(task: str, ours: float, floor: float, unit: str, goal: float, note: str = "") -> Row:
    return Row(task, ours, floor, unit, goal, "ratio", note)


def absolute_row(task: str, ours: float, unit: str, goal: float, note: str = "") -> Row:
    return Row(task, ours, None, unit, goal, "absolute", note)


def info_row(task: str, ours: float, floor: float | None, unit: str, note: str = "") -> Row:
    return Row(task, ours, floor, unit, None, "info", note)


# --- statistics -------------------------------------------------------------------------


def median(values: Sequence[float]) -> float:
    if not values:
        raise ValueError("no samples")
    return statistics.median(values)


def percentile(values: Sequence[float], p: float) -> float:
    """The p-th percentile, nearest rank (p in 0..100)."""
    if not values:
        raise ValueError("no samples")
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def interleave(n: int) -> list[str]:
    """The order of an A/B comparison: A B B A A B B A ..., so neither always goes first."""
    out: list[str] = []
    for i in range(n):
        out += ["ours", "floor"] if i % 2 == 0 else ["floor", "ours"]
    return out


# --- printing ---------------------------------------------------------------------------


def _num(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "ms" and value < 10:
        return f"{value:.2f} ms"
    if unit in ("ms", "MiB"):
        return f"{value:,.0f} {unit}"
    return f"{value:.3g} {unit}"


def verdict_text(row: Row) -> str:
    ok = row.ok
    return "—" if ok is None else ("ok" if ok else "FAIL")


def goal_text(row: Row) -> str:
    if row.goal is None:
        return "—"
    if row.kind == "absolute":
        return f"≤ {_num(row.goal, row.unit)}"
    return f"≤ {row.goal:g}×"


def table(rows: Sequence[Row]) -> str:
    """The rows as a Markdown table (what docs/performance.md shows)."""
    lines = [
        "| task | ours | floor | ratio | goal | verdict |",
        "|---|---:|---:|---:|---|---|",
    ]
    for r in rows:
        ratio = "—" if r.ratio is None else f"{r.ratio:.2f}×"
        task = f"{r.task} ({r.note})" if r.note else r.task
        lines.append(
            f"| {task} | {_num(r.ours, r.unit)} | {_num(r.floor, r.unit)} | {ratio}"
            f" | {goal_text(r)} | {verdict_text(r)} |"
        )
    return "\n".join(lines)


def as_json(rows: Sequence[Row]) -> str:
    return json.dumps([r.as_dict() for r in rows], ensure_ascii=False, indent=2)


def failed(rows: Sequence[Row]) -> list[Row]:
    """The rows whose verdict is a failure (rows without a verdict never fail)."""
    return [r for r in rows if r.ok is False]
