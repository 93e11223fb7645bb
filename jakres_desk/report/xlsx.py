"""The workbook of the spreadsheet export, written with openpyxl in write-only mode.

Typed cells (numbers, booleans, dates, text), a bold frozen header, column widths and
an autofilter on every sheet. Write-only mode streams each sheet's rows to a temporary
file as they are appended, so the workbook costs little memory beyond the rows
themselves. docs/spreadsheets.md says what is stored how and why.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import lru_cache
from operator import itemgetter
from typing import IO, Any
from zipfile import ZIP_DEFLATED, ZipFile, ZipInfo

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter

from jakres_desk import __version__

Value = str | int | float | bool | date | None
Row = tuple[Value, ...]

# Cell types; an ID is text that is (nearly) unique per row, a UUID.
TEXT, ID, INT, FLOAT, SCORE, BOOL, DATE = "text", "id", "int", "float", "score", "bool", "date"
WIDTH_MIN, WIDTH_MAX = 6, 50
SCORE_FORMAT = "0.00"
# A text cell starting with one of these is a formula (or DDE call) to a spreadsheet.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# openpyxl reads "=..." as a formula and "#N/A" and the like as error values.
_NOT_PLAIN_TEXT = (*FORMULA_START, "#")
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # XML 1.0 cannot hold them
_EXCEL_ESCAPE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")  # Excel reads _x0041_ in text as "A"
_EXCEL_ESCAPED = r"_x005F_\1"  # ... and _x005F_x0041_ as "_x0041_"
TEXT_LIMIT = 32_767  # characters in one Excel cell


@dataclass(frozen=True)
class Sheet:
    """One table: a stable key, its sheet name, headers, the type of each column, rows."""

    key: str
    name: str
    headers: tuple[str, ...]
    kinds: tuple[str, ...]
    rows: list[Row]


# --- sizes and safety -------------------------------------------------------------------


def shown_length(value: Value) -> int:
    """About how many characters a cell shows (its longest line), for column widths."""
    if value is None:
        return 0
    if isinstance(value, bool):
        return 5
    if isinstance(value, date):
        return 10
    if isinstance(value, float):
        return len(f"{value:.2f}")
    if isinstance(value, int):
        return len(str(value))
    return max(map(len, value.split("\n"))) if "\n" in value else len(value)


def widths(sheet: Sheet) -> list[int]:
    """A width per column: the longest value or header (room for the filter arrow), capped."""
    out = []
    for i, header in enumerate(sheet.headers):
        values = set(map(itemgetter(i), sheet.rows))  # repeated values measured once
        longest = max(map(shown_length, values), default=0)
        out.append(min(max(len(header) + 3, longest + 2, WIDTH_MIN), WIDTH_MAX))
    return out


def is_formula_like(text: str) -> bool:
    """Text a spreadsheet would run as a formula if it were typed in (=, +, -, @)."""
    return text.startswith(FORMULA_START)


def clean_text(text: str) -> str:
    """Text as a cell can hold it: no control characters, Excel's escapes escaped, capped."""
    # openpyxl refuses control characters (XML cannot hold them) rather than dropping them.
    text = _EXCEL_ESCAPE.sub(_EXCEL_ESCAPED, _ILLEGAL_XML.sub("", text))
    return text[:TEXT_LIMIT]


# --- cells ------------------------------------------------------------------------------

CellMaker = Callable[[Value], Any]  # a row's value -> what openpyxl's append() takes


def _literal(ws: Any, text: str) -> WriteOnlyCell:
    """A cell that holds this text as text, never as a formula or an error value."""
    cell = WriteOnlyCell(ws, value=text)
    cell.data_type = "s"
    # The quote prefix keeps it text when a person edits the cell in Excel.
    cell.quotePrefix = is_formula_like(text)
    return cell


