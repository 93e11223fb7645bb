"""Reading an import's sheet: headers matched to fields, rows checked cell by cell.

Headers are matched in Indonesian or English, ignoring case, punctuation and
notes in brackets; every bad cell becomes a RowError naming its line and column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jakres_desk.base.errors import FileProblem
from jakres_desk.base.i18n import pick
from jakres_desk.base.messages import MESSAGES
from jakres_desk.core.intake.spreadsheet import Table, read_table
from jakres_desk.core.services.common import NAME_MAX


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


def say(key: str, **params: Any) -> str:
    """A message in the user's language."""
    return pick(MESSAGES[key]).format(**params)


def norm(value: str) -> str:
    """Text compared the way a person would: case and spacing ignored."""
    return " ".join(value.casefold().split())


def header_key(header: str) -> str:
    """A header without case, punctuation, notes in brackets or extra spaces."""
    bare = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", header.casefold())
    return " ".join(re.sub(r"[^\w]+|_", " ", bare).split())


# --- the sheet and its columns --------------------------------------------------


@dataclass(frozen=True)
class Sheet:
    """A table whose columns were matched to the fields of one import."""

    table: Table
    index: dict[str, int]  # field -> position in the row
    names: dict[str, str]  # field -> header as written in the file
    ignored: tuple[str, ...]


def open_sheet(src: Path, columns: tuple[Column, ...]) -> Sheet:
    """Read the file and match its headers; a FileProblem if it cannot be used."""
    table = read_table(src)
    wanted = {header_key(h): c.field for c in columns for h in c.headers}
    index: dict[str, int] = {}
    ignored: list[str] = []
    for i, header in enumerate(table.headers):
        found = wanted.get(header_key(header))
        if found is None or found in index:
            if header:
                ignored.append(header)
            continue
        index[found] = i
    _require_columns(src, table, columns, index)
    if not table.rows:
        raise FileProblem("import_no_rows", where=str(src))
    names = {name: table.headers[i] for name, i in index.items()}
    return Sheet(table, index, names, tuple(ignored))


def _require_columns(
    src: Path, table: Table, columns: tuple[Column, ...], index: dict[str, int]
) -> None:
    for c in columns:
        if c.required and c.field not in index:
            raise FileProblem(
                "import_missing_column",
                where=f"{src}:{table.header_line}",
                column=say(f"import_field_{c.field}"),
                accepted=", ".join(c.headers),
                found=", ".join(h for h in table.headers if h) or "-",
            )


class Row:
    """One data row being checked; collects its errors."""

    def __init__(self, sheet: Sheet, line: int, cells: tuple[str, ...]) -> None:
        self.sheet, self.line, self.cells = sheet, line, cells
        self.errors: list[RowError] = []

    def raw(self, name: str) -> str:
        """The cell of a field, or "" when the file has no such column."""
        i = self.sheet.index.get(name)
        return "" if i is None else self.cells[i]

    def fail(self, name: str, key: str, **params: Any) -> None:
        """Record that this row's cell of a field is wrong, and why."""
        self.errors.append(
            RowError(self.line, self.sheet.names[name], self.raw(name), say(key, **params))
        )

    def text(
        self, name: str, *, required: bool = False, limit: int = NAME_MAX, one_line: bool = True
    ) -> str:
        """A text cell, cleaned; required and length checked."""
        value = " ".join(self.raw(name).split()) if one_line else self.raw(name).strip()
        if required and not value:
            self.fail(name, "required")
        elif len(value) > limit:
            self.fail(name, "too_long", limit=limit)
            return ""
        return value
