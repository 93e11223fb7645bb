"""The secretariat's Consolidate view: merge the groups' files, link duplicates, categorise."""

from jakres_desk.ui.consolidate.window import (
    ConsolidateWindow,
    consolidate_action,
    open_consolidate,
)

__all__ = ["ConsolidateWindow", "consolidate_action", "open_consolidate"]
