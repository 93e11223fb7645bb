"""A module imported on first use, for imports a command or a first frame seldom needs.

`fuzz = lazy_module("rapidfuzz.fuzz")` reads like an import, but rapidfuzz is
loaded only when `fuzz.ratio` is first looked up. Type checkers see the real
module when the import is also written under `if TYPE_CHECKING:`.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


class _LazyModule:
    """Stands for a module until an attribute of it is wanted."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attr: str) -> Any:
        if self._module is None:
            self._module = importlib.import_module(self._name)
        return getattr(self._module, attr)

    def __repr__(self) -> str:
        state = "loaded" if self._module is not None else "not loaded yet"
        return f"<lazy module {self._name!r}, {state}>"


def lazy_module(name: str) -> Any:
    """A stand-in for module `name` that imports it on first attribute access."""
    return _LazyModule(name)