def _cell_maker(kind: str, ws: Any, clean: Callable[[str], str]) -> CellMaker:
    """How a column's values become cells, chosen once per column."""
    if kind in (TEXT, ID):
        return lambda v: _text_cell(ws, v, clean)
    if kind == SCORE:
        return lambda v: None if v is None else _score_cell(ws, v)
    if kind == DATE:  # openpyxl gives a date cell the format yyyy-mm-dd
        return lambda v: v if isinstance(v, date) else None
    return lambda v: v  # numbers and booleans as they are; None is an empty cell


def _text_cell(ws: Any, value: Value, clean: Callable[[str], str]) -> Any:
    if not isinstance(value, str) or not value:
        return None
    text = clean(value)
    return _literal(ws, text) if text.startswith(_NOT_PLAIN_TEXT) else text


def _score_cell(ws: Any, value: Value) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=value)
    cell.number_format = SCORE_FORMAT
    return cell


# --- the workbook -----------------------------------------------------------------------


def write_workbook(fh: IO[bytes], sheets: list[Sheet], *, title: str, day: date) -> None:
    """Write the sheets as one .xlsx workbook into `fh`; `day` dates the document."""
    wb = Workbook(write_only=True)
    props = wb.properties
    props.title, props.creator = title, f"jakres-desk {__version__}"
    # The workshop's day rather than the time of export.
    props.created = props.modified = datetime.combine(day, time())
    bold = Font(bold=True)
    # The same names and titles recur on many rows: each distinct text is cleaned once.
    clean = lru_cache(maxsize=None)(clean_text)
    for sheet in sheets:
        _add_sheet(wb, sheet, bold, clean)
    # What Workbook.save does, less its setting "modified" to now.
    try:
        with DatedZipFile(fh, "w", ZIP_DEFLATED, allowZip64=True) as archive:
            archive.date_time = (day.year, day.month, day.day, 0, 0, 0)
            ExcelWriter(wb, archive).save()
    except BaseException:
        _discard(wb)
        raise


class DatedZipFile(ZipFile):
    """A zip whose entries all carry one date (the workshop's day), not the time of writing:
    the same workshop gives the same bytes."""

    date_time = (1980, 1, 1, 0, 0, 0)

    def _dated(self, name: str) -> ZipInfo:
        info = ZipInfo(name, date_time=self.date_time)
        info.compress_type = self.compression
        info.external_attr = 0o600 << 16
        return info

    def writestr(self, zinfo_or_arcname: str | ZipInfo, data: Any, *args: Any, **kw: Any) -> None:
        if isinstance(zinfo_or_arcname, str):
            zinfo_or_arcname = self._dated(zinfo_or_arcname)
        super().writestr(zinfo_or_arcname, data, *args, **kw)

    def write(self, filename: Any, arcname: Any = None, *args: Any, **kw: Any) -> None:
        # openpyxl adds each write-only sheet from its temporary file: streamed, not read whole.
        with open(filename, "rb") as src, self.open(self._dated(str(arcname)), "w") as dst:
            shutil.copyfileobj(src, dst, 1 << 20)


def _discard(wb: Any) -> None:
    """Close the sheets' row writers of a workbook that failed (a full disk) now, quietly.

    Left to the garbage collector, each would print an "Exception ignored" traceback
    after the message that already said what went wrong.
    """
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        for gen in (getattr(ws, "_rows", None), getattr(writer, "xf", None)):
            try:
                if gen is not None:
                    gen.close()
            except Exception:  # noqa: S110 - the first error is the one reported
                pass


def _add_sheet(wb: Any, sheet: Sheet, bold: Font, clean: Callable[[str], str]) -> None:
    """One sheet: widths, frozen header and filter first (write-only mode), then the rows."""
    ws = wb.create_sheet(sheet.name)
    for i, width in enumerate(widths(sheet), 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(sheet.headers))}{len(sheet.rows) + 1}"
    header = []
    for text in sheet.headers:
        cell = WriteOnlyCell(ws, value=text)
        cell.font = bold
        header.append(cell)
    ws.append(header)
    makers = [_cell_maker(kind, ws, clean) for kind in sheet.kinds]
    for row in sheet.rows:
        ws.append([make(v) for make, v in zip(makers, row, strict=True)])
