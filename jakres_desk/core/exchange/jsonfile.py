"""The documented JSON form of a whole .jakres file: export it, load it back.

docs/json-format.md describes it and resources/schema/jakres-export.schema.json
checks it. Export takes its column lists from the SQLAlchemy models, so no column
can be left out; the schema names the columns itself, and a test keeps the two
equal, so a migration that adds a column fails that test until the schema follows.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, NoReturn, cast

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError as SchemaError
from sqlalchemy import Table, UniqueConstraint, insert, select, text
from sqlalchemy.exc import StatementError

from jakres_desk.base.errors import FileProblem, NotFound, ValidationError
from jakres_desk.base.i18n import current_language
from jakres_desk.base.messages import MESSAGES
from jakres_desk.core import resources
from jakres_desk.core.rules.values import BadValue, Refusal, check_rows, check_voting_rules
from jakres_desk.core.services.workshops import RULE_FIELDS
from jakres_desk.store import migrate
from jakres_desk.store.atomic import write_bytes_atomic as _write_atomic
from jakres_desk.store.db import JakresFile, create_file
from jakres_desk.store.domain import quoted as q
from jakres_desk.store.models import (
    Base,
    Candidate,
    Category,
    CategorySet,
    Criterion,
    Decision,
    Dimension,
    DotVote,
    Element,
    FocusArea,
    FocusAreaGoal,
    Framework,
    Goal,
    Group,
    ImportLog,
    Meta,
    Participant,
    Program,
    ProgramCategory,
    ProgramFocusArea,
    ProgramLink,
    Quality,
    Score,
    StakeholderKind,
    Target,
    Tombstone,
    Workshop,
)
from jakres_desk.store.probe import SQLITE_MAGIC

FORMAT = "jakres-desk"
FORMAT_VERSION = 1
SCHEMA_NAME = "jakres-export.schema"
SINGLE = "workshop"  # one workshop per file: an object, not an array of rows

# The JSON key and model of every table, parents before children.
TABLES: tuple[tuple[str, type[Base]], ...] = (
    ("framework", Framework),
    ("dimensions", Dimension),
    ("goals", Goal),
    ("qualities", Quality),
    ("stakeholder_kinds", StakeholderKind),
    ("workshop", Workshop),
    ("focus_areas", FocusArea),
    ("focus_area_goals", FocusAreaGoal),
    ("groups", Group),
    ("participants", Participant),
    ("elements", Element),
    ("targets", Target),
    ("criteria", Criterion),
    ("programs", Program),
    ("program_focus_areas", ProgramFocusArea),
    ("candidates", Candidate),
    ("dot_votes", DotVote),
    ("scores", Score),
    ("decisions", Decision),
    ("category_sets", CategorySet),
    ("categories", Category),
    ("program_categories", ProgramCategory),
    ("program_links", ProgramLink),
    ("import_log", ImportLog),
    ("tombstones", Tombstone),
)

Row = dict[str, Any]


def table_of(model: type[Base]) -> Table:
    """The Core table behind a model."""
    return cast(Table, model.__table__)


_KEY_OF_TABLE = {table_of(model).name: key for key, model in TABLES}


# --- export -----------------------------------------------------------------


def export_data(f: JakresFile) -> dict[str, Any]:
    """The whole file as one JSON-ready object, every table's rows sorted by primary key."""
    with f.read() as s:
        data: dict[str, Any] = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "schema_revision": s.execute(
                text("SELECT version_num FROM alembic_version")
            ).scalar_one(),
            "meta": {m.key: m.value for m in s.scalars(select(Meta))},
        }
        for key, model in TABLES:
            table = table_of(model)
            result = s.execute(select(table).order_by(*table.primary_key.columns))
            data[key] = [dict(row._mapping) for row in result]
    data[SINGLE] = _the_workshop(f.path, data[SINGLE])
    return data


def _the_workshop(path: Path, rows: list[Row]) -> Row:
    if not rows:
        raise NotFound("no_workshop", where=str(path))
    if len(rows) > 1:
        raise FileProblem("json_many_workshops", where=str(path), count=len(rows))
    return rows[0]


def dumps(data: Mapping[str, Any]) -> str:
    """The canonical text: sorted keys, two-space indent, non-ASCII as is, a final newline."""
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True, allow_nan=False) + "\n"


