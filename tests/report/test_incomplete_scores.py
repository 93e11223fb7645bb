"""Programs not scored on every criterion: marked, explained and never silently a priority."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from jakres_desk.core.services import criteria, decisions, groups, programs, votes, workshops
from jakres_desk.report.pdf import render_report
from jakres_desk.report.sheets import write_xlsx
from jakres_desk.store.db import JakresFile
from tests.report.pdfread import pages

ROWS = {
    "id": ["1 IPAL Komunal DLH 0 4,00 Ya", "– Bank Sampah Unit DLH 0 5,00 (1/2) –"],
    "en": ["1 IPAL Komunal DLH 0 4.00 Yes", "– Bank Sampah Unit DLH 0 5.00 (1/2) –"],
}
LEGEND = {
    "id": "(1/2) skor belum lengkap: dinilai pada 1 dari 2 kriteria. Program dengan skor belum "
    "lengkap tidak diberi peringkat (–)",
    "en": "(1/2) incomplete score: scored on 1 of 2 criteria. A program with an incomplete "
    "score gets no rank (–)",
}


@pytest.fixture
def partial(workshop: JakresFile) -> JakresFile:
    """Kelompok 2, ranked by score (3.5 or more): Bank Sampah Unit has a 5 on one criterion."""
    f = workshop
    workshops.set_rules(f, ranking_method="score", priority_rule="threshold", threshold=3.5)
    g = groups.find_group(f, "Kelompok 2")
    crits = [criteria.add_criterion(f, group_id=g.id, name=n) for n in ("Dampak", "Biaya")]
    bank, ipal = (
        programs.add_room_program(f, group_id=g.id, title=t, agency="DLH")
        for t in ("Bank Sampah Unit", "IPAL Komunal")
    )
    groups.set_criteria_locked(f, group_id=g.id, locked=True)
    votes.set_score(f, candidate_id=bank.id, criterion_id=crits[0].id, value=5)
    for c in crits:
        votes.set_score(f, candidate_id=ipal.id, criterion_id=c.id, value=4)
    decisions.apply_rule(f, group_id=g.id)
    return f


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_pdf_marks_an_incomplete_score_and_explains_it(partial: JakresFile, lang) -> None:
    [section] = [p for p in pages(render_report(partial, lang=lang)) if "IPAL Komunal DLH" in p]
    for row in ROWS[lang]:
        assert row in section
    assert " ".join(LEGEND[lang].split()) in " ".join(section.split())
    assert "5,00 Ya" not in section and "5.00 Yes" not in section


def test_the_workbook_says_how_many_criteria_are_scored(partial: JakresFile, tmp_path) -> None:
    out = tmp_path / "hasil.xlsx"
    for lang, sheet_name, column, rank, words in (
        (
            "en",
            "Candidates",
            "Criteria scored",
            "Rank",
            "1/2 (incomplete: not ranked, not a priority by the rule)",
        ),
        (
            "id",
            "Kandidat",
            "Kriteria dinilai",
            "Peringkat",
            "1/2 (belum lengkap: tidak diperingkat, bukan prioritas menurut aturan)",
        ),
    ):
        write_xlsx(partial, out, lang=lang)
        rows = list(load_workbook(out, read_only=True)[sheet_name].iter_rows(values_only=True))
        head = rows[0]
        got = {r[1]: (r[head.index(rank)], r[head.index(column)]) for r in rows[1:]}
        assert got == {"IPAL Komunal": (1, "2/2"), "Bank Sampah Unit": (None, words)}


def test_a_typed_lead_in_is_not_printed_twice(workshop: JakresFile) -> None:
    g = groups.find_group(workshop, "Kelompok 2")
    groups.update_group(
        workshop, g.id, rationale="Dengan acuan bahwa … program melibatkan banyak pihak."
    )
    text = " ".join(" ".join(pages(render_report(workshop, lang="id"))).split())
    assert "dengan acuan bahwa program melibatkan banyak pihak." in text
    assert "acuan bahwa dengan acuan bahwa" not in text.casefold()
    groups.update_group(workshop, g.id, rationale="With reference to the flood maps")
    text = " ".join(" ".join(pages(render_report(workshop, lang="en"))).split())
    assert "on the basis that the flood maps." in text
    assert "with reference to" not in text.casefold()
