"""Spreadsheet export: the workbook and CSV files read back as the services see the workshop."""

from __future__ import annotations

import csv
import shutil
import subprocess
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.utils import get_column_letter
from sqlalchemy import func, select

from jakres_desk.base import i18n
from jakres_desk.base.errors import FileProblem, ValidationError
from jakres_desk.cli import main
from jakres_desk.core.demo import build_demo
from jakres_desk.core.exchange import jsonfile as jsonform
from jakres_desk.core.rules.rounding import shown_score
from jakres_desk.core.services import (
    criteria,
    elements,
    groups,
    participants,
    programs,
    summary,
    votes,
)
from jakres_desk.report import sheets
from jakres_desk.report.xlsx import (
    BOOL,
    DATE,
    FLOAT,
    ID,
    INT,
    SCORE,
    TEXT,
    Sheet,
    Value,
    write_workbook,
)
from jakres_desk.store.db import JakresFile
from jakres_desk.store.models import DotVote
from tests.conftest import DEVICE

SHEETS_EN = [
    "Workshop",
    "Groups",
    "Participants",
    "Elements",
    "Targets",
    "Criteria",
    "Programs",
    "Candidates",
    "Votes",
    "Scores",
    "Categories",
    "Links",
    "Agencies",
]
SHEETS_ID = [
    "Lokakarya",
    "Kelompok",
    "Peserta",
    "Elemen",
    "Target",
    "Kriteria",
    "Program",
    "Kandidat",
    "Suara",
    "Nilai",
    "Kategori",
    "Tautan",
    "Instansi",
]
PYTHON_TYPES: dict[str, tuple[type, ...]] = {
    TEXT: (str,),
    ID: (str,),
    INT: (int,),
    FLOAT: (int, float),
    SCORE: (int, float),
    BOOL: (bool,),
    DATE: (datetime,),
}
TRICKY = ['=HYPERLINK("http://contoh.id","klik")', "+62 812 3456", "-Budi", "@SUM(A1)"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[JakresFile]:
    """The 2018 demo workshop, built once for the read-only checks of this module."""
    f = build_demo(tmp_path_factory.mktemp("demo") / "demo.jakres", device_id=DEVICE)
    yield f
    f.close()


@pytest.fixture(scope="module")
def book_path(demo: JakresFile, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo exported once as an English workbook."""
    out = tmp_path_factory.mktemp("xlsx") / "hasil.xlsx"
    assert sheets.write_xlsx(demo, out, lang="en") == [out]
    return out


@pytest.fixture(scope="module")
def book(book_path: Path) -> Any:
    """The exported workbook as openpyxl reads it."""
    return openpyxl.load_workbook(book_path)


def records(ws: Any) -> list[dict[str, Any]]:
    """A sheet's rows as dicts keyed by header."""
    values = list(ws.iter_rows(values_only=True))
    return [dict(zip(values[0], row, strict=True)) for row in values[1:]]


def by_group(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        out[row["Group"]].append(row)
    return out


# --- the workbook, read back with openpyxl ------------------------------------------------


def test_one_sheet_per_table_headers_in_english_uuid_last(book: Any) -> None:
    assert book.sheetnames == SHEETS_EN
    heads = {ws.title: [c.value for c in ws[1]] for ws in book.worksheets}
    assert heads["Votes"] == ["Group", "Program", "Agency", "Participant", "Dots", "UUID"]
    assert heads["Scores"] == [
        "Group",
        "Program",
        "Criterion",
        "Weight",
        "Participant",
        "Value",
        "UUID",
    ]
    assert heads["Candidates"][:11] == [
        "Group",
        "Program",
        "Agency",
        "Dots",
        "Voters",
        "Weighted score",
        "Rank",
        "Tied",
        "Priority",
        "Decided by",
        "Reason",
    ]
    assert all(head[-1] == "UUID" for head in heads.values())


def test_cells_are_typed_column_by_column(book: Any) -> None:
    for key, ws in zip(sheets.SHEETS, book.worksheets, strict=True):
        columns = sheets.SHEETS[key][1]
        for row in ws.iter_rows(min_row=2, values_only=True):
            for col, value in zip(columns, row, strict=True):
                if value is None:
                    continue
                assert isinstance(value, PYTHON_TYPES[col.kind]), (ws.title, col.en, value)
                if col.kind != BOOL:
                    assert not isinstance(value, bool), (ws.title, col.en, value)
                if col.kind == ID:
                    assert len(value) == 36
    ws = records(book["Workshop"])[0]
    assert ws["Date"] == datetime(2018, 9, 26)
    assert ws["Illustrative data"] is True
    assert book["Workshop"]["B2"].number_format == "yyyy-mm-dd"
    assert book["Candidates"]["F2"].number_format == "0.00"


def test_header_is_bold_frozen_and_filtered_columns_sized(book: Any) -> None:
    for ws in book.worksheets:
        last = get_column_letter(ws.max_column)
        assert ws.freeze_panes == "A2", ws.title
        assert all(cell.font.b for cell in ws[1]), ws.title
        assert ws.auto_filter.ref == f"A1:{last}{ws.max_row}", ws.title
        widths = [ws.column_dimensions[get_column_letter(i)].width for i in range(1, ws.max_column)]
        assert all(6 <= w <= 50 for w in widths), ws.title
        if ws.max_row > 1:  # (the demo links no programs: its Links sheet has a header only)
            assert ws.column_dimensions[last].width == 38  # a UUID and a little room
    assert book["Programs"].column_dimensions["C"].width == 50  # long descriptions are capped


def test_groups_sheet_counts_what_info_counts(demo: JakresFile, book: Any) -> None:
    rows = {r["Group"]: r for r in records(book["Groups"])}
    info = summary.describe(demo)["groups"]
    assert list(rows) == [g["name"] for g in info]
    for g in info:
        row = rows[g["name"]]
        assert row["Focus area no."] == g["focus_area"]
        assert row["UUID"] == g["uuid"]
        assert (
            row["Participants"],
            row["Present"],
            row["Elements"],
            row["Targets"],
            row["Criteria"],
            row["Candidates"],
            row["Priority programs"],
            row["Dots"],
            row["Scores given"],
        ) == (
            g["participants"],
            g["present"],
            g["elements"],
            g["targets"],
            g["criteria"],
            g["candidates"],
            g["priority_programs"],
            g["dot_votes"],
            g["scores"],
        )
    assert [rows[f"Kelompok {n}"]["Priority programs"] for n in range(1, 6)] == [14, 49, 19, 13, 30]


def test_participants_and_elements_match_the_services(demo: JakresFile, book: Any) -> None:
    names = {g.id: g.name for g in groups.list_groups(demo)}
    people = records(book["Participants"])
    assert sorted((p["Name"], p["Group"], p["Present"], p["Walk-in"]) for p in people) == sorted(
        (p.name, names[p.group_id or ""], p.present, p.walk_in)
        for p in participants.list_participants(demo)
    )
    assert {p["Stakeholder kind"] for p in people} <= {
        label for _, _, label, _ in participants.stakeholder_kinds(demo)
    }
    els, targets, crits = (
        by_group(records(book[name])) for name in ("Elements", "Targets", "Criteria")
    )
    for g in groups.list_groups(demo):
        listed = elements.list_elements(demo, g.id, lang="en")
        assert [(e["No."], e["Element"]) for e in els[g.name]] == [
            (n, e.title) for n, e in enumerate(listed, 1)
        ]
        assert [t["Target statement"] for t in targets[g.name]] == [
            t.statement for e in listed for t in e.targets
        ]
        assert [(c["Criterion"], c["Weight"]) for c in crits[g.name]] == [
            (c.name, c.weight) for c in criteria.list_criteria(demo, g.id, lang="en")
        ]


def test_candidates_are_the_groups_rankings_and_decisions(demo: JakresFile, book: Any) -> None:
    rows = by_group(records(book["Candidates"]))
    for g in groups.list_groups(demo):
        ranked = votes.ranking(demo, g.id)
        assert [
            (r["Program"], r["Rank"], r["Dots"], r["Voters"], r["Tied"]) for r in rows[g.name]
        ] == [(r.title, r.rank, r.dots, r.voters, r.tied) for r in ranked]
        # The value every other output shows (docs/ranking.md, "Shown scores").
        assert [r["Weighted score"] for r in rows[g.name]] == [
            None if r.score is None else shown_score(r.score) for r in ranked
        ]
        decided = {c.id: c for c in programs.list_candidates(demo, g.id)}
        for r in rows[g.name]:
            c = decided[r["UUID"]]
            assert (r["Priority"], r["Decided by"], r["Reason"] or "") == (
                c.is_priority,
                c.decided_by,
                c.reason,
            )
    by_facilitator = [r for r in records(book["Candidates"]) if r["Decided by"] == "facilitator"]
    assert by_facilitator and all(r["Reason"] for r in by_facilitator)
    assert all(r["Decision state"] == "facilitator's decision" for r in by_facilitator)
    by_rule = [r for r in records(book["Candidates"]) if r["Decided by"] == "rule"]
    assert {r["Decision state"] for r in by_rule} == {"matches the rule"}  # the demo is current


def test_votes_and_scores_add_up_per_group(demo: JakresFile, book: Any) -> None:
    info = {g["name"]: g for g in summary.describe(demo)["groups"]}
    dots: Counter[str] = Counter()
    for r in records(book["Votes"]):
        assert r["Dots"] > 0
        dots[r["Group"]] += r["Dots"]
    assert dots == Counter({name: g["dot_votes"] for name, g in info.items()})
    with demo.read() as s:
        given = s.scalar(select(func.count(DotVote.id)).where(DotVote.count > 0))
    assert len(records(book["Votes"])) == given
    scores = records(book["Scores"])
    assert Counter(r["Group"] for r in scores) == Counter(
        {name: g["scores"] for name, g in info.items()}
    )
    assert {r["Participant"] for r in scores if r["Participant"] == "consensus"} == {"consensus"}
    people = {p.name for p in participants.list_participants(demo)}
    assert {r["Participant"] for r in scores} - {"consensus"} <= people


def test_programs_sheet_lists_the_catalogue_with_its_candidacies(
    demo: JakresFile, book: Any
) -> None:
    rows = records(book["Programs"])
    listed = programs.list_programs(demo)
    assert sorted((r["Title"], r["Agency"], r["Focus areas"]) for r in rows) == sorted(
        (p.title, p.agency, ", ".join(map(str, p.focus_areas))) for p in listed
    )
    priority = sum(len(r["Priority in"].split(", ")) for r in rows if r["Priority in"])
    assert priority == records(book["Workshop"])[0]["Priority programs"] == 125
    shared = [r for r in rows if r["Candidate in"] and "," in r["Candidate in"]]
    assert shared  # the demo has programs two groups considered


def test_sheet_names_and_words_follow_the_language(demo: JakresFile, tmp_path: Path) -> None:
    assert [s.name for s in sheets.build_sheets(demo, lang="id")] == SHEETS_ID
    i18n.set_language("id")
    built = {s.key: s for s in sheets.build_sheets(demo)}
    assert built["votes"].headers == ("Kelompok", "Program", "Instansi", "Peserta", "Titik", "UUID")
    assert {row[4] for row in built["scores"].rows} >= {"konsensus"}
    assert {row[9] for row in built["candidates"].rows} == {"aturan", "fasilitator"}
    i18n.set_language("en")
    out = tmp_path / "hasil.xlsx"
    assert main(["--lang", "id", "export", str(demo.path), "-o", str(out)]) == 0
    assert openpyxl.load_workbook(out, read_only=True).sheetnames == SHEETS_ID


# --- determinism and safety ---------------------------------------------------------------


def contents(path: Path) -> dict[str, list[list[tuple[Any, str, str]]]]:
    """Every sheet's cells as openpyxl reads them: value, data type and number format."""
    wb = openpyxl.load_workbook(path)
    return {
        ws.title: [[(c.value, c.data_type, c.number_format) for c in row] for row in ws.iter_rows()]
        for ws in wb.worksheets
    }


def test_same_data_gives_the_same_content(demo: JakresFile, tmp_path: Path) -> None:
    # The workbook's zip entries carry the time of writing, so bytes differ between
    # runs; what a reader gets must not.
    a, b = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    sheets.write_xlsx(demo, a, lang="en")
    sheets.write_xlsx(demo, b, lang="en")
    assert contents(a) == contents(b)
    # The same data in another file (through the JSON form keeps ids and stamps).
    jsonform.write_json(demo, tmp_path / "demo.json")
    with jsonform.load_json(
        tmp_path / "demo.json", tmp_path / "copy.jakres", device_id=DEVICE
    ) as f:
        sheets.write_xlsx(f, tmp_path / "c.xlsx", lang="en")
        csv_copy = sheets.write_csv(f, tmp_path / "copy.csv", lang="en")
    assert contents(tmp_path / "c.xlsx") == contents(a)
    csv_demo = sheets.write_csv(demo, tmp_path / "demo.csv", lang="en")
    assert [p.read_bytes() for p in csv_copy] == [p.read_bytes() for p in csv_demo]


def test_document_properties_carry_the_workshop_not_the_export(book: Any) -> None:
    props = book.properties
    assert props.title == records(book["Workshop"])[0]["Workshop title"]
    assert props.creator.startswith("jakres-desk")
    assert props.created == props.modified == datetime(2018, 9, 26)


def tricky_workshop(make_workshop: Any) -> JakresFile:
    """A workshop whose names look like formulas, error codes and Excel escapes."""
    f: JakresFile = make_workshop("tricky.jakres")
    g = groups.list_groups(f)[0]
    for name in [*TRICKY, "Budi\x07 Santoso", "a_x0041_b"]:
        participants.add_participant(f, name=name, group_id=g.id, organisation="#N/A")
    programs.add_program(f, title="=1+1", agency="-", focus_areas=[1])
    return f


def test_text_that_looks_like_a_formula_stays_text(make_workshop: Any, tmp_path: Path) -> None:
    f = tricky_workshop(make_workshop)
    out = tmp_path / "t.xlsx"
    sheets.write_xlsx(f, out, lang="en")
    wb = openpyxl.load_workbook(out)
    people = {c.value: c for c in wb["Participants"]["A"][1:]}
    # A bell cannot go in XML. Excel would read _x0041_ as "A", so it is stored escaped
    # (_x005F_ is "_"); openpyxl shows inline text as stored, LibreOffice as meant (below).
    assert set(people) == {*TRICKY, "Budi Santoso", "a_x005F_x0041_b"}
    for text in TRICKY:
        assert people[text].data_type == "s"
        assert people[text].quotePrefix  # editing the cell keeps it text
    assert not people["Budi Santoso"].quotePrefix
    assert wb["Participants"]["B2"].value == "#N/A" and wb["Participants"]["B2"].data_type == "s"
    assert wb["Programs"]["A2"].value == "=1+1" and wb["Programs"]["A2"].data_type == "s"
    with zipfile.ZipFile(out) as z:
        assert not any("<f>" in z.read(n).decode() for n in z.namelist() if "worksheets" in n)


def test_text_is_cut_at_excels_cell_limit(tmp_path: Path) -> None:
    long_text = "Rencana aksi " + "x" * 40_000
    sheet = Sheet("s", "S", ("Text", "Score"), (TEXT, SCORE), [(long_text, 2.5), ("=2", None)])
    out = tmp_path / "long.xlsx"
    with out.open("wb") as fh:
        write_workbook(fh, [sheet], title="Uji", day=date(2019, 3, 1))
    ws = openpyxl.load_workbook(out)["S"]
    assert ws["A2"].value == long_text[:32_767] and len(ws["A2"].value) == 32_767
    assert (ws["B2"].value, ws["B2"].number_format) == (2.5, "0.00")
    assert (ws["A3"].value, ws["A3"].data_type, ws["B3"].value) == ("=2", "s", None)


def test_csv_quotes_formulas_with_an_apostrophe(make_workshop: Any, tmp_path: Path) -> None:
    f = tricky_workshop(make_workshop)
    paths = sheets.write_csv(f, tmp_path / "t.csv", lang="en")
    people = read_csv(next(p for p in paths if p.name == "t-participants.csv"), ",")
    assert sorted(r[0] for r in people[1:]) == sorted(
        [*("'" + t for t in TRICKY), "Budi\x07 Santoso", "a_x0041_b"]
    )
    programs_csv = read_csv(next(p for p in paths if p.name == "t-programs.csv"), ",")
    assert programs_csv[1][:2] == ["'=1+1", "'-"]


def test_a_failed_write_leaves_the_old_file(
    demo: JakresFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "hasil.xlsx"
    out.write_bytes(b"the old results")

    def broken(fh: Any, *args: Any, **kwargs: Any) -> None:
        fh.write(b"PK half a workbook")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(sheets, "write_workbook", broken)
    with pytest.raises(FileProblem) as exc:
        sheets.write_xlsx(demo, out)
    assert "the disk is full" in str(exc.value) and str(out) in str(exc.value)
    assert out.read_bytes() == b"the old results"
    assert [p.name for p in tmp_path.iterdir()] == ["hasil.xlsx"]
    with pytest.raises(FileProblem, match="folder does not exist"):
        sheets.write_sheets(demo, tmp_path / "missing" / "hasil.csv")
    with pytest.raises(ValidationError, match=r"\.ods.*\.xlsx, \.csv"):
        sheets.write_sheets(demo, tmp_path / "hasil.ods")


def test_an_empty_workshop_gives_headers_only(workshop: JakresFile, tmp_path: Path) -> None:
    out = tmp_path / "kosong.xlsx"
    sheets.write_xlsx(workshop, out, lang="id")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == SHEETS_ID
    assert [ws.max_row for ws in wb.worksheets] == [2, 6, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
    assert wb["Lokakarya"]["A2"].value == "Lokakarya Uji"


# --- CSV --------------------------------------------------------------------------------


def read_csv(path: Path, delimiter: str) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh, delimiter=delimiter))


@pytest.mark.parametrize(
    ("lang", "delimiter", "score", "yes", "names"),
    [("en", ",", "4.67", "yes", SHEETS_EN), ("id", ";", "4,67", "ya", SHEETS_ID)],
)
def test_one_csv_per_table_in_the_languages_dialect(
    demo: JakresFile,
    tmp_path: Path,
    lang: str,
    delimiter: str,
    score: str,
    yes: str,
    names: list[str],
) -> None:
    paths = sheets.write_csv(demo, tmp_path / "hasil.csv", lang=lang)
    assert [p.name for p in paths] == [f"hasil-{n.lower()}.csv" for n in names]
    assert all(p.parent == tmp_path / "hasil-csv" for p in paths)
    assert not (tmp_path / "hasil.csv").exists()
    built = sheets.build_sheets(demo, lang=lang)
    for path, sheet in zip(paths, built, strict=True):
        table = read_csv(path, delimiter)
        assert tuple(table[0]) == sheet.headers
        assert len(table) == len(sheet.rows) + 1
        assert all(len(row) == len(sheet.headers) for row in table)
    workshop_row = read_csv(paths[0], delimiter)[1]
    assert workshop_row[1:5:3] == ["2018-09-26", yes]
    candidates = read_csv(paths[7], delimiter)
    assert score in {row[5] for row in candidates[1:]}


@pytest.mark.parametrize("lang", ["en", "id"])
def test_participants_and_programs_csv_import_into_a_new_workshop(
    demo: JakresFile,
    make_workshop: Any,
    tmp_path: Path,
    lang: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(["--lang", lang, "export", str(demo.path), "-o", str(tmp_path / "hasil.csv")])
    assert code == 0
    written = capsys.readouterr().out.split()
    people_csv, programs_csv = written[2], written[6]
    fresh: JakresFile = make_workshop("fresh.jakres")
    assert main(["import-participants", str(fresh.path), people_csv]) == 0
    assert main(["import-programs", str(fresh.path), programs_csv]) == 0
    out = capsys.readouterr().out
    assert "rows imported: 85" in out and "rows imported: 164" in out

    def people(f: JakresFile) -> list[tuple[str, str, str | None, str, str]]:
        names = {g.id: g.name for g in groups.list_groups(f)}
        return sorted(
            (p.name, p.organisation, p.stakeholder_kind, p.role, names[p.group_id or ""])
            for p in participants.list_participants(f)
        )

    def catalogue(f: JakresFile) -> list[tuple[str, str, str, tuple[int, ...]]]:
        return sorted(
            (p.title, p.agency, p.description, p.focus_areas) for p in programs.list_programs(f)
        )

    assert people(fresh) == people(demo)
    assert catalogue(fresh) == catalogue(demo)


def test_cli_export_prints_every_file_written(
    demo: JakresFile, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(demo.path), "-o", str(tmp_path / "hasil.XLSX")]) == 0
    assert capsys.readouterr().out.split() == [str(tmp_path / "hasil.XLSX")]
    assert main(["export", str(demo.path), "-o", str(tmp_path / "hasil.csv")]) == 0
    printed = capsys.readouterr().out.split()
    assert len(printed) == 13 and all(Path(p).is_file() for p in printed)
    assert main(["export", str(demo.path), "-o", str(tmp_path / "hasil.ods")]) == 1
    err = capsys.readouterr().err
    assert ".ods" in err and ".json, .xlsx, .csv" in err and len(err.splitlines()) == 1


# --- LibreOffice ----------------------------------------------------------------------------

OFFICE = shutil.which("libreoffice") or shutil.which("soffice")
# Every sheet to its own UTF-8 file, raw values (LibreOffice 7.2 and later).
ALL_SHEETS_CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"


def libreoffice_sheets(book: Path, tmp_path: Path) -> dict[str, list[list[str]]]:
    """Every sheet of a workbook as LibreOffice converts it to CSV, by sheet name."""
    out = tmp_path / "lo"
    done = subprocess.run(
        [
            str(OFFICE),
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            ALL_SHEETS_CSV,
            "--outdir",
            str(out),
            str(book),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    found = {}
    for path in out.glob(f"{book.stem}-*.csv"):
        with path.open(encoding="utf-8", newline="") as fh:
            found[path.stem[len(book.stem) + 1 :]] = list(csv.reader(fh))
    return found


def office_text(value: Value) -> str:
    """A cell as LibreOffice writes it to CSV (raw values, not as shown)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


@pytest.mark.skipif(OFFICE is None, reason="LibreOffice is not installed (libreoffice-calc)")
def test_libreoffice_opens_the_workbook_cell_for_cell(
    demo: JakresFile, book_path: Path, tmp_path: Path
) -> None:
    converted = libreoffice_sheets(book_path, tmp_path)
    assert sorted(converted) == sorted(SHEETS_EN)
    for sheet in sheets.build_sheets(demo, lang="en"):
        expected = [list(sheet.headers)] + [[office_text(v) for v in row] for row in sheet.rows]
        assert converted[sheet.name] == expected, sheet.name


@pytest.mark.skipif(OFFICE is None, reason="LibreOffice is not installed (libreoffice-calc)")
def test_libreoffice_does_not_run_formula_like_text(make_workshop: Any, tmp_path: Path) -> None:
    f = tricky_workshop(make_workshop)
    out = tmp_path / "t.xlsx"
    sheets.write_xlsx(f, out, lang="en")
    converted = libreoffice_sheets(out, tmp_path)
    assert sorted(row[0] for row in converted["Participants"][1:]) == sorted(
        [*TRICKY, "Budi Santoso", "a_x0041_b"]
    )
    assert converted["Programs"][1][:2] == ["=1+1", "-"]
