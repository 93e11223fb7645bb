"""The domain of every column, as SQL: what a value entering a file (merge, load) must be.

The services check what a person types; a group's file or a JSON export can hold
anything. Every value entering the master passes the same rules, written once
here as SQL conditions so a merge checks a whole table of incoming rows in one
statement: the column's type (store/domain.py), then the services' ranges,
lengths and choices. Rules that depend on other records or on the workshop's
current settings (dots left, the target year's window) are the services' alone:
the settings may change after the room worked. A score is the exception: it must
lie on the receiving workshop's scale, or it would print as nonsense.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Mapping
from functools import cache
from types import MappingProxyType
from typing import Any, NamedTuple

from jakres_desk.base.errors import Phrase, ValidationError
from jakres_desk.core.rules.limits import NAME_MAX, ORIGINS, SOURCES, TEXT_MAX, WEIGHT_MAX
from jakres_desk.store.domain import (
    KIND_FLAG,
    KIND_NUMBER,
    KIND_TEXT,
    KIND_WHOLE,
    kind_check,
    quoted,
)
from jakres_desk.store.tables import Column, by_name

WHOLE_MAX = 1_000_000_000  # positions, counts: far beyond any workshop, far from overflow
DOTS_MAX = 1_000
YEARS = (1900, 2200)  # the services' window moves with the workshop date: this one does not
SHOWN = 40  # characters of a refused text quoted in a message

# Columns whose text the services keep short (NAME_MAX); other Text columns get TEXT_MAX.
_SHORT = {
    "participant": ("name", "organisation", "role"),
    "breakout_group": ("name", "facilitator", "room"),
    "criterion": ("name",),
    "program": ("title", "agency"),
    "element": ("custom_title",),
    "workshop": ("title", "venue", "organiser", "stage"),
    "category_set": ("name_id", "name_en"),
    "category": ("label_id", "label_en"),
}
# Text a record cannot be without (the services' `required=True`).
_REQUIRED = {
    ("participant", "name"),
    ("breakout_group", "name"),
    ("criterion", "name"),
    ("program", "title"),
    ("target", "statement"),
    ("workshop", "title"),
}
# Whole numbers with a narrower range than ±WHOLE_MAX.
_WHOLE = {
    ("dot_vote", "count"): (0, DOTS_MAX),
    ("workshop", "dots_per_participant"): (1, DOTS_MAX),
    ("workshop", "max_dots_per_candidate"): (0, DOTS_MAX),
    ("workshop", "top_n"): (1, WHOLE_MAX),
    ("target", "target_year"): YEARS,
    **{("import_log", c): (0, WHOLE_MAX) for c in ("added", "replaced", "kept", "deleted")},
    ("import_log", "refused"): (0, WHOLE_MAX),
}
_CHOICES: dict[tuple[str, str], tuple[str, ...]] = {
    ("criterion", "source"): SOURCES,
    ("program", "origin"): ORIGINS,
    ("decision", "decided_by"): ("rule", "facilitator"),
    ("workshop", "ranking_method"): ("dots", "score"),
    ("workshop", "priority_rule"): ("top_n", "threshold", "facilitator"),
    ("workshop", "record_language"): ("id", "en"),
    ("import_log", "status"): ("merged", "unchanged"),
}
_JSON_LISTS = {
    ("focus_area", "suggested_criteria"),
    ("stakeholder_kind", "aliases"),
    ("import_log", "conflicts"),
    ("import_log", "refusals"),
    ("breakout_group", "voting_log"),
}


class Rule(NamedTuple):
    """One column's domain: a SQL condition (true when allowed) and what is expected."""

    column: str
    sql: str
    expect: Phrase


class Refusal(NamedTuple):
    """The first value of a table that breaks its column's rule."""

    table: str
    column: str
    row: str
    value: Phrase | str
    expect: Phrase
    params: Mapping[str, Any] = MappingProxyType({})


class BadValue(Exception):
    """Raised inside a merge or a load: the transaction is rolled back, the caller says where."""

    def __init__(self, refusal: Refusal) -> None:
        super().__init__(f"{refusal.table}.{refusal.column} row {refusal.row}")
        self.refusal = refusal


