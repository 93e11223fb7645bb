"""The projector window (being written)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ProjectorWindow(QWidget):
    """Large-type view of the current step for the room."""

    def __init__(self, main: QWidget) -> None:
        super().__init__()
        self.main = main
        QVBoxLayout(self).addWidget(QLabel())

    def refresh(self) -> None:
        """Redraw from the main window's state."""

    def present(self) -> None:
        """Show it."""
        self.show()
