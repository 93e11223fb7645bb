"""The hostile-file suite: generated group files, each merged with a time bound, then judged.

`make_corpus(folder, files, seed)` builds a real master through the services,
cuts real kits from it (core/exchange/kit.write_kit), lets two rooms work on
them, and derives `files` hostile group files from those, deterministically
from the seed: truncated, bit-flipped (header, page data, WAL), type-confused
values, borrowed UUIDs, huge text, a million-row table, foreign SQLite files,
files of another workshop, renamed files and duplicates sent twice, plus some
sound files as a control.

Each file is merged into a fresh byte copy of the master by a worker process
(`python -m tests.harness.hostile worker`) with core.merge.run.merge_file, the
function `jakres-desk merge` runs. The parent enforces the time bound by killing
a worker that does not answer: that file counts as a hang. A file must be

* refused with a one-line message and the master byte-identical afterwards
  (the master is closed, so its WAL is folded in and removed, before the sha256
  is taken: the bytes a user would copy), or
* merged correctly: the other groups' records and the catalogue unchanged,
  every value of the master of its column's type and within the services'
  ranges and lengths, and every command still working on the master: `info
  --json`, `report`, `export` .json and .xlsx, and `load` of that export.

Used by tests/reliability/test_hostile_suite.py (small) and bench/hostile.py.
"""

from __future__ import annotations

import contextlib
import random
import shutil
import sqlite3
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent.parent
DEVICE = "77777777-7777-4777-8777-777777777777"
ROOM_1 = "88888888-8888-4888-8888-888888888888"
ROOM_2 = "99999999-9999-4999-8999-999999999999"
CATEGORIES = {
    # category: share of the corpus (per thousand)
    "truncated": 140,
    "bitflip-header": 100,
    "bitflip-page": 150,
    "bitflip-wal": 100,
    "type-confused": 150,
    "borrowed-uuid": 80,
    "huge-text": 8,
    "million-rows": 1,
    "foreign-sqlite": 70,
    "other-workshop": 40,
    "renamed": 60,
    "duplicate-twice": 50,
    "sound": 51,
}
NAME_MAX, TEXT_MAX, WEIGHT_MAX = 300, 20_000, 100.0


@dataclass(frozen=True)
class Case:
    """One generated file (or pair), how it was made, and what to merge."""

    name: str
    category: str
    how: str
    sources: tuple[str, ...]  # merged in this order into one fresh master copy
    base: str = ""  # the undamaged file a bit-flipped one was made from


# --- the sound material ----------------------------------------------------------------


@dataclass(frozen=True)
class Material:
    """The real files the corpus is derived from."""

    master: Path
    kit_1: Path  # Kelompok 1's file as the room handed it in
    kit_2: Path
    wal_pair: Path  # Kelompok 1's file copied while open: edits still in its -wal
    other: Path  # a room's file of another workshop


def build_material(folder: Path) -> Material:
    """A master built through the services, and rooms' files cut from it and worked on."""
    from jakres_desk.core.exchange import kit
    from jakres_desk.core.services import groups, participants, programs, workshops

    folder.mkdir(parents=True, exist_ok=True)
    m = Material(*(folder / n for n in ("master.jakres", "k1.jakres", "k2.jakres", "wal.jakres")),
                 other=folder / "other.jakres")  # fmt: skip
    f = workshops.create_workshop(
        m.master, device_id=DEVICE, title="Uji Hostile", date="2018-09-26"
    )
    with f:
        workshops.set_rules(f, dots_per_participant=10, max_dots_per_candidate=3)
        for i in range(16):
            programs.add_program(
                f, title=f"Program katalog {i:02d}", agency="Dinas", focus_areas=[1 + i % 3]
            )
        gs = groups.list_groups(f)[:3]
        for g in gs:
            for i in range(6):
                participants.add_participant(f, name=f"{g.name} peserta {i}", group_id=g.id)
        # Kelompok 3 has already been merged: its room programs and votes are in the master.
        _work(f, gs[2].id, rng=random.Random(3))
        for n in (1, 2):
            kit.write_kit(f, folder / f"kit-{n}.jakres", group_id=gs[n - 1].id)
    _room(folder / "kit-1.jakres", m.kit_1, ROOM_1, seed=1)
    _room(folder / "kit-2.jakres", m.kit_2, ROOM_2, seed=2)
    _room(folder / "kit-1.jakres", m.wal_pair, ROOM_1, seed=4, keep_wal=True)
    other = workshops.create_workshop(
        folder / "other-master.jakres", device_id=DEVICE, title="Lain", date="2019-01-01"
    )
    with other:
        g = groups.list_groups(other)[0]
        participants.add_participant(other, name="Tamu", group_id=g.id)
        for i in range(8):
            programs.add_program(other, title=f"Program lain {i}", agency="Dinas")
        kit.write_kit(other, folder / "other-kit.jakres", group_id=g.id)
    _room(folder / "other-kit.jakres", m.other, ROOM_2, seed=5)
    return m