def _in(values: tuple[str, ...]) -> str:
    return ", ".join("'" + v.replace("'", "''") + "'" for v in values)


def _text_rule(table: str, column: Column, c: str) -> tuple[str, Phrase]:
    name = column.name
    if column.length:
        limit = column.length
    else:
        limit = NAME_MAX if name in _SHORT.get(table, ()) else TEXT_MAX
    if (table, name) in _CHOICES:
        known = _CHOICES[(table, name)]
        return f"{c} IN ({_in(known)})", Phrase("value_choice", {"known": ", ".join(known)})
    if (table, name) in _JSON_LISTS:
        return f"json_valid({c}) AND json_type({c}) = 'array'", Phrase("value_json_list")
    if (table, name) == ("workshop", "date"):
        return f"date({c}) IS {c}", Phrase("value_date")
    sql = f"length({c}) <= {limit}"
    if (table, name) in _REQUIRED:
        return f"{sql} AND length(trim({c})) > 0", Phrase("value_text_required", {"limit": limit})
    return sql, Phrase("value_text", {"limit": limit})


def _rule(table: str, column: Column) -> Rule:
    c = quoted(column.name)
    kind = column.kind
    if kind == KIND_TEXT:
        extra, expect = _text_rule(table, column, c)
    elif kind == KIND_WHOLE:
        low, high = _WHOLE.get((table, column.name), (-WHOLE_MAX, WHOLE_MAX))
        extra, expect = f"{c} BETWEEN {low} AND {high}", Phrase(kind, {"low": low, "high": high})
    elif kind == KIND_NUMBER and (table, column.name) == ("criterion", "weight"):
        extra = f"{c} > 0 AND {c} <= {WEIGHT_MAX}"
        expect = Phrase("value_number_range", {"low": 0, "high": f"{WEIGHT_MAX:g}"})
    else:
        assert kind in (KIND_NUMBER, KIND_FLAG)
        extra, expect = "1", Phrase(kind)
    sql = f"({kind_check(kind, column.name)}) AND {extra}"
    if column.nullable:
        sql = f"{c} IS NULL OR ({sql})"
    return Rule(column.name, f"coalesce(({sql}), 0)", expect)


@cache
def rules(table: str) -> tuple[Rule, ...]:
    """The rule of every column of a table."""
    return tuple(_rule(table, c) for c in by_name()[table].columns)


def first_refusal(
    con: sqlite3.Connection, table: str, source: str, key: str = "id"
) -> Refusal | None:
    """The first row of `source` (a table or subquery with `table`'s columns) breaking a rule."""
    checks = rules(table)
    which = " ".join(f"WHEN NOT {r.sql} THEN {i}" for i, r in enumerate(checks))
    every = " AND ".join(r.sql for r in checks)
    found = con.execute(
        f"SELECT {quoted(key)}, CASE {which} END FROM {source} AS v WHERE NOT ({every}) LIMIT 1"
    ).fetchone()
    if found is None:
        return None
    rule = checks[found[1]]
    c = quoted(rule.column)
    kind, size, start = con.execute(
        f"SELECT typeof({c}), length({c}), CASE typeof({c}) WHEN 'blob' THEN NULL"
        f" WHEN 'text' THEN substr({c}, 1, {SHOWN}) ELSE {c} END"
        f" FROM {source} AS v WHERE {quoted(key)} IS ? LIMIT 1",
        (found[0],),
    ).fetchone()
    return Refusal(table, rule.column, str(found[0]), _shown(kind, size, start), rule.expect)


def _shown(kind: str, size: int | None, start: Any) -> Phrase | str:
    if kind == "null":
        return Phrase("value_shown_null")
    if kind == "blob":
        return Phrase("value_shown_blob", {"size": size})
    if kind == "text":
        text = str(start)
        if size is not None and size > SHOWN:
            return Phrase("value_shown_long", {"start": repr(text), "size": size})
        return repr(text)
    return repr(start)


