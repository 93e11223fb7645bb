"""Importing participants and programs from the spreadsheets the secretariat keeps."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from jakres_desk.base import i18n
from jakres_desk.base.errors import FileProblem
from jakres_desk.core.intake import imports as importing
from jakres_desk.core.intake.columns import RowError
from jakres_desk.core.intake.findings import ImportRejected, format_row_error, format_summary
from jakres_desk.core.intake.imports import import_participants, import_programs
from jakres_desk.core.services import groups, participants, programs, summary
from jakres_desk.store.db import JakresFile

SEMBIRING = "Dinas Perhubungan – Ir. Sémbiring"


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    """A source file with exactly these bytes (Excel's line ends)."""
    path = tmp_path / name
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    return path


def workbook(tmp_path: Path, rows: list[list[Any]], name: str = "sheet.xlsx") -> Path:
    """An .xlsx whose first sheet holds these rows (None rows stay empty)."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                sheet.cell(row=r, column=c, value=value)
    book.create_sheet("Second").append(["Nama", "ignored: not the first sheet"])
    path = tmp_path / name
    book.save(path)
    return path


def people(f: JakresFile) -> dict[str, Any]:
    """Participants by name."""
    return {p.name: p for p in participants.list_participants(f)}


def group_name(f: JakresFile, group_id: str | None) -> str | None:
    """The name of a group id."""
    return next((g.name for g in groups.list_groups(f) if g.id == group_id), None)


def catalogue(f: JakresFile) -> dict[str, Any]:
    """Programs by title."""
    return {p.title: p for p in programs.list_programs(f)}


# --- participants: encodings, delimiters, headers -----------------------------------


def test_utf8_commas_english_headers(workshop: JakresFile, tmp_path: Path) -> None:
    src = write(
        tmp_path,
        "people.csv",
        "Name,Organisation,Stakeholder kind,Group\n"
        "Budi Santoso,Bappeda DKI,Local government,Kelompok 2\n"
        "Siti Aminah,,,\n",
    )
    report = import_participants(workshop, src)
    assert (report.imported, report.encoding, report.errors) == (2, "utf-8", ())
    budi = people(workshop)["Budi Santoso"]
    assert (budi.organisation, budi.stakeholder_kind) == ("Bappeda DKI", "local_government")
    assert group_name(workshop, budi.group_id) == "Kelompok 2"
    siti = people(workshop)["Siti Aminah"]
    assert (siti.organisation, siti.stakeholder_kind, siti.group_id) == ("", None, None)
    assert not siti.present and not siti.walk_in


def test_utf8_bom_semicolons_indonesian_headers(workshop: JakresFile, tmp_path: Path) -> None:
    src = write(
        tmp_path,
        "peserta.csv",
        "Nama Peserta;Asal Instansi;Unsur;Kelompok;Jabatan\n"
        "Ayu Lestari;Universitas Indonesia, Depok;Akademisi;3;Peneliti\n",
        encoding="utf-8-sig",
    )
    report = import_participants(workshop, src)
    assert (report.imported, report.encoding) == (1, "utf-8-sig")
    ayu = people(workshop)["Ayu Lestari"]
    assert ayu.organisation == "Universitas Indonesia, Depok"  # a comma inside a ;-file
    assert (ayu.stakeholder_kind, ayu.role) == ("academia", "Peneliti")
    assert group_name(workshop, ayu.group_id) == "Kelompok 3"


def test_windows_1252_from_excel(workshop: JakresFile, tmp_path: Path) -> None:
    src = write(
        tmp_path, "excel.csv", f"nama;instansi\nRudi Hartono;{SEMBIRING}\n", encoding="cp1252"
    )
    report = import_participants(workshop, src)
    assert (report.imported, report.encoding) == (1, "cp1252")
    assert people(workshop)["Rudi Hartono"].organisation == SEMBIRING
    assert "Windows-1252" in format_summary(report)


def test_headers_ignore_case_spaces_and_punctuation(workshop: JakresFile, tmp_path: Path) -> None:
    src = write(
        tmp_path,
        "p.csv",
        "NAMA  PESERTA*;Asal_Instansi;Jenis Pemangku-Kepentingan (pilih);No.;E-mail\n"
        "Dewi;Kedubes Prancis;Kedutaan besar;1;dewi@example.org\n",
    )
    with pytest.raises(FileProblem, match="not known: 'E-mail'"):
        import_participants(workshop, src)  # a column holding data is never dropped unasked
    report = import_participants(workshop, src, columns={"e-mail": "-"})
    assert report.imported == 1
    assert report.ignored_columns == ("No.", "E-mail")
    assert people(workshop)["Dewi"].stakeholder_kind == "foreign_institution"
    assert "columns ignored: 'No.', 'E-mail'" in format_summary(report)


def test_excel_sep_line_and_quoted_cells_spanning_lines(
    workshop: JakresFile, tmp_path: Path
) -> None:
    src = write(
        tmp_path,
        "p.csv",
        'sep=;\nnama;organisasi;kelompok\n"Tono; ""Pak RT""";"Forum Warga\nRW 05";1\nWati;PKK;9\n',
    )
    with pytest.raises(ImportRejected) as caught:
        import_participants(workshop, src)
    # The quoted cell spans lines 3-4, so Wati's row is line 5.
    assert [(e.line, e.column, e.value) for e in caught.value.report.errors] == [
        (5, "kelompok", "9")
    ]
    report = import_participants(workshop, src, skip_invalid=True)
    assert people(workshop)['Tono; "Pak RT"'].organisation == "Forum Warga RW 05"
    assert report.imported == 1


