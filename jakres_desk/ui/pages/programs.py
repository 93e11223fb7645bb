"""Step: Programs (being written)."""

from __future__ import annotations

from jakres_desk.ui.widgets import Page


class ProgramsPage(Page):
    """Programs."""

    key = "programs"

    def title(self) -> str:
        return self.tr("Programs")

    def minutes(self) -> int:
        return 30
