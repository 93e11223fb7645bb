"""Adopting an ad-hoc group session (made without a kit) into a group of the master.

The session's one group with results becomes the chosen master group, its
workshop becomes the master's workshop, its focus areas are matched by number
and its programs by title and agency (ignoring case and spacing). Programs so
matched stay the master's: the session's copies of them are not merged.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from jakres_desk.base.errors import ValidationError
from jakres_desk.core.merge.job import Job

if TYPE_CHECKING:
    from jakres_desk.core.records import GroupRecord
    from jakres_desk.store.untrusted import Incoming

_WITH_RESULTS = """
SELECT g.id, g.name FROM src.breakout_group AS g
 WHERE EXISTS (SELECT 1 FROM src.participant WHERE group_id = g.id)
    OR EXISTS (SELECT 1 FROM src.element WHERE group_id = g.id)
    OR EXISTS (SELECT 1 FROM src.criterion WHERE group_id = g.id)
    OR EXISTS (SELECT 1 FROM src.candidate WHERE group_id = g.id)
 ORDER BY g.position, g.name
"""


def source_group(con: sqlite3.Connection, inc: Incoming) -> str:
    """The group of the session to adopt: a kit's own, else the one group with results."""
    if inc.scope == "group":
        return inc.meta["group_id"]
    found = con.execute(_WITH_RESULTS).fetchall()
    if len(found) == 1:
        return str(found[0][0])
    if not found:
        raise ValidationError("adopt_no_results", where=str(inc.source))
    names = ", ".join(str(name) for _, name in found)
    raise ValidationError("adopt_many_groups", where=str(inc.source), names=names)


def _key(title: str, agency: str) -> tuple[str, str]:
    return " ".join(title.casefold().split()), " ".join(agency.casefold().split())


def _pairs(con: sqlite3.Connection, sql: str) -> dict[Any, str]:
    return {row[0]: str(row[1]) for row in con.execute(sql)}


def adoption_job(
    con: sqlite3.Connection, inc: Incoming, group: GroupRecord, master_workshop: str
) -> Job:
    """Fill the id map for an adopted session and say how its group row is rewritten."""
    src_group = source_group(con, inc)
    mapping = {inc.workshop_id: master_workshop, src_group: group.id}
    master_fa = _pairs(con, "SELECT number, id FROM main.focus_area")
    for number, fa_id in _pairs(con, "SELECT number, id FROM src.focus_area").items():
        if number in master_fa:
            mapping[fa_id] = master_fa[number]
    master_programs = {
        _key(t, a): pid for t, a, pid in con.execute("SELECT title, agency, id FROM main.program")
    }
    skipped = []
    for title, agency, pid in con.execute("SELECT title, agency, id FROM src.program"):
        found = master_programs.get(_key(title, agency))
        if found is not None and found != pid:
            mapping[pid] = found
            skipped.append((found,))
    con.executemany("INSERT OR REPLACE INTO temp.idmap VALUES (?, ?)", mapping.items())
    con.executemany("INSERT OR IGNORE INTO temp.adopt_skip VALUES (?)", skipped)
    return Job(
        group_scope=True,
        src_group=src_group,
        master_group=group.id,
        extra_filters={
            "program": "s.id NOT IN (SELECT old FROM temp.idmap WHERE new IN"
            " (SELECT id FROM temp.adopt_skip))",
            "program_focus_area": "s.program_id NOT IN (SELECT old FROM temp.idmap WHERE new IN"
            " (SELECT id FROM temp.adopt_skip))",
        },
        overrides={
            "breakout_group": (
                "UPDATE temp.inc SET name = :name, workshop_id = :ws,"
                " focus_area_id = :fa, position = :pos WHERE id = :id",
                {
                    "name": group.name,
                    "ws": master_workshop,
                    "fa": group.focus_area_id,
                    "pos": group.position,
                    "id": group.id,
                },
            )
        },
    )
