"""Step: Elements and targets (being written)."""

from __future__ import annotations

from jakres_desk.ui.widgets import Page


class ElementsPage(Page):
    """Elements and targets."""

    key = "elements"

    def title(self) -> str:
        return self.tr("Elements and targets")

    def minutes(self) -> int:
        return 30