def _work(f: Any, group_id: str, *, rng: random.Random) -> None:
    """What a room does: check in, criteria, candidates (one of its own), dots, scores, rule."""
    from jakres_desk.core.services import criteria, decisions, groups, participants, programs, votes

    people = participants.list_participants(f, group_id)
    for p in people:
        participants.set_present(f, p.id)
    cands = [
        programs.add_candidate(f, group_id=group_id, program_id=p.id)
        for p in rng.sample(programs.list_programs(f), 4)
    ]
    cands.append(
        programs.add_room_program(f, group_id=group_id, title=f"Program ruang {rng.random():.6f}")
    )
    crits = [
        criteria.add_criterion(f, group_id=group_id, name=f"Kriteria {i}", weight=1 + i)
        for i in range(2)
    ]
    groups.set_criteria_locked(f, group_id=group_id, locked=True)
    for p in people:
        for c in rng.sample(cands, 3):
            votes.set_dots(f, candidate_id=c.id, participant_id=p.id, count=rng.randint(1, 3))
    for c in cands:
        for cr in crits:
            votes.set_score(f, candidate_id=c.id, criterion_id=cr.id, value=rng.randint(1, 5))
    decisions.apply_rule(f, group_id=group_id)
    groups.update_group(f, group_id, notes="Catatan ruang: banjir rob, sumur resapan.")


def _room(kit_path: Path, out: Path, device: str, *, seed: int, keep_wal: bool = False) -> None:
    """Open the kit on a room's laptop, work, hand it in (or copy it while open, WAL and all)."""
    from jakres_desk.core.services import groups
    from jakres_desk.store.db import open_file
    from jakres_desk.store.snapshot import write_snapshot

    work = kit_path.with_name(f"room-{seed}.jakres")
    shutil.copyfile(kit_path, work)
    f = open_file(work, device_id=device)
    try:
        [g] = groups.list_groups(f)
        _work(f, g.id, rng=random.Random(seed))
        if keep_wal:
            # The file as a careless copy takes it: main file and -wal, while still open.
            shutil.copyfile(work, out)
            shutil.copyfile(work.with_name(work.name + "-wal"), out.with_name(out.name + "-wal"))
        else:
            write_snapshot(f, out)
    finally:
        f.close()
    work.unlink()


# --- the corpus ----------------------------------------------------------------------------


def plan(files: int, seed: int, *, big: bool = True) -> list[tuple[str, int]]:
    """(category, index) for each file: shares as in CATEGORIES, each category at least once."""
    shares = dict(CATEGORIES)
    if not big:
        shares.pop("million-rows")
    total = sum(shares.values())
    counts = {c: max(1, round(files * s / total)) for c, s in shares.items()}
    while sum(counts.values()) > files:
        counts[max(counts, key=lambda c: counts[c])] -= 1
    while sum(counts.values()) < files:
        counts["sound"] += 1
    out = [(c, i) for c, n in counts.items() for i in range(n)]
    random.Random(seed).shuffle(out)
    return out


def make_corpus(
    folder: Path, *, files: int, seed: int, big: bool = True, only: tuple[str, ...] = ()
) -> tuple[Material, list[Case]]:
    """Build the material and derive `files` cases from it into `folder`."""
    material = build_material(folder / "material")
    cases = []
    for number, (category, index) in enumerate(plan(files, seed, big=big)):
        if only and category not in only:
            continue
        rng = random.Random(f"{seed}-{category}-{index}")
        name = f"{number:04d}-{category}"
        how, sources, *base = MAKERS[category](material, folder, name, rng)
        base = str(base[0]) if base else ""
        cases.append(Case(name, category, how, tuple(str(s) for s in sources), base))
    return material, cases


