"""Reading an import's sheet: the header row found, headers matched to fields, cells checked.

Headers are matched in Indonesian or English, ignoring case, punctuation and
notes in brackets, or as the caller maps them. A column that holds data but
names no field is refused, never dropped; every bad cell becomes a RowError
naming its line and column.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jakres_desk.base.errors import FileProblem
from jakres_desk.core.intake.spreadsheet import (
    Table,
    blank,
    first_control,
    read_table,
    say,
    visible,
)
from jakres_desk.core.services.common import NAME_MAX

__all__ = [
    "Column",
    "ColumnPlan",
    "Layout",
    "Row",
    "RowError",
    "Sheet",
    "header_key",
    "lay_out",
    "norm",
    "open_sheet",
    "say",
    "sheet_of",
]

HEADER_SEARCH = 10  # the header row is looked for among this many non-blank rows
IGNORE = "-"  # maps a column to no field: it is left out on purpose
# A column numbering the rows carries nothing to import: it is left out (and listed).
ROW_NUMBER_HEADERS = ("no", "nomor", "no urut", "nomor urut", "#")
SPREADSHEET_ERRORS = (
    "#N/A",
    "#REF!",
    "#VALUE!",
    "#DIV/0!",
    "#NAME?",
    "#NUM!",
    "#NULL!",
    "#SPILL!",
    "#CALC!",
    "#GETTING_DATA",
)


@dataclass(frozen=True)
class RowError:
    """One bad cell: the line, the column as headed in the file, its value and why."""

    line: int
    column: str
    value: str
    reason: str


@dataclass(frozen=True)
class Column:
    """A field of an import and the headers (Indonesian or English) that name it."""

    field: str
    headers: tuple[str, ...]
    required: bool = False


def norm(value: str) -> str:
    """Text compared the way a person would: case and spacing ignored."""
    return " ".join(value.casefold().split())


def header_key(header: str) -> str:
    """A header without case, punctuation, notes in brackets or extra spaces."""
    bare = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", header.casefold())
    return " ".join(re.sub(r"[^\w]+|_", " ", bare).split())


def _row_number_header(header: str) -> bool:
    return header.strip() == "#" or header_key(header) in ROW_NUMBER_HEADERS


# --- the sheet and its columns --------------------------------------------------


@dataclass(frozen=True)
class ColumnPlan:
    """How one column of the header row is read: the field it fills, or why not."""

    position: int
    header: str  # as written in the file ("" for a cell under no header)
    field: str | None  # a field, IGNORE (left out, listed), or None (unknown: refused)
    holds_data: bool
    mapped: bool = False  # the caller's mapping decided it
    guess: str = ""  # for an unknown column: the field its words suggest ("" if none)


@dataclass(frozen=True)
class Layout:
    """A table, the row read as its header, and how each column maps (nothing refused yet)."""

    table: Table
    at: int  # the header row's position in table.rows
    header_line: int
    headers: tuple[str, ...]
    body: tuple[tuple[int, tuple[str, ...]], ...]
    plans: tuple[ColumnPlan, ...]
    found_header: bool  # the header row names every required field


@dataclass(frozen=True)
class Sheet:
    """A table whose header row was found and whose columns were matched to fields."""

    table: Table
    header_line: int
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # the rows under the header
    index: dict[str, int]  # field -> position in the row
    names: dict[str, str]  # field -> header as written in the file
    ignored: tuple[str, ...]
    notes: tuple[tuple[int, str], ...]


def open_sheet(
    src: Path,
    columns: tuple[Column, ...],
    mapping: Mapping[str, str] | None = None,
    *,
    left_out: tuple[str, ...] = (),
    header_line: int | None = None,
) -> Sheet:
    """Read the file, find its header row and match the headers; a FileProblem if unusable.

    `mapping` maps a header as written in the file to a field (its name, or any
    header accepted for it), or to "-" to leave that column out. Columns headed
    as in `left_out` are left out without asking (and listed as ignored).
    `header_line` names the header row (its line or row number) instead of
    looking for it among the first rows.
    """
    return sheet_of(lay_out(read_table(src), columns, mapping, left_out, header_line), columns)


def lay_out(
    table: Table,
    columns: tuple[Column, ...],
    mapping: Mapping[str, str] | None = None,
    left_out: tuple[str, ...] = (),
    header_line: int | None = None,
) -> Layout:
    """The header row (found, or the one named) and how each column maps; refuses nothing
    but a mapping naming a column or a field that does not exist, or a row not in the file."""
    matcher = _Matcher(Path(table.source), columns, mapping or {}, left_out)
    at = _header_position(table, matcher, header_line)
    line, cells = table.rows[at]
    headers = tuple(visible(c).strip() for c in cells)
    matcher.check_mapping(f"{table.source}:{line}", headers)
    body = table.rows[at + 1 :]
    plans = tuple(_plan(matcher, i, h, body) for i, h in enumerate(headers))
    return Layout(table, at, line, headers, body, plans, matcher.is_header_row(cells))


def sheet_of(layout: Layout, columns: tuple[Column, ...]) -> Sheet:
    """The sheet to import, or a FileProblem naming what stops it (unknown, missing columns)."""
    table, headers = layout.table, layout.headers
    where = f"{table.source}:{layout.header_line}"
    index, ignored = _check_plans(where, columns, layout.plans)
    if not layout.body:
        raise FileProblem("import_no_rows", where=table.source)
    names = {name: headers[i] for name, i in index.items()}
    above = table.rows[: layout.at]
    notes = [(n, say("import_note_above_header", text=row_text(c))) for n, c in above]
    notes += [(n, note) for n, note in table.notes if n > layout.header_line]
    return Sheet(
        table, layout.header_line, headers, layout.body, index, names, tuple(ignored), tuple(notes)
    )


def row_text(cells: tuple[str, ...]) -> str:
    """A row as one short line: its non-blank cells joined by `|`."""
    shown = list(dict.fromkeys(" ".join(visible(c).split()) for c in cells if not blank(c)))
    text = " | ".join(shown)
    return text if len(text) <= 80 else text[:79] + "…"


class _Matcher:
    """Which field a header names: the caller's mapping first, then the accepted headers."""

    def __init__(
        self,
        src: Path,
        columns: tuple[Column, ...],
        mapping: Mapping[str, str],
        left_out: tuple[str, ...],
    ):
        self.src, self.columns = src, columns
        self.left_out = {header_key(h) for h in left_out}
        self.accepted = {header_key(h): c.field for c in columns for h in c.headers}
        self.accepted.update({header_key(c.field): c.field for c in columns})
        self.mapping = {header_key(h): f.strip() for h, f in mapping.items()}
        self.written = {header_key(h): h for h in mapping}

    def field(self, header: str) -> str | None:
        """The field a header names, IGNORE, or None if it names nothing known."""
        key = header_key(header)
        if key in self.mapping:
            target = self.mapping[key]
            return IGNORE if target == IGNORE else self.accepted.get(header_key(target))
        return IGNORE if key in self.left_out else self.accepted.get(key)

    def mapped(self, header: str) -> bool:
        """True if the caller's mapping names this header."""
        return header_key(header) in self.mapping

    def guess(self, header: str) -> str:
        """The field whose accepted headers share most words with this one ("" if none)."""
        words = set(header_key(header).split())
        best, shared = "", 0
        for c in self.columns:
            common = max(len(words & set(h.split())) for h in (*c.headers, c.field))
            if common > shared:
                best, shared = c.field, common
        return best

    def check_mapping(self, where: str, headers: tuple[str, ...]) -> None:
        """Refuse a mapping naming a column the file lacks, or a field the import lacks."""
        found = {header_key(h) for h in headers}
        for key, target in self.mapping.items():
            if key not in found:
                raise FileProblem(
                    "import_map_no_column",
                    where=where,
                    column=self.written[key],
                    found=", ".join(h for h in headers if h) or "-",
                )
            if target != IGNORE and header_key(target) not in self.accepted:
                raise FileProblem(
                    "import_map_no_field",
                    where=where,
                    column=self.written[key],
                    field=target,
                    fields=", ".join(c.field for c in self.columns),
                )

    def is_header_row(self, cells: tuple[str, ...]) -> bool:
        """True if the row names every required field."""
        named = {self.field(c) for c in cells}
        return all(c.field in named for c in self.columns if c.required)


