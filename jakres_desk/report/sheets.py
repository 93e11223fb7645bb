"""A workshop's results as spreadsheets: one XLSX workbook, or one CSV file per table.

Every sheet is one table with readable columns (names and titles, not ids) and the
record's uuid last, for tracing a row back to the file. Headers, sheet names and
words such as "konsensus" follow the chosen language. docs/spreadsheets.md
describes the sheets, their columns and the choices taken (typed cells, formula
injection, CSV dialect, determinism).

The work is split by job: `sheet_columns` (names, headers, words), `sheet_context`
(the one read transaction), `sheet_rows` and `sheet_results` (one function per
sheet), `sheet_csv` and `xlsx` (the two file forms).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

from jakres_desk.base.errors import ValidationError
from jakres_desk.base.i18n import LANGUAGES, current_language
from jakres_desk.report import sheet_consolidated, sheet_results, sheet_rows
from jakres_desk.report.sheet_columns import SHEETS, WORDS, Column, in_lang, word
from jakres_desk.report.sheet_context import Ctx, read_context
from jakres_desk.report.sheet_csv import DIALECTS, csv_body, csv_converter, csv_folder, csv_path
from jakres_desk.report.xlsx import Row, Sheet, write_workbook
from jakres_desk.store.atomic import write_atomic, write_folder_atomic
from jakres_desk.store.db import JakresFile

__all__ = [
    "BUILDERS",
    "DIALECTS",
    "SHEETS",
    "SUFFIXES",
    "WORDS",
    "Column",
    "build_sheets",
    "csv_body",
    "csv_converter",
    "csv_path",
    "word",
    "write_csv",
    "write_sheets",
    "write_xlsx",
]

SUFFIXES = (".xlsx", ".csv")

# key -> the rows of that sheet; every key of SHEETS, in any order.
BUILDERS: dict[str, Callable[[Ctx], list[Row]]] = {
    "workshop": sheet_rows.workshop_rows,
    "groups": sheet_rows.groups_rows,
    "participants": sheet_rows.participants_rows,
    "elements": sheet_rows.elements_rows,
    "targets": sheet_rows.targets_rows,
    "criteria": sheet_rows.criteria_rows,
    "programs": sheet_results.programs_rows,
    "candidates": sheet_results.candidates_rows,
    "votes": sheet_results.votes_rows,
    "scores": sheet_results.scores_rows,
    "categories": sheet_consolidated.categories_rows,
    "links": sheet_consolidated.links_rows,
    "agencies": sheet_consolidated.agencies_rows,
}


def build_sheets(f: JakresFile, *, lang: str | None = None) -> list[Sheet]:
    """Every sheet of the export, in workbook order, read in one consistent transaction."""
    lang = _language(lang)
    with f.read() as s:
        c = read_context(s, lang)
        return [_sheet(key, BUILDERS[key](c), lang) for key in SHEETS]


def _language(lang: str | None) -> str:
    """The language asked for, else the current one (the CLI's --lang)."""
    lang = lang or current_language()
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGUAGES)}")
    return lang


def _sheet(key: str, rows: list[Row], lang: str) -> Sheet:
    names, columns = SHEETS[key]
    headers = tuple(in_lang(lang, (col.id, col.en)) for col in columns)
    return Sheet(key, in_lang(lang, names), headers, tuple(col.kind for col in columns), rows)


def write_xlsx(f: JakresFile, out: Path, *, lang: str | None = None) -> list[Path]:
    """Write the workbook to `out` atomically (all of it, or the old file); returns [out]."""
    out = Path(out)
    sheets = build_sheets(f, lang=lang)
    title, day = sheets[0].rows[0][:2]  # the workshop's title and date
    assert isinstance(title, str) and isinstance(day, date)
    write_atomic(out, lambda fh: write_workbook(fh, sheets, title=title, day=day))
    return [out]


def write_csv(f: JakresFile, out: Path, *, lang: str | None = None) -> list[Path]:
    """Write one CSV per table into the folder OUT-csv beside `out`, as one set; the paths.

    `-o hasil.csv` writes `hasil-csv/hasil-<table>.csv`. The folder is written whole
    beside the old one and swapped in at once (`store.atomic.write_folder_atomic`), so
    a kill or a full disk leaves the whole old set or the whole new one, never a mix.
    """
    lang = _language(lang)
    out = Path(out)
    target = csv_folder(out)
    bodies = {csv_path(out, s.name).name: csv_body(s, lang) for s in build_sheets(f, lang=lang)}
    mark = json.dumps({"source": f.path.name, "language": lang}, ensure_ascii=False)
    return write_folder_atomic(target, bodies, mark=mark)


def write_sheets(f: JakresFile, out: Path, *, lang: str | None = None) -> list[Path]:
    """Export by the suffix of `out` (.xlsx or .csv); returns the files written."""
    suffix = Path(out).suffix.lower()
    if suffix == ".xlsx":
        return write_xlsx(f, out, lang=lang)
    if suffix == ".csv":
        return write_csv(f, out, lang=lang)
    raise ValidationError(
        "bad_choice", field="-o", value=suffix or str(out), known=", ".join(SUFFIXES)
    )
