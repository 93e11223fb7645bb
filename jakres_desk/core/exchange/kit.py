"""Facilitator kits: one checked file per breakout group, cut from the workshop file.

A kit holds the workshop, the reference data, the focus areas, the category
sets and the whole program catalogue, but of the groups only its own: the
group, its roster, the programs its room added and whatever it has already
chosen, voted and decided. Everything of the other groups is cut from the
snapshot copy (never from the open file), so no tombstones are written: the
removal is not a deletion anyone made.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from jakres_desk.base.errors import FileProblem, NotFound, ValidationError
from jakres_desk.core.records import GroupRecord
from jakres_desk.core.services.groups import list_groups
from jakres_desk.core.services.workshops import get_workshop, meta
from jakres_desk.store.db import SUFFIX, JakresFile
from jakres_desk.store.snapshot import SnapshotInfo, Transform, write_snapshot
from jakres_desk.store.stamps import now_stamp

# Names Windows will not give a file, whatever the extension.
RESERVED = {
    "con",
    "prn",
    "aux",
    "nul",
    *(f"com{i}" for i in range(1, 10)),
    *(f"lpt{i}" for i in range(1, 10)),
}

# Room programs of other groups go, unless this group took one up as a candidate.
_CUT = (
    "DELETE FROM program WHERE origin != 'catalogue' AND added_by_group_id IS NOT :g"
    " AND id NOT IN (SELECT program_id FROM candidate WHERE group_id = :g)",
    # Cascades to the other groups' elements, targets, criteria, candidates,
    # dots, scores and decisions.
    "DELETE FROM breakout_group WHERE id != :g",
    # Other rosters and the unassigned: their group_id is NULL by now.
    "DELETE FROM participant WHERE group_id IS NOT :g",
    # The master's import log (other groups' conflicting versions included) stays home.
    "DELETE FROM import_log",
)


def write_kit(f: JakresFile, dest: Path, *, group_id: str, overwrite: bool = False) -> SnapshotInfo:
    """Write the kit of one group to `dest` and say what was written."""
    _refuse_kit(f)
    group = _group(f, group_id)
    workshop_id = get_workshop(f).id
    return write_snapshot(
        f, Path(dest), transform=_cut_to(group.id, workshop_id), overwrite=overwrite
    )


def write_all_kits(f: JakresFile, folder: Path, *, overwrite: bool = False) -> list[SnapshotInfo]:
    """Write one kit per group into `folder` (made if missing), named after the groups."""
    _refuse_kit(f)
    folder = Path(folder)
    groups = list_groups(f)
    targets = [folder / name for name in kit_names(groups)]
    if not overwrite:
        # Refuse before writing any, so a clash never leaves half a set behind.
        for path in targets:
            if path.exists():
                raise FileProblem("file_exists", where=str(path))
    _make_folder(folder)
    return [
        write_kit(f, path, group_id=g.id, overwrite=overwrite)
        for g, path in zip(groups, targets, strict=True)
    ]


def _refuse_kit(f: JakresFile) -> None:
    if meta(f).get("scope", "workshop") == "group":
        raise ValidationError("kit_from_kit", where=str(f.path))


def _group(f: JakresFile, group_id: str) -> GroupRecord:
    groups = list_groups(f)
    for g in groups:
        if g.id == group_id:
            return g
    raise NotFound("group_not_found", name=group_id, known=", ".join(g.name for g in groups))


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FileProblem(
            "folder_cannot_write", where=str(folder), detail=exc.strerror or str(exc)
        ) from exc


def _cut_to(group_id: str, workshop_id: str) -> Transform:
    """The transform that leaves one group in the snapshot copy and marks it a kit."""

    def cut(con: sqlite3.Connection) -> None:
        for sql in _CUT:
            con.execute(sql, {"g": group_id})
        facts = {
            "scope": "group",
            "group_id": group_id,
            "kit_of_workshop": workshop_id,
            "kit_written_at": now_stamp(),
        }
        con.executemany(
            "INSERT INTO meta (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            facts.items(),
        )

    return cut


def slug(name: str) -> str:
    """A file-name-safe ASCII form of a name: 'Kelompok 1' -> 'kelompok-1'."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:60].strip("-")


def kit_names(groups: Sequence[GroupRecord]) -> list[str]:
    """One distinct file name per group, in the groups' order."""
    taken: set[str] = set()
    names = []
    for number, g in enumerate(groups, start=1):
        base = slug(g.name) or f"kelompok-{number}"
        if base in RESERVED:
            base += "-kit"
        name, n = base, 2
        while name in taken:
            name, n = f"{base}-{n}", n + 1
        taken.add(name)
        names.append(name + SUFFIX)
    return names
