"""The timebox of a step: a visible countdown the facilitator starts, pauses and extends."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal


def monotonic_ms() -> int:
    """Milliseconds on a clock that never jumps (wall-clock changes do not count)."""
    return time.monotonic_ns() // 1_000_000


class Timebox(QObject):
    """A countdown that survives pauses; `tick` fires every second while running."""

    tick = Signal()

    def __init__(self, parent: QObject | None = None,
                 now: Callable[[], int] = monotonic_ms) -> None:
        super().__init__(parent)
        self.total_ms = 0
        self._spent_ms = 0
        self._now = now  # tests pass a clock they move by hand
        self._started_ms = 0
        self._timer = QTimer(self, interval=1000, timeout=self.tick.emit)
        self.step: int | None = None  # the step the countdown was set for

    def reset(self, minutes: int) -> None:
        """A fresh timebox of `minutes`, paused."""
        self.pause()
        self.total_ms = minutes * 60_000
        self._spent_ms = 0
        self.tick.emit()

    @property
    def running(self) -> bool:
        """Whether the countdown is running."""
        return self._timer.isActive()

    def start(self) -> None:
        """Start (or resume) the countdown."""
        if not self.running:
            self._started_ms = self._now()
            self._timer.start()
            self.tick.emit()

    def pause(self) -> None:
        """Pause the countdown, keeping the time spent."""
        if self.running:
            self._spent_ms += self._now() - self._started_ms
            self._timer.stop()
            self.tick.emit()

    def extend(self, minutes: int = 5) -> None:
        """Give the step more time."""
        self.total_ms += minutes * 60_000
        self.tick.emit()

    def remaining_ms(self) -> int:
        """Time left (negative once over time)."""
        spent = self._spent_ms + (self._now() - self._started_ms if self.running else 0)
        return self.total_ms - spent

    def text(self) -> str:
        """mm:ss left, with a minus sign once over time."""
        left = self.remaining_ms()
        sign = "-" if left < 0 else ""
        secs = abs(left) // 1000 + (1 if left > 0 and left % 1000 else 0)
        return f"{sign}{secs // 60:02d}:{secs % 60:02d}"
