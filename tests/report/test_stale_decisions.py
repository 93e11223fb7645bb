"""Decisions taken before the latest votes are marked as such in the PDF and the workbook."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from jakres_desk.core.services import decisions, groups, participants, programs, votes, workshops
from jakres_desk.report.pdf import render_report
from jakres_desk.report.sheets import write_xlsx
from jakres_desk.store.db import JakresFile
from tests.report.pdfread import pages

NOTE = {
    "id": "Keputusan prioritas kelompok ini diambil sebelum suara terakhir: 2 keputusan tidak "
    "lagi sesuai dengan peringkat",
    "en": "This group's priority decisions were taken before the latest votes: 2 of them no "
    "longer match the ranking",
}
ROWS = {
    "id": [
        "1 Kampung Iklim DLH 3 – – ⚠ usang",
        "2 IPAL Komunal DLH 2 – Ya",
        "3 Bank Sampah Unit DLH 1 – Ya ⚠ usang",
        "4 Sumur Resapan DLH 0 – Ya ¹",
    ],
    "en": [
        "1 Kampung Iklim DLH 3 – – ⚠ out of date",
        "2 IPAL Komunal DLH 2 – Yes",
        "3 Bank Sampah Unit DLH 1 – Yes ⚠ out of date",
        "4 Sumur Resapan DLH 0 – Yes ¹",
    ],
}


@pytest.fixture
def late(workshop: JakresFile) -> JakresFile:
    """Kelompok 2 decided by the rule (2 dots or more), then more votes came in.

    Kampung Iklim now has 3 dots but was decided "not priority"; Bank Sampah Unit
    lost a dot and was decided "priority"; Sumur Resapan is the facilitator's.
    """
    f = workshop
    workshops.set_rules(f, ranking_method="dots", priority_rule="threshold", threshold=2)
    g = groups.find_group(f, "Kelompok 2")
    people = [
        participants.add_participant(f, name=n, group_id=g.id, present=True)
        for n in ("Ani", "Budi", "Citra", "Dewi")
    ]
    cands = [
        programs.add_room_program(f, group_id=g.id, title=t, agency="DLH")
        for t in ("Bank Sampah Unit", "IPAL Komunal", "Kampung Iklim", "Sumur Resapan")
    ]

    def dots(cand: int, person: int, n: int) -> None:
        votes.set_dots(f, candidate_id=cands[cand].id, participant_id=people[person].id, count=n)

    dots(0, 0, 2)
    dots(1, 1, 2)
    dots(2, 2, 1)
    decisions.apply_rule(f, group_id=g.id)
    decisions.override(f, candidate_id=cands[3].id, is_priority=True, reason="Sudah ada anggaran")
    dots(0, 0, 1)  # the late votes
    dots(2, 3, 2)
    return f


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_pdf_marks_each_stale_decision_and_says_why(late: JakresFile, lang: str) -> None:
    [section] = [p for p in pages(render_report(late, lang=lang)) if "Kampung Iklim DLH" in p]
    assert NOTE[lang] in section
    for row in ROWS[lang]:
        assert row in section


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_note_once_the_rule_is_applied_again(late: JakresFile, lang: str) -> None:
    decisions.apply_rule(late, group_id=groups.find_group(late, "Kelompok 2").id)
    text = " ".join(pages(render_report(late, lang=lang)))
    assert NOTE[lang][:40] not in text and "⚠" not in text


def test_the_workbook_has_a_decision_state_column(late: JakresFile, tmp_path: Path) -> None:
    out = tmp_path / "hasil.xlsx"
    write_xlsx(late, out, lang="en")
    sheet = load_workbook(out, read_only=True)["Candidates"]
    rows = list(sheet.iter_rows(values_only=True))
    col = rows[0].index("Decision state")
    state = {r[1]: r[col] for r in rows[1:]}
    assert state == {
        "Kampung Iklim": "out of date",
        "IPAL Komunal": "matches the rule",
        "Bank Sampah Unit": "out of date",
        "Sumur Resapan": "facilitator's decision",
    }
    write_xlsx(late, out, lang="id")
    sheet = load_workbook(out, read_only=True)["Kandidat"]
    rows = list(sheet.iter_rows(values_only=True))
    col = rows[0].index("Keadaan keputusan")
    assert {r[1]: r[col] for r in rows[1:]}["Kampung Iklim"] == "usang"
