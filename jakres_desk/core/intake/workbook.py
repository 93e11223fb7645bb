"""Reading the first sheet of an .xlsx workbook as the text a person sees in it.

Numbers as shown (`3`, not `3.0`), dates as YYYY-MM-DD, formulas as the value
Excel last calculated. Two things a plain read would get wrong are read from
the sheet's XML: a merged range shows its top-left value in every one of its
cells, so each cell of the range reads that value (and a note says so); and a
formula Excel never calculated has no value to read, so its cell is marked to
be refused, naming it (it is never evaluated here).
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from jakres_desk.base.errors import FileProblem
from jakres_desk.core.intake.spreadsheet import Problem, Table, non_blank, say

_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+[0-9]+:[A-Z]+[0-9]+)"')
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
NOTE_VALUE_MAX = 60


def read_workbook(src: Path, data: bytes) -> Table:
    """The first sheet's non-blank rows, merged ranges filled, unread formulas marked."""
    import openpyxl  # a heavy import, only needed for workbooks

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # a damaged workbook fails in many different ways
        raise FileProblem("import_bad_xlsx", where=str(src), detail=_why(exc)) from None
    try:
        if not book.worksheets:
            raise FileProblem("import_empty", where=str(src))
        sheet = book.worksheets[0]
        # The stored size of a sheet is often wrong in files other tools wrote.
        sheet.reset_dimensions()
        grid = [[cell_text(v) for v in values] for values in sheet.iter_rows(values_only=True)]
        with sheet._get_source() as xml_file:  # the sheet's XML: merges and formulas
            xml = xml_file.read()
    except zipfile.BadZipFile as exc:
        raise FileProblem("import_bad_xlsx", where=str(src), detail=_why(exc)) from None
    except (KeyError, ValueError, TypeError, AttributeError, SyntaxError) as exc:
        raise FileProblem("import_bad_xlsx", where=str(src), detail=_why(exc)) from None
    finally:
        book.close()
    notes = _fill_merged(grid, xml)
    problems = _unread_formulas(src, xml) if _FORMULA.search(xml) else {}
    rows = tuple(non_blank(enumerate(grid, start=1)))
    if not rows:
        raise FileProblem("import_empty", where=str(src))
    return Table(str(src), "xlsx", rows, tuple(notes), problems)


def _why(exc: Exception) -> str:
    return str(exc).strip() or type(exc).__name__


def cell_text(value: object) -> str:
    """A workbook cell as the text a person sees: 3 not 3.0, dates as YYYY-MM-DD."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def _fill_merged(grid: list[list[str]], xml: bytes) -> list[tuple[int, str]]:
    """Give every cell of each merged range its top-left value; a note per range filled."""
    from openpyxl.utils.cell import range_boundaries

    notes = []
    for match in _MERGE.finditer(xml):
        ref = match.group(1).decode()
        left, top, right, bottom = (int(b) for b in range_boundaries(ref))
        while len(grid) < bottom:
            grid.append([])
        value = _at(grid, top, left)
        if not value.strip():
            continue
        for r in range(top, bottom + 1):
            row = grid[r - 1]
            row.extend([""] * (right - len(row)))
            row[left - 1 : right] = [value] * (right - left + 1)
        corner = ref.split(":")[0]
        notes.append(
            (top, say("import_note_merged", cells=ref, corner=corner, value=_short(value)))
        )
    return notes


def _at(grid: list[list[str]], row: int, col: int) -> str:
    cells = grid[row - 1]
    return cells[col - 1] if col <= len(cells) else ""


def _short(value: str) -> str:
    flat = " ".join(value.split())
    return flat if len(flat) <= NOTE_VALUE_MAX else flat[: NOTE_VALUE_MAX - 1] + "…"


def _unread_formulas(src: Path, xml: bytes) -> dict[tuple[int, int], Problem]:
    """The cells holding a formula but no value Excel calculated: (row, column) -> why."""
    from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

    problems: dict[tuple[int, int], Problem] = {}
    try:
        for _, element in ElementTree.iterparse(io.BytesIO(xml)):
            if _local(element.tag) != "c":
                continue
            parts = {_local(child.tag): child for child in element}
            value = parts.get("v")
            if "f" in parts and (value is None or value.text is None) and element.get("r"):
                ref = str(element.get("r"))
                letters, row = coordinate_from_string(ref)
                formula = "=" + (parts["f"].text or "")
                params: dict[str, Any] = {"cell": ref, "formula": _short(formula)}
                problems[(row, column_index_from_string(letters) - 1)] = ("import_formula", params)
            element.clear()
    except (ElementTree.ParseError, ValueError) as exc:
        raise FileProblem("import_bad_xlsx", where=str(src), detail=_why(exc)) from None
    return problems


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]
