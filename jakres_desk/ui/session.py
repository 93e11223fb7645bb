"""The open workshop file as the UI sees it: one route for every change.

Widgets never write to the file themselves. They call `Session.run(...)` with a
service call and its inverse; the session runs it (one durable transaction),
pushes it on the undo stack, and every view refreshes from the `changed` signal.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from jakres_desk.base.errors import JakresError

if TYPE_CHECKING:  # the store (SQLAlchemy) loads with the first file, not at start-up
    from jakres_desk.store.db import Change, JakresFile

IDLE_CHECKPOINT_MS = 3000


class ServiceCommand(QUndoCommand):
    """An undoable edit: a service call and the call that reverses it."""

    def __init__(
        self, session: Session, text: str, redo: Callable[[], Any], undo: Callable[[], Any]
    ) -> None:
        super().__init__(text)
        self._session = session
        self._redo = redo
        self._undo = undo
        self._done_once = True  # run() already did the first redo

    def redo(self) -> None:
        if self._done_once:
            self._done_once = False
            return
        self._session.guard(self._redo)

    def undo(self) -> None:
        self._session.guard(self._undo)


class Session(QObject):
    """The open file, the current group, the undo stack and the change signal."""

    changed = Signal(object)  # a store.db.Change
    error = Signal(object)  # a JakresError raised by an undo/redo
    opened = Signal()
    group_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.file: JakresFile | None = None
        self.group_id: str | None = None
        self.undo_stack = QUndoStack(self)
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
        self.file = f
        f.listeners.append(self.changed.emit)
        self.group_id = group_id
        self.undo_stack.clear()
        self.opened.emit()

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

    def run(self, text: str, redo: Callable[[], Any], undo: Callable[[], Any]) -> Any:
        """Do an edit now and make it undoable; errors propagate to the caller."""
        result = redo()
        self.undo_stack.push(ServiceCommand(self, text, redo, undo))
        return result

    def guard(self, call: Callable[[], Any]) -> None:
        """Run an undo/redo step; a refusal is reported, never raised into Qt."""
        try:
            call()
        except JakresError as exc:
            self.error.emit(exc)

    def notify(self, change: Change) -> None:
        """Tell views something changed outside a service write (e.g. a reload)."""
        self.changed.emit(change)


def run_add(session: Session, text: str, add: Callable[[], Any], table: str) -> Any:
    """Run an add service; undo deletes the record, redo restores it with the same id."""
    from jakres_desk.core.services import history

    assert session.file is not None
    f = session.file
    record = add()
    saved: list[history.Captured] = []

    def undo() -> None:
        saved[:] = [history.capture(f, table, record.id)]
        history.delete_record(f, table, record.id)

    def redo() -> None:
        history.restore(f, saved[0])

    session.undo_stack.push(ServiceCommand(session, text, redo, undo))
    return record


def run_remove(
    session: Session, text: str, table: str, record_id: str, remove: Callable[[], Any]
) -> None:
    """Run a remove service; undo restores the record and all it took with it."""
    from jakres_desk.core.services import history

    assert session.file is not None
    f = session.file
    saved = history.capture(f, table, record_id)
    remove()
    session.undo_stack.push(
        ServiceCommand(session, text, remove, lambda: history.restore(f, saved))
    )
