"""Group files as rooms hand them in, made fast, for the merge measurements of bench/run.

A master with G groups (60 participants on each roster) and a catalogue of
1,000 programs. The first group's file is made as a room makes it: its kit is
cut, and on it (its own device id) everyone is checked in, 6 criteria agreed,
CANDIDATES candidates taken up, 5 dots given per person, every candidate
scored on every criterion and the rule applied, then the file handed in.
Every other group's file is a copy of that one given the group's identity in
SQL (its group row and roster as in the master, fresh ids for all the room
made, its own device and its own programs): a valid file of the same workshop
with its own records, as a real room's would be, made in milliseconds.

Used by bench/fixtures.py (the Consolidate window's 120 files) and
bench/inproc.py (merge per file at 5, 40 and 120 files)."""

from __future__ import annotations

import random
import shutil
import sqlite3
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from jakres_desk.core.exchange import kit  # noqa: E402
from jakres_desk.core.merge.plan import plans  # noqa: E402
from jakres_desk.core.services import decisions, groups, workshops  # noqa: E402
from jakres_desk.store.db import open_file  # noqa: E402
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
