"""Page layout read back from the PDF: no orphaned heading, no table starting or ending alone.

Each check reads the rendered PDF with pypdf (tests/report/pdfread.py): where
headings sit on their page, and how many rows of a table each page holds.
"""

from __future__ import annotations

import io
import re

import pytest
from reportlab.platypus import Spacer

from jakres_desk.report.doc import FRAME_H, ReportDoc, canvas_maker
from jakres_desk.report.pdf import render_report
from jakres_desk.report.story import Story
from jakres_desk.report.tables import HEAD_ROWS, TAIL_ROWS, table
from jakres_desk.store.db import JakresFile
from tests.report.pdfread import orphan_headings, pages

ROW = 15.0  # one plain row of a table: one line of 9.8 pt and 2.6 pt padding above and below


def _render(story: Story) -> bytes:
    buf = io.BytesIO()
    doc = ReportDoc(buf, title="t", header_left="t", lang="id", date="")
    doc.build([Spacer(1, 1), *story.flow], canvasmaker=canvas_maker(0))
    return buf.getvalue()


def _rows_per_page(pdf: bytes) -> list[int]:
    return [len(re.findall(r"Baris-\d\d", p)) for p in pages(pdf)]


@pytest.mark.parametrize("room", [1, 2, 3, 4, 5])
def test_a_table_never_starts_with_fewer_rows_than_it_keeps(room: int) -> None:
    """With room for only `room` rows left on the page, the table waits for the next one."""
    story = Story()
    header_and_rows = (room + 1) * ROW + 2
    story.add(Spacer(1, FRAME_H - header_and_rows))
    story.add(table(["No", "Program"], [[str(i), f"Baris-{i:02d}"] for i in range(40)], [10, 90]))
    counts = [n for n in _rows_per_page(_render(story)) if n]
    assert counts[0] >= HEAD_ROWS or counts[0] == 40
    assert sum(counts) == 40


@pytest.mark.parametrize("extra", [0, 1, 2])
def test_the_last_page_of_a_table_never_holds_a_lone_row(extra: int) -> None:
    """A table one row too long for its page takes another row with it to the next."""
    story = Story()
    fits = int((FRAME_H - ROW) // ROW)  # rows under the header on an empty page
    rows = [[str(i), f"Baris-{i:02d}"] for i in range(fits + extra)]
    story.add(table(["No", "Program"], rows, [10, 90]))
    counts = [n for n in _rows_per_page(_render(story)) if n]
    assert sum(counts) == len(rows)
    assert len(counts) == 1 or counts[-1] >= TAIL_ROWS


def test_a_heading_never_ends_a_page_without_its_table() -> None:
    """A heading and its note at the bottom of a page go over with the table's first rows."""
    story = Story()
    story.section("Lampiran", header="Lampiran")
    story.add(Spacer(1, FRAME_H - 140))
    story.heading("Nilai per Kriteria")
    story.para("K1, K2, … adalah kriteria pada tabel kriteria.")
    story.add(table(["No", "Program"], [[str(i), f"Baris-{i:02d}"] for i in range(10)], [10, 90]))
    orphans = orphan_headings(_render(story))  # (the section's title sits above a bare spacer)
    assert [text for _page, text in orphans if text != "Lampiran"] == []


def test_no_heading_is_orphaned_in_the_demo(demo: JakresFile) -> None:
    for lang in ("id", "en"):
        assert orphan_headings(render_report(demo, lang=lang)) == []


def test_no_heading_is_orphaned_in_a_consolidated_workshop(linked: JakresFile) -> None:
    for lang in ("id", "en"):
        assert orphan_headings(render_report(linked, lang=lang)) == []
