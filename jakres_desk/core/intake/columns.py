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

__all__ = ["Column", "Row", "RowError", "Sheet", "header_key", "norm", "open_sheet", "say"]

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
) -> Sheet:
    """Read the file, find its header row and match the headers; a FileProblem if unusable.

    `mapping` maps a header as written in the file to a field (its name, or any
    header accepted for it), or to "-" to leave that column out. Columns headed
    as in `left_out` are left out without asking (and listed as ignored).
    """
    table = read_table(src)
    matcher = _Matcher(src, columns, mapping or {}, left_out)
    at = _header_position(table, matcher)
    header_line, cells = table.rows[at]
    headers = tuple(visible(c).strip() for c in cells)
    where = f"{src}:{header_line}"
    matcher.check_mapping(where, headers)
    body = table.rows[at + 1 :]
    index, ignored = _match_columns(where, matcher, headers, body)
    if not body:
        raise FileProblem("import_no_rows", where=str(src))
    names = {name: headers[i] for name, i in index.items()}
    notes = [(n, say("import_note_above_header", text=_row_text(c))) for n, c in table.rows[:at]]
    notes += [(n, note) for n, note in table.notes if n > header_line]
    return Sheet(table, header_line, headers, body, index, names, tuple(ignored), tuple(notes))


def _row_text(cells: tuple[str, ...]) -> str:
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

    def describe(self) -> str:
        """Every field and its accepted headers, for a refusal."""
        return "; ".join(f"{c.field} ({', '.join(c.headers)})" for c in self.columns)


def _header_position(table: Table, matcher: _Matcher) -> int:
    """The first of the first rows that names the required fields (else the first row)."""
    for at, (_, cells) in enumerate(table.rows[:HEADER_SEARCH]):
        if matcher.is_header_row(cells):
            return at
    return 0


def _match_columns(
    where: str,
    matcher: _Matcher,
    headers: tuple[str, ...],
    body: tuple[tuple[int, tuple[str, ...]], ...],
) -> tuple[dict[str, int], list[str]]:
    index: dict[str, int] = {}
    ignored: list[str] = []
    unknown: list[str] = []
    for i, header in enumerate(headers):
        if not header:
            continue  # cells under no header are refused row by row
        found = matcher.field(header)
        if found is None and _row_number_header(header):
            found = IGNORE
        holds_data = any(i < len(cells) and not blank(cells[i]) for _, cells in body)
        if found == IGNORE or (found is None and not holds_data):
            ignored.append(header)
        elif found is None:
            unknown.append(header)
        elif found in index and holds_data:
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
            index[found] = i
    _require_columns(where, matcher, headers, index)
    if unknown:
        raise FileProblem(
            "import_unknown_columns",
            where=where,
            columns=", ".join(f"'{h}'" for h in unknown),
            fields=matcher.describe(),
        )
    return index, ignored


def _require_columns(
    where: str, matcher: _Matcher, headers: tuple[str, ...], index: dict[str, int]
) -> None:
    for c in matcher.columns:
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
