"""An import keeps every cell exactly as written, or refuses naming the line and column."""

from __future__ import annotations

import codecs
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from jakres_desk.base import i18n
from jakres_desk.base.errors import FileProblem
from jakres_desk.core.intake.findings import ImportRejected, format_summary
from jakres_desk.core.intake.imports import import_participants, import_programs
from jakres_desk.core.services import groups, participants, programs
from jakres_desk.store.db import JakresFile

JOSE = "José Ñúñez"


def write_bytes(tmp_path: Path, name: str, data: bytes) -> Path:
    """A source file holding exactly these bytes."""
    path = tmp_path / name
    path.write_bytes(data)
    return path


def people(f: JakresFile) -> dict[str, Any]:
    """Participants by name."""
    return {p.name: p for p in participants.list_participants(f)}


def group_name(f: JakresFile, group_id: str | None) -> str | None:
    """The name of a group id."""
    return next((g.name for g in groups.list_groups(f) if g.id == group_id), None)


def save(book: Any, tmp_path: Path, name: str = "sheet.xlsx") -> Path:
    """Save a workbook under tmp_path."""
    path = tmp_path / name
    book.save(path)
    return path


# --- encodings --------------------------------------------------------------------------


def test_one_windows_1252_line_in_a_utf8_file_is_refused_naming_it(
    workshop: JakresFile, tmp_path: Path
) -> None:
    data = (
        b"Nama,Instansi\r\n"
        + f"{JOSE},Bappeda\r\n".encode()
        + "Budi,Dinas Perhubungan – Sémbiring\r\n".encode("cp1252")
        + b"Ayu,UI\r\n"
    )
    src = write_bytes(tmp_path, "campur.csv", data)
    with pytest.raises(ImportRejected) as caught:
        import_participants(workshop, src)
    [error] = caught.value.report.errors
    assert (error.line, error.column, error.value) == (
        3,
        "Instansi",
        "Dinas Perhubungan \ufffd S\ufffdmbiring",
    )
    assert "not UTF-8" in error.reason and "line 2" in error.reason
    assert people(workshop) == {}
    report = import_participants(workshop, src, skip_invalid=True)
    assert (report.imported, report.encoding) == (2, "utf-8")
    assert set(people(workshop)) == {JOSE, "Ayu"}  # the UTF-8 lines exactly as written
    i18n.set_language("id")
    with pytest.raises(ImportRejected) as caught:
        import_participants(workshop, write_bytes(tmp_path, "lagi.csv", data))
    assert "bukan teks UTF-8" in caught.value.report.errors[0].reason


def test_a_whole_windows_1252_or_latin1_file_is_read_exactly(
    workshop: JakresFile, tmp_path: Path
) -> None:
    cp1252 = write_bytes(tmp_path, "a.csv", f"Nama\r\n{JOSE}\r\n“Ucok” Œ\r\n".encode("cp1252"))
    latin1 = write_bytes(tmp_path, "b.csv", "Nama\r\nRené Müller\r\n".encode("latin-1"))
    assert import_participants(workshop, cp1252).encoding == "cp1252"
    assert import_participants(workshop, latin1).encoding == "cp1252"
    assert set(people(workshop)) == {JOSE, "“Ucok” Œ", "René Müller"}


