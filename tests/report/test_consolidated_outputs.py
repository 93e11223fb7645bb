"""Consolidated outputs: linked programs counted once; categories and agencies in the PDF,
the agencies' follow-up lists and the workbook (each read back with pypdf or openpyxl)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from jakres_desk.base.errors import NotFound
from jakres_desk.cli import main
from jakres_desk.core.merge import duplicates as dedupe
from jakres_desk.core.services import categories, decisions, groups, programs
from jakres_desk.core.services.consolidated import families, family_map
from jakres_desk.report.agency import file_stem, write_agencies, write_agency
from jakres_desk.report.data import gather
from jakres_desk.report.pdf import render_report
from jakres_desk.report.sheets import write_xlsx
from jakres_desk.store.db import JakresFile
from tests.report.pdfread import pages, text_of


def _decide(f: JakresFile, group_name: str, title: str, agency: str) -> str:
    """A room program of the group, decided a priority by the facilitator; its program id."""
    g = groups.find_group(f, group_name)
    cand = programs.add_room_program(f, group_id=g.id, title=title, agency=agency)
    decisions.override(f, candidate_id=cand.id, is_priority=True, reason="sepakat")
    return cand.program_id


def _pillar(f: JakresFile, code: str) -> str:
    [pillars] = [s for s in categories.list_category_sets(f) if s.key == "jakarta-pillars"]
    return next(c.id for c in pillars.categories if c.code == code)


@pytest.fixture
def ciliwung(workshop: JakresFile) -> tuple[JakresFile, str, str, str]:
    """Ciliwung entered by two groups under two titles and two spellings of the agency, linked;
    a third program alone. Both Ciliwung entries tagged SIAP."""
    a = _decide(workshop, "Kelompok 3", "Normalisasi Kali Ciliwung", "Dinas Sumber Daya Air")
    b = _decide(workshop, "Kelompok 2", "Normalisasi Sungai Ciliwung (DSDA)", "Dinas SDA")
    c = _decide(workshop, "Kelompok 4", "Halte terpadu", "Dinas Perhubungan")
    dedupe.link(workshop, a=a, b=b, note="program yang sama")
    categories.tag(workshop, program_ids=[a, b], category_id=_pillar(workshop, "SIAP"))
    categories.tag(workshop, program_ids=[c], category_id=_pillar(workshop, "TERHUBUNG"))
    return workshop, a, b, c


def test_families_are_the_connected_links() -> None:
    titles = {p: (f"Program {p}", "DLH") for p in "abcde"}
    fams = family_map([("a", "b"), ("c", "b"), ("d", "x")], titles)
    assert fams["a"] == fams["b"] == fams["c"]
    assert fams["a"].members == ("a", "b", "c") and fams["a"].title == "Program a"
    assert fams["d"].members == ("d",) and fams["e"].members == ("e",)


def test_families_of_a_file_follow_its_links(ciliwung: tuple[JakresFile, str, str, str]) -> None:
    f, a, b, c = ciliwung
    fams = families(f)
    assert fams[a] is fams[b] or fams[a] == fams[b]
    assert set(fams[a].members) == {a, b} and fams[c].members == (c,)


def test_the_overview_counts_linked_programs_once(
    ciliwung: tuple[JakresFile, str, str, str],
) -> None:
    f, *_ = ciliwung
    data = gather(f, lang="id")
    assert (data.decisions, data.distinct_priorities) == (3, 2)
    assert "2 program prioritas berbeda (3 keputusan kelompok)" in text_of(
        render_report(f, lang="id")
    )
    assert "2 distinct priority programs (3 group decisions)" in text_of(
        render_report(f, lang="en")
    )


def test_the_categories_are_a_table_with_groups_agency_and_priority(
    ciliwung: tuple[JakresFile, str, str, str],
) -> None:
    f, *_ = ciliwung
    text = text_of(render_report(f, lang="en"))
    section = text.split("The Secretariat's Categories")[2]
    assert section.count("Ciliwung") == 1  # the two entries are one program
    assert "Category Program Agency Candidate in Priority in" in section
    assert "Jakarta PREPARED Normalisasi Kali Ciliwung Dinas Sumber Daya Air" in section
    assert "Kelompok 2, Kelompok 3 Kelompok 2, Kelompok 3" in section


def test_the_pillars_by_focus_area(ciliwung: tuple[JakresFile, str, str, str]) -> None:
    f, *_ = ciliwung
    text = text_of(render_report(f, lang="id"))
    table = text.split("Pilar × Fokus Utama")[2]
    # Ciliwung, taken up by groups of focus areas 2 and 3: one program, a priority, in both.
    assert "Jakarta SIAP 1 / 1 1 / 1 1 / 1" in table
    assert "Jakarta TERHUBUNG 1 / 1 1 / 1" in table


def test_nothing_categorised_is_one_line_not_a_page(workshop: JakresFile) -> None:
    every = pages(render_report(workshop, lang="en"))
    assert not any("The Secretariat's Categories" in p for p in every)
    [page] = [p for p in every if "has not categorised any program yet" in p]
    assert "Participants by Kind of Stakeholder" in page  # at the end of the last section


def test_criterion_sources_do_not_claim_the_workshop_year(demo: JakresFile) -> None:
    text = text_of(render_report(demo, lang="id"))
    assert "saran preset (laporan 2018)" in text
    assert " laporan 2018 " not in text.replace("(laporan 2018)", "")


def test_one_agencys_list_by_any_spelling(
    ciliwung: tuple[JakresFile, str, str, str], tmp_path: Path
) -> None:
    f, *_ = ciliwung
    out = write_agency(f, tmp_path / "dsda.pdf", lang="id", name="Dinas SDA")
    [page] = pages(out.read_bytes())
    assert page.startswith("Tindak Lanjut Instansi: Dinas Sumber Daya Air")
    assert "1 program, 1 di antaranya prioritas." in page
    assert "Normalisasi Kali Ciliwung Kelompok 3" in page
    assert "(dengan judul “Normalisasi Sungai Ciliwung (DSDA)”) Kelompok 2" in page
    assert "Halte" not in page


def test_an_unknown_agency_is_named_with_the_known_ones(
    ciliwung: tuple[JakresFile, str, str, str], tmp_path: Path
) -> None:
    f, *_ = ciliwung
    with pytest.raises(NotFound) as caught:
        write_agency(f, tmp_path / "x.pdf", lang="en", name="Dinas Pariwisata")
    assert "Dinas Perhubungan" in caught.value.message()
    assert not (tmp_path / "x.pdf").exists()


def test_every_agency_into_a_folder(
    ciliwung: tuple[JakresFile, str, str, str], tmp_path: Path
) -> None:
    f, *_ = ciliwung
    written = write_agencies(f, tmp_path / "instansi", lang="en")
    assert sorted(p.name for p in written) == ["Dinas-Perhubungan.pdf", "Dinas-Sumber-Daya-Air.pdf"]
    assert "Agency Follow-up: Dinas Perhubungan" in text_of(written[0].read_bytes())


def test_file_names_are_safe() -> None:
    assert file_stem("Dinas Cipta Karya, Tata Ruang & Pertanahan / DKI") == (
        "Dinas-Cipta-Karya-Tata-Ruang-Pertanahan-DKI"
    )
    assert file_stem("Ñúñez ../../etc") == "Nunez-etc"
    assert file_stem("///") == "instansi"


def test_the_report_command_writes_agencies(
    linked_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "bpbd.pdf"
    assert main(["report", str(linked_path), "--agency", "BPBD", "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    folder = tmp_path / "semua"
    assert main(["report", str(linked_path), "--agencies", "-o", str(folder), "--lang", "id"]) == 0
    printed = capsys.readouterr().out.split()
    assert len(printed) == len(list(folder.iterdir())) > 20
    code = main(["report", str(linked_path), "--agency", "Tidak Ada", "-o", str(out)])
    captured = capsys.readouterr()
    assert code != 0 and "Traceback" not in captured.err and "BPBD" in captured.err


def test_the_workbook_has_categories_links_and_agencies(
    ciliwung: tuple[JakresFile, str, str, str], tmp_path: Path
) -> None:
    f, a, b, _c = ciliwung
    [out] = write_xlsx(f, tmp_path / "hasil.xlsx", lang="en")
    book = openpyxl.load_workbook(out, read_only=True)
    assert book.sheetnames[-3:] == ["Categories", "Links", "Agencies"]
    workshop = list(book["Workshop"].iter_rows(values_only=True))
    row = dict(zip(workshop[0], workshop[1], strict=True))
    assert (row["Priority programs"], row["Distinct priority programs"]) == (3, 2)
    cats = list(book["Categories"].iter_rows(values_only=True))[1:]
    assert [(r[1], r[2], r[4], r[5], r[6]) for r in cats] == [
        ("Jakarta PREPARED", "Normalisasi Kali Ciliwung", "Kelompok 2, Kelompok 3",
         "Kelompok 2, Kelompok 3", 2),
        ("Jakarta CONNECTED", "Halte terpadu", "Kelompok 4", "Kelompok 4", 1),
    ]  # fmt: skip
    links = list(book["Links"].iter_rows(values_only=True))[1:]
    assert sorted((r[0], r[1], r[2], r[6], r[7]) for r in links) == sorted(
        [
            (1, "Normalisasi Kali Ciliwung", "Normalisasi Kali Ciliwung", "program yang sama", a),
            (1, "Normalisasi Kali Ciliwung", "Normalisasi Sungai Ciliwung (DSDA)",
             "program yang sama", b),
        ]
    )  # fmt: skip
    agencies = list(book["Agencies"].iter_rows(values_only=True))
    assert agencies[0][:4] == ("Agency", "Program", "Title in the group", "Group")
    ciliwung_rows = [r for r in agencies[1:] if r[1] == "Normalisasi Kali Ciliwung"]
    assert {(r[0], r[2], r[3], r[7]) for r in ciliwung_rows} == {
        ("Dinas Sumber Daya Air", None, "Kelompok 3", True),
        ("Dinas Sumber Daya Air", "Normalisasi Sungai Ciliwung (DSDA)", "Kelompok 2", True),
    }


def test_the_report_command_says_what_is_wrong(
    linked_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "x.pdf"
    assert main(["report", str(linked_path), "--agency", "Dinas", "-o", str(pdf)]) == 1
    err = capsys.readouterr().err
    assert "Dinas Bina Marga" in err and len(err.splitlines()) == 1 and not pdf.exists()
    pdf.write_bytes(b"old")
    assert main(["report", str(linked_path), "--agencies", "-o", str(pdf), "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert "not a folder" in err and "Traceback" not in err and pdf.read_bytes() == b"old"
    missing = tmp_path / "no" / "such"
    assert main(["report", str(linked_path), "--agencies", "-o", str(missing)]) == 1
    assert "Traceback" not in capsys.readouterr().err and not missing.parent.exists()
