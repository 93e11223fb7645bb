"""Language choice for messages produced outside Qt (CLI, errors, reports)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Literal

Lang = Literal["id", "en"]
LANGUAGES: tuple[Lang, ...] = ("id", "en")

_current: Lang | None = None


def system_language() -> Lang:
    """Indonesian systems get Indonesian; everything else gets English."""
    for var in ("JAKRES_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "id" if value.lower().startswith(("id", "in_")) else "en"
    return "en"


def set_language(lang: str | None) -> None:
    """Fix the language for this process (None returns to the system default)."""
    global _current
    if lang is not None and lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGUAGES)}")
    _current = lang  # type: ignore[assignment,unused-ignore]


def current_language() -> Lang:
    """The language chosen with set_language, else the system's."""
    return _current or system_language()


def pick(label: Mapping[str, str], lang: str | None = None) -> str:
    """One language out of a bilingual label, falling back to the other."""
    lang = lang or current_language()
    return label.get(lang) or label.get("id") or label.get("en") or ""


_ID_MARKS = str.maketrans({",": ".", ".": ","})


def format_number(
    value: float, decimals: int = 2, lang: str | None = None, *, trim: bool = False
) -> str:
    """A number as readers of the language write it: 1.234,5 in Indonesian, 1,234.5 in English.

    `trim` drops needless zeros after the mark, as people write weights: 2, 1,5.
    """
    text = f"{value:,.{decimals}f}"
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.translate(_ID_MARKS) if (lang or current_language()) == "id" else text


def decimal_input(text: str) -> str:
    """Typed number text with its decimal comma read as a point: "3,5" -> "3.5".

    People in Jakarta type either mark; a text holding both is left for the
    service to refuse rather than guessed at.
    """
    text = text.strip()
    return text.replace(",", ".") if "." not in text else text