def _copy(src: Path, folder: Path, name: str) -> Path:
    out = folder / f"{name}.jakres"
    shutil.copyfile(src, out)
    return out


def _flip(path: Path, offset: int, rng: random.Random) -> None:
    with path.open("r+b") as fh:
        fh.seek(offset)
        byte = fh.read(1)[0]
        fh.seek(offset)
        fh.write(bytes([byte ^ (1 << rng.randrange(8))]))


def _truncated(m: Material, folder: Path, name: str, rng: random.Random) -> tuple[str, list[Path]]:
    out = _copy(rng.choice((m.kit_1, m.kit_2)), folder, name)
    size = out.stat().st_size
    cut = rng.choice(
        (rng.randrange(0, 100), rng.randrange(100, size), size - rng.randrange(1, 4097))
    )
    with out.open("r+b") as fh:
        fh.truncate(cut)
    return f"cut to {cut} of {size} bytes", [out]


def _bitflip_header(m: Material, folder: Path, name: str, rng: random.Random) -> Any:
    out = _copy(m.kit_1, folder, name)
    at = rng.randrange(0, 100)
    _flip(out, at, rng)
    return f"one bit flipped at byte {at}", [out], m.kit_1


def _bitflip_page(m: Material, folder: Path, name: str, rng: random.Random) -> Any:
    base = rng.choice((m.kit_1, m.kit_2))
    out = _copy(base, folder, name)
    flips = [rng.randrange(100, out.stat().st_size) for _ in range(rng.choice((1, 1, 2, 8)))]
    for at in flips:
        _flip(out, at, rng)
    return f"bits flipped at {flips}", [out], base


def _bitflip_wal(m: Material, folder: Path, name: str, rng: random.Random) -> Any:
    out = _copy(m.wal_pair, folder, name)
    wal = out.with_name(out.name + "-wal")
    shutil.copyfile(m.wal_pair.with_name(m.wal_pair.name + "-wal"), wal)
    at = rng.randrange(0, wal.stat().st_size)
    _flip(wal, at, rng)
    return f"one bit flipped in the -wal at byte {at} of {wal.stat().st_size}", [out], m.wal_pair


@contextlib.contextmanager
def _sql(path: Path) -> Iterator[sqlite3.Connection]:
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode=DELETE")
        # A hostile tool ignores the file's own type checks (schema 0004): the merge must not.
        con.execute("PRAGMA ignore_check_constraints=ON")
        con.execute("BEGIN")
        yield con
        con.execute("COMMIT")
    finally:
        con.close()


NEWER = "2030-01-01T00:00:00.000000+00:00"  # a stamp that wins over the master's copy
CONFUSIONS = (
    ("dot_vote", "count", "'lots'"),
    ("dot_vote", "count", "2.5"),
    ("dot_vote", "count", "x'03'"),
    ("dot_vote", "count", "1000000000000"),
    ("criterion", "weight", "'berat'"),
    ("criterion", "weight", "-1e308"),
    ("criterion", "weight", "0"),
    ("criterion", "name", "x'deadbeef'"),
    ("participant", "name", "x'00ff00ff'"),
    ("participant", "present", "'ya'"),
    ("program", "title", "x'c0ffee'"),
    ("score", "value", "'lima'"),
    ("score", "value", "99"),
    ("candidate", "position", "'pertama'"),
    ("decision", "rank", "1.5"),
    ("decision", "is_priority", "'mungkin'"),
    ("breakout_group", "criteria_locked", "7"),
    ("breakout_group", "notes", "42"),
    ("target", "target_year", "'dua ribu'"),
)


def _type_confused(m: Material, folder: Path, name: str, rng: random.Random) -> Any:
    table, column, value = CONFUSIONS[int(name[:4]) % len(CONFUSIONS)]
    out = _copy(m.kit_1, folder, name)
    with _sql(out) as con:
        if table == "target":
            _add_target(con)
        con.execute(
            f"UPDATE {table} SET {column} = {value}, modified_at = ?"
            f" WHERE id = (SELECT id FROM {table} ORDER BY id LIMIT 1)",
            (NEWER,),
        )
    return f"{table}.{column} = {value}", [out]