def describe(columns: tuple[Column, ...]) -> str:
    """Every field and its accepted headers, for a refusal."""
    return "; ".join(f"{c.field} ({', '.join(c.headers)})" for c in columns)


def _header_position(table: Table, matcher: _Matcher, header_line: int | None) -> int:
    """The row named, else the first of the first rows naming the required fields (else 0)."""
    if header_line is not None:
        for at, (line, _) in enumerate(table.rows):
            if line == header_line:
                return at
        raise FileProblem("import_no_such_header_row", where=table.source, line=header_line)
    for at, (_, cells) in enumerate(table.rows[:HEADER_SEARCH]):
        if matcher.is_header_row(cells):
            return at
    return 0


def _plan(
    matcher: _Matcher, i: int, header: str, body: tuple[tuple[int, tuple[str, ...]], ...]
) -> ColumnPlan:
    holds_data = any(i < len(cells) and not blank(cells[i]) for _, cells in body)
    if not header:
        return ColumnPlan(i, header, None, holds_data)  # its cells are refused row by row
    found = matcher.field(header)
    if found is None and _row_number_header(header):
        found = IGNORE
    if found is None and not holds_data:
        found = IGNORE  # an empty column carries nothing: left out, and listed
    guess = matcher.guess(header) if found is None else ""
    return ColumnPlan(i, header, found, holds_data, matcher.mapped(header), guess)


