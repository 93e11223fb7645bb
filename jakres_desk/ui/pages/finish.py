"""Step: Finish (being written)."""

from __future__ import annotations

from jakres_desk.ui.widgets import Page


class FinishPage(Page):
    """Finish."""

    key = "finish"

    def title(self) -> str:
        return self.tr("Finish")

    def minutes(self) -> int:
        return 10