def _add_target(con: sqlite3.Connection) -> None:
    """A target (and its element) as a room writes them, for a target year to confuse."""
    group = con.execute("SELECT value FROM meta WHERE key = 'group_id'").fetchone()[0]
    goal = con.execute("SELECT id FROM goal ORDER BY id LIMIT 1").fetchone()[0]
    stamp = ("2018-09-26T10:00:00.000000+00:00",) * 2 + (ROOM_1,)
    con.execute(
        "INSERT INTO element (id, group_id, goal_id, custom_title, rationale, position,"
        " created_at, modified_at, device_id) VALUES ('e0000000-0000-4000-8000-000000000001',"
        " ?, ?, '', '', 0, ?, ?, ?)",
        (group, goal, *stamp),
    )
    con.execute(
        "INSERT INTO target (id, element_id, statement, indicator, baseline, target_value,"
        " target_year, responsible_agency, position, created_at, modified_at, device_id)"
        " VALUES ('e0000000-0000-4000-8000-000000000002', 'e0000000-0000-4000-8000-000000000001',"
        " 'Genangan berkurang', '', '', '', 2030, '', 0, ?, ?, ?)",
        stamp,
    )


BORROWINGS = (
    "participant takes the id of another group's participant",
    "a room program takes the id of a catalogue program (new title)",
    "a candidate takes the id of another group's candidate",
    "a criterion takes the id of another group's criterion",
    "the catalogue program used by another group is renamed",
    "a dot vote takes the id of another group's dot vote",
)


def _borrowed(m: Material, folder: Path, name: str, rng: random.Random) -> Any:
    how = BORROWINGS[int(name[:4]) % len(BORROWINGS)]
    out = _copy(m.kit_1, folder, name)
    master = sqlite3.connect(f"{m.master.resolve().as_uri()}?mode=ro", uri=True)
    g3 = master.execute("SELECT id FROM breakout_group ORDER BY position LIMIT 1 OFFSET 2")
    other_group = g3.fetchone()[0]

    def theirs(sql: str) -> str:
        return str(master.execute(sql, (other_group,)).fetchone()[0])

    with _sql(out) as con:
        con.execute("PRAGMA foreign_keys=OFF")
        if how.startswith("participant"):
            pid = theirs("SELECT id FROM participant WHERE group_id = ? ORDER BY id LIMIT 1")
            mine = con.execute("SELECT id FROM participant ORDER BY id LIMIT 1").fetchone()[0]
            _rekey(con, "participant", mine, pid, ("dot_vote", "score"), "participant_id")
        elif how.startswith("a room program"):
            cat = con.execute(
                "SELECT id FROM program WHERE origin = 'catalogue' LIMIT 1"
            ).fetchone()
            room = con.execute("SELECT id FROM program WHERE origin = 'room' LIMIT 1").fetchone()
            con.execute("DELETE FROM program_focus_area WHERE program_id = ?", (cat[0],))
            con.execute(
                "UPDATE candidate SET program_id = ? WHERE program_id = ?", (room[0], cat[0])
            )
            con.execute("DELETE FROM program WHERE id = ?", (cat[0],))
            _rekey(
                con, "program", room[0], cat[0], ("candidate", "program_focus_area"), "program_id"
            )
        elif how.startswith("a candidate"):
            cid = theirs("SELECT id FROM candidate WHERE group_id = ? ORDER BY id LIMIT 1")
            mine = con.execute("SELECT id FROM candidate ORDER BY id LIMIT 1").fetchone()[0]
            _rekey(con, "candidate", mine, cid, ("dot_vote", "score", "decision"), "candidate_id")
        elif how.startswith("a criterion"):
            cid = theirs("SELECT id FROM criterion WHERE group_id = ? ORDER BY id LIMIT 1")
            mine = con.execute("SELECT id FROM criterion ORDER BY id LIMIT 1").fetchone()[0]
            _rekey(con, "criterion", mine, cid, ("score",), "criterion_id")
        elif how.startswith("the catalogue"):
            pid = theirs(
                "SELECT p.id FROM program p JOIN candidate c ON c.program_id = p.id"
                " WHERE c.group_id = ? AND p.origin = 'catalogue' ORDER BY p.id LIMIT 1"
            )
            con.execute(
                "UPDATE program SET title = 'DIGANTI oleh kelompok 1', modified_at = ?"
                " WHERE id = ?",
                (NEWER, pid),
            )
        else:
            vid = theirs(
                "SELECT v.id FROM dot_vote v JOIN candidate c ON c.id = v.candidate_id"
                " WHERE c.group_id = ? ORDER BY v.id LIMIT 1"
            )
            mine = con.execute("SELECT id FROM dot_vote ORDER BY id LIMIT 1").fetchone()[0]
            _rekey(con, "dot_vote", mine, vid, (), "")
    master.close()
    return how, [out]


