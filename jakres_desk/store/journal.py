"""What a write transaction changed, row by row, read inside that transaction.

While a `Journal` is attached to a `JakresFile` (see `JakresFile.recording`),
every write transaction notes each row it is about to insert, update or delete
(with the rows the database deletes with it by cascade) as it was *before*, and,
just before committing, each such row as the transaction leaves it (*after*).
From those two pictures core builds the change topics and the undo step of an
operation; nothing here knows what a row means.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, select

from jakres_desk.store.models import Base

Row = Mapping[str, Any]


@dataclass(frozen=True)
class RowChange:
    """One row as a write found it and as it left it (None: no such row)."""

    table: str
    id: str
    before: Row | None
    after: Row | None


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def cascade_children(table: Table) -> list[tuple[Table, str]]:
    """Tables whose rows the database deletes with a row of `table`, and the column."""
    found = []
    for other in Base.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table is table and fk.ondelete == "CASCADE":
                found.append((other, fk.parent.name))
    return found


@dataclass
class Journal:
    """Rows changed by the writes made while it is attached, in first-touched order."""

    _before: dict[tuple[str, str], Row | None] = field(default_factory=dict)
    _after: dict[tuple[str, str], Row | None] = field(default_factory=dict)
    _pending: list[tuple[str, str]] = field(default_factory=list)

    # --- noting rows, through SQLAlchemy (ORM writes) or bare sqlite3 (votes) ---------

    def note(
        self, conn: Connection, table: str, ids: Iterable[str], *, cascade: bool = False
    ) -> None:
        """Remember these rows as they are now, unless an earlier write of this journal did."""
        fresh = [i for i in ids if (table, i) not in self._before]
        if not fresh:
            return
        t = _table(table)
        found = {
            r["id"]: dict(r) for r in conn.execute(select(t).where(t.c.id.in_(fresh))).mappings()
        }
        for i in fresh:
            self._before[(table, i)] = found.get(i)
            self._pending.append((table, i))
        if cascade:
            for child, column in cascade_children(t):
                kids = conn.execute(select(child.c.id).where(child.c[column].in_(fresh)))
                self.note(conn, child.name, [k for (k,) in kids], cascade=True)

    def note_new(self, table: str, record_id: str) -> None:
        """Remember a row this transaction inserts (it did not exist before)."""
        if (table, record_id) not in self._before:
            self._before[(table, record_id)] = None
            self._pending.append((table, record_id))

    def note_sql(self, con: sqlite3.Connection, table: str, record_id: str) -> None:
        """`note` for a bare sqlite3 connection (one row, no cascade)."""
        if (table, record_id) in self._before:
            return
        self._before[(table, record_id)] = _read_sql(con, table, record_id)
        self._pending.append((table, record_id))

    def seal(self, conn: Connection) -> None:
        """Read, inside the transaction, how it leaves every row noted since the last seal."""
        by_table: dict[str, list[str]] = {}
        for table, i in self._pending:
            by_table.setdefault(table, []).append(i)
        for table, ids in by_table.items():
            t = _table(table)
            found = {
                r["id"]: dict(r) for r in conn.execute(select(t).where(t.c.id.in_(ids))).mappings()
            }
            for i in ids:
                self._after[(table, i)] = found.get(i)
        self._pending.clear()

    def seal_sql(self, con: sqlite3.Connection) -> None:
        """`seal` for a bare sqlite3 connection."""
        for table, i in self._pending:
            self._after[(table, i)] = _read_sql(con, table, i)
        self._pending.clear()

    def forget_pending(self) -> None:
        """A transaction rolled back: what it noted did not happen."""
        for key in self._pending:
            self._before.pop(key, None)
        self._pending.clear()

    # --- reading it back -------------------------------------------------------------

    def changes(self) -> tuple[RowChange, ...]:
        """Every row whose picture differs before and after, in first-touched order."""
        out = []
        for key, before in self._before.items():
            if key not in self._after:
                continue
            after = self._after[key]
            if before != after:
                out.append(RowChange(key[0], key[1], before, after))
        return tuple(out)


def _read_sql(con: sqlite3.Connection, table: str, record_id: str) -> Row | None:
    cur = con.execute(f'SELECT * FROM "{table}" WHERE id = ?', (record_id,))  # noqa: S608 (our table names)
    row = cur.fetchone()
    if row is None:
        return None
    return {d[0]: v for d, v in zip(cur.description, row, strict=True)}
