"""The open workshop file as the UI sees it: one route for every change.

Widgets never write to the file themselves. They call
`Session.perform(text, service, ..., origin=self)`: core runs the service as an
operation (one durable transaction that reports its topics and carries its own
undo step), the session pushes that step on the undo stack, and every view
hears `changed` with the topics and who started the edit. Undo and redo only
run core's steps; core refuses one that would overwrite newer data (a merged
file, another window), and the session reports that on `error` and drops the
command from the stack.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from jakres_desk.base.errors import JakresError

if TYPE_CHECKING:  # the store (SQLAlchemy) loads with the first file, not at start-up
    from jakres_desk.core.operations import UndoStep
    from jakres_desk.core.services.first_look import FirstLook
    from jakres_desk.store.db import Change, JakresFile

IDLE_CHECKPOINT_MS = 3000
T = TypeVar("T")


class OperationCommand(QUndoCommand):
    """An edit on the undo stack: core's undo step, and after an undo the redo step."""

    def __init__(self, session: Session, text: str, step: UndoStep) -> None:
        super().__init__(text)
        self._session = session
        self._undo_step: UndoStep | None = step
        self._redo_step: UndoStep | None = None
        self._done_once = True  # perform() already did the first redo

    def redo(self) -> None:
        if self._done_once:
            self._done_once = False
            return
        assert self._redo_step is not None
        step = self._session.run_step(self, self._redo_step)
        if step is not None:
            self._undo_step, self._redo_step = step, None

    def undo(self) -> None:
        assert self._undo_step is not None
        step = self._session.run_step(self, self._undo_step)
        if step is not None:
            self._redo_step, self._undo_step = step, None


class Session(QObject):
    """The open file, the current group, the undo stack and the change signal."""

    changed = Signal(object)  # a core.operations.Changes
    error = Signal(object)  # a JakresError raised by an undo/redo (e.g. UndoRefused)
    status = Signal(str)  # a line for the status bar (a merge's mark on the undo stack)
    opened = Signal()
    group_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.file: JakresFile | None = None
        self.group_id: str | None = None
        # The first screen's records of a file being opened, until it is open (main_window).
        self.look: FirstLook | None = None
        self.undo_stack = QUndoStack(self)
        self._performing = False
        self._held: list[Change] | None = None  # see hold_changes
        # Copy the WAL into the main file when the room pauses, not during a vote.
        self._idle = QTimer(self, singleShot=True, interval=IDLE_CHECKPOINT_MS)
        self._idle.timeout.connect(self._checkpoint)
        self.changed.connect(lambda _change: self._idle.start())

    @property
    def path(self) -> Path | None:
        """The open file's path."""
        return self.file.path if self.file else None

    def attach(self, f: JakresFile, group_id: str | None) -> None:
        """Work on a newly opened file (the previous one is closed)."""
        self.close()
        self.look = None
        self.file = f
        f.listeners.append(self._heard_write)
        self.group_id = group_id
        self.undo_stack.clear()
        self.opened.emit()

    def show_look(self, look: FirstLook | None) -> None:
        """Show a file's first look while it opens (None: drop it); nothing can be edited."""
        self.look = look
        self.group_id = look.group_id if look is not None else None

    def set_group(self, group_id: str) -> None:
        """Switch the group the facilitator works on."""
        if group_id != self.group_id:
            self.group_id = group_id
            self.group_changed.emit(group_id)

    def _checkpoint(self) -> None:
        if self.file is not None:
            self.file.checkpoint()

    def close(self) -> None:
        """Close the file (everything is already saved)."""
        if self.file is not None:
            self.file.close()
            self.file = None

    # --- the one route of an edit ----------------------------------------------------

    def perform(
        self,
        text: str,
        service: Callable[..., T],
        /,
        *args: Any,
        origin: object | None = None,
        **kwargs: Any,
    ) -> T:
        """Run a core write as an undoable operation; errors propagate to the caller.

        `origin` is the view that started the edit: it is told so in `changed`
        and may skip a reload it has already drawn.
        """
        from jakres_desk.core import operations

        assert self.file is not None
        self._performing = True
        try:
            outcome = operations.perform(self.file, service, *args, **kwargs)
        finally:
            self._performing = False
        if outcome.undo:
            self.undo_stack.push(OperationCommand(self, text, outcome.undo))
        if outcome.changes.topics:
            self.changed.emit(outcome.changes.by(origin))
        return outcome.value

    def run_step(self, command: QUndoCommand, step: UndoStep) -> UndoStep | None:
        """Run an undo or redo step; a refusal is reported and the command dropped."""
        from jakres_desk.core import operations

        assert self.file is not None
        self._performing = True
        try:
            outcome = operations.undo(self.file, step)
        except JakresError as exc:
            command.setObsolete(True)  # QUndoStack removes it: it can never apply again
            self.error.emit(exc)
            return None
        finally:
            self._performing = False
        self.changed.emit(outcome.changes)
        return outcome.undo

    def _heard_write(self, change: Change) -> None:
        """A write outside `perform` (a merge, an import): tell views by topic."""
        if self._performing:
            return
        if self._held is not None:
            self._held.append(change)
            return
        from jakres_desk.core.topics import changes_of_tables

        self.changed.emit(changes_of_tables(change))

    def hold_changes(self) -> None:
        """Keep the writes heard outside `perform` (a batch of merges) for `release_changes`:
        views reload once for the batch, not once per file."""
        if self._held is None:
            self._held = []

    def release_changes(self, origin: object | None = None) -> None:
        """Tell views, as one change started by `origin`, what the held writes touched."""
        held, self._held = self._held, None
        if not held or self.file is None:  # closed meanwhile: `opened` reloads everything
            return
        from jakres_desk.core.topics import changes_of_tables
        from jakres_desk.store.db import Change

        tables = frozenset().union(*(c.tables for c in held))
        ids = frozenset().union(*(c.ids for c in held))
        self.changed.emit(changes_of_tables(Change(tables, ids), origin))

    def relabel(self, old: str, new: str) -> None:
        """Say the undo stack's steps in the new language (the menu names them)."""
        from jakres_desk.ui.i18n import retranslate

        commands = [self.undo_stack.command(i) for i in range(self.undo_stack.count())]
        for command, text in zip(
            commands, retranslate([c.text() for c in commands], old, new), strict=True
        ):
            command.setText(text)

    def merged(self, what: str) -> None:
        """A merge wrote to the file: say what that means for the undo stack."""
        if self.undo_stack.canUndo():
            self.status.emit(
                self.tr(
                    "Merged %1. Earlier edits can still be undone, except where the merge "
                    "changed the same records."
                ).replace("%1", what)
            )
