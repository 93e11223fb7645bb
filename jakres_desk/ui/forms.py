"""How every entry form of the app answers the keyboard and the mouse.

- **Enter moves on.** In a form of several fields, Enter goes to the next field
  and adds from the last one, as the facilitator's guide says, so a tired
  hand pressing Enter after each field makes one record, not three.
- **Ctrl+Z undoes the document once the field has nothing to undo.** A field
  that was emptied by an add (or is empty) lets Ctrl+Z reach Edit ▸ Undo,
  which undoes the add; a field with typing in it undoes the typing first.
- **A refusal goes when the user mends the field.** An error shown beside a
  form is cleared as soon as the user edits one of its fields.
- **A double-click on a button acts once.** The second click of a
  double-click (within the system's double-click interval) is ignored, so
  "Add" does not add the next record too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit, QWidget

ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
DELETE_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


def is_delete(event: object) -> bool:
    """Whether an event is the Delete (or Backspace) key being pressed."""
    return (
        isinstance(event, QKeyEvent)
        and event.type() == QKeyEvent.Type.KeyPress
        and event.key() in DELETE_KEYS
    )


class EnterChain(QObject):
    """Enter in a field moves to the next one; in the last one it submits the form."""

    def __init__(self, fields: Sequence[QWidget], submit: Callable[[], Any]) -> None:
        super().__init__(fields[0])
        self.fields = list(fields)
        self.submit = submit
        self.errors: list[QWidget] = []
        for field in self.fields:
            field.installEventFilter(self)
            if isinstance(field, QLineEdit):
                clear_keeps_no_undo(field)
                # A refusal shown beside the form goes once the user mends what was typed.
                field.textEdited.connect(self._clear_errors)

    def clears(self, *labels: QWidget) -> EnterChain:
        """The error labels that go when the user edits a field of the form."""
        self.errors.extend(labels)
        return self

    def _clear_errors(self, _text: str = "") -> None:
        for label in self.errors:
            clear = getattr(label, "clear", None)
            if callable(clear):
                clear()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in ENTER
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and obj in self.fields
        ):
            if isinstance(obj, QComboBox) and obj.view().isVisible():
                return False  # Enter picks the item in an open list
            at = self.fields.index(obj)  # type: ignore[arg-type]
            if at + 1 < len(self.fields):
                following = self.fields[at + 1]
                following.setFocus(Qt.FocusReason.TabFocusReason)
                if isinstance(following, QLineEdit):
                    following.selectAll()
            else:
                self.submit()
            return True
        return False


class _EmptyFieldUndo(QObject):
    """Lets Ctrl+Z (and Ctrl+Y) pass to the window's Edit menu when the field is empty."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(obj, QLineEdit)
            and isinstance(event, QKeyEvent)
            and not obj.text()
            and (event.matches(QKeySequence.StandardKey.Undo)
                 or event.matches(QKeySequence.StandardKey.Redo))
        ):
            event.ignore()  # the field does not claim the key: the shortcut runs
            return True
        return False


_empty_field_undo: list[_EmptyFieldUndo] = []  # one shared filter, made on first use


def clear_keeps_no_undo(field: QLineEdit) -> None:
    """Make an empty field hand Ctrl+Z to the document (see the module docstring)."""
    if not _empty_field_undo:
        _empty_field_undo.append(_EmptyFieldUndo())
    field.installEventFilter(_empty_field_undo[0])  # installing it twice keeps one


def empty(*fields: QLineEdit) -> None:
    """Empty fields after an add, forgetting their typing (so Ctrl+Z undoes the add)."""
    for field in fields:
        field.setText("")  # unlike clear(), setText() also clears the field's undo history


def act_once(button: QAbstractButton, slot: Callable[[], Any]) -> None:
    """Connect a button so that a double-click acts once (see the module docstring)."""
    clock = QElapsedTimer()

    def clicked() -> None:
        if clock.isValid() and clock.elapsed() < QApplication.doubleClickInterval():
            return
        clock.start()
        slot()

    button.clicked.connect(clicked)
