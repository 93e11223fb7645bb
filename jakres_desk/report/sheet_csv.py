"""The CSV form of a sheet: the dialect Excel expects in each language, cells as text."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date
from pathlib import Path

from jakres_desk.report.sheet_columns import word
from jakres_desk.report.xlsx import BOOL, DATE, FLOAT, INT, SCORE, Sheet, Value, is_formula_like

# language -> (delimiter, decimal mark): Excel with Indonesian regional settings
# splits on ";" and reads "3,5" as a number; English settings want "," and "3.5".
DIALECTS = {"id": (";", ","), "en": (",", ".")}


def _csv_number(decimal: str) -> Callable[[Value], str]:
    def shown(value: Value) -> str:
        if value is None:
            return ""
        if isinstance(value, float):
            text = str(int(value)) if value.is_integer() else repr(value)
            return text.replace(".", decimal)
        return str(value)

    return shown


def _csv_text(value: Value) -> str:
    if not isinstance(value, str):
        return "" if value is None else str(value)
    return "'" + value if is_formula_like(value) else value


def csv_converter(kind: str, lang: str) -> Callable[[Value], str]:
    """How a column's cells become CSV text: yes/no words, ISO dates, the decimal mark.

    Text that a spreadsheet would run as a formula gets a leading apostrophe.
    """
    if kind == BOOL:
        yes, no = word("bool", "True", lang), word("bool", "False", lang)
        return lambda v: "" if v is None else (yes if v else no)
    if kind == DATE:
        return lambda v: v.isoformat() if isinstance(v, date) else ""
    if kind in (INT, FLOAT, SCORE):
        return _csv_number(DIALECTS[lang][1])
    return _csv_text


def csv_path(out: Path, sheet_name: str) -> Path:
    """Where one table of `-o OUT.csv` goes: OUT-<sheet>.csv beside it."""
    return out.with_name(f"{out.stem}-{sheet_name.lower()}.csv")


def csv_folder(out: Path) -> Path:
    """The folder `-o OUT.csv` writes its set of tables into: OUT-csv beside it."""
    return out.with_name(f"{out.stem}-csv")


def csv_body(sheet: Sheet, lang: str) -> bytes:
    """One table as CSV bytes: UTF-8 with a BOM (so Excel reads accents), CRLF lines."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=DIALECTS[lang][0], lineterminator="\r\n")
    writer.writerow(sheet.headers)
    shown = [csv_converter(kind, lang) for kind in sheet.kinds]
    writer.writerows([f(v) for f, v in zip(shown, row, strict=True)] for row in sheet.rows)
    return buf.getvalue().encode("utf-8-sig")