@pytest.mark.parametrize(
    "written",
    ["local_government", "Pemerintah daerah", "LOCAL GOVERNMENT", "  pemprov   dki ", "Dinas"],
)
def test_kind_matches_code_labels_and_aliases(
    workshop: JakresFile, tmp_path: Path, written: str
) -> None:
    import_participants(workshop, write(tmp_path, "p.csv", f"name;kind\nA;{written}\n"))
    assert people(workshop)["A"].stakeholder_kind == "local_government"


@pytest.mark.parametrize(
    "written",
    [
        "Kelompok 4",
        "kelompok  4",
        "4",
        "Fokus utama 4",
        "Kel. 4",
        "Group 04",
        "Mobilitas dan Konektivitas",
    ],
)
def test_group_by_name_number_or_focus_area(
    workshop: JakresFile, tmp_path: Path, written: str
) -> None:
    import_participants(workshop, write(tmp_path, "p.csv", f"name;group\nA;{written}\n"))
    assert group_name(workshop, people(workshop)["A"].group_id) == "Kelompok 4"


# --- xlsx -------------------------------------------------------------------------


def test_xlsx_numbers_and_empty_rows(workshop: JakresFile, tmp_path: Path) -> None:
    src = workbook(
        tmp_path,
        [
            [None],
            ["Nama", "Instansi", "Unsur", "Kelompok"],
            ["Andi", "BPBD", "pemda", 1],
            [None, None, None, None],
            ["Maya", 2018, None, 2.0],
            [None],
            ["", "Tanpa Nama", None, 3],
            ["Rina", "Yayasan", "LSM", 7],
        ],
    )
    with pytest.raises(ImportRejected) as caught:
        import_participants(workshop, src)
    report = caught.value.report
    assert report.encoding == "xlsx"
    assert [(e.line, e.column, e.value) for e in report.errors] == [
        (7, "Nama", ""),
        (8, "Kelompok", "7"),
    ]
    assert people(workshop) == {}

    report = import_participants(workshop, src, skip_invalid=True)
    assert report.imported == 2
    maya = people(workshop)["Maya"]
    assert maya.organisation == "2018"  # a number cell, read as the text a person sees
    assert group_name(workshop, maya.group_id) == "Kelompok 2"


def test_programs_from_xlsx_with_numeric_focus_areas(workshop: JakresFile, tmp_path: Path) -> None:
    src = workbook(
        tmp_path,
        [
            ["Judul", "OPD", "Fokus Utama"],
            ["Normalisasi Sungai", "Dinas SDA", 3],
            ["Jakarta Siaga", "BPBD", "2, 5"],
        ],
    )
    assert import_programs(workshop, src).imported == 2
    assert catalogue(workshop)["Normalisasi Sungai"].focus_areas == (3,)
    assert catalogue(workshop)["Jakarta Siaga"].focus_areas == (2, 5)


# --- bad rows -----------------------------------------------------------------------


BAD_PEOPLE = (
    "nama;instansi;unsur;kelompok\n"
    "Budi;Bappeda;pemda;1\n"
    ";Dinas Kesehatan;pemda;2\n"
    "Citra;Walhi;alien;2\n"
    "Doni;UI;akademisi;Kelompok 9\n"
    "Eka;PAM Jaya;BUMD;5\n"
)


