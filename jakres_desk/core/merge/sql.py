"""The set-based steps of a merge, one table at a time, on a connection with `src` attached.

Every synced table goes through the same steps (docs/merge.md):

1. stage the copy's rows that differ from the master's into `temp.inc` (ids
   rewritten through `temp.idmap` when a file is adopted or records were joined);
2. leave out rows whose parent is not in the master (or empty a SET NULL
   reference), and rows the master deleted after their last change;
3. join records that two devices made separately under one unique key;
4. log conflicts: one record changed on two devices, contents differ;
5. replace older master rows, count newer master rows as kept, insert new rows.

The newest version wins by (modified_at, device_id), a total order, so the
result does not depend on the order in which files are merged.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from jakres_desk.core.merge import scope
from jakres_desk.core.merge.job import Job, Row, Tally, q
from jakres_desk.core.merge.plan import GROUP_ROWS, TablePlan, UniqueKey
from jakres_desk.core.rules.values import check_rows


def _cols(cols: Iterable[str], alias: str = "") -> str:
    prefix = f"{alias}." if alias else ""
    return ", ".join(prefix + q(c) for c in cols)


def start(con: sqlite3.Connection) -> None:
    """The temporary tables one file's merge uses."""
    con.execute("CREATE TEMP TABLE idmap (old TEXT PRIMARY KEY, new TEXT NOT NULL)")
    con.execute("CREATE TEMP TABLE adopt_skip (id TEXT PRIMARY KEY)")
    scope.start(con)


# --- reference data -----------------------------------------------------------


def merge_reference(con: sqlite3.Connection, plan: TablePlan, tally: Tally) -> None:
    """Add reference rows the master lacks; never change the ones it has."""
    t, k = q(plan.name), q(plan.key)
    new = f"FROM src.{t} AS s WHERE NOT EXISTS (SELECT 1 FROM main.{t} AS m WHERE m.{k} = s.{k})"
    if not con.execute(f"SELECT EXISTS (SELECT 1 {new})").fetchone()[0]:
        return  # the usual case: the master has every row already
    check_text(con, f"SELECT * {new}")
    check_rows(con, plan.name, f"(SELECT s.* {new})", plan.key)
    cur = con.execute(
        f"INSERT INTO main.{t} ({_cols(plan.columns)}) SELECT {_cols(plan.columns, 's')} {new}"
    )
    tally.added += max(cur.rowcount, 0)


# --- synced tables --------------------------------------------------------------


def merge_table(con: sqlite3.Connection, plan: TablePlan, job: Job, tally: Tally) -> None:
    """Merge one synced table of the copy into the master."""
    if not _stage(con, plan, job):
        return
    try:
        _drop_orphans(con, plan, tally)
        _drop_deleted(con, plan, tally)
        scope.refuse_foreign(con, plan, job, tally)  # a group's file: its own group only
        for key in plan.unique_keys:
            _join_duplicates(con, plan, key, tally)
        _log_conflicts(con, plan, job, tally)
        scope.note_added(con, plan)
        _apply(con, plan, tally)
    finally:
        con.execute("DROP TABLE temp.inc")


def has_map(con: sqlite3.Connection) -> bool:
    return bool(con.execute("SELECT EXISTS (SELECT 1 FROM temp.idmap)").fetchone()[0])


def mapped(column: str) -> str:
    c = q(column)
    return f"coalesce((SELECT new FROM temp.idmap WHERE old = s.{c}), s.{c})"