def _rekey(
    con: sqlite3.Connection, table: str, old: str, new: str, children: tuple[str, ...], column: str
) -> None:
    con.execute(f"UPDATE {table} SET id = ?, modified_at = ? WHERE id = ?", (new, NEWER, old))
    for child in children:
        con.execute(f"UPDATE {child} SET {column} = ? WHERE {column} = ?", (new, old))


HUGE_FIELDS = (
    ("breakout_group", "notes"),
    ("breakout_group", "rationale"),
    ("participant", "name"),
    ("program", "description"),
    ("criterion", "description"),
)


def _huge_text(m: Material, folder: Path, name: str, rng: random.Random) -> Any:
    table, column = HUGE_FIELDS[int(name[:4]) % len(HUGE_FIELDS)]
    size = rng.choice((1, 2, 6)) * 1_000_000 if rng.random() < 0.8 else 300_000
    words = ("banjir ", "rob ", "sumur ", "resapan ", "Kampung ", "siaga ", "—", "é ")
    text = "".join(rng.choice(words) for _ in range(size // 5))[:size]
    out = _copy(m.kit_1, folder, name)
    with _sql(out) as con:
        where = "WHERE origin = 'room'" if table == "program" else ""
        con.execute(
            f"UPDATE {table} SET {column} = ?, modified_at = ?"
            f" WHERE id = (SELECT id FROM {table} {where} ORDER BY id LIMIT 1)",
            (text, NEWER),
        )
    return f"{table}.{column}: {len(text):,} characters", [out]


def _million(m: Material, folder: Path, name: str, rng: random.Random) -> Any:
    """1,000 people x 1,000 room candidates = 1,000,000 dot votes, made in SQL."""
    out = _copy(m.kit_1, folder, name)
    with _sql(out) as con:
        con.execute("PRAGMA foreign_keys=OFF")
        ws, g = con.execute(
            "SELECT w.id, m.value FROM workshop w, meta m WHERE m.key='group_id'"
        ).fetchone()
        stamp = "'2018-09-26T11:00:00.000000+00:00'"
        uid = (
            "lower(substr(h,1,8)||'-'||substr(h,9,4)||'-4'||substr(h,14,3)||'-8'||substr(h,18,3)"
            "||'-'||substr(h,21,12))"
        )
        con.execute("CREATE TEMP TABLE n(i INTEGER PRIMARY KEY)")
        con.execute("WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM c WHERE i<1000)"
                    " INSERT INTO n SELECT i FROM c")  # fmt: skip
        for table, cols in (
            ("participant", "workshop_id, group_id, name, organisation, role, present, walk_in"),
            ("program", "workshop_id, title, agency, description, origin, added_by_group_id"),
        ):
            values = (
                f"'{ws}', '{g}', 'Massa ' || i, '', '', 1, 0"
                if table == "participant"
                else f"'{ws}', 'Program massal ' || i, '', '', 'room', '{g}'"
            )
            con.execute(
                f"INSERT INTO {table} (id, {cols}, created_at, modified_at, device_id)"
                f" SELECT {uid}, {values}, {stamp}, {stamp}, '{ROOM_1}'"
                f" FROM (SELECT i, hex(randomblob(16)) AS h FROM n)"
            )
        con.execute(
            "INSERT INTO candidate (id, group_id, program_id, position, created_at, modified_at,"
            f" device_id) SELECT {uid}, '{g}', p.id, 100 + p.rowid, {stamp}, {stamp}, '{ROOM_1}'"
            " FROM (SELECT id, rowid, hex(randomblob(16)) AS h FROM program"
            "       WHERE title LIKE 'Program massal %') p"
        )
        con.execute(
            "INSERT INTO dot_vote (id, candidate_id, participant_id, count, created_at,"
            f" modified_at, device_id) SELECT {uid}, c, p, 1, {stamp}, {stamp}, '{ROOM_1}' FROM"
            " (SELECT c.id AS c, p.id AS p, hex(randomblob(16)) AS h"
            "  FROM candidate c, participant p"
            "  WHERE c.position > 100 AND p.name LIKE 'Massa %')"
        )
    return "1,000,000 dot votes of 1,000 people on 1,000 room programs", [out]


FOREIGN = (
    "another program's SQLite database",
    "our application id, other tables",
    "a trigger added to a sound file",
    "a view added to a sound file",
    "an extra table",
    "a column dropped",
    "an unknown schema revision",
    "an older revision stamp on today's tables",
    "two workshops",
    "no workshop",
    "a kit whose group is missing",
    "a dot vote pointing at no candidate",
    "a whole workshop file, not a kit",
    "an index dropped",
)


def _foreign(m: Material, folder: Path, name: str, rng: random.Random) -> Any:
    how = FOREIGN[int(name[:4]) % len(FOREIGN)]
    out = folder / f"{name}.jakres"
    if how == "another program's SQLite database":
        con = sqlite3.connect(out)
        con.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT, title TEXT)")
        con.executemany(
            "INSERT INTO moz_places (url) VALUES (?)", [(f"https://x/{i}",) for i in range(50)]
        )
        con.commit()
        con.close()
        return how, [out]
    if how == "our application id, other tables":
        from jakres_desk.store.probe import APPLICATION_ID

        con = sqlite3.connect(out)
        con.execute(f"PRAGMA application_id={APPLICATION_ID}")
        con.execute("CREATE TABLE notes (id TEXT PRIMARY KEY, body TEXT)")
        con.commit()
        con.close()
        return how, [out]
    shutil.copyfile(m.master if "whole workshop" in how else m.kit_1, out)
    statements = {
        "a trigger added to a sound file": [
            "CREATE TRIGGER t AFTER INSERT ON dot_vote BEGIN DELETE FROM participant; END"
        ],
        "a view added to a sound file": ["CREATE VIEW v AS SELECT * FROM participant"],
        "an extra table": ["CREATE TABLE secret (x TEXT)", "INSERT INTO secret VALUES ('x')"],
        # Rebuilt without the column: since 0004 every column has a CHECK, so DROP COLUMN fails.
        "a column dropped": [
            "PRAGMA foreign_keys=OFF",
            "CREATE TABLE pl AS SELECT id, created_at, modified_at, device_id, program_a,"
            " program_b FROM program_link",
            "DROP TABLE program_link",
            "ALTER TABLE pl RENAME TO program_link",
        ],
        "an unknown schema revision": ["UPDATE alembic_version SET version_num = 'ffff9999'"],
        "an older revision stamp on today's tables": [
            "UPDATE alembic_version SET version_num = '0001'"
        ],
        "two workshops": [
            "INSERT INTO workshop SELECT title, date, venue, organiser, description, framework_id,"
            " preset, illustrative, dots_per_participant, max_dots_per_candidate, score_min,"
            " score_max, ranking_method, priority_rule, top_n, threshold,"
            " 'f0000000-0000-4000-8000-000000000000', created_at, modified_at, device_id"
            " FROM workshop"
        ],
        "no workshop": ["PRAGMA foreign_keys=OFF", "DELETE FROM workshop"],
        "a kit whose group is missing": [
            "UPDATE meta SET value = 'f0000000-0000-4000-8000-000000000001' WHERE key='group_id'"
        ],
        "a dot vote pointing at no candidate": [
            "UPDATE dot_vote SET candidate_id = 'f0000000-0000-4000-8000-000000000002'"
            " WHERE id = (SELECT id FROM dot_vote LIMIT 1)"
        ],
        "a whole workshop file, not a kit": [],
        "an index dropped": ["DROP INDEX IF EXISTS " + _an_index(out)],
    }[how]
    con = sqlite3.connect(out, isolation_level=None)
    con.execute("PRAGMA journal_mode=DELETE")
    for sql in statements:
        con.execute(sql)
    con.close()
    return how, [out]


def _an_index(path: Path) -> str:
    con = sqlite3.connect(path)
    row = con.execute(
        "SELECT name FROM sqlite_schema WHERE type='index' AND sql IS NOT NULL ORDER BY name"
    ).fetchone()
    con.close()
    return f'"{row[0]}"' if row else "none"


def _other_workshop(m: Material, folder: Path, name: str, rng: random.Random) -> Any:
    out = _copy(m.other, folder, name)
    if rng.random() < 0.5:
        with _sql(out) as con:
            con.execute(
                "UPDATE breakout_group SET notes = 'dari lokakarya lain', modified_at = ?", (NEWER,)
            )
        return "a room's file of another workshop, edited", [out]
    return "a room's file of another workshop", [out]


RENAMED = (
    "zip",
    "pdf",
    "empty",
    "png",
    "random",
    "text",
    "json-export",
    "xlsx",
    "folder",
    "wal-only",
)


def _renamed(m: Material, folder: Path, name: str, rng: random.Random) -> Any:
    kind = RENAMED[int(name[:4]) % len(RENAMED)]
    out = folder / f"{name}.jakres"
    if kind == "zip":
        with zipfile.ZipFile(out, "w") as z:
            z.write(m.kit_1, "kelompok-1.jakres")
    elif kind == "pdf":
        out.write_bytes(
            b"%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n"
        )
    elif kind == "empty":
        out.write_bytes(b"")
    elif kind == "png":
        out.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(2000)))
    elif kind == "random":
        out.write_bytes(
            bytes(rng.randrange(256) for _ in range(rng.choice((1, 99, 100, 4096, 65536))))
        )
    elif kind == "text":
        out.write_text("nama,kelompok\nBudi,Kelompok 1\n", encoding="utf-8")
    elif kind == "json-export":
        from jakres_desk.core.exchange import jsonfile
        from jakres_desk.store.db import open_file

        with open_file(m.kit_1, device_id=DEVICE) as f:
            out.write_text(jsonfile.dumps(jsonfile.export_data(f)), encoding="utf-8")
    elif kind == "xlsx":
        import openpyxl

        wb = openpyxl.Workbook()
        wb.active.append(["nama", "kelompok"])
        wb.save(out)
    elif kind == "folder":
        out.mkdir()
    else:  # a -wal copied without its database: the .jakres is the WAL's bytes
        shutil.copyfile(m.wal_pair.with_name(m.wal_pair.name + "-wal"), out)
    return f"a {kind} named .jakres", [out]