def write_json(f: JakresFile, out: Path) -> None:
    """Write the file's JSON form to `out` atomically: all of the new text, or the old file."""
    out = Path(out)
    try:
        body = dumps(export_data(f))
    except ValueError as exc:  # an infinite float: JSON cannot hold it
        raise FileProblem("file_cannot_write", where=str(out), detail=str(exc)) from None
    _write_atomic(out, body.encode("utf-8"))


# --- problems found in a JSON export -------------------------------------------


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a JSON export: its JSON path, a message key and the key's values."""

    path: str
    key: str
    params: dict[str, Any] = field(default_factory=dict)


class JsonInvalid(ValidationError):
    """A JSON export that breaks the schema or its references: the first problem, and the count."""

    def __init__(self, src: Path, problems: list[Problem]) -> None:
        self.problems = problems
        first = problems[0]
        super().__init__(
            first.key,
            field=first.path,
            where=f"{src}: {first.path}",
            count=len(problems),
            **first.params,
        )

    def message(self, lang: str | None = None) -> str:
        """The first problem, then how many were found in all."""
        lang = lang or current_language()
        tail = "json_count_one" if self.params["count"] == 1 else "json_count_many"
        return f"{super().message(lang)} {MESSAGES[tail][lang].format(**self.params)}"


def json_path(parts: Iterable[str | int]) -> str:
    """A JSONPath such as $.participants[3].name."""
    path = "$"
    for part in parts:
        if isinstance(part, int):
            path += f"[{part}]"
        elif part.isidentifier():
            path += f".{part}"
        else:
            path += f"[{json.dumps(part, ensure_ascii=False)}]"
    return path


def show(value: Any, limit: int = 60) -> str:
    """A value as a message quotes it: 'text' in quotes, anything else as JSON, cut short."""
    shown = repr(value) if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def _row_parts(key: str, index: int) -> list[str | int]:
    return [key] if key == SINGLE else [key, index]


def _table_rows(data: Mapping[str, Any], key: str) -> list[Row]:
    return [data[key]] if key == SINGLE else list(data[key])


# --- load -----------------------------------------------------------------------


def load_json(src: Path, out: Path, *, device_id: str) -> JakresFile:
    """A new .jakres file at `out` made from a JSON export, checked whole before it is written.

    On any failure nothing is left at `out`.
    """
    src, out = Path(src), Path(out)
    data = _from_older(read_json(src))
    check_data(data, src)
    _check_rules(data, src)
    try:
        # Built under a temporary name, renamed onto `out` only when whole.
        return create_file(out, device_id=device_id, fill=lambda f: _insert_all(f, data))
    except BadValue as exc:  # a value no service would write: the same rules as a merge
        raise _bad_value(src, data, exc.refusal) from None
    except (StatementError, OverflowError) as exc:  # what the checks above cannot see
        detail = getattr(exc, "orig", None) or exc
        raise ValidationError("json_rejected", where=str(src), detail=str(detail)) from None


def _check_rules(data: Mapping[str, Any], src: Path) -> None:
    """The voting rules as the screens check them: the same refusal, at its JSON path."""
    ws = data[SINGLE]
    try:
        check_voting_rules({key: ws.get(key) for key in RULE_FIELDS})
    except ValidationError as exc:
        exc.where = f"{src}: {json_path([SINGLE, exc.field])}"
        raise


# Columns later revisions added, and what an export of an older revision means by them.
_ADDED: tuple[tuple[str, str, str, Any], ...] = (
    ("0004", "import_log", "refusals", "[]"),
    ("0005", "groups", "voting_closed_at", None),
    ("0005", "groups", "voting_log", "[]"),
    ("0008", "workshop", "stage", ""),
    ("0008", "workshop", "record_language", "id"),
    ("0008", "focus_areas", "description_id", ""),
    ("0008", "focus_areas", "description_en", ""),
)


def _from_older(data: Any) -> Any:
    """An export of an older schema revision, with the columns added since filled in."""
    revision = data.get("schema_revision") if isinstance(data, dict) else None
    if not isinstance(revision, str) or revision not in migrate.revisions():
        return data
    for since, key, column, value in _ADDED:
        rows = data.get(key)
        rows = [rows] if isinstance(rows, dict) else rows
        if revision < since and isinstance(rows, list):
            for row in rows:
                if isinstance(row, dict):
                    row.setdefault(column, value)
    return data