def _stage(con: sqlite3.Connection, plan: TablePlan, job: Job) -> bool:
    """Rows of the copy in scope that differ from the master's (by id and stamps), if any."""
    t = q(plan.name)
    remap = set(plan.uuid_columns) if has_map(con) else set()
    exprs = ", ".join(f"{mapped(c)} AS {q(c)}" if c in remap else f"s.{q(c)}" for c in plan.columns)
    key = mapped("id") if "id" in remap else "s.id"
    where = ["1"]
    if job.group_scope and GROUP_ROWS.get(plan.name):
        where.append(str(GROUP_ROWS[plan.name]))
    if plan.name in job.extra_filters:
        where.append(job.extra_filters[plan.name])
    select = (
        f"SELECT {exprs} FROM src.{t} AS s"
        f" WHERE {' AND '.join(where)} AND NOT EXISTS (SELECT 1 FROM main.{t} AS m"
        f" WHERE m.id = {key} AND m.modified_at = s.modified_at AND m.device_id = s.device_id)"
    )
    if not con.execute(f"SELECT EXISTS ({select})", job.params).fetchone()[0]:
        return False  # the usual case for most tables: nothing new
    con.execute(f"CREATE TEMP TABLE inc AS {select}", job.params)
    if plan.name in job.overrides:
        sql, params = job.overrides[plan.name]
        con.execute(sql, params)
    check_text(con, "SELECT * FROM temp.inc")
    check_rows(con, plan.name, "temp.inc")  # every value as the services would allow it
    return True


def check_text(con: sqlite3.Connection, sql: str) -> None:
    """What enters the master must read back: SQL copies bytes without checking UTF-8."""
    cur = con.execute(sql)
    while cur.fetchmany(500):  # decoding every value raises UnicodeDecodeError on bad text
        pass


def _drop_orphans(con: sqlite3.Connection, plan: TablePlan, tally: Tally) -> None:
    """Do what ON DELETE would have done had the parent been deleted after this row came."""
    for ref in plan.references:
        c = q(ref.column)
        missing = (
            f"{c} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM main.{q(ref.parent)} AS p"
            f" WHERE p.{q(ref.parent_column)} = inc.{c})"
        )
        if ref.set_null:
            con.execute(f"UPDATE temp.inc SET {c} = NULL WHERE {missing}")
        else:
            tally.orphans += max(con.execute(f"DELETE FROM temp.inc WHERE {missing}").rowcount, 0)


def _drop_deleted(con: sqlite3.Connection, plan: TablePlan, tally: Tally) -> None:
    """A row deleted in the master after its last change stays deleted."""
    t = q(plan.name)
    cur = con.execute(
        f"DELETE FROM temp.inc WHERE NOT EXISTS (SELECT 1 FROM main.{t} AS m WHERE m.id = inc.id)"
        " AND EXISTS (SELECT 1 FROM main.tombstone AS d"
        " WHERE d.id = inc.id AND d.deleted_at >= inc.modified_at)"
    )
    tally.tombstoned += max(cur.rowcount, 0)


def _row(con: sqlite3.Connection, plan: TablePlan, schema: str, record_id: str) -> Row:
    table = "temp.inc" if schema == "temp" else f"main.{q(plan.name)}"
    values = con.execute(
        f"SELECT {_cols(plan.columns)} FROM {table} WHERE id = ?", (record_id,)
    ).fetchone()
    return dict(zip(plan.columns, values, strict=True))


def _newest_first(a: Row, b: Row) -> tuple[Row, Row]:
    if (a["modified_at"], a["device_id"]) >= (b["modified_at"], b["device_id"]):
        return a, b
    return b, a


def _conflict(plan: TablePlan, a: Row, b: Row, tally: Tally) -> None:
    kept, other = _newest_first(a, b)
    tally.conflicts.append({"table": plan.name, "id": kept["id"], "kept": kept, "other": other})
    tally.reported.update((a["id"], b["id"]))


