"""Build a breakout session of a given size quickly (bulk rows through one write)."""

from __future__ import annotations

import os
from pathlib import Path

from jakres_desk.core.services import groups, workshops
from jakres_desk.store.db import JakresFile
from jakres_desk.store.models import Candidate, Criterion, Participant, Program
from jakres_desk.store.stamps import new_id

DEVICE = os.environ.setdefault("JAKRES_DEVICE_ID", "33333333-3333-4333-8333-333333333333")


def build_session(
    path: Path, *, candidates: int = 500, participants: int = 60, criteria: int = 6
) -> tuple[JakresFile, str, list[str], list[str]]:
    """A workshop whose group 3 has the given size; returns file, group, people, candidates."""
    f = workshops.create_workshop(path, device_id=DEVICE, title="Bench", date="2018-09-26")
    workshops.set_rules(f, dots_per_participant=1000, max_dots_per_candidate=0)
    g = groups.find_group(f, "Kelompok 3")
    ws = workshops.get_workshop(f)
    people = [new_id() for _ in range(participants)]
    cands = [new_id() for _ in range(candidates)]
    with f.write() as s:
        for i, pid in enumerate(people):
            s.add(
                Participant(
                    id=pid, workshop_id=ws.id, group_id=g.id, name=f"Peserta {i:02d}", present=True
                )
            )
        for i, cid in enumerate(cands):
            prog = new_id()
            s.add(Program(id=prog, workshop_id=ws.id, title=f"Program uji {i:03d}", agency="DLH"))
            s.add(Candidate(id=cid, group_id=g.id, program_id=prog, position=i))
        for i in range(criteria):
            s.add(
                Criterion(
                    id=new_id(), group_id=g.id, name=f"Kriteria {i}", weight=1 + i % 3, position=i
                )
            )
    return f, g.id, people, cands