def _insert_all(f: JakresFile, data: Mapping[str, Any]) -> None:
    meta = [{"key": k, "value": v} for k, v in data["meta"].items()]
    batches: list[tuple[type[Base], list[Row]]] = [
        (Meta, meta),
        *((model, _table_rows(data, key)) for key, model in TABLES),
    ]
    # Stamps are kept as in the JSON: this is the same data, not a new edit.
    with f.write(preserve_stamps=True) as s:
        for model, rows in batches:
            if rows:  # an empty executemany would insert one row of defaults
                s.execute(insert(model), rows)
        con = cast(sqlite3.Connection, s.connection().connection.driver_connection)
        for model, _rows in batches:
            table = table_of(model)
            key = next(iter(table.primary_key.columns)).name
            check_rows(con, table.name, f"main.{q(table.name)}", key)


def _bad_value(src: Path, data: Mapping[str, Any], found: Refusal) -> ValidationError:
    """The refusal at its JSON path, e.g. $.groups[0].notes."""
    key = _KEY_OF_TABLE.get(found.table, found.table)
    if key == "meta":
        parts: list[str | int] = ["meta", found.row]
    else:
        table = table_of(dict(TABLES)[key])
        pk = next(iter(table.primary_key.columns)).name
        rows = _table_rows(data, key)
        index = next((i for i, r in enumerate(rows) if str(r.get(pk)) == found.row), 0)
        parts = [*_row_parts(key, index), found.column]
    path = json_path(parts)
    return ValidationError(
        "json_bad_value",
        field=path,
        where=f"{src}: {path}",
        value=found.value,
        expect=found.expect,
    )


def read_json(src: Path) -> Any:
    """The parsed content of `src`; text that is not UTF-8 JSON is refused with line and column."""
    raw = _read_bytes(src)
    if raw.startswith(SQLITE_MAGIC):
        raise ValidationError("json_is_jakres", where=str(src))
    try:
        return json.loads(
            raw.decode("utf-8-sig"), parse_constant=lambda name: _not_finite(src, name)
        )
    except UnicodeDecodeError as exc:
        raise ValidationError("json_not_utf8", where=str(src), offset=exc.start) from None
    except json.JSONDecodeError as exc:
        raise ValidationError(
            "json_syntax", where=str(src), line=exc.lineno, column=exc.colno, detail=exc.msg
        ) from None


def _read_bytes(src: Path) -> bytes:
    if not src.exists():
        raise FileProblem("file_missing", where=str(src))
    if not src.is_file():
        raise FileProblem("file_not_regular", where=str(src))
    try:
        return src.read_bytes()
    except OSError as exc:
        raise FileProblem(
            "json_cannot_read", where=str(src), detail=exc.strerror or str(exc)
        ) from None


def _not_finite(src: Path, name: str) -> NoReturn:
    raise ValidationError("json_not_finite", where=str(src), value=name)


def check_data(data: Any, src: Path) -> None:
    """Refuse anything but a valid export this version can load, naming the first problem."""
    if isinstance(data, dict):
        _check_header(data, f"{src}: ")
    problems = schema_problems(data)
    if not problems:
        problems = reference_problems(data)
    if problems:
        raise JsonInvalid(src, problems)


def _check_header(data: Mapping[str, Any], where: str) -> None:
    # Checked before the schema: a stranger's JSON or a newer export deserves one clear
    # sentence, not a list of every column that differs.
    if data.get("format") != FORMAT:
        raise ValidationError("json_not_export", where=f"{where}$.format")
    version = data.get("format_version")
    if type(version) is int and version > FORMAT_VERSION:
        raise ValidationError(
            "json_newer_format",
            where=f"{where}$.format_version",
            version=version,
            known=FORMAT_VERSION,
        )
    revision = data.get("schema_revision")
    if isinstance(revision, str) and revision not in migrate.revisions():
        raise ValidationError(
            "json_newer_schema",
            where=f"{where}$.schema_revision",
            revision=revision,
            head=migrate.head(),
        )


@cache
def validator() -> Draft202012Validator:
    """The validator of resources/schema/jakres-export.schema.json."""
    return Draft202012Validator(resources.schema(SCHEMA_NAME))


