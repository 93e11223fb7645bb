"""The secretariat's Consolidate view: merge the groups' files, link duplicates, categorise.

The window's modules (merge code, rapidfuzz, tables) load on first use, not when
the main window builds its menus: see `__getattr__`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jakres_desk.ui.consolidate.action import consolidate_action

if TYPE_CHECKING:
    from jakres_desk.ui.consolidate.window import ConsolidateWindow, open_consolidate

__all__ = ["ConsolidateWindow", "consolidate_action", "open_consolidate"]


def __getattr__(name: str) -> Any:
    if name in ("ConsolidateWindow", "open_consolidate"):
        from jakres_desk.ui.consolidate import window

        return getattr(window, name)
    raise AttributeError(name)
