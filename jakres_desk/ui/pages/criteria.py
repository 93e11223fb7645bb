"""Step: Criteria (being written)."""

from __future__ import annotations

from jakres_desk.ui.widgets import Page


class CriteriaPage(Page):
    """Criteria."""

    key = "criteria"

    def title(self) -> str:
        return self.tr("Criteria")

    def minutes(self) -> int:
        return 20
