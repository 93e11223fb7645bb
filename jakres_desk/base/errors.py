"""Domain errors: each names what is wrong and where, in the user's language."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

from jakres_desk.base.i18n import current_language
from jakres_desk.base.messages import FIELD_NAMES, MESSAGES

DETAIL_MAX = 200  # characters of a technical detail shown inside a message


def one_line(detail: str) -> str:
    """A technical detail (SQLite's integrity_check text, an OS error) as one short line.

    Its first meaningful line, with how many more there were: a refusal is one line.
    """
    lines = [ln.strip() for ln in detail.splitlines()]
    lines = [ln for ln in lines if ln and not ln.startswith("***")]
    if not lines:
        return ""
    first = lines[0]
    if len(first) > DETAIL_MAX:
        first = first[: DETAIL_MAX - 1] + "…"
    more = len(lines) - 1
    return f"{first} (+{more})" if more else first


class Phrase(NamedTuple):
    """A message key with its values, put into an error's message in that message's language."""

    key: str
    params: Mapping[str, Any] = MappingProxyType({})

    def text(self, lang: str) -> str:
        """The phrase in one language."""
        return MESSAGES[self.key][lang].format(**self.params)


class JakresError(Exception):
    """Base of every error the app shows to a user instead of a traceback."""

    def __init__(self, key: str, *, where: str = "", **params: Any) -> None:
        self.key = key
        self.where = where
        if isinstance(params.get("detail"), str):
            params["detail"] = one_line(params["detail"])
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str | None = None) -> str:
        """The message in one language, prefixed with where it happened."""
        text = self.bare_message(lang)
        where = self.where_text(lang)
        return f"{where}: {text}" if where else text

    def bare_message(self, lang: str | None = None) -> str:
        """The message without where (for a label shown beside its own field)."""
        lang = lang or current_language()
        params = {k: v.text(lang) if isinstance(v, Phrase) else v for k, v in self.params.items()}
        return MESSAGES[self.key][lang].format(**params)

    def where_text(self, lang: str | None = None) -> str:
        """Where, in words: a field's name in the language, or a path, line or record."""
        names = FIELD_NAMES.get(self.where)
        return names[lang or current_language()] if names else self.where

    def __str__(self) -> str:
        return self.message()


class FileProblem(JakresError):
    """A file cannot be opened, created or written as a workshop file."""


class ValidationError(JakresError):
    """A value entered by a user breaks a rule; `field` names the field."""

    def __init__(self, key: str, *, field: str = "", where: str = "", **params: Any) -> None:
        self.field = field
        super().__init__(key, where=where or field, field=field, **params)


class NotFound(JakresError):
    """A record named by the caller does not exist in the file."""


class RuleViolation(JakresError):
    """An action breaks the workshop's voting rules (over-voting, locked criteria...)."""
