"""What importing a sheet would do, before anything is written: the preview the setup
desk shows (how each column maps, the header row, sample rows, bad rows and why)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from jakres_desk.core.intake.columns import (
    HEADER_SEARCH,
    ColumnPlan,
    lay_out,
    row_text,
    sheet_of,
)
from jakres_desk.core.intake.findings import ImportReport
from jakres_desk.core.intake.imports import PARTICIPANTS, PROGRAMS, Kind, _report, _sort_rows
from jakres_desk.core.intake.spreadsheet import read_table
from jakres_desk.store.db import JakresFile

PREVIEW_ROWS = 8  # sample rows shown under the header


@dataclass(frozen=True)
class Preview:
    """What importing a sheet would do, as mapped: nothing of it is written.

    `problem` says why it cannot be imported as mapped (unknown or missing
    columns, no rows); then the counts are those of the rows read so far (0).
    """

    source: str
    encoding: str
    header_line: int
    found_header: bool  # the header row names every required field
    first_rows: tuple[tuple[int, str], ...]  # (line, text) of the rows a header may be in
    columns: tuple[ColumnPlan, ...]
    fields: tuple[tuple[str, bool], ...]  # (field, required) of this import
    sample: tuple[tuple[int, tuple[str, ...]], ...]
    problem: str
    report: ImportReport | None  # what the import would report (counts, errors, notes)
    problem_key: str = ""  # the message key of the problem, for a screen to say it its way


def preview_participants(
    f: JakresFile,
    src: Path,
    *,
    columns: Mapping[str, str] | None = None,
    header_line: int | None = None,
) -> Preview:
    """What import_participants would do with this sheet and mapping; writes nothing."""
    return _preview(f, Path(src), PARTICIPANTS, columns, header_line)


def preview_programs(
    f: JakresFile,
    src: Path,
    *,
    columns: Mapping[str, str] | None = None,
    header_line: int | None = None,
) -> Preview:
    """What import_programs would do with this sheet and mapping; writes nothing."""
    return _preview(f, Path(src), PROGRAMS, columns, header_line)


def _preview(
    f: JakresFile,
    src: Path,
    kind: Kind,
    mapping: Mapping[str, str] | None,
    header_line: int | None,
) -> Preview:
    from jakres_desk.base.errors import FileProblem

    table = read_table(src)
    layout = lay_out(table, kind.columns, mapping, kind.left_out, header_line)
    problem, key, report = "", "", None
    try:
        sheet = sheet_of(layout, kind.columns)
    except FileProblem as exc:
        problem, key = exc.message(), exc.key
    else:
        with f.read() as s:
            outcome = _sort_rows(sheet, kind.prepare(s), write=False)
        report = _report(sheet, outcome, skip_invalid=True)
    return Preview(
        table.source,
        table.encoding,
        layout.header_line,
        layout.found_header,
        tuple((n, row_text(c)) for n, c in table.rows[:HEADER_SEARCH]),
        layout.plans,
        tuple((c.field, c.required) for c in kind.columns),
        layout.body[:PREVIEW_ROWS],
        problem,
        report,
        key,
    )
