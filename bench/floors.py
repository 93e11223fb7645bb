"""The floors bench/run compares against: the same work done the cheapest honest way.

Each runs as its own process, as ours does (python bench/floors.py KIND ...):

- gui FILE READY: a bare PySide6 window with the first step's table (the same
  roster rows of the same group, read with sqlite3) painted; stamps READY.
- info FILE: python + sqlite3 printing the same JSON as `jakres-desk info FILE
  --json` (the stale decisions ranked by our own pure rules, core/rules).
- merge SPEC MASTER FILE...: python + sqlite3, per file ATTACH and one upsert
  per table (newer modified_at wins) in one transaction, the master's pragmas.
- report SPEC OUT: bare reportlab, the same table rows and font as our report.

Only the standard library is imported at the top: each floor imports what it
needs and nothing else.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

# --- the first step, painted -------------------------------------------------------------

ROSTER = """
SELECT p.present, p.name, p.organisation, coalesce(k.label_id, ''), p.walk_in
  FROM participant p LEFT JOIN stakeholder_kind k ON k.code = p.stakeholder_kind
 WHERE p.group_id = (SELECT id FROM breakout_group ORDER BY position, name LIMIT 1)
 ORDER BY p.name, p.id
"""


def gui(path: str, ready: str) -> None:
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    rows = con.execute(ROSTER).fetchall()
    con.close()
    app = QApplication(sys.argv[:1])
    model = QStandardItemModel(len(rows), 5)
    model.setHorizontalHeaderLabels(["Hadir", "Nama", "Organisasi", "Jenis pemangku", "Walk-in"])
    for r, (present, name, org, kind, walk_in) in enumerate(rows):
        check = QStandardItem()
        check.setCheckable(True)
        check.setCheckState(Qt.CheckState.Checked if present else Qt.CheckState.Unchecked)
        model.setItem(r, 0, check)
        for c, text in enumerate((name, org, kind, "ya" if walk_in else ""), start=1):
            model.setItem(r, c, QStandardItem(text))
    window = QMainWindow()
    window.setWindowTitle(f"{Path(path).name} — floor")
    window.resize(1280, 800)
    view = QTableView()
    view.setModel(model)
    window.setCentralWidget(view)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, stamp)
            return False

    def stamp() -> None:
        Path(ready).write_text(f"{time.time()}\n")
        app.quit()

    watch = FirstPaint()
    view.viewport().installEventFilter(watch)
    window.show()
    app.exec()


# --- info --json -------------------------------------------------------------------------

COUNTS = {
    "participants": "SELECT group_id, count(*) FROM participant GROUP BY group_id",
    "present": "SELECT group_id, count(*) FROM participant WHERE present GROUP BY group_id",
    "elements": "SELECT group_id, count(*) FROM element GROUP BY group_id",
    "targets": "SELECT e.group_id, count(t.id) FROM element e JOIN target t"
    " ON t.element_id = e.id GROUP BY e.group_id",
    "criteria": "SELECT group_id, count(*) FROM criterion GROUP BY group_id",
    "candidates": "SELECT g.id, count(c.id) FROM breakout_group g JOIN candidate c"
    " ON c.group_id = g.id GROUP BY g.id",
    "priority_programs": "SELECT c.group_id, count(d.id) FROM candidate c JOIN decision d"
    " ON d.candidate_id = c.id WHERE d.is_priority GROUP BY c.group_id",
    "dot_votes": "SELECT c.group_id, sum(v.count) FROM candidate c JOIN dot_vote v"
    " ON v.candidate_id = c.id GROUP BY c.group_id",
    "scores": "SELECT c.group_id, count(s.id) FROM candidate c JOIN score s"
    " ON s.candidate_id = c.id GROUP BY c.group_id",
}


def info(path: str) -> None:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    con.execute("BEGIN")  # one snapshot, as ours reads in one transaction
    counts = {k: {g: int(n or 0) for g, n in con.execute(q)} for k, q in COUNTS.items()}
    stale = _stale(con)
    numbers = dict(con.execute("SELECT id, number FROM focus_area"))
    groups = []
    for gid, name, fa in con.execute(
        "SELECT id, name, focus_area_id FROM breakout_group ORDER BY position, name"
    ):
        row: dict[str, Any] = {"uuid": gid, "name": name, "focus_area": numbers.get(fa or "")}
        row.update({k: counts[k].get(gid, 0) for k in COUNTS})
        row["stale_decisions"] = stale.get(gid, 0)
        groups.append(row)
    ws = con.execute(
        "SELECT id, title, date, venue, organiser, illustrative FROM workshop"
    ).fetchone()
    meta = dict(con.execute("SELECT key, value FROM meta"))
    out = {
        "schema_revision": con.execute("SELECT version_num FROM alembic_version").fetchone()[0],
        "scope": meta.get("scope", "workshop"),
        "workshop": dict(
            zip(("uuid", "title", "date", "venue", "organiser"), ws[:5], strict=True),
            illustrative=bool(ws[5]),
        ),
        "programs": con.execute("SELECT count(id) FROM program").fetchone()[0],
        "unassigned_participants": con.execute(
            "SELECT count(id) FROM participant WHERE group_id IS NULL"
        ).fetchone()[0],
        "groups": groups,
    }
    con.close()
    print(json.dumps(out, ensure_ascii=False, indent=2))


def _stale(con: sqlite3.Connection) -> dict[str, int | None]:
    """Stale rule decisions per group, ranked by the same pure rules ours uses."""
    from statistics import fmean

    from jakres_desk.core.rules.decisions import Stored, count, judge
    from jakres_desk.core.rules.ranking import Rules, RulesError, Tally, rank

    groups = [g for (g,) in con.execute("SELECT id FROM breakout_group")]
    dots = {
        c: (int(t), int(v))
        for c, t, v in con.execute(
            "SELECT candidate_id, sum(count), count(id) FILTER (WHERE count > 0)"
            " FROM dot_vote GROUP BY candidate_id"
        )
    }
    consensus: dict[tuple[str, str], float] = {}
    personal: dict[tuple[str, str], list[float]] = {}
    for c, k, person, value in con.execute(
        "SELECT candidate_id, criterion_id, participant_id, value FROM score"
    ):
        if person is None:
            consensus[(c, k)] = value
        else:
            personal.setdefault((c, k), []).append(value)
    crits: dict[str, dict[str, float]] = {}
    for g, k, w in con.execute("SELECT group_id, id, weight FROM criterion"):
        crits.setdefault(g, {})[k] = float(w)
    tallies: dict[str, list[Tally]] = {}
    for c, g, title in con.execute(
        "SELECT c.id, c.group_id, p.title FROM candidate c JOIN program p ON p.id = c.program_id"
    ):
        values = {
            k: consensus.get((c, k), fmean(personal[(c, k)]) if personal.get((c, k)) else None)
            for k in crits.get(g, {})
        }
        tallies.setdefault(g, []).append(Tally(c, title, *dots.get(c, (0, 0)), values))
    w = con.execute(
        "SELECT ranking_method, priority_rule, top_n, threshold, score_min, score_max FROM workshop"
    ).fetchone()
    rules = Rules(*w)
    stored = {
        c: Stored(bool(p), by, reason or "")
        for c, p, by, reason in con.execute(
            "SELECT candidate_id, is_priority, decided_by, reason FROM decision"
        )
    }
    try:
        ranked = {g: rank(tallies.get(g, []), crits.get(g, {}), rules) for g in groups}
    except RulesError:
        return dict.fromkeys(groups)
    return {g: count(judge(r, stored)) for g, r in ranked.items()}


# --- merge -------------------------------------------------------------------------------


def merge(spec_path: str, master: str, *files: str) -> None:
    spec = json.loads(Path(spec_path).read_text())
    con = sqlite3.connect(master, isolation_level=None)
    for pragma in spec["pragmas"]:
        con.execute(f"PRAGMA {pragma}")
    for path in files:
        con.execute("ATTACH DATABASE ? AS src", (path,))
        con.execute("BEGIN IMMEDIATE")
        con.execute("PRAGMA defer_foreign_keys=ON")
        for sql in spec["upserts"]:
            con.execute(sql)
        con.execute("COMMIT")
        con.execute("DETACH DATABASE src")
    con.close()


def upsert(name: str, cols: list[str]) -> str:
    """INSERT ... SELECT from the attached file; a newer modified_at replaces the row."""
    listed = ", ".join(cols)
    insert = f"INSERT INTO main.{name} ({listed}) SELECT {listed} FROM src.{name} WHERE 1"
    if "modified_at" not in cols:
        return insert.replace("INSERT", "INSERT OR IGNORE", 1)
    sets = ", ".join(f"{c} = excluded.{c}" for c in cols if c != "id")
    return (
        f"{insert} ON CONFLICT (id) DO UPDATE SET {sets}"
        f" WHERE excluded.modified_at > {name}.modified_at"
    )


# --- report ------------------------------------------------------------------------------


def report(spec_path: str, out: str) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Table

    spec = json.loads(Path(spec_path).read_text())
    pdfmetrics.registerFont(TTFont("Floor", spec["font"]))
    story = []
    for rows, widths in spec["tables"]:
        for start in range(0, len(rows), 100):  # reportlab's cheapest form (see docs)
            table = Table(rows[start : start + 100], colWidths=widths, repeatRows=1)
            table.setStyle([("FONT", (0, 0), (-1, -1), "Floor", 8, 9.8)])
            story.append(table)
    SimpleDocTemplate(out, pagesize=A4, invariant=1).build(story)


if __name__ == "__main__":
    kind, *rest = sys.argv[1:]
    {"gui": gui, "info": info, "merge": merge, "report": report}[kind](*rest)
