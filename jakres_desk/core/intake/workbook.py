"""Reading the first sheet of an .xlsx workbook as the text a person sees in it.

Numbers as shown (`3`, not `3.0`; `1,234.50` under a `#,##0.00` format), dates
as their format shows them (`26/09/2018` under `dd/mm/yyyy`; YYYY-MM-DD under
Excel's default date format, which Windows shows in the reader's own locale),
formulas as the value Excel last calculated. Two things a plain read would get wrong are read from
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
        grid = [[shown(c) for c in cells] for cells in sheet.iter_rows()]
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


def shown(cell: Any) -> str:
    """A workbook cell as its number format shows it, where that format is a plain one."""
    value = getattr(cell, "value", None)
    fmt = str(getattr(cell, "number_format", "General") or "General")
    if fmt != "General" and not isinstance(value, bool | str) and value is not None:
        if isinstance(value, datetime | date):
            text = date_as_shown(value, fmt)
            if text:
                return text
        elif isinstance(value, int | float):
            text = number_as_shown(value, fmt)
            if text:
                return text
    return cell_text(value)


_DATE_TOKEN = re.compile(
    r"yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am/pm|\\.|\"[^\"]*\"|.", re.IGNORECASE
)
_LOCALE = re.compile(r"\[\$[^\]]*-([0-9A-Fa-f]+)\]|\[[^\]]*\]")
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
}
DAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "id": "Senin Selasa Rabu Kamis Jumat Sabtu Minggu",
}
INDONESIAN_LOCALE = 0x421


# Excel's built-in date formats 14 and 22 are shown in the reader's Windows locale
# (26/09/2018 in Jakarta, 9/26/2018 in Ohio): no one way is "as shown", so ISO.
LOCALE_DATE_FORMATS = ("mm-dd-yy", "m/d/yy h:mm")


def date_as_shown(value: date, fmt: str) -> str:
    """A date in an Excel date format (`dd/mm/yyyy`, `d mmmm yyyy`…); "" if not one."""
    section = fmt.split(";")[0]
    if section in LOCALE_DATE_FORMATS:
        return ""
    locale = _LOCALE.search(section)
    code = locale.group(1) if locale else None
    lang = "id" if code and int(code[-3:], 16) == INDONESIAN_LOCALE else "en"
    section = _LOCALE.sub("", section)
    tokens = _DATE_TOKEN.findall(section)
    if not any(t[0].lower() in "ydm" for t in tokens if t[0].isalpha()):
        return ""
    at = value if isinstance(value, datetime) else datetime(value.year, value.month, value.day)
    return "".join(_date_part(at, token, tokens, i, lang) for i, token in enumerate(tokens))


def _date_part(at: datetime, token: str, tokens: list[str], i: int, lang: str) -> str:
    low = token.lower()
    months, days = MONTHS[lang].split(), DAYS[lang].split()
    if low in ("m", "mm") and _is_minute(tokens, i):
        return f"{at.minute:02d}" if low == "mm" else str(at.minute)
    parts = {
        "yyyy": f"{at.year:04d}",
        "yy": f"{at.year % 100:02d}",
        "mmmm": months[at.month - 1],
        "mmm": months[at.month - 1][:3],
        "mm": f"{at.month:02d}",
        "m": str(at.month),
        "dddd": days[at.weekday()],
        "ddd": days[at.weekday()][:3],
        "dd": f"{at.day:02d}",
        "d": str(at.day),
        "hh": f"{at.hour:02d}",
        "h": str(at.hour),
        "ss": f"{at.second:02d}",
        "s": str(at.second),
    }
    if low in parts:
        return parts[low]
    if token.startswith("\\"):
        return token[1:]
    if token.startswith('"'):
        return token[1:-1]
    return token


def _is_minute(tokens: list[str], i: int) -> bool:
    """Excel reads m as minutes right after an hour or right before seconds."""
    before = next((t.lower() for t in reversed(tokens[:i]) if t.isalpha()), "")
    after = next((t.lower() for t in tokens[i + 1 :] if t.isalpha()), "")
    return before in ("h", "hh") or after in ("s", "ss")


_PLAIN_NUMBER = re.compile(r"^(#,##)?0(\.0+)?(%?)$")


def number_as_shown(value: float, fmt: str) -> str:
    """A number in a plain Excel format (`0.00`, `#,##0`, `0%`); "" for any other format."""
    found = _PLAIN_NUMBER.match(fmt.split(";")[0].strip())
    if not found:
        return ""
    decimals = len(found.group(2) or ".") - 1
    shown = value * 100 if found.group(3) else value
    text = f"{shown:,.{decimals}f}" if found.group(1) else f"{shown:.{decimals}f}"
    return text + found.group(3)


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
