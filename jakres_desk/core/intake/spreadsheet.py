"""Reading a spreadsheet the secretariat keeps (CSV or XLSX) into rows of text.

The files come from Excel on Indonesian Windows laptops: CSV in UTF-8 (with or
without a BOM) or Windows-1252, split by `,` or `;`, or an .xlsx workbook. Every
cell comes back as stripped text with the line (CSV) or row number (XLSX) a
person sees in their editor, so errors can point at it.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from jakres_desk.base.errors import FileProblem

CSV_SUFFIXES = (".csv", ".txt")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
OLD_EXCEL_SUFFIXES = (".xls", ".xlsb", ".ods")
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old binary .xls (and .doc)
SNIFF_LINES = 10
_SEP_HINT = re.compile(r"^sep=(.)\s*$")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _cp1252_gaps(exc: UnicodeError) -> tuple[str, int]:
    # Five bytes are unassigned in cp1252; Windows maps them to the C1 controls
    # of the same value, and so do we, so a stray byte never stops an import.
    assert isinstance(exc, UnicodeDecodeError)
    return exc.object[exc.start : exc.end].decode("latin-1"), exc.end


codecs.register_error("jakres-cp1252-gaps", _cp1252_gaps)


@dataclass(frozen=True)
class Table:
    """A sheet as text: its header row and the non-blank rows under it."""

    source: str
    encoding: str  # utf-8 | utf-8-sig | cp1252 | utf-16 | xlsx
    header_line: int
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (line, cells padded to the headers)


def read_table(src: Path) -> Table:
    """The header and rows of a .csv/.txt or .xlsx file; a FileProblem if it cannot be read."""
    src = Path(src)
    data = _read_bytes(src)
    if data.startswith(OLE_MAGIC) or src.suffix.casefold() in OLD_EXCEL_SUFFIXES:
        raise FileProblem("import_old_excel", where=str(src))
    if data.startswith(ZIP_MAGIC) or src.suffix.casefold() in XLSX_SUFFIXES:
        return _table(src, "xlsx", _xlsx_rows(src, data))
    if src.suffix.casefold() not in CSV_SUFFIXES:
        raise FileProblem("import_bad_suffix", where=str(src), suffix=src.suffix or "(none)")
    if b"\x00" in data and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise FileProblem("import_binary", where=str(src))
    text, encoding = decode(data)
    return _table(src, encoding, _csv_rows(src, text))


def _read_bytes(src: Path) -> bytes:
    if not src.exists():
        raise FileProblem("file_missing", where=str(src))
    if not src.is_file():
        raise FileProblem("file_not_regular", where=str(src))
    try:
        return src.read_bytes()
    except OSError as exc:
        raise FileProblem("import_cannot_read", where=str(src), detail=exc.strerror) from None


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was read with: UTF-8 (BOM or not), else Windows-1252."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Excel's "Unicode Text"
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="jakres-cp1252-gaps"), "cp1252"
    return text, "utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-8"


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
    delimiter, skip = _delimiter(lines[first:])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    end = 0
    try:
        for cells in reader:
            start, end = end + 1, reader.line_num  # a quoted cell may span several lines
            if start > first + skip:
                yield start, cells
    except csv.Error as exc:
        raise FileProblem("import_bad_csv", where=f"{src}:{end + 1}", detail=str(exc)) from None


def _delimiter(lines: list[str]) -> tuple[str, int]:
    """The delimiter, and 1 if the file opens with Excel's `sep=;` line (to skip it)."""
    hint = _SEP_HINT.match(lines[0].strip())
    if hint and hint.group(1) in ",;\t":
        return hint.group(1), 1
    if "," not in lines[0] and ";" not in lines[0]:
        # Excel's "Text (Tab delimited)", or one column: then a comma in
        # "Budi, S.T." is part of the name. NUL never splits anything, since
        # files holding NUL bytes were refused as binary.
        return ("\t" if "\t" in lines[0] else "\0"), 0
    return sniff_delimiter(lines), 0


def _xlsx_rows(src: Path, data: bytes) -> Iterator[tuple[int, list[str]]]:
    import openpyxl  # a heavy import, only needed for workbooks

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # a damaged workbook fails in many different ways
        raise FileProblem("import_bad_xlsx", where=str(src), detail=_why(exc)) from None
    try:
        if not book.worksheets:
            return
        sheet = book.worksheets[0]
        # The stored size of a sheet is often wrong in files other tools wrote.
        sheet.reset_dimensions()
        rows = enumerate(sheet.iter_rows(values_only=True), start=1)
        yield from ((n, [cell_text(v) for v in values]) for n, values in rows)
    except zipfile.BadZipFile as exc:
        raise FileProblem("import_bad_xlsx", where=str(src), detail=_why(exc)) from None
    except (KeyError, ValueError, TypeError, AttributeError, SyntaxError) as exc:
        raise FileProblem("import_bad_xlsx", where=str(src), detail=_why(exc)) from None
    finally:
        book.close()


def _why(exc: Exception) -> str:
    return str(exc).strip() or type(exc).__name__


def cell_text(value: object) -> str:
    """A workbook cell as the text a person sees: 3 not 3.0, dates as YYYY-MM-DD."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value).strip()


def _table(src: Path, encoding: str, rows: Iterable[tuple[int, list[str]]]) -> Table:
    cleaned = ((n, [c.strip() for c in cells]) for n, cells in rows)
    found = [(n, cells) for n, cells in cleaned if any(cells)]
    if not found:
        raise FileProblem("import_empty", where=str(src))
    header_line, headers = found[0]
    width = len(headers)
    body = tuple((n, tuple((cells + [""] * width)[:width])) for n, cells in found[1:])
    return Table(str(src), encoding, header_line, tuple(headers), body)