def test_every_bad_row_listed_and_nothing_imported(workshop: JakresFile, tmp_path: Path) -> None:
    src = write(tmp_path, "peserta.csv", BAD_PEOPLE)
    before = summary.describe(workshop)
    with pytest.raises(ImportRejected) as caught:
        import_participants(workshop, src)
    errors = caught.value.report.errors
    assert [(e.line, e.column, e.value) for e in errors] == [
        (3, "nama", ""),
        (4, "unsur", "alien"),
        (5, "kelompok", "Kelompok 9"),
    ]
    assert errors[0].reason == "must not be empty"
    assert "unknown stakeholder kind 'alien'" in errors[1].reason
    assert "Local government" in errors[1].reason
    assert "no group 'Kelompok 9'" in errors[2].reason
    assert caught.value.report.imported == 0
    assert (
        str(caught.value) == f"{src}: invalid rows: 3; nothing was imported "
        "(fix them, or skip the invalid rows)"
    )
    assert summary.describe(workshop) == before
    assert people(workshop) == {}


def test_skip_invalid_imports_the_good_rows(workshop: JakresFile, tmp_path: Path) -> None:
    src = write(tmp_path, "peserta.csv", BAD_PEOPLE)
    report = import_participants(workshop, src, skip_invalid=True)
    assert report.imported == 2
    assert [e.line for e in report.errors] == [3, 4, 5]
    assert set(people(workshop)) == {"Budi", "Eka"}
    assert people(workshop)["Eka"].stakeholder_kind == "state_enterprise"
    assert summary.describe(workshop)["groups"][0]["participants"] == 1
    assert "skipped as invalid: 3" in format_summary(report)


def test_row_error_line_in_both_languages(workshop: JakresFile, tmp_path: Path) -> None:
    src = write(tmp_path, "peserta.csv", BAD_PEOPLE)
    report = import_participants(workshop, src, skip_invalid=True)
    assert format_row_error(src, report.errors[1]) == (
        f"{src}:4: column 'unsur' ('alien'): {report.errors[1].reason}"
    )
    assert format_row_error(Path("x.csv"), RowError(7, "Kelompok", "Grup\nA", "why")) == (
        "x.csv:7: column 'Kelompok' ('Grup A'): why"
    )
    i18n.set_language("id")
    with pytest.raises(ImportRejected) as caught:
        import_participants(workshop, write(tmp_path, "lagi.csv", "nama;unsur\n;pemda\n"))
    line = format_row_error(src, caught.value.report.errors[0])
    assert line == f"{src}:2: kolom 'nama' (''): wajib diisi"
    assert "tidak ada yang diimpor" in caught.value.message()


def test_too_long_value_is_a_row_error(workshop: JakresFile, tmp_path: Path) -> None:
    src = write(tmp_path, "p.csv", f"name\n{'x' * 301}\n")
    with pytest.raises(ImportRejected) as caught:
        import_participants(workshop, src)
    assert caught.value.report.errors[0].reason == "too long (at most 300 characters)"


