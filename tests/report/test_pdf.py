"""The plenary summary PDF, read back as a reader would: figures, sentences, any typed text."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from jakres_desk.core.demo import build_demo
from jakres_desk.core.merge import duplicates as dedupe
from jakres_desk.core.services import (
    categories,
    decisions,
    groups,
    participants,
    programs,
    summary,
)
from jakres_desk.core.services.consolidated import programs_across_groups
from jakres_desk.report.doc import MARGIN_X, PAGE_W
from jakres_desk.report.pdf import render_report, write_report
from jakres_desk.store.db import JakresFile
from jakres_desk.store.models import Group, Program
from tests.report.pdfread import pages, placed_text, text_of

DEVICE = os.environ["JAKRES_DEVICE_ID"]
HOSTILE = '<img src="x.png"/> & <b>'

SEED_ID = [
    "Pada fokus utama 1 dihasilkan 14 program eksisting prioritas dengan acuan bahwa "
    "program-program terpilih memiliki dampak langsung bagi masyarakat dan mengutamakan adanya "
    "peningkatan pemahaman terkait konsep ketahanan kota.",
    "Pada fokus utama 2 dihasilkan 49 program eksisting prioritas dengan acuan bahwa",
    "Pada fokus utama 3 dihasilkan 19 program eksisting prioritas dengan acuan bahwa program "
    "perlu melibatkan banyak pihak dan sosialisasi yang lebih intensif.",
    "Pada fokus utama 4 dihasilkan 13 program eksisting prioritas dengan acuan bahwa pentingnya "
    "program-program yang melibatkan tata ruang dan bangunan serta monitoring dan evaluasi.",
    "Pada fokus utama 5 dihasilkan 30 program eksisting prioritas dengan acuan bahwa",
]
SEED_EN = [
    "Focus area 1 produced 14 priority existing programs, on the basis that program-program "
    "terpilih memiliki dampak langsung bagi masyarakat",
    "Focus area 2 produced 49 priority existing programs, on the basis that",
    "Focus area 3 produced 19 priority existing programs, on the basis that program perlu "
    "melibatkan banyak pihak dan sosialisasi yang lebih intensif.",
    "Focus area 4 produced 13 priority existing programs, on the basis that pentingnya",
    "Focus area 5 produced 30 priority existing programs, on the basis that",
]


@pytest.fixture(scope="module")
def demo_pdfs(demo_path: Path) -> dict[str, bytes]:
    """The demo's summary in both languages, rendered once for the read-only checks."""
    from jakres_desk.store.db import open_file

    with open_file(demo_path, device_id=DEVICE) as f:
        return {lang: render_report(f, lang=lang) for lang in ("id", "en")}


def test_the_overview_shows_each_groups_figures(
    demo: JakresFile, demo_pdfs: dict[str, bytes]
) -> None:
    overview = next(p for p in pages(demo_pdfs["id"]) if p.startswith("Ikhtisar per Fokus Utama"))
    for g in summary.describe(demo)["groups"]:
        counts = [
            g[k]
            for k in (
                "present",
                "elements",
                "targets",
                "criteria",
                "candidates",
                "priority_programs",
            )
        ]
        assert f"{g['name']} {' '.join(map(str, counts))}" in overview
    assert "Jumlah 77 16 24 14 170 125" in overview


def test_header_words_are_never_cut_in_the_middle(demo_pdfs: dict[str, bytes]) -> None:
    overview = next(p for p in pages(demo_pdfs["en"]) if p.startswith("Overview by Focus Area"))
    for header in ("Participants present", "Elements", "Candidate programs", "Priority programs"):
        assert header in overview
    assert "Participa nts" not in overview


def test_a_column_too_narrow_for_its_header_word_takes_room_from_the_text_columns() -> None:
    from jakres_desk.report import style
    from jakres_desk.report.tables import header_fit
    from jakres_desk.report.text import text_width

    widths = header_fit([200.0, 30.0, 30.0], ["Title", "Participants", "Ok"], short={1, 2})
    assert widths[1] > text_width("Participants", style.BOLD, style.CELL)
    assert widths[2] == 30.0 and sum(widths) == pytest.approx(260.0)
    assert header_fit([200.0, 80.0], ["Title", "Wide"], short={1}) == [200.0, 80.0]


@pytest.mark.parametrize(("lang", "sentences"), [("id", SEED_ID), ("en", SEED_EN)])
def test_each_focus_area_gets_the_seeds_sentence(
    demo_pdfs: dict[str, bytes], lang: str, sentences: list[str]
) -> None:
    text = text_of(demo_pdfs[lang])
    for sentence in sentences:
        assert sentence in text


def test_the_english_summary_uses_english_labels_and_focus_titles(
    demo_pdfs: dict[str, bytes],
) -> None:
    text = text_of(demo_pdfs["en"])
    assert "PLENARY SUMMARY" in text and "Contents" in text
    assert "Focus area 4: Improving the Quality of Mobility and Connectivity" in text
    assert "Ringkasan Pleno" not in text and "Daftar Isi" not in text