def _duplicate(m: Material, folder: Path, name: str, rng: random.Random) -> Any:
    src = rng.choice((m.kit_1, m.kit_2))
    out = _copy(src, folder, name)
    if rng.random() < 0.5:
        again = _copy(src, folder, f"{name}-again")
        return "the same file twice, under two names", [out, again]
    return "the same file twice", [out, out]


def _sound(m: Material, folder: Path, name: str, rng: random.Random) -> Any:
    choice = rng.choice(("k1", "k2", "wal", "both"))
    if choice == "wal":
        out = _copy(m.wal_pair, folder, name)
        shutil.copyfile(
            m.wal_pair.with_name(m.wal_pair.name + "-wal"), out.with_name(out.name + "-wal")
        )
        return "Kelompok 1's file with its -wal beside it", [out]
    if choice == "both":
        return "Kelompok 1's and Kelompok 2's files", [
            _copy(m.kit_1, folder, name),
            _copy(m.kit_2, folder, f"{name}-2"),
        ]
    return f"a room's file as handed in ({choice})", [
        _copy(m.kit_1 if choice == "k1" else m.kit_2, folder, name)
    ]


MAKERS: dict[str, Callable[[Material, Path, str, random.Random], Any]] = {
    "truncated": _truncated,
    "bitflip-header": _bitflip_header,
    "bitflip-page": _bitflip_page,
    "bitflip-wal": _bitflip_wal,
    "type-confused": _type_confused,
    "borrowed-uuid": _borrowed,
    "huge-text": _huge_text,
    "million-rows": _million,
    "foreign-sqlite": _foreign,
    "other-workshop": _other_workshop,
    "renamed": _renamed,
    "duplicate-twice": _duplicate,
    "sound": _sound,
}
