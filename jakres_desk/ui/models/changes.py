"""Let a page's refresh() know what a change touched, so a large page repaints only that."""

from __future__ import annotations

from jakres_desk.store.db import Change
from jakres_desk.ui.session import Session


class ChangeWatch:
    """The change the session is reporting right now, for the page's refresh() to read.

    Create it before calling Page.__init__: Qt calls slots in the order they were
    connected, so the change is noted before Page's own connection runs refresh().
    A refresh with nothing noted (group switched, file opened, called by hand)
    is a full reload.
    """

    def __init__(self, session: Session) -> None:
        self._last: Change | None = None
        session.changed.connect(self._heard)

    def _heard(self, change: Change) -> None:
        self._last = change

    def take(self) -> Change | None:
        """The change being reported (None outside a change), forgotten once read."""
        change, self._last = self._last, None
        return change


def touches(change: Change | None, tables: frozenset[str] | set[str]) -> bool:
    """Whether a change (None: anything may have changed) touched one of these tables."""
    return change is None or bool(change.tables & tables)
