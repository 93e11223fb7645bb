"""Long tables split across pages: every row kept once, the header repeated on each page."""

from __future__ import annotations

import re

from jakres_desk.core.services import decisions, groups, workshops
from jakres_desk.report.pdf import render_report
from jakres_desk.store.db import JakresFile
from jakres_desk.store.models import Candidate, Criterion, Program, Score
from jakres_desk.store.stamps import new_id
from tests.report.pdfread import pages

ROWS = 300
HEADER = "Per. Program Instansi Titik Skor Prioritas"


def _big_group(f: JakresFile) -> str:
    """Kelompok 2 with 300 scored candidates, written in one transaction."""
    g = groups.find_group(f, "Kelompok 2")
    ws = workshops.get_workshop(f)
    crit = new_id()
    with f.write() as s:
        s.add(Criterion(id=crit, group_id=g.id, name="Dampak", weight=1, position=0))
        for i in range(ROWS):
            prog, cand = new_id(), new_id()
            s.add(Program(id=prog, workshop_id=ws.id, title=f"Program P{i:03d}", agency="DLH"))
            s.add(Candidate(id=cand, group_id=g.id, program_id=prog, position=i))
            s.add(Score(id=new_id(), candidate_id=cand, criterion_id=crit, value=1 + i % 5))
    groups.set_criteria_locked(f, group_id=g.id, locked=True)
    decisions.apply_rule(f, group_id=g.id)
    return g.id


def test_every_row_once_and_the_header_on_every_page(workshop: JakresFile) -> None:
    group_id = _big_group(workshop)
    every = pages(render_report(workshop, lang="id", group_id=group_id))
    ranking = [p for p in every if "P000" in p or HEADER in p]
    ranking_pages = [i for i, p in enumerate(every) if HEADER in p]
    assert len(ranking_pages) >= 5
    assert ranking_pages == list(range(ranking_pages[0], ranking_pages[-1] + 1))
    ranked = " ".join(every[i] for i in ranking_pages)
    found = re.findall(r"Program (P\d{3})", ranked)
    assert sorted(found) == [f"P{i:03d}" for i in range(ROWS)]  # none lost, none twice
    # ranked by score: the 60 fives first, then the fours
    assert {int(p[1:]) % 5 for p in found[:60]} == {4}
    assert ranking
    appendix = " ".join(every[ranking_pages[-1] + 1 :])
    assert sorted(re.findall(r"Program (P\d{3})", appendix)) == sorted(found)
