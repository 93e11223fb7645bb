"""The import preview (nothing written), a chosen header row, re-importing the catalogue
in place, and the bad input the setup desk meets: each imported exactly or named by
line and column."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from jakres_desk.base.errors import FileProblem
from jakres_desk.core.intake.columns import IGNORE
from jakres_desk.core.intake.findings import ImportRejected, format_summary
from jakres_desk.core.intake.imports import import_participants, import_programs
from jakres_desk.core.intake.preview import preview_participants, preview_programs
from jakres_desk.core.services import participants, programs
from jakres_desk.store.db import JakresFile


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    """A source file holding exactly these bytes."""
    path = tmp_path / name
    path.write_bytes(data)
    return path


def catalogue(f: JakresFile) -> dict[str, Any]:
    """Programs by title."""
    return {p.title: p for p in programs.list_programs(f)}


def fields(preview: Any) -> dict[str, str | None]:
    """Header -> the field the preview maps it to."""
    return {c.header: c.field for c in preview.columns}


# --- the preview ------------------------------------------------------------------------


def test_preview_writes_nothing_and_names_an_unknown_column(
    workshop: JakresFile, tmp_path: Path
) -> None:
    src = write(tmp_path, "k.csv", b"No;Nama Program;Unit Pengampu\r\n1;Normalisasi;Dinas SDA\r\n")
    preview = preview_programs(workshop, src)
    assert fields(preview) == {"No": IGNORE, "Nama Program": "title", "Unit Pengampu": None}
    assert "'Unit Pengampu'" in preview.problem and preview.report is None
    assert programs.list_programs(workshop) == []
    mapped = preview_programs(workshop, src, columns={"Unit Pengampu": "agency"})
    assert mapped.problem == "" and mapped.report is not None
    assert mapped.report.imported == 1 and mapped.sample == (
        (2, ("1", "Normalisasi", "Dinas SDA")),
    )
    assert [c.mapped for c in mapped.columns] == [False, False, True]
    assert programs.list_programs(workshop) == []  # a preview never writes


def test_opd_pelaksana_is_the_agency(workshop: JakresFile, tmp_path: Path) -> None:
    rows = "".join(f"Program {i};Dinas {i % 7}\r\n" for i in range(150))
    src = write(tmp_path, "k.csv", ("Nama Program;OPD Pelaksana\r\n" + rows).encode())
    assert fields(preview_programs(workshop, src))["OPD Pelaksana"] == "agency"
    assert import_programs(workshop, src).imported == 150
    assert all(p.agency for p in programs.list_programs(workshop))


def test_an_unknown_column_is_refused_with_a_mapping_to_copy(
    workshop: JakresFile, tmp_path: Path
) -> None:
    src = write(tmp_path, "k.csv", b"Judul;Instansi Mitra\r\nNormalisasi;Dinas SDA\r\n")
    with pytest.raises(FileProblem) as caught:
        import_programs(workshop, src)
    message = caught.value.message()
    assert '--column "Instansi Mitra=agency"' in message  # its words suggest the agency
    assert '--column "Instansi Mitra=-"' in message
    assert programs.list_programs(workshop) == []


def test_preview_finds_the_header_below_a_title_and_lets_it_be_chosen(
    workshop: JakresFile, tmp_path: Path
) -> None:
    src = write(
        tmp_path, "p.csv", b"DAFTAR PESERTA;;\r\nJakarta 2018;;\r\nNama;Instansi;\r\nAndi;BPBD;\r\n"
    )
    preview = preview_participants(workshop, src)
    assert preview.header_line == 3 and preview.found_header
    assert [n for n, _ in preview.first_rows] == [1, 2, 3, 4]
    assert [n for n, _ in preview.report.notes] == [1, 2]  # type: ignore[union-attr]
    chosen = preview_participants(workshop, src, header_line=1)
    assert not chosen.found_header and "no name column" in chosen.problem
    with pytest.raises(FileProblem, match="no row 9"):
        preview_participants(workshop, src, header_line=9)
    report = import_participants(workshop, src, header_line=3)
    assert report.imported == 1


def test_preview_lists_bad_rows_by_line_and_column(workshop: JakresFile, tmp_path: Path) -> None:
    src = write(tmp_path, "p.csv", b"Nama,Kelompok\r\nAndi,3\r\n,3\r\nBudi,Kelompok 99\r\n")
    preview = preview_participants(workshop, src)
    report = preview.report
    assert report is not None and report.imported == 1
    assert [(e.line, e.column) for e in report.errors] == [(3, "Nama"), (4, "Kelompok")]
    assert participants.list_participants(workshop) == []


# --- re-importing the catalogue ----------------------------------------------------------


def test_reimporting_an_updated_list_updates_in_place(workshop: JakresFile, tmp_path: Path) -> None:
    first = write(
        tmp_path,
        "v1.csv",
        b"Judul;Instansi;Deskripsi;Fokus\r\n"
        b"Normalisasi Sungai;Dinas SDA;lama;1\r\n"
        b"Kampung Iklim;Dinas LH;;3\r\n",
    )
    assert import_programs(workshop, first).imported == 2
    second = write(
        tmp_path,
        "v2.csv",
        b"Judul;Instansi;Deskripsi;Fokus\r\n"
        b"normalisasi  sungai;DINAS SDA;baru;1, 2\r\n"  # case and spaces: the same program
        b"Kampung Iklim;Dinas LH;;3\r\n"  # as it is
        b"Sekolah Aman;Disdik;;4\r\n",  # new
    )
    assert preview_programs(workshop, second).report.updated == 1  # type: ignore[union-attr]
    report = import_programs(workshop, second)
    assert (report.imported, report.updated, report.unchanged) == (1, 1, 1)
    assert report.duplicates == ()
    found = catalogue(workshop)
    assert len(found) == 3
    river = found["normalisasi sungai"]
    assert (river.agency, river.description, river.focus_areas) == ("DINAS SDA", "baru", (1, 2))
    assert "programs updated: 1; unchanged: 1" in format_summary(report)


def test_a_program_imported_without_agency_gets_it_from_the_next_list(
    workshop: JakresFile, tmp_path: Path
) -> None:
    programs.add_program(workshop, title="Normalisasi Sungai")
    src = write(tmp_path, "k.csv", b"Judul;OPD Pelaksana\r\nNormalisasi Sungai;Dinas SDA\r\n")
    report = import_programs(workshop, src)
    assert (report.imported, report.updated) == (0, 1)
    assert [(p.title, p.agency) for p in programs.list_programs(workshop)] == [
        ("Normalisasi Sungai", "Dinas SDA")
    ]


def test_a_refused_reimport_changes_nothing(workshop: JakresFile, tmp_path: Path) -> None:
    programs.add_program(workshop, title="Kampung Iklim", agency="Dinas LH", description="lama")
    src = write(
        tmp_path, "k.csv", b"Judul;Instansi;Deskripsi\r\nKampung Iklim;Dinas LH;baru\r\n;x;y\r\n"
    )
    with pytest.raises(ImportRejected):
        import_programs(workshop, src)
    assert catalogue(workshop)["Kampung Iklim"].description == "lama"


# --- bad input -----------------------------------------------------------------------------


def _sheet(tmp_path: Path, rows: list[list[Any]], formats: dict[str, str] | None = None) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    for ref, fmt in (formats or {}).items():
        sheet[ref].number_format = fmt
    path = tmp_path / "s.xlsx"
    book.save(path)
    return path


def test_xlsx_dates_and_numbers_come_in_as_their_format_shows_them(
    workshop: JakresFile, tmp_path: Path
) -> None:
    day = datetime.date(2018, 9, 26)
    src = _sheet(
        tmp_path,
        [
            ["Nama", "Instansi", "Jabatan"],
            ["Andi", day, 1234.5],
            ["Budi", day, 0.25],
            ["Cici", day, 7],
        ],
        {"B2": "dd/mm/yyyy", "C2": "#,##0.00", "B3": "d mmmm yyyy", "C3": "0%", "B4": "mm-dd-yy"},
    )
    import_participants(workshop, src)
    found = {p.name: (p.organisation, p.role) for p in participants.list_participants(workshop)}
    assert found["Andi"] == ("26/09/2018", "1,234.50")
    assert found["Budi"] == ("26 September 2018", "25%")
    assert found["Cici"] == ("2018-09-26", "7")  # Excel's default date: shown per locale, so ISO


@pytest.mark.parametrize("encoding", ["utf-16", "cp1252", "latin-1"])
def test_encodings_through_the_preview(workshop: JakresFile, tmp_path: Path, encoding: str) -> None:
    text = 'Nama\tInstansi\r\nJosé "Ñúñez" <b>\tDinas Café\r\n'
    src = write(tmp_path, "p.txt", text.encode(encoding))
    report = preview_participants(workshop, src).report
    assert report is not None and report.imported == 1 and not report.errors
    import_participants(workshop, src)
    [person] = participants.list_participants(workshop)
    assert (person.name, person.organisation) == ('José "Ñúñez" <b>', "Dinas Café")


def test_merged_cells_and_an_extra_column_in_the_preview(
    workshop: JakresFile, tmp_path: Path
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Nama", "Instansi"])
    sheet.append(["Andi", "BPBD"])
    sheet.append(["Budi", None, "catatan"])
    sheet.merge_cells("B2:B3")
    path = tmp_path / "m.xlsx"
    book.save(path)
    report = preview_participants(workshop, path).report
    assert report is not None
    assert [(e.line, e.column) for e in report.errors] == [(3, "C")]  # a cell under no header
    assert "B2:B3" in report.notes[0][1]


def test_ten_thousand_rows_preview_and_import(workshop: JakresFile, tmp_path: Path) -> None:
    rows = "".join(f"Orang {i};Lembaga {i % 50}\r\n" for i in range(10_000))
    src = write(tmp_path, "p.csv", ("Nama;Instansi\r\n" + rows).encode())
    assert preview_participants(workshop, src).report.imported == 10_000  # type: ignore[union-attr]
    assert import_participants(workshop, src).imported == 10_000