def test_failed_write_leaves_the_file_unchanged(
    workshop: JakresFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = write(tmp_path, "p.csv", "name\n" + "".join(f"P{i}\n" for i in range(30)))
    before = summary.describe(workshop)

    real = importing._add_in_batches

    def add_then_fail(s: Any, records: list[Any]) -> None:
        real(s, records)  # every row written, then the disk fills before the commit
        raise OSError("disk full")

    monkeypatch.setattr(importing, "_add_in_batches", add_then_fail)
    with pytest.raises(OSError):
        import_participants(workshop, src)
    assert summary.describe(workshop) == before
    assert people(workshop) == {}


# --- duplicates ---------------------------------------------------------------------


def test_participant_duplicates_in_file_and_workshop(workshop: JakresFile, tmp_path: Path) -> None:
    participants.add_participant(workshop, name="Budi Santoso", organisation="Bappeda")
    src = write(
        tmp_path,
        "p.csv",
        "nama;instansi\nbudi  santoso;BAPPEDA\nAni;BPBD\nAni;Dinas Sosial\n ANI ; bpbd \n",
    )
    report = import_participants(workshop, src)
    assert report.imported == 2
    assert report.duplicates == (
        (2, "'budi santoso (BAPPEDA)' is already in the workshop; not imported again"),
        (5, "'ANI (bpbd)' repeats line 3; not imported again"),
    )
    assert sorted((p.name, p.organisation) for p in participants.list_participants(workshop)) == [
        ("Ani", "BPBD"),
        ("Ani", "Dinas Sosial"),
        ("Budi Santoso", "Bappeda"),
    ]


def test_program_duplicates_in_file_and_catalogue(workshop: JakresFile, tmp_path: Path) -> None:
    programs.add_program(workshop, title="Kampung Iklim", agency="Dinas LH", focus_areas=[3])
    src = write(
        tmp_path,
        "program.csv",
        "program,instansi pemilik\n"
        "KAMPUNG  IKLIM,dinas lh\n"
        "Kampung Iklim,Dinas Sosial\n"
        "Sekolah Aman,Disdik\n"
        "sekolah aman,DISDIK\n",
    )
    report = import_programs(workshop, src)
    assert (report.imported, report.updated, report.unchanged) == (2, 1, 0)
    assert [line for line, _ in report.duplicates] == [5]  # line 2 updates the catalogue's
    assert "repeats line 4" in report.duplicates[0][1]
    assert len(programs.list_programs(workshop)) == 3
    updated = [p for p in programs.list_programs(workshop) if p.focus_areas]
    assert [(p.title, p.agency, p.focus_areas) for p in updated] == [
        ("KAMPUNG IKLIM", "dinas lh", (3,))  # as the updated list writes it; links kept
    ]


# --- programs -------------------------------------------------------------------------


def test_programs_english_and_indonesian_headers(workshop: JakresFile, tmp_path: Path) -> None:
    english = write(
        tmp_path,
        "en.csv",
        "Title,Owning agency,Description,Focus areas\n"
        'Early warning,BPBD,"Sirens, SMS\nand radio","2; 1/5 2"\n',
    )
    indonesian = write(
        tmp_path,
        "id.csv",
        "Nama Program;OPD;Uraian;Fokus\nBank Sampah;Dinas LH;;3\nJalur Sepeda;;Koridor baru;\n",
        encoding="cp1252",
    )
    assert import_programs(workshop, english).imported == 1
    assert import_programs(workshop, indonesian).imported == 2
    found = catalogue(workshop)
    warning = found["Early warning"]
    assert (warning.agency, warning.focus_areas) == ("BPBD", (1, 2, 5))
    assert warning.description == "Sirens, SMS\r\nand radio"
    assert warning.origin == "catalogue"
    assert (found["Jalur Sepeda"].agency, found["Jalur Sepeda"].focus_areas) == ("", ())
    assert summary.describe(workshop)["programs"] == 3


def test_bad_program_rows(workshop: JakresFile, tmp_path: Path) -> None:
    src = write(
        tmp_path,
        "p.csv",
        "judul;instansi;fokus utama\n"
        "Normalisasi;Dinas SDA;3\n"
        ";Dinas SDA;3\n"
        "Sumur Resapan;Dinas SDA;3, 7\n"
        "Transjakarta;Dishub;empat\n",
    )
    before = summary.describe(workshop)
    with pytest.raises(ImportRejected) as caught:
        import_programs(workshop, src)
    errors = caught.value.report.errors
    assert [(e.line, e.column, e.value) for e in errors] == [
        (3, "judul", ""),
        (4, "fokus utama", "3, 7"),
        (5, "fokus utama", "empat"),
    ]
    assert errors[1].reason == "there is no focus area 7; the focus areas are: 1, 2, 3, 4, 5"
    assert "'empat' is not a focus-area number" in errors[2].reason
    assert summary.describe(workshop) == before
    report = import_programs(workshop, src, skip_invalid=True)
    assert (report.imported, list(catalogue(workshop))) == (1, ["Normalisasi"])


# --- source files that cannot be used -----------------------------------------------


def test_missing_required_column_names_it(workshop: JakresFile, tmp_path: Path) -> None:
    src = write(tmp_path, "p.csv", "Instansi;Unsur\nBappeda;pemda\n")
    with pytest.raises(FileProblem) as caught:
        import_participants(workshop, src)
    assert caught.value.message() == (
        f"{src}:1: no name column (accepted headers: name, nama, nama peserta, nama lengkap, "
        "full name, participant, participant name, peserta); the headers found are: "
        "Instansi, Unsur"
    )
    with pytest.raises(FileProblem, match="no title column"):
        import_programs(workshop, src)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "the file is empty"),
        (b"\xef\xbb\xbf\r\n ; \r\n", "the file is empty"),
        (b"nama;instansi\r\n;\r\n", "there is only the header row"),
    ],
)
def test_empty_files(workshop: JakresFile, tmp_path: Path, content: bytes, expected: str) -> None:
    src = tmp_path / "kosong.csv"
    src.write_bytes(content)
    with pytest.raises(FileProblem) as caught:
        import_participants(workshop, src)
    assert caught.value.where == str(src)
    assert expected in str(caught.value)