def _join_duplicates(
    con: sqlite3.Connection, plan: TablePlan, key: UniqueKey, tally: Tally
) -> None:
    """Two devices made the same record (one unique key, two ids): keep one identity.

    The identity kept is the older one by (created_at, id), whichever file came
    first; its content is the newest version, as for any record.
    """
    t = q(plan.name)
    on = " AND ".join(f"m.{q(c)} = i.{q(c)}" for c in key.columns)
    if key.where:
        on += f" AND i.{q(key.where)} IS NULL AND m.{q(key.where)} IS NULL"
    pairs = con.execute(
        f"SELECT i.id, m.id FROM temp.inc AS i JOIN main.{t} AS m ON {on} WHERE m.id != i.id"
        f" AND NOT EXISTS (SELECT 1 FROM main.{t} AS x WHERE x.id = i.id)"
    ).fetchall()
    for inc_id, master_id in pairs:
        mine, theirs = _row(con, plan, "temp", inc_id), _row(con, plan, "main", master_id)
        if any(mine[c] != theirs[c] for c in plan.content):
            _conflict(plan, mine, theirs, tally)
        if (theirs["created_at"], theirs["id"]) <= (mine["created_at"], mine["id"]):
            con.execute("UPDATE temp.inc SET id = ? WHERE id = ?", (master_id, inc_id))
            con.execute("INSERT OR REPLACE INTO temp.idmap VALUES (?, ?)", (inc_id, master_id))
        else:
            _rename(con, plan, master_id, inc_id, mine["created_at"])
            tally.replaced += 1


def _rename(con: sqlite3.Connection, plan: TablePlan, old: str, new: str, created: str) -> None:
    """Give a master row the identity of the incoming one, its children following it."""
    for child, column in plan.children:
        con.execute(f"UPDATE main.{q(child)} SET {q(column)} = ? WHERE {q(column)} = ?", (new, old))
    con.execute(
        f"UPDATE main.{q(plan.name)} SET id = ?, created_at = ? WHERE id = ?", (new, created, old)
    )
    con.execute("UPDATE temp.idmap SET new = ? WHERE new = ?", (new, old))
    con.execute("INSERT OR REPLACE INTO temp.idmap VALUES (?, ?)", (old, new))


def _log_conflicts(con: sqlite3.Connection, plan: TablePlan, job: Job, tally: Tally) -> None:
    """One record changed on two devices with different results: both versions are logged."""
    if not plan.content:
        return
    t = q(plan.name)
    differs = " OR ".join(f"i.{q(c)} IS NOT m.{q(c)}" for c in plan.content)
    since = " AND m.modified_at > :base AND i.modified_at > :base" if job.base else ""
    rows = con.execute(
        f"SELECT {_cols(plan.columns, 'i')}, {_cols(plan.columns, 'm')} FROM temp.inc AS i"
        f" JOIN main.{t} AS m ON m.id = i.id"
        f" WHERE i.device_id != m.device_id AND ({differs}){since}",
        {"base": job.base},
    ).fetchall()
    n = len(plan.columns)
    for values in rows:
        mine = dict(zip(plan.columns, values[:n], strict=True))
        if mine["id"] not in tally.reported:
            _conflict(plan, mine, dict(zip(plan.columns, values[n:], strict=True)), tally)


def _apply(con: sqlite3.Connection, plan: TablePlan, tally: Tally) -> None:
    t = q(plan.name)
    newer = "(i.modified_at, i.device_id) {} (m.modified_at, m.device_id)"
    tally.kept += con.execute(
        f"SELECT count(*) FROM temp.inc AS i JOIN main.{t} AS m ON m.id = i.id"
        f" WHERE {newer.format('<')}"
    ).fetchone()[0]
    # An id keeps the time it was first made; everything else is the newest version's.
    changed = [c for c in plan.columns if c not in ("id", "created_at")]
    cur = con.execute(
        f"UPDATE main.{t} AS m SET ({_cols(changed)}) = ({_cols(changed, 'i')})"
        f" FROM temp.inc AS i WHERE m.id = i.id AND {newer.format('>')}"
    )
    tally.replaced += max(cur.rowcount, 0)
    cur = con.execute(
        f"INSERT INTO main.{t} ({_cols(plan.columns)}) SELECT {_cols(plan.columns, 'i')}"
        f" FROM temp.inc AS i WHERE NOT EXISTS (SELECT 1 FROM main.{t} AS m WHERE m.id = i.id)"
    )
    tally.added += max(cur.rowcount, 0)