def check_rows(con: sqlite3.Connection, table: str, source: str, key: str = "id") -> None:
    """Raise BadValue for the first row of `source` that breaks a rule of `table`."""
    found = first_refusal(con, table, source, key)
    if found is not None:
        raise BadValue(found)
    if table == "score":
        _check_scale(con, source, key)


def _check_scale(con: sqlite3.Connection, source: str, key: str) -> None:
    """A score must lie on the master's scale, as `set_score` would have it.

    Checked against the workshop the rows enter (its current scale): a score of
    99 on a 1–5 scale would print as nonsense. If the secretariat narrowed the
    scale after the rooms scored, the refusal says so and widening it lets the
    file in.
    """
    scale = con.execute("SELECT score_min, score_max FROM main.workshop LIMIT 1").fetchone()
    if scale is None:
        return
    low, high = scale
    found = con.execute(
        f"SELECT {quoted(key)}, value FROM {source} AS v WHERE value < ? OR value > ? LIMIT 1",
        (low, high),
    ).fetchone()
    if found is not None:
        raise BadValue(
            Refusal(
                "score",
                "value",
                str(found[0]),
                repr(found[1]),
                Phrase("value_number_range", {"low": f"{low:g}", "high": f"{high:g}"}),
            )
        )


# --- the voting rules: one check for the screens, the CLI and `load` ---------------

RULE_CHOICES = {
    "ranking_method": _CHOICES[("workshop", "ranking_method")],
    "priority_rule": _CHOICES[("workshop", "priority_rule")],
}


def _whole_number(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _finite(value: Any) -> bool:
    return _whole_number(value) or (isinstance(value, float) and math.isfinite(value))


def check_voting_rules(rules: Mapping[str, Any]) -> None:
    """Raise ValidationError, naming the field, for voting rules that cannot be applied.

    The one check of a workshop's rules: `set_rules` (the screens), the JSON `load`
    (a file edited by hand) and the readiness check all call it, so the same
    impossible value gets the same message on every path.
    """
    for key, low in (("dots_per_participant", 1), ("max_dots_per_candidate", 0)):
        value = rules[key]
        if not _whole_number(value) or not low <= value <= DOTS_MAX:
            raise ValidationError(f"rule_{key}", field=key, value=value, high=DOTS_MAX)
    for key in ("score_min", "score_max"):
        if not _whole_number(rules[key]) or abs(rules[key]) > WHOLE_MAX:
            raise ValidationError("rule_score_whole", field=key, value=rules[key])
    if not rules["score_min"] < rules["score_max"]:
        raise ValidationError(
            "rule_scale", field="score_max", low=rules["score_min"], high=rules["score_max"]
        )
    for key, known in RULE_CHOICES.items():
        if rules[key] not in known:
            raise ValidationError("bad_choice", field=key, value=rules[key], known=", ".join(known))
    if rules["priority_rule"] == "top_n":
        _check_top_n(rules["top_n"])
    elif rules["priority_rule"] == "threshold":
        _check_threshold(rules)


def _check_top_n(top_n: Any) -> None:
    if top_n is None:
        raise ValidationError("rule_top_n_missing", field="top_n")
    if not _whole_number(top_n) or not 1 <= top_n <= WHOLE_MAX:
        raise ValidationError("rule_top_n", field="top_n", value=top_n)


def _check_threshold(rules: Mapping[str, Any]) -> None:
    threshold = rules["threshold"]
    if threshold is None:
        raise ValidationError("rule_threshold_missing", field="threshold")
    if not _finite(threshold):
        raise ValidationError("rule_threshold_number", field="threshold", value=threshold)
    if rules["ranking_method"] == "dots" and threshold < 0:
        raise ValidationError("rule_threshold_dots", field="threshold", value=f"{threshold:g}")
    low, high = rules["score_min"], rules["score_max"]
    if rules["ranking_method"] == "score" and not low <= threshold <= high:
        raise ValidationError(
            "rule_threshold_scale", field="threshold", value=f"{threshold:g}", low=low, high=high
        )
