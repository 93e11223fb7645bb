"""Step: Votes and priority (being written)."""

from __future__ import annotations

from jakres_desk.ui.widgets import Page


class VotesPage(Page):
    """Votes and priority."""

    key = "votes"

    def title(self) -> str:
        return self.tr("Votes and priority")

    def minutes(self) -> int:
        return 30