def test_cover_contents_and_page_numbers(demo_pdfs: dict[str, bytes]) -> None:
    every = pages(demo_pdfs["id"])
    assert every[0].startswith("RINGKASAN PLENO Lokakarya Perdana Program Prioritas")
    assert "26 September 2018" in every[0] and "Balai Kota DKI Jakarta" in every[0]
    assert every[1].startswith("Daftar Isi Ikhtisar per Fokus Utama 3 Kelompok 1")
    total = len(every)
    for number, page in enumerate(every[1:], start=2):
        assert f"Halaman {number} dari {total}" in page
    appendix = every[1].split("Lampiran: Rekap Suara dan Nilai ")[1].split()[0]
    assert every[int(appendix) - 1].startswith("Lampiran: Rekap Suara dan Nilai")


def test_each_group_shows_its_ranking_decisions_and_overrides(
    demo: JakresFile, demo_pdfs: dict[str, bytes]
) -> None:
    text = text_of(demo_pdfs["id"])
    k4 = groups.find_group(demo, "Kelompok 4")
    overridden = [c for c in programs.list_candidates(demo, k4.id) if c.decided_by == "facilitator"]
    assert [c.title for c in overridden] == ["Perluasan kebijakan ganjil-genap"]
    assert "Perluasan kebijakan ganjil-genap — dikeluarkan dari prioritas: Dikeluarkan" in text
    assert "Keputusan fasilitator" in text and "Titik Suara" in text


def test_programs_prioritised_by_several_groups_are_listed(
    demo: JakresFile, demo_pdfs: dict[str, bytes]
) -> None:
    shared = [p for p in programs_across_groups(demo) if p.priority_groups > 1]
    assert shared
    text = text_of(demo_pdfs["id"])
    section = text.split("Program yang Diprioritaskan oleh Lebih dari Satu Kelompok")[2]
    for p in shared:
        names = ", ".join(r.group_name for r in p.groups if r.is_priority)
        assert names in section and p.title.split()[0] in section
    assert "Sekretariat belum mengategorikan program." in text


def test_the_same_data_gives_the_same_bytes(demo: JakresFile, tmp_path: Path) -> None:
    first = render_report(demo, lang="id")
    assert render_report(demo, lang="id") == first
    again = build_demo(tmp_path / "again.jakres", device_id=DEVICE)  # new ids, new times
    try:
        assert render_report(again, lang="id") == first
    finally:
        again.close()
    assert b"/CreationDate (D:20180926000000+00'00')" in first


def test_one_group_only(demo: JakresFile) -> None:
    k3 = groups.find_group(demo, "3")
    text = text_of(render_report(demo, lang="id", group_id=k3.id))
    assert text.startswith("RINGKASAN KELOMPOK Lokakarya Perdana")
    assert "Kelompok 3 · Fokus utama 3: Meningkatkan Kesehatan" in text
    assert SEED_ID[2] in text
    for other in ("Kelompok 1", "Kelompok 2", "Kelompok 4", "Kelompok 5", "Lintas Kelompok"):
        assert other not in text
    for p in participants.list_participants(demo):
        assert (p.name in text) == (p.group_id == k3.id)


def test_typed_markup_appears_as_typed_and_fetches_nothing(workshop: JakresFile) -> None:
    k1 = groups.find_group(workshop, "Kelompok 1")
    participants.add_participant(workshop, name=HOSTILE, group_id=k1.id, organisation=HOSTILE)
    programs.add_room_program(workshop, group_id=k1.id, title=HOSTILE, agency="&amp; <br/>")
    groups.update_group(
        workshop,
        k1.id,
        notes=f"{HOSTILE}\n<para>&nbsp;</para>",
        rationale=HOSTILE,
        facilitator=HOSTILE,
    )
    pdf = render_report(workshop, lang="en")
    text = text_of(pdf)
    assert text.count(HOSTILE) >= 6
    assert "&amp; <br/>" in text and "<para>&nbsp;</para>" in text
    assert 'on the basis that <img src="x.png"/> & <b>.' in text
    assert b"/Subtype /Image" not in pdf  # no picture was fetched or embedded


def test_any_name_renders_in_the_bundled_font(workshop: JakresFile) -> None:
    k2 = groups.find_group(workshop, "Kelompok 2")
    names = ["Nguyễn Thị Ánh", "Ψυχή Ωμέγα", "Ёлка Жук", "Dž ǅ Ŧ ŉ", "Zoë Ødegård-Łukasz"]
    for name in names:
        participants.add_participant(workshop, name=name, group_id=k2.id)
    pdf = render_report(workshop, lang="id")
    text = text_of(pdf)
    for name in names:
        assert name in text
    assert b"DejaVuSans" in pdf and b"Helvetica" not in pdf


