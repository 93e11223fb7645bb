"""One message in both languages: {"id": Indonesian, "en": English}."""

from __future__ import annotations

M = dict[str, str]


def _m(id_: str, en: str) -> M:
    return {"id": id_, "en": en}