def test_utf16_with_bom_both_byte_orders(workshop: JakresFile, tmp_path: Path) -> None:
    text = f'Nama\tInstansi\r\n{JOSE}\t<Dinas> & "Co"\r\n'
    le = write_bytes(tmp_path, "le.txt", codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    be = write_bytes(tmp_path, "be.csv", codecs.BOM_UTF16_BE + text.encode("utf-16-be"))
    assert import_participants(workshop, le).encoding == "utf-16"
    assert people(workshop)[JOSE].organisation == '<Dinas> & "Co"'
    report = import_participants(workshop, be)
    assert (report.encoding, report.imported, len(report.duplicates)) == ("utf-16", 0, 1)


def test_broken_utf16_is_refused_naming_the_line(workshop: JakresFile, tmp_path: Path) -> None:
    good = "Nama\r\nAndi\r\n".encode("utf-16-le")
    src = write_bytes(tmp_path, "u.txt", codecs.BOM_UTF16_LE + good + b"\x00\xd8B\x00\r\x00")
    with pytest.raises(FileProblem) as caught:
        import_participants(workshop, src)
    assert caught.value.where == f"{src}:3"
    assert "UTF-16" in caught.value.message()


def test_control_characters_are_refused_with_line_and_column(
    workshop: JakresFile, tmp_path: Path
) -> None:
    src = write_bytes(tmp_path, "c.csv", b"Nama;Instansi\r\nAndi;BP\x00BD\r\nBudi\x1b;Dinas\r\n")
    with pytest.raises(ImportRejected) as caught:
        import_participants(workshop, src)
    errors = caught.value.report.errors
    assert [(e.line, e.column) for e in errors] == [(2, "Instansi"), (3, "Nama")]
    assert "U+0000" in errors[0].reason and "U+001B" in errors[1].reason


def test_a_row_of_only_a_separator_control_is_refused_not_skipped(
    workshop: JakresFile, tmp_path: Path
) -> None:
    # Found by the property suite: Python counts U+001C-U+001F as spaces, so such a
    # row was stripped to nothing and skipped as blank; a stray cp1252 byte 0x81 came
    # in as an invisible C1 control.
    src = write_bytes(tmp_path, "c.csv", b"Nama;Jabatan\r\n;\x1f\r\nAndi;Staf\x81\r\n")
    with pytest.raises(ImportRejected) as caught:
        import_participants(workshop, src)
    errors = caught.value.report.errors
    assert [(e.line, e.column) for e in errors] == [(2, "Jabatan"), (3, "Jabatan")]
    assert "U+001F" in errors[0].reason and "U+0081" in errors[1].reason


# --- cells and rows -----------------------------------------------------------------------


def test_more_cells_than_headers_refuses_the_row_naming_the_extra_cell(
    workshop: JakresFile, tmp_path: Path
) -> None:
    src = write_bytes(
        tmp_path,
        "p.csv",
        b"Nama,Instansi\r\nBudi Santoso, S.T.,Bappeda DKI\r\nAyu,UI,,\r\n",
    )
    with pytest.raises(ImportRejected) as caught:
        import_participants(workshop, src)
    [error] = caught.value.report.errors
    assert (error.line, error.column, error.value) == (2, "3", "Bappeda DKI")
    assert "more cells than the header row" in error.reason
    report = import_participants(workshop, src, skip_invalid=True)
    assert report.imported == 1 and list(people(workshop)) == ["Ayu"]  # empty extras are fine


def test_merged_cells_fill_down_from_the_top_left(workshop: JakresFile, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Nama", "Instansi", "Kelompok"])
    sheet.append(["Andi", "Bappeda", "Kelompok 1"])
    sheet.append(["Budi", None, None])
    sheet.append(["Citra", None, None])
    sheet.append(["Dewi", "UI", 2])
    sheet.merge_cells("B2:B4")
    sheet.merge_cells("C2:C4")
    report = import_participants(workshop, save(book, tmp_path))
    assert report.imported == 4
    found = people(workshop)
    assert {n: p.organisation for n, p in found.items()} == {
        "Andi": "Bappeda",
        "Budi": "Bappeda",
        "Citra": "Bappeda",
        "Dewi": "UI",
    }
    assert group_name(workshop, found["Citra"].group_id) == "Kelompok 1"
    assert any("B2:B4" in note for _, note in report.notes)


def test_title_rows_above_the_header_are_skipped_and_named(
    workshop: JakresFile, tmp_path: Path
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["A1"] = "DAFTAR PESERTA LOKAKARYA"
    sheet.merge_cells("A1:C1")
    sheet["A2"] = "Jakarta, 26 September 2018"
    sheet.append([])
    sheet.append(["No.", "Nama Peserta", "Instansi"])
    sheet.append([1, "Andi", "BPBD"])
    report = import_participants(workshop, save(book, tmp_path))
    assert report.imported == 1 and people(workshop)["Andi"].organisation == "BPBD"
    assert [line for line, _ in report.notes] == [1, 2]
    assert "DAFTAR PESERTA LOKAKARYA" in report.notes[0][1]
    assert report.ignored_columns == ("No.",)


def test_csv_title_row_above_the_header(workshop: JakresFile, tmp_path: Path) -> None:
    src = write_bytes(tmp_path, "p.csv", b"Daftar Hadir;;\r\nNama;Instansi;\r\nAndi;BPBD;\r\n")
    report = import_participants(workshop, src)
    assert report.imported == 1 and report.notes[0][0] == 1


def test_no_header_in_the_first_rows_names_the_row_read(
    workshop: JakresFile, tmp_path: Path
) -> None:
    src = write_bytes(tmp_path, "p.csv", b"Daftar;x\r\nfoo;bar\r\nAndi;BPBD\r\n")
    with pytest.raises(FileProblem) as caught:
        import_participants(workshop, src)
    assert caught.value.where == f"{src}:1"
    assert "no name column" in caught.value.message()


def test_xlsx_dates_numbers_and_text_as_shown(workshop: JakresFile, tmp_path: Path) -> None:
    import datetime

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Nama", "Instansi", "Jabatan"])
    sheet.append([datetime.date(2018, 9, 26), 2.0, 2.5])
    sheet.append(['Ucok "Batak" <b>', "=SUM(1)", 6281234567890])
    sheet["B3"].data_type = "s"  # typed as text ('=SUM(1)), not a formula
    report = import_participants(workshop, save(book, tmp_path))
    assert report.imported == 2
    found = people(workshop)
    assert (found["2018-09-26"].organisation, found["2018-09-26"].role) == ("2", "2.5")
    ucok = found['Ucok "Batak" <b>']
    assert (ucok.organisation, ucok.role) == ("=SUM(1)", "6281234567890")


def test_formulas_give_their_shown_value_or_are_refused(
    workshop: JakresFile, tmp_path: Path
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Nama", "Instansi"])
    sheet.append(["Andi", '=CONCATENATE("BP","BD")'])  # never computed: no cached value
    src = save(book, tmp_path)
    with pytest.raises(ImportRejected) as caught:
        import_participants(workshop, src)
    [error] = caught.value.report.errors
    assert (error.line, error.column) == (2, "Instansi")
    assert "formula" in error.reason and "B2" in error.reason
    assert people(workshop) == {}


def test_formula_with_a_cached_value_gives_that_value(workshop: JakresFile, tmp_path: Path) -> None:
    src = save(openpyxl.Workbook(), tmp_path)
    _put_cached_formula(src, "Andi", "BPBD")
    assert import_participants(workshop, src).imported == 1
    assert people(workshop)["Andi"].organisation == "BPBD"


def _put_cached_formula(path: Path, name: str, cached: str) -> None:
    """Rewrite the first sheet as Excel saves a computed formula: <f> with its cached <v>."""
    import zipfile

    sheet = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        "<sheetData>"
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Nama</t></is></c>'
        '<c r="B1" t="inlineStr"><is><t>Instansi</t></is></c></row>'
        f'<row r="2"><c r="A2" t="inlineStr"><is><t>{name}</t></is></c>'
        f'<c r="B2" t="str"><f>UPPER("bpbd")</f><v>{cached}</v></c></row>'
        "</sheetData></worksheet>"
    )
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w") as z:
        for n, data in parts.items():
            z.writestr(n, data)


def test_spreadsheet_error_values_are_refused(workshop: JakresFile, tmp_path: Path) -> None:
    src = write_bytes(tmp_path, "p.csv", b"Nama;Instansi\r\nAndi;#REF!\r\n")
    with pytest.raises(ImportRejected) as caught:
        import_participants(workshop, src)
    assert "#REF!" in caught.value.report.errors[0].reason


# --- columns --------------------------------------------------------------------------------


def test_unknown_columns_with_data_are_refused_naming_them(
    workshop: JakresFile, tmp_path: Path
) -> None:
    src = write_bytes(
        tmp_path,
        "p.csv",
        b"Judul;Unit Pengampu;Catatan;No\r\nNormalisasi;Dinas SDA;;1\r\n",
    )
    with pytest.raises(FileProblem) as caught:
        import_programs(workshop, src)
    message = caught.value.message()
    assert caught.value.where == f"{src}:1"
    assert "'Unit Pengampu'" in message and "agency" in message and "Catatan" not in message
    report = import_programs(workshop, src, columns={"Unit Pengampu": "agency"})
    assert report.imported == 1
    assert programs.list_programs(workshop)[0].agency == "Dinas SDA"
    assert report.ignored_columns == ("Catatan", "No")


def test_a_column_can_be_mapped_to_be_ignored_or_by_indonesian_header(
    workshop: JakresFile, tmp_path: Path
) -> None:
    src = write_bytes(tmp_path, "p.csv", b"Nama;E-mail;Asal\r\nAndi;a@b.id;BPBD\r\n")
    report = import_participants(workshop, src, columns={"E-mail": "-", "asal": "instansi"})
    assert report.ignored_columns == ("E-mail",)
    assert people(workshop)["Andi"].organisation == "BPBD"
    with pytest.raises(FileProblem, match="no field 'umur'"):
        import_participants(workshop, src, columns={"E-mail": "umur"})
    with pytest.raises(FileProblem, match="no column 'Telepon'"):
        import_participants(workshop, src, columns={"Telepon": "-"})


def test_two_columns_for_one_field_are_refused(workshop: JakresFile, tmp_path: Path) -> None:
    src = write_bytes(tmp_path, "p.csv", b"Nama;Instansi;Organisasi\r\nAndi;BPBD;Dinas\r\n")
    with pytest.raises(FileProblem) as caught:
        import_participants(workshop, src)
    assert "'Organisasi'" in caught.value.message() and "'Instansi'" in caught.value.message()


def test_summary_names_the_notes(workshop: JakresFile, tmp_path: Path) -> None:
    src = write_bytes(tmp_path, "p.csv", b"Daftar\r\nNama\r\nAndi\r\n")
    assert "notes: 1" in format_summary(import_participants(workshop, src))
