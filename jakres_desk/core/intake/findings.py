"""What an import did, and telling the user: the report, its refusal and its lines."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from jakres_desk.base.errors import ValidationError
from jakres_desk.core.intake.columns import RowError, say


@dataclass(frozen=True)
class ImportReport:
    """What an import read, wrote and left out."""

    source: str
    encoding: str
    imported: int
    duplicates: tuple[tuple[int, str], ...]  # (line, what it duplicates)
    errors: tuple[RowError, ...]
    ignored_columns: tuple[str, ...]
    notes: tuple[tuple[int, str], ...] = ()  # (line, what was read differently from a plain read)
    updated: int = 0  # programs already in the catalogue, changed in place
    unchanged: int = 0  # programs already in the catalogue as the sheet has them


class ImportRejected(ValidationError):
    """Some rows are invalid and skipping them was not asked for: nothing was imported."""

    def __init__(self, report: ImportReport) -> None:
        self.report = report
        bad_rows = len({e.line for e in report.errors})
        super().__init__("import_rejected", where=report.source, count=bad_rows)


ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 (BOM)",
    "cp1252": "Windows-1252",
    "utf-16": "UTF-16",
    "xlsx": "XLSX",
}


def _shorten(value: str, limit: int = 60) -> str:
    flat = " ".join(value.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def format_row_error(src: Path, e: RowError) -> str:
    """One line for one bad cell: FILE:LINE: column 'X' ('value'): reason."""
    return say(
        "import_row_error",
        file=src,
        line=e.line,
        column=e.column,
        value=_shorten(e.value),
        reason=e.reason,
    )


def format_duplicate(src: Path, line: int, what: str) -> str:
    """One line for one duplicate row: FILE:LINE: what it duplicates."""
    return f"{src}:{line}: {what}"


def format_note(src: Path, line: int, note: str) -> str:
    """One line for one note: FILE:LINE: what the reader did there."""
    return f"{src}:{line}: {note}"


def format_summary(report: ImportReport) -> str:
    """One line saying what an import did."""
    parts = [
        say(
            "import_summary",
            source=report.source,
            imported=report.imported,
            encoding=ENCODING_NAMES.get(report.encoding, report.encoding),
            duplicates=len(report.duplicates),
            invalid=len({e.line for e in report.errors}),
        )
    ]
    if report.updated or report.unchanged:
        parts.append(say("import_updated", updated=report.updated, unchanged=report.unchanged))
    if report.ignored_columns:
        parts.append(say("import_ignored_columns", columns=_quoted(report.ignored_columns)))
    if report.notes:
        parts.append(say("import_notes", count=len(report.notes)))
    return "; ".join(parts)


def _quoted(items: Iterable[str]) -> str:
    return ", ".join(f"'{i}'" for i in items)
