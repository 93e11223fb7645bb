"""A suggested criterion's words in the reader's language (pure: no database).

A suggested criterion keeps the words of the language it was adopted in; a
reader in the other language sees the preset's own translation of it. The
focus areas' lists of suggestions (JSON) say which words belong together.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

Translations = dict[str, dict[str, tuple[str, str]]]


def bilingual(value: Any) -> dict[str, str] | None:
    """A label given as {"id": ..., "en": ...} or as one plain string; None if malformed."""
    if isinstance(value, str):
        return {"id": value, "en": value}
    if isinstance(value, dict) and all(isinstance(v, str) for v in value.values()):
        return {str(k): v for k, v in value.items()}
    return None


def translations(lists: Iterable[str | None]) -> Translations:
    """Every suggested criterion by its name in any language: {lang: (name, description)}.

    `lists` are the focus areas' `suggested_criteria` (JSON lists); a damaged one is skipped.
    """
    out: Translations = {}
    for raw in lists:
        try:
            items = json.loads(raw or "[]")
        except ValueError:
            continue
        for item in items if isinstance(items, list) else []:
            if not isinstance(item, dict):
                continue
            names, descs = bilingual(item.get("name")), bilingual(item.get("description", ""))
            if names is None or descs is None:
                continue
            both = {
                lang: (names.get(lang, "").strip(), descs.get(lang, "").strip())
                for lang in ("id", "en")
            }
            for name in names.values():
                if name.strip():
                    out[_key(name)] = both
    return out


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


def in_language(name: str, description: str, lang: str, known: Translations) -> tuple[str, str]:
    """A criterion's name and description in `lang` when the preset has them, else as kept.

    The description follows only when it is the suggestion's own (not the room's words).
    """
    both = known.get(_key(name))
    if both is None or not both.get(lang, ("", ""))[0]:
        return name, description
    own = {d for _n, d in both.values()}
    shown_name, shown_desc = both[lang]
    if description.strip() and description.strip() not in own:
        return shown_name, description  # the room's own words stay as written
    return shown_name, shown_desc
