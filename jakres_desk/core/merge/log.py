"""The import log kept in the master: one line per group file, read back as plain records."""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from jakres_desk.base.i18n import current_language
from jakres_desk.base.messages import MESSAGES

if TYPE_CHECKING:
    from jakres_desk.store.db import JakresFile
    from jakres_desk.store.models import ImportLog

STATUSES = ("merged", "unchanged", "refused")
COUNTS = ("added", "replaced", "kept", "deleted", "refused")


@dataclass(frozen=True)
class ImportLine:
    """What one group file brought to the master, or why it was refused."""

    id: str
    imported_at: str
    source_name: str
    source_sha256: str
    group_id: str | None
    group_name: str
    device_id: str
    captured_at: str
    status: str
    added: int = 0
    replaced: int = 0
    kept: int = 0
    deleted: int = 0
    refused: int = 0
    conflicts: tuple[dict[str, Any], ...] = field(default=())
    message: str = ""
    # Records the file was not allowed to change: {table, id, label, reason, owner}.
    refusals: tuple[dict[str, Any], ...] = field(default=())

    def as_json(self) -> dict[str, Any]:
        """The line as `merge --json` and `log --json` print it."""
        out = asdict(self)
        out["conflicts"] = list(self.conflicts)
        out["refusals"] = list(self.refusals)
        return out


# The columns of import_log (store.models.ImportLog, kept equal by a test): `log`
# reads them without loading the ORM.
_COLUMNS = (
    "id",
    "imported_at",
    "source_name",
    "source_sha256",
    "group_id",
    "group_name",
    "device_id",
    "captured_at",
    "status",
    "added",
    "replaced",
    "kept",
    "deleted",
    "refused",
    "conflicts",
    "message",
    "refusals",
)


def write_line(con: sqlite3.Connection, line: ImportLine) -> None:
    """Add the line to the master's log, inside the merge's own transaction."""
    values = line.as_json()
    for key in ("conflicts", "refusals"):
        values[key] = json.dumps(values[key], ensure_ascii=False, sort_keys=True)
    names = ", ".join(_COLUMNS)
    marks = ", ".join(f":{c}" for c in _COLUMNS)
    con.execute(f"INSERT INTO main.import_log ({names}) VALUES ({marks})", values)


def read_log(f: JakresFile) -> list[ImportLine]:
    """Every line of the log, oldest first."""
    from sqlalchemy import select

    from jakres_desk.store.models import ImportLog

    with f.read() as s:
        rows = s.scalars(select(ImportLog).order_by(ImportLog.imported_at, ImportLog.id)).all()
        return [_line(r) for r in rows]


def lines_in(con: sqlite3.Connection) -> list[ImportLine]:
    """`read_log` over a bare connection (store.glance): every line, oldest first."""
    names = ", ".join(_COLUMNS)
    rows = con.execute(f"SELECT {names} FROM import_log ORDER BY imported_at, id")
    return [_from_values(dict(zip(_COLUMNS, row, strict=True))) for row in rows]


def _line(row: ImportLog) -> ImportLine:
    return _from_values({c: getattr(row, c) for c in _COLUMNS})


def _from_values(values: dict[str, Any]) -> ImportLine:
    for key in ("conflicts", "refusals"):
        values[key] = _dicts(values[key])
    return ImportLine(**values)


def _dicts(text: str | None) -> tuple[dict[str, Any], ...]:
    try:
        items = json.loads(text or "[]")
    except ValueError:
        return ()
    return tuple(c for c in items if isinstance(c, dict)) if isinstance(items, list) else ()


def summary(line: ImportLine, lang: str | None = None) -> str:
    """One line a person reads: the file, its group, device, capture time and counts."""
    lang = lang or current_language()
    key = "log_line_refused" if line.status == "refused" else "log_line"
    message = translated(line.message, lang)
    text = MESSAGES[key][lang].format(
        name=line.source_name,
        group=line.group_name or MESSAGES["log_all_groups"][lang],
        device=line.device_id[:8] or "?",
        captured=line.captured_at[:19].replace("T", " ") or "?",
        status=MESSAGES[f"log_status_{line.status}"][lang],
        conflicts=len(line.conflicts),
        message=message,
        **{c: getattr(line, c) for c in COUNTS},
    )
    return text if not line.message or line.status == "refused" else f"{text} — {message}"


def conflict_lines(line: ImportLine, lang: str | None = None) -> list[str]:
    """One sentence per conflict of a line: which version was kept, which one logged."""
    lang = lang or current_language()
    out = []
    for c in line.conflicts:
        kept, other = c.get("kept") or {}, c.get("other") or {}
        out.append(
            MESSAGES["log_conflict"][lang].format(
                table=c.get("table", "?"),
                id=str(c.get("id", "?"))[:8],
                kept_device=str(kept.get("device_id", "?"))[:8],
                kept_at=str(kept.get("modified_at", "?"))[:19].replace("T", " "),
                other_device=str(other.get("device_id", "?"))[:8],
                other_at=str(other.get("modified_at", "?"))[:19].replace("T", " "),
            )
        )
    return out


def refusal_lines(line: ImportLine, lang: str | None = None) -> list[str]:
    """One sentence per record the file was not allowed to change, and why."""
    lang = lang or current_language()
    out = []
    for r in line.refusals:
        reason = str(r.get("reason", ""))
        template = MESSAGES.get(f"log_refused_{reason}", MESSAGES["log_refused_other"])[lang]
        out.append(
            template.format(
                table=r.get("table", "?"),
                id=str(r.get("id", "?"))[:8],
                label=r.get("label", ""),
                owner=r.get("owner") or "?",
            )
        )
    return out


# The line's message is stored in the language of the merge ("1 records deleted in
# the master…"): it is read back against the messages it was made from, in both
# languages, and said again in the reader's. Text that matches none stays as it is.
_LITERAL_MIN = 8  # a template needs this much fixed text to be recognised by it
_FIELD = re.compile(r"\{(\w+)\}")


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern[str], str]]:
    """(its longest fixed text, the template as a pattern, its key) for every template."""
    out = []
    for key, pair in MESSAGES.items():
        for template in pair.values():
            literal = _FIELD.sub("", template)
            names = _FIELD.findall(template)
            if len(literal.strip()) < _LITERAL_MIN or len(names) != len(set(names)):
                continue
            parts = _FIELD.split(template)  # literal, name, literal, name, ...
            regex = "".join(
                re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts)
            )
            fixed = max(parts[::2], key=len)
            out.append((fixed, re.compile(f"^{regex}$", re.DOTALL), key))
    return out


@lru_cache(maxsize=512)
def translated(message: str, lang: str) -> str:
    """A stored log message in `lang`: each "; "-joined note said again from its template.

    A note may hold "; " itself (a workshop's title): a part no template
    matches is tried with the parts after it, shortest run first.
    """
    if not message:
        return message
    parts, out = message.split("; "), []
    while parts:
        end, said = 1, None
        for n in range(1, len(parts) + 1):
            said = _said(parts[:n], lang)
            if said is not None:
                end = n
                break
        out.append(parts[0] if said is None else said)
        parts = parts[end:]
    return "; ".join(out)


def _said(parts: list[str], lang: str) -> str | None:
    text = "; ".join(parts)
    for fixed, pattern, key in _patterns():
        found = pattern.match(text) if fixed in text else None
        if found is not None:
            try:
                return MESSAGES[key][lang].format(**found.groupdict())
            except (KeyError, IndexError, ValueError):
                continue  # its other language wants other fields: not this template
    return None
