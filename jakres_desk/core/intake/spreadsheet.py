"""Reading a spreadsheet the secretariat keeps (CSV or XLSX) into rows of text.

The files come from Excel on Indonesian Windows laptops: CSV in UTF-8 (with or
without a BOM), Windows-1252 or UTF-16, split by `,` or `;`, or an .xlsx
workbook (workbook.py). Every non-blank row comes back as text exactly as read,
with the line (CSV) or row number (XLSX) a person sees in their editor, so
errors can point at it. Nothing is dropped or guessed here: cells that cannot
be read exactly (bytes of another encoding, formulas never calculated) are
marked for the row checks to refuse with their line and column.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jakres_desk.base.errors import FileProblem
from jakres_desk.base.i18n import pick
from jakres_desk.base.messages import MESSAGES

CSV_SUFFIXES = (".csv", ".txt")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
OLD_EXCEL_SUFFIXES = (".xls", ".xlsb", ".ods")
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old binary .xls (and .doc)
UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
SNIFF_LINES = 10
# More NUL bytes than a few plus 1% of the file is binary data, not text with a stray NUL.
BINARY_NUL_FEW, BINARY_NUL_SHARE = 8, 0.01
_SEP_HINT = re.compile(r"^sep=(.)\s*$")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_NOT_UTF8 = re.compile("[\udc80-\udcff]")  # bytes kept by the surrogateescape handler


def say(key: str, **params: Any) -> str:
    """A message in the user's language."""
    return pick(MESSAGES[key]).format(**params)


def _cp1252_gaps(exc: UnicodeError) -> tuple[str, int]:
    # Five bytes are unassigned in cp1252; Windows maps them to the C1 controls
    # of the same value, and so do we: the row checks then refuse them by line
    # and column, instead of the whole file failing to decode.
    assert isinstance(exc, UnicodeDecodeError)
    return exc.object[exc.start : exc.end].decode("latin-1"), exc.end


codecs.register_error("jakres-cp1252-gaps", _cp1252_gaps)

Problem = tuple[str, dict[str, Any]]  # a message key and its parameters


@dataclass(frozen=True)
class Table:
    """A sheet as text: its non-blank rows, and what reading them found."""

    source: str
    encoding: str  # utf-8 | utf-8-sig | cp1252 | utf-16 | xlsx
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (line, cells as read, not stripped)
    notes: tuple[tuple[int, str], ...] = ()  # (line, what the reader did there)
    problems: Mapping[tuple[int, int], Problem] = field(default_factory=dict)  # (line, col)
    utf8_line: int = 0  # in a file that mixes encodings: a line that is UTF-8

    def label(self, index: int) -> str:
        """How a person names a column by its position: `F` in a workbook, `6` in a CSV."""
        if self.encoding != "xlsx":
            return str(index + 1)
        from openpyxl.utils import get_column_letter

        return str(get_column_letter(index + 1))


def read_table(src: Path) -> Table:
    """The rows of a .csv/.txt or .xlsx file; a FileProblem if it cannot be read."""
    src = Path(src)
    data = _read_bytes(src)
    if data.startswith(OLE_MAGIC) or src.suffix.casefold() in OLD_EXCEL_SUFFIXES:
        raise FileProblem("import_old_excel", where=str(src))
    if data.startswith(ZIP_MAGIC) or src.suffix.casefold() in XLSX_SUFFIXES:
        from jakres_desk.core.intake.workbook import read_workbook

        return read_workbook(src, data)
    if src.suffix.casefold() not in CSV_SUFFIXES:
        raise FileProblem("import_bad_suffix", where=str(src), suffix=src.suffix or "(none)")
    _refuse_binary(src, data)
    text, encoding, utf8_line = decode(src, data)
    rows = tuple(non_blank(_csv_rows(src, text)))
    if not rows:
        raise FileProblem("import_empty", where=str(src))
    return Table(str(src), encoding, rows, utf8_line=utf8_line)


def _read_bytes(src: Path) -> bytes:
    if not src.exists():
        raise FileProblem("file_missing", where=str(src))
    if not src.is_file():
        raise FileProblem("file_not_regular", where=str(src))
    try:
        return src.read_bytes()
    except OSError as exc:
        raise FileProblem("import_cannot_read", where=str(src), detail=exc.strerror) from None


def _refuse_binary(src: Path, data: bytes) -> None:
    # A NUL byte or two in a text file is a bad cell, refused by its line and
    # column; many of them, or one in the first line, is not a text file at all.
    if data.startswith(UTF16_BOMS) or b"\x00" not in data:
        return
    first_line = data.split(b"\n", 1)[0]
    if b"\x00" in first_line or data.count(b"\x00") > BINARY_NUL_FEW + len(data) * BINARY_NUL_SHARE:
        line = _line_at(data[: data.index(b"\x00")].decode("latin-1"))
        raise FileProblem("import_binary", where=f"{src}:{line}")