def test_characters_the_font_cannot_print_are_shown_as_such(workshop: JakresFile) -> None:
    """CJK, full-width forms, emoji the font lacks and right-to-left letters print as U+FFFD
    (docs/report.md): visibly not shown, never an empty box or a silent gap."""
    k2 = groups.find_group(workshop, "Kelompok 2")
    names = {
        "Wang 王小明": "Wang ���",
        "Ｔａｎａｋａ": "�����",
        "Rina 🌊": "Rina �",
        "Ahmad أحمد": "Ahmad ����",
        "Dana דנה": "Dana ���",
    }
    for name in names:
        participants.add_participant(workshop, name=name, group_id=k2.id)
    programs.add_room_program(workshop, group_id=k2.id, title="Taman 公园 kota")
    text = text_of(render_report(workshop, lang="id"))
    for shown in (*names.values(), "Taman �� kota"):
        assert shown in text


def test_a_ten_thousand_character_word_wraps_inside_the_page(workshop: JakresFile) -> None:
    k1 = groups.find_group(workshop, "Kelompok 1")
    groups.update_group(workshop, k1.id, notes="a" * 10_000)
    cand = programs.add_room_program(workshop, group_id=k1.id, title="judul")
    participants.add_participant(workshop, name="n" * 300, group_id=k1.id)
    with workshop.write() as s:  # a file loaded from elsewhere may hold what no form allows
        s.get(Program, cand.program_id).title = "b" * 10_000  # type: ignore[union-attr]
    pdf = render_report(workshop, lang="id")
    text = text_of(pdf).replace(" ", "")
    runs = re.findall("a{50,}", text)  # lines of the word, between running headers
    assert sum(map(len, runs)) == 10_000  # the notes are kept whole, broken over lines
    assert "b" * 40 in text and "…" in text  # the title is cut in a table cell, not lost
    assert len(pages(pdf)) < 30
    inside = (MARGIN_X - 1, PAGE_W - MARGIN_X + 1)
    for run in placed_text(pdf):
        assert inside[0] <= run.left and run.right <= inside[1], run


def test_the_demo_stays_inside_the_margins(demo_pdfs: dict[str, bytes]) -> None:
    for run in placed_text(demo_pdfs["en"]):
        assert MARGIN_X - 1 <= run.left and run.right <= PAGE_W - MARGIN_X + 1, run


def test_an_empty_workshop_gives_a_summary_too(workshop: JakresFile) -> None:
    text = text_of(render_report(workshop, lang="en"))
    assert "Focus area 1 produced 0 priority existing programs." in text
    assert "The group has chosen no elements." in text
    assert "The secretariat has not categorised any program yet." in text


def test_written_atomically_next_to_the_destination(demo: JakresFile, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    out.write_bytes(b"old")
    assert write_report(demo, out, lang="id") == out
    assert out.read_bytes().startswith(b"%PDF-")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.pdf"]


def test_an_unknown_language_is_refused(demo: JakresFile) -> None:
    from jakres_desk.base.errors import ValidationError

    with pytest.raises(ValidationError):
        render_report(demo, lang="fr")


def _decide(f: JakresFile, group_name: str, title: str) -> str:
    """Make `title` a room program of the group, decided a priority by the facilitator."""
    g = groups.find_group(f, group_name)
    cand = programs.add_room_program(f, group_id=g.id, title=title, agency=group_name)
    decisions.override(f, candidate_id=cand.id, is_priority=True, reason="sepakat")
    return cand.program_id


def test_linked_programs_count_as_one_across_groups(workshop: JakresFile) -> None:
    a = _decide(workshop, "Kelompok 1", "Sumur resapan warga")
    b = _decide(workshop, "Kelompok 3", "Pembangunan sumur resapan")
    _decide(workshop, "Kelompok 4", "Halte terpadu")
    shared_title = "Program yang Diprioritaskan oleh Lebih dari Satu Kelompok"
    before = text_of(render_report(workshop, lang="id")).split(shared_title)[2].strip()
    assert before.startswith("Tidak ada program yang diprioritaskan")
    dedupe.link(workshop, a=a, b=b, note="sama")
    after = text_of(render_report(workshop, lang="id")).split(shared_title)[2].strip()
    assert "Kelompok 1, Kelompok 3" in after
    assert "Halte terpadu" not in after


def test_the_secretariats_categories_are_listed(workshop: JakresFile) -> None:
    k2 = groups.find_group(workshop, "Kelompok 2")
    ews = programs.add_room_program(workshop, group_id=k2.id, title="EWS banjir", agency="BPBD")
    [pillars] = [s for s in categories.list_category_sets(workshop) if s.key == "jakarta-pillars"]
    siap = next(c for c in pillars.categories if c.code == "SIAP")
    categories.tag(workshop, program_ids=[ews.program_id], category_id=siap.id)
    text = text_of(render_report(workshop, lang="en"))
    section = text.split("The Secretariat's Categories")[2].strip()
    assert "Category Program Agency Candidate in Priority in Jakarta PREPARED EWS banjir BPBD" in (
        section
    )


def test_a_workshop_without_groups_still_renders(workshop: JakresFile) -> None:
    with workshop.write() as s:
        for g in s.query(Group).all():
            s.delete(g)
    text = text_of(render_report(workshop, lang="en"))
    assert "Overview by Focus Area" in text and "Across Groups" in text
