"""Built-in data shipped in resources/: the CRF, presets, category sets, schemas."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

from jakres_desk.base.errors import ValidationError

PRESETS = ("jakarta-2018", "crf")


def _load(*parts: str) -> Any:
    node = files("jakres_desk.resources")
    for part in parts:
        node = node.joinpath(part)
    return json.loads(node.read_text(encoding="utf-8"))


@cache
def framework(framework_id: str = "crf-2014") -> dict[str, Any]:
    """The framework's dimensions, goals and qualities with bilingual labels."""
    return dict(_load("frameworks", f"{framework_id}.json"))


@cache
def preset(preset_id: str) -> dict[str, Any]:
    """A workshop preset: focus areas, groups, stakeholder kinds, default rules."""
    if preset_id not in PRESETS:
        raise ValidationError(
            "unknown_preset", field="--preset", value=preset_id, known=", ".join(PRESETS)
        )
    return dict(_load("presets", f"{preset_id}.json"))


@cache
def category_set(set_id: str = "jakarta-pillars") -> dict[str, Any]:
    """A built-in category set (the Jakarta strategy pillars)."""
    return dict(_load("categories", f"{set_id}.json"))


@cache
def schema(name: str) -> dict[str, Any]:
    """A JSON Schema shipped in resources/schema/."""
    return dict(_load("schema", f"{name}.json"))