def schema_problems(data: Any) -> list[Problem]:
    """Every place where `data` breaks the export schema."""
    taken: Counter[str] = Counter()
    problems: list[Problem] = []
    for err in validator().iter_errors(data):
        problems.extend(_from_schema_error(err, taken))
    return problems


def _from_schema_error(err: SchemaError, taken: Counter[str]) -> list[Problem]:
    parts = list(err.absolute_path)
    where = json_path(parts)
    if err.validator == "required":
        # jsonschema reports missing keys one error each, in the order "required" lists them.
        missing = [k for k in err.validator_value if k not in err.instance]
        name = missing[min(taken[where], len(missing) - 1)]
        taken[where] += 1
        return [Problem(json_path([*parts, name]), "json_missing")]
    if err.validator == "additionalProperties":
        known = err.schema.get("properties", {}) if isinstance(err.schema, Mapping) else {}
        return [
            Problem(json_path([*parts, k]), "json_unknown_field")
            for k in err.instance
            if k not in known
        ]
    if "then" in err.relative_schema_path:  # the schema's one if/then: an element's title
        return [Problem(where, "json_goal_or_custom")]
    if err.validator == "type":
        expected = err.validator_value
        names = expected if isinstance(expected, list) else [expected]
        return [
            Problem(
                where,
                "json_type",
                {"value": show(err.instance), "expected": ", ".join(f"'{n}'" for n in names)},
            )
        ]
    if err.validator in ("enum", "const"):
        choices = err.validator_value if err.validator == "enum" else [err.validator_value]
        return [
            Problem(
                where,
                "json_choice",
                {"value": show(err.instance), "known": ", ".join(show(c) for c in choices)},
            )
        ]
    return [Problem(where, "json_other", {"detail": err.message})]


def reference_problems(data: Mapping[str, Any]) -> list[Problem]:
    """Repeated keys and rows pointing to a missing parent, table by table."""
    tables = {key: _table_rows(data, key) for key, _ in TABLES}
    known: dict[tuple[str, str], set[Any]] = {}
    problems: list[Problem] = []
    for key, model in TABLES:
        problems.extend(_duplicates(key, table_of(model), tables[key]))
        problems.extend(_dangling(key, table_of(model), tables, known))
    return problems


def _unique_sets(table: Table) -> list[tuple[str, ...]]:
    """Column sets the file keeps unique; partial indexes are left to SQLite."""
    sets = [tuple(c.name for c in table.primary_key.columns)]
    sets += [
        tuple(c.name for c in con.columns)
        for con in table.constraints
        if isinstance(con, UniqueConstraint)
    ]
    sets += [(c.name,) for c in table.columns if c.unique]
    sets += [
        tuple(c.name for c in ix.columns)
        for ix in table.indexes
        if ix.unique and ix.dialect_options["sqlite"]["where"] is None
    ]
    return sets


def _duplicates(key: str, table: Table, rows: list[Row]) -> Iterator[Problem]:
    for columns in _unique_sets(table):
        first: dict[tuple[Any, ...], int] = {}
        for i, row in enumerate(rows):
            value = tuple(row[c] for c in columns)
            if None in value:  # SQL lets nulls repeat
                continue
            if value in first:
                yield Problem(
                    json_path(_row_parts(key, i)),
                    "json_duplicate",
                    {
                        "columns": ", ".join(columns),
                        "other": json_path(_row_parts(key, first[value])),
                    },
                )
            else:
                first[value] = i


def _dangling(
    key: str, table: Table, tables: Mapping[str, list[Row]], known: dict[tuple[str, str], set[Any]]
) -> Iterator[Problem]:
    for fk in sorted(table.foreign_keys, key=lambda fk: fk.parent.name):
        parent = _KEY_OF_TABLE[fk.column.table.name]
        target = (parent, fk.column.name)
        if target not in known:
            known[target] = {row[fk.column.name] for row in tables[parent]}
        for i, row in enumerate(tables[key]):
            value = row[fk.parent.name]
            if value is not None and value not in known[target]:
                yield Problem(
                    json_path([*_row_parts(key, i), fk.parent.name]),
                    "json_dangling",
                    {"value": show(value), "column": fk.column.name, "table": json_path([parent])},
                )
