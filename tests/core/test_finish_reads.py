"""The Finish step's reads, made cheaper, give what the slower ones they replaced gave.

`exports._results_mark` reads each table in plain SQL and hashes it in one piece
(the ORM select, row by row, is kept here as the reference: an export's mark is
stored in the file, so a changed digest would call every old export stale);
`decisions.judged_and_unscored` is `judged` and `votes.unscored` from one ranking.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from jakres_desk.core.demo import build_demo
from jakres_desk.core.services import decisions, exports, groups, votes
from jakres_desk.store.db import JakresFile, open_file
from jakres_desk.store.models import Base, Tombstone
from tests.conftest import DEVICE
from tests.edits import edited


def orm_mark(s: Session) -> tuple[str, str]:
    """_results_mark as it was: an ORM select per table, hashed row by row."""
    digest = hashlib.sha256()
    newest = ""
    for table in sorted(Base.metadata.tables.values(), key=lambda t: t.name):
        stamp = table.c.get("deleted_at") if table.name == Tombstone.__tablename__ else None
        stamp = stamp if stamp is not None else table.c.get("modified_at")
        if stamp is None or "id" not in table.c:
            continue
        for rid, at in s.execute(select(table.c.id, stamp).order_by(table.c.id)):
            digest.update(f"{table.name}\x1f{rid}\x1f{at}\x1e".encode())
            newest = max(newest, at or "")
    return newest, digest.hexdigest()


def same_reads(f: JakresFile) -> None:
    with f.read() as s:
        assert exports._results_mark(s) == orm_mark(s)
    for g in groups.list_groups(f):
        both = decisions.judged_and_unscored(f, group_id=g.id)
        assert both == (decisions.judged(f, group_id=g.id), votes.unscored(f, g.id))


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.jakres"
    build_demo(path, device_id=DEVICE).close()
    return path


def test_the_demo_reads_alike(demo: Path) -> None:
    with open_file(demo, device_id=DEVICE) as f:
        assert any(decisions.judged(f, group_id=g.id) for g in groups.list_groups(f))
        same_reads(f)


def test_a_fresh_workshop_reads_alike(workshop: JakresFile) -> None:
    same_reads(workshop)


@pytest.mark.parametrize(
    "sql",
    [
        "DELETE FROM score",
        "DELETE FROM dot_vote",
        "DELETE FROM decision",
        "UPDATE criterion SET weight = 0",
        "UPDATE program SET title = 'Ruang «hijau» ünïcödé 城市 ' || id",
        "UPDATE participant SET modified_at = ''",
        "DELETE FROM candidate",
    ],
)
def test_edge_cases_read_alike(demo: Path, tmp_path: Path, sql: str) -> None:
    path = edited(demo, tmp_path, sql)
    with open_file(path, device_id=DEVICE) as f:
        same_reads(f)


def test_a_missing_group_is_refused_alike(workshop: JakresFile) -> None:
    from jakres_desk.base.errors import NotFound

    with pytest.raises(NotFound):
        decisions.judged_and_unscored(workshop, group_id="no-such-group")


def test_the_counts_in_sql_are_the_orm_counts(demo: Path, workshop: JakresFile) -> None:
    from jakres_desk.core.services import summary

    for path in (demo, None):
        f = open_file(path, device_id=DEVICE) if path else workshop
        with f.read() as s:
            assert summary.counts_by_group(f) == summary.group_counts(s)
        if path:
            f.close()
