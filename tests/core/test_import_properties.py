"""Hostile text through the imports (hypothesis).

Any text (quotes, `<`, `&`, right-to-left marks, emoji, NUL and other
controls, very long, formula-looking `=`/`+`/`-`/`@`) is written to a CSV
(UTF-8 with or without BOM, Windows-1252 when it can hold it, UTF-16, split
by `,` `;` or tabs) or an XLSX, then imported. Every row is either imported
with its text exactly as written (after the documented trimming: surrounding
spaces, and inner spacing in one-line fields), refused with its line, a
duplicate, or blank and skipped; the only exceptions are JakresErrors naming
a line.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from jakres_desk.base.errors import FileProblem
from jakres_desk.core.intake.columns import SPREADSHEET_ERRORS, norm
from jakres_desk.core.intake.findings import ImportReport
from jakres_desk.core.intake.imports import import_participants, import_programs
from jakres_desk.core.intake.spreadsheet import blank, has_control
from jakres_desk.core.services import participants, programs, workshops
from jakres_desk.store.db import JakresFile, open_file
from tests.conftest import DEVICE

SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
LINE_BREAK = re.compile(r"\r\n|\r|\n")
PIECES = (
    '"',
    "'",
    "<",
    ">",
    "&",
    "<b>x</b>",
    "&amp;",
    "\u202e",  # right-to-left override
    "\u200f",
    "مرحبا",
    "שלום",
    "😀",
    "👩🏽‍🌾",
    "\x00",
    "\x1b",
    "\x85",
    "\u2028",
    "\ufeff",
    "\xa0",
    ",",
    ";",
    "\t",
    "\r\n",
    "\n",
    "\r",
    " ",
    "José Ñúñez",
    "#REF!",
    "sep=;",
    '=HYPERLINK("http://x")',
    "Ã©",
)
FORMATS = ("utf-8", "utf-8-sig", "cp1252", "utf-16", "xlsx")


def hostile_text() -> st.SearchStrategy[str]:
    """Short texts of any characters, of hostile pieces, formula-looking, or very long."""
    mixed = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=4)), max_size=8)
    body = st.one_of(
        st.text(max_size=30),
        mixed.map("".join),
        st.integers(290, 140_000).map(lambda n: "x" * n),
    )
    return st.tuples(st.sampled_from(("", "", "=", "+", "-", "@")), body).map("".join)


ROWS = st.lists(st.tuples(hostile_text(), hostile_text(), hostile_text()), min_size=1, max_size=5)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed fresh workshop, copied for every example."""
    path = tmp_path_factory.mktemp("template") / "w.jakres"
    workshops.create_workshop(
        path, device_id=DEVICE, title="Lokakarya Uji", date="2018-09-26"
    ).close()
    return path