def _line_at(prefix: str) -> int:
    """The line (as the csv module counts them) of the character after this text."""
    return len(_LINE_BREAK.split(prefix))


def decode(src: Path, data: bytes) -> tuple[str, str, int]:
    """The text, the encoding it was read with, and a UTF-8 line if the file mixes encodings.

    UTF-8 (BOM or not), else Windows-1252 when no line is UTF-8. In a file that
    mixes the two, the bytes that are not UTF-8 are kept as surrogate escapes
    and the cells holding them are refused: which encoding those few bytes
    were meant in cannot be known, and guessing garbles names.
    """
    if data.startswith(UTF16_BOMS):  # Excel's "Unicode Text"
        try:
            return data.decode("utf-16"), "utf-16", 0
        except UnicodeDecodeError as exc:
            line = _line_at(data[: exc.start & ~1].decode("utf-16", errors="replace"))
            raise FileProblem("import_bad_utf16", where=f"{src}:{line}") from None
    encoding = "utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-8"
    try:
        return data.decode(encoding), encoding, 0
    except UnicodeDecodeError:
        pass
    text = data.decode(encoding, errors="surrogateescape")
    utf8_line = 1 if encoding == "utf-8-sig" else _first_utf8_line(text)
    if not utf8_line:
        return data.decode("cp1252", errors="jakres-cp1252-gaps"), "cp1252", 0
    return text, encoding, utf8_line


def _first_utf8_line(text: str) -> int:
    """The first line holding a character that was read as UTF-8 (not plain ASCII)."""
    for n, line in enumerate(_LINE_BREAK.split(text), start=1):
        if any(ch > "\x7f" and not _NOT_UTF8.match(ch) for ch in line):
            return n
    return 0


def sniff_delimiter(lines: list[str]) -> str:
    """`,` or `;`, judged from the header line (and the few lines after it)."""
    header = lines[0] if lines else ""
    try:
        found = csv.Sniffer().sniff("\n".join(lines[:SNIFF_LINES]), delimiters=",;").delimiter
    except csv.Error:
        found = ""
    if found not in (",", ";") or found not in header:
        # The sniffer found nothing, or something only in later lines: count.
        found = ";" if header.count(";") > header.count(",") else ","
    return found


def _csv_rows(src: Path, text: str) -> Iterator[tuple[int, list[str]]]:
    lines = _LINE_BREAK.split(text)  # the same breaks the csv module counts
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return
    delimiter, skip = _delimiter(lines[first:], text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    end = 0
    try:
        for cells in reader:
            start, end = end + 1, reader.line_num  # a quoted cell may span several lines
            if start > first + skip:
                yield start, cells
    except csv.Error as exc:
        raise FileProblem("import_bad_csv", where=f"{src}:{end + 1}", detail=str(exc)) from None


def _delimiter(lines: list[str], text: str) -> tuple[str, int]:
    """The delimiter, and 1 if the file opens with Excel's `sep=;` line (to skip it)."""
    hint = _SEP_HINT.match(lines[0].strip())
    if hint and hint.group(1) in ",;\t":
        return hint.group(1), 1
    if "," not in lines[0] and ";" not in lines[0]:
        # Excel's "Text (Tab delimited)", or one column: then a comma in
        # "Budi, S.T." is part of the name, and nothing splits a row.
        return ("\t" if "\t" in lines[0] else _unused_character(text)), 0
    return sniff_delimiter(lines), 0


def _unused_character(text: str) -> str:
    """A character the text does not hold (Unicode's noncharacters first)."""
    for code in (*range(0xFDD0, 0xFDF0), *range(0xE000, 0xF900)):
        if chr(code) not in text:
            return chr(code)
    raise AssertionError("a text holding every private-use character")  # pragma: no cover


def non_blank(rows: Iterable[tuple[int, list[str]]]) -> Iterator[tuple[int, tuple[str, ...]]]:
    """The rows holding something (a control character counts: it is refused, not dropped)."""
    for n, cells in rows:
        if any(not blank(c) for c in cells):
            yield n, tuple(cells)


def blank(cell: str) -> bool:
    """Nothing but spaces (a control character is something)."""
    return not cell.strip() and not has_control(cell)


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def has_control(cell: str) -> bool:
    """True if the cell holds an invisible control character or an unreadable byte."""
    return _CONTROL.search(cell) is not None


def first_control(cell: str) -> str:
    """The first control character in the cell ("" if none)."""
    found = _CONTROL.search(cell)
    return found.group() if found else ""


def visible(cell: str) -> str:
    """The cell as it may be shown in a message: controls and unreadable bytes as `�`."""
    return _CONTROL.sub("\ufffd", cell)