def test_old_excel_and_broken_xlsx_are_refused(workshop: JakresFile, tmp_path: Path) -> None:
    xls = tmp_path / "peserta.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500)
    with pytest.raises(FileProblem) as caught:
        import_participants(workshop, xls)
    assert caught.value.where == str(xls)
    assert "save as .xlsx or .csv" in str(caught.value)

    good = workbook(tmp_path, [["Nama"], ["Andi"]])
    broken = tmp_path / "rusak.xlsx"
    broken.write_bytes(good.read_bytes()[:300])
    with pytest.raises(FileProblem) as caught:
        import_participants(workshop, broken)
    assert caught.value.where == str(broken)
    assert "not a readable .xlsx workbook" in str(caught.value)

    text = write(tmp_path, "teks.xlsx", "Nama\nAndi\n")
    with pytest.raises(FileProblem, match="not a readable .xlsx workbook"):
        import_participants(workshop, text)
    assert people(workshop) == {}


def test_other_sources_are_refused(workshop: JakresFile, tmp_path: Path) -> None:
    with pytest.raises(FileProblem, match="file not found"):
        import_participants(workshop, tmp_path / "tidak-ada.csv")
    with pytest.raises(FileProblem, match="not a file"):
        import_participants(workshop, tmp_path)
    pdf = tmp_path / "daftar.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    with pytest.raises(FileProblem, match="'.pdf' files cannot be imported"):
        import_participants(workshop, pdf)
    binary = tmp_path / "biner.csv"
    binary.write_bytes(b"nama\x00\x01\x02")
    with pytest.raises(FileProblem, match="not a CSV text file"):
        import_participants(workshop, binary)


def test_a_workbook_saved_as_csv_name_is_still_read(workshop: JakresFile, tmp_path: Path) -> None:
    renamed = tmp_path / "peserta.csv"
    renamed.write_bytes(workbook(tmp_path, [["Nama"], ["Andi"]]).read_bytes())
    report = import_participants(workshop, renamed)
    assert (report.imported, report.encoding) == (1, "xlsx")


def test_one_column_keeps_commas_in_names(workshop: JakresFile, tmp_path: Path) -> None:
    import_participants(workshop, write(tmp_path, "p.csv", "Nama\nIr. Budi, M.T.\n"))
    assert list(people(workshop)) == ["Ir. Budi, M.T."]


def test_excel_tab_delimited_and_unicode_text(workshop: JakresFile, tmp_path: Path) -> None:
    tabbed = write(tmp_path, "p.txt", f"Nama\tInstansi\nRudi\t{SEMBIRING}\n", "cp1252")
    unicode_text = write(tmp_path, "u.txt", "Nama\tInstansi\nNur\tKedubes Prancis\n", "utf-16")
    assert import_participants(workshop, tabbed).encoding == "cp1252"
    assert import_participants(workshop, unicode_text).encoding == "utf-16"
    assert people(workshop)["Rudi"].organisation == SEMBIRING
    assert people(workshop)["Nur"].organisation == "Kedubes Prancis"


def test_a_vote_in_another_window_is_not_kept_waiting_while_the_sheet_is_read(
    workshop: JakresFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rows are read and checked before the import takes the file's write lock."""
    from jakres_desk.store import engine
    from jakres_desk.store.db import open_file

    src = write(tmp_path, "p.csv", "name\n" + "".join(f"P{i}\n" for i in range(50)))
    # The other window gives up at once if the file is locked (no 5 s wait in a test).
    quick = tuple(p if "busy" not in p else "busy_timeout=1" for p in engine.PRAGMAS)
    monkeypatch.setattr(engine, "PRAGMAS", quick)
    other = open_file(workshop.path, device_id="other-window")
    real_sort = importing._sort_rows
    wrote: list[str] = []

    def sorting_while_someone_writes(*args: Any, **kwargs: Any) -> Any:
        if not wrote:  # the first sort: another window adds a person meanwhile
            wrote.append(participants.add_participant(other, name="Walk-in Sari").id)
        return real_sort(*args, **kwargs)

    monkeypatch.setattr(importing, "_sort_rows", sorting_while_someone_writes)
    try:
        report = import_participants(workshop, src)
    finally:
        other.close()
    assert report.imported == 50
    names = {p.name for p in participants.list_participants(workshop)}
    assert "Walk-in Sari" in names and {f"P{i}" for i in range(50)} <= names