def write_csv(
    path: Path, header: list[str], rows: list[tuple[str, ...]], encoding: str, sep: str
) -> list[int]:
    """Write the rows as Excel would; the line each row starts on."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=sep, lineterminator="\r\n")
    writer.writerow(header)
    lines = []
    for row in rows:
        lines.append(len(LINE_BREAK.findall(out.getvalue())) + 1)
        writer.writerow(row)
    text = out.getvalue()
    if encoding == "utf-16":
        data = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    else:
        try:
            data = text.encode(encoding)
        except UnicodeEncodeError:
            assume(False)
        if encoding == "cp1252":
            assume(_reads_as_windows_1252(data))
    path.write_bytes(data)
    return lines


def _reads_as_windows_1252(data: bytes) -> bool:
    """False for the few Windows-1252 texts that are also UTF-8 (`Ã©`): they read as UTF-8.

    Which of the two was meant cannot be known from the bytes; docs/decisions.md.
    """
    text = data.decode("utf-8", errors="surrogateescape")
    return not any(
        any(ch > "\x7f" and not "\udc80" <= ch <= "\udcff" for ch in line)
        for line in LINE_BREAK.split(text)
    )


def write_xlsx(path: Path, header: list[str], rows: list[tuple[str, ...]]) -> list[int]:
    """Write the rows as text cells (what Excel does with a typed '=x); their rows."""
    assume(not any(ILLEGAL_CHARACTERS_RE.search(c) for row in rows for c in row))
    assume(all(len(c) <= 32_767 for row in rows for c in row))  # Excel's limit for a cell
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(header)
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            cell = sheet.cell(row=r, column=c, value=value)
            cell.data_type = "s"
    book.save(path)
    return [r for r in range(2, len(rows) + 2)]


def one_line(value: str) -> str:
    """A one-line field as imported: inner spacing collapsed."""
    return " ".join(value.split())


Field = tuple[Callable[[str], str], int]  # how a cell is cleaned, its length limit
ONE_LINE: Field = (one_line, 300)
MULTI_LINE: Field = (str.strip, 20_000)


def refused(cells: tuple[str, ...], fields: tuple[Field, ...]) -> bool:
    """True if a row must be refused: a control, an error value, no first field, too long."""
    if any(has_control(c) or c.strip().upper() in SPREADSHEET_ERRORS for c in cells):
        return True
    shown = [clean(c) for (clean, _), c in zip(fields, cells, strict=True)]
    too_long = any(len(s) > limit for s, (_, limit) in zip(shown, fields, strict=True))
    return not shown[0] or too_long


def check(
    report: ImportReport | FileProblem,
    rows: list[tuple[str, ...]],
    lines: list[int],
    fields: tuple[Field, ...],
    stored: set[tuple[str, ...]],
) -> None:
    """Each row imported exactly, refused by its line, a duplicate, or blank."""
    live = [(n, r) for n, r in zip(lines, rows, strict=True) if not all(blank(c) for c in r)]
    if isinstance(report, FileProblem):
        names_a_line = re.search(r":\d+$", report.where) is not None
        assert names_a_line or (report.key == "import_no_rows" and not live), report.message()
        assert stored == set()
        return
    error_lines = {e.line for e in report.errors}
    expected: dict[tuple[str, str], tuple[str, ...]] = {}
    duplicates = set()
    for n, row in live:
        assert (n in error_lines) == refused(row, fields), (n, row, report.errors)
        if n in error_lines:
            continue
        shown = tuple(clean(c) for (clean, _), c in zip(fields, row, strict=True))
        key = (norm(shown[0]), norm(shown[1]))
        if key in expected:
            duplicates.add(n)
        else:
            expected[key] = shown
    assert error_lines <= {n for n, _ in live}
    assert {n for n, _ in report.duplicates} == duplicates
    assert stored == set(expected.values())
    assert report.imported == len(expected)


def run_import(
    template: Path,
    rows: list[tuple[str, ...]],
    fmt: str,
    sep: str,
    header: list[str],
    run: Callable[..., ImportReport],
    read: Callable[[JakresFile], set[tuple[str, ...]]],
) -> tuple[ImportReport | FileProblem, list[int], set[tuple[str, ...]]]:
    """Write the rows in a format, import them into a fresh copy of the workshop."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        src = folder / ("sheet.xlsx" if fmt == "xlsx" else "sheet.csv")
        if fmt == "xlsx":
            lines = write_xlsx(src, header, rows)
        else:
            lines = write_csv(src, header, rows, fmt, sep)
        target = folder / "w.jakres"
        shutil.copy(template, target)
        f = open_file(target, device_id=DEVICE)
        try:
            outcome: ImportReport | FileProblem = run(f, src, skip_invalid=True)
        except FileProblem as exc:
            outcome = exc
        try:
            return outcome, lines, read(f)
        finally:
            f.close()


def _people(f: JakresFile) -> set[tuple[str, ...]]:
    return {(p.name, p.organisation, p.role) for p in participants.list_participants(f)}


def _catalogue(f: JakresFile) -> set[tuple[str, ...]]:
    return {(p.title, p.agency, p.description) for p in programs.list_programs(f)}


@SETTINGS
@given(rows=ROWS, fmt=st.sampled_from(FORMATS), sep=st.sampled_from((",", ";", "\t")))
def test_hostile_participants_are_imported_exactly_or_refused_by_line(
    template: Path, rows: list[tuple[str, ...]], fmt: str, sep: str
) -> None:
    header = ["Nama", "Instansi", "Jabatan"]
    outcome, lines, stored = run_import(
        template, rows, fmt, sep, header, import_participants, _people
    )
    check(outcome, rows, lines, (ONE_LINE, ONE_LINE, ONE_LINE), stored)


@SETTINGS
@given(rows=ROWS, fmt=st.sampled_from(FORMATS), sep=st.sampled_from((",", ";", "\t")))
def test_hostile_programs_are_imported_exactly_or_refused_by_line(
    template: Path, rows: list[tuple[str, ...]], fmt: str, sep: str
) -> None:
    header = ["Judul", "OPD", "Uraian"]
    outcome, lines, stored = run_import(
        template, rows, fmt, sep, header, import_programs, _catalogue
    )
    check(outcome, rows, lines, (ONE_LINE, ONE_LINE, MULTI_LINE), stored)