def _check_plans(
    where: str, columns: tuple[Column, ...], plans: tuple[ColumnPlan, ...]
) -> tuple[dict[str, int], list[str]]:
    index: dict[str, int] = {}
    ignored: list[str] = []
    unknown: list[ColumnPlan] = []
    headers = tuple(p.header for p in plans)
    for plan in plans:
        found, header = plan.field, plan.header
        if not header:
            continue
        if found == IGNORE:
            ignored.append(header)
        elif found is None:
            unknown.append(plan)
        elif found in index and plan.holds_data:
            raise FileProblem(
                "import_same_field_twice",
                where=where,
                first=headers[index[found]],
                second=header,
                field=found,
            )
        elif found in index:
            ignored.append(header)
        else:
            index[found] = plan.position
    _require_columns(where, columns, headers, index)
    if unknown:
        first = unknown[0]
        raise FileProblem(
            "import_unknown_columns_map",
            where=where,
            columns=", ".join(f"'{p.header}'" for p in unknown),
            example=f"{first.header}={first.guess or columns[0].field}",
            left_out=f"{first.header}=-",
            fields=describe(columns),
        )
    return index, ignored


def _require_columns(
    where: str, columns: tuple[Column, ...], headers: tuple[str, ...], index: dict[str, int]
) -> None:
    for c in columns:
        if c.required and c.field not in index:
            raise FileProblem(
                "import_missing_column",
                where=where,
                column=say(f"import_field_{c.field}"),
                accepted=", ".join(c.headers),
                found=", ".join(h for h in headers if h) or "-",
            )


class Row:
    """One data row being checked; collects its errors."""

    def __init__(self, sheet: Sheet, line: int, cells: tuple[str, ...]) -> None:
        self.sheet, self.line, self.cells = sheet, line, cells
        self.errors: list[RowError] = []

    def check(self) -> None:
        """Refuse the cells that cannot be imported exactly: unread, invisible, or headerless."""
        for name, i in self.sheet.index.items():
            reason = self._unreadable(i)
            if reason:
                self.errors.append(
                    RowError(self.line, self.sheet.names[name], self._shown(i), reason)
                )
        headers = self.sheet.headers
        for i, cell in enumerate(self.cells):
            if (i >= len(headers) or not headers[i]) and not blank(cell):
                self.errors.append(
                    RowError(
                        self.line, self.sheet.table.label(i), self._shown(i), self._headerless(i)
                    )
                )

    def _shown(self, i: int) -> str:
        return visible(self.cells[i]).strip() if i < len(self.cells) else ""

    def _unreadable(self, i: int) -> str:
        table = self.sheet.table
        problem = table.problems.get((self.line, i))
        if problem:
            return say(problem[0], **problem[1])
        cell = self.cells[i] if i < len(self.cells) else ""
        bad = first_control(cell)
        if "\ud800" <= bad <= "\udfff":
            return say("import_not_utf8", line=table.utf8_line)
        if bad:
            return say("import_control_character", code=f"U+{ord(bad):04X}")
        if cell.strip().upper() in SPREADSHEET_ERRORS:
            return say("import_spreadsheet_error", value=cell.strip())
        return ""

    def _headerless(self, i: int) -> str:
        if self.sheet.table.encoding == "xlsx":
            return say("import_cell_without_header_xlsx", column=self.sheet.table.label(i))
        return say("import_cell_without_header", cell=i + 1)

    def raw(self, name: str) -> str:
        """The cell of a field, stripped, or "" when the file has no such column."""
        i = self.sheet.index.get(name)
        return "" if i is None or i >= len(self.cells) else self.cells[i].strip()

    def fail(self, name: str, key: str, **params: Any) -> None:
        """Record that this row's cell of a field is wrong, and why."""
        self.errors.append(
            RowError(self.line, self.sheet.names[name], self.raw(name), say(key, **params))
        )

    def text(
        self, name: str, *, required: bool = False, limit: int = NAME_MAX, one_line: bool = True
    ) -> str:
        """A text cell, cleaned; required and length checked."""
        value = " ".join(self.raw(name).split()) if one_line else self.raw(name)
        if required and not value:
            self.fail(name, "required")
        elif len(value) > limit:
            self.fail(name, "too_long", limit=limit)
            return ""
        return value
