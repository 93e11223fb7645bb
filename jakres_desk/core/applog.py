"""The app's log file: what was opened, exported, merged or refused, and unexpected errors.

One rotating UTF-8 file in the platformdirs log folder, for the secretariat to
read after a workshop ("which files came in, which were refused and why").
Logging never stops the app: a folder that cannot be written means no log file.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import platformdirs

from jakres_desk.core.device import APP

LOGGER = "jakres_desk"
FILE_NAME = "jakres-desk.log"
MAX_BYTES = 1_000_000
BACKUPS = 3


class QuietFileHandler(logging.FileHandler):
    """The log file, moved aside (.1 … .BACKUPS) when a record would take it past
    MAX_BYTES, as logging.handlers.RotatingFileHandler does; never a traceback.

    Not RotatingFileHandler itself: importing logging.handlers (socket, pickle, queue)
    cost every command about a tenth of what its whole merge does.
    """

    def __init__(self, path: Path, *, max_bytes: int, backups: int) -> None:
        super().__init__(path, mode="a", encoding="utf-8")
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        """Write the record, after moving a full file aside."""
        try:
            if self._full(record):
                self._roll_over()
            super().emit(record)
        except Exception:
            self.handleError(record)

    def _full(self, record: logging.LogRecord) -> bool:
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False  # never move anything but a regular file (bpo-45401)
        if self.stream is None:
            self.stream = self._open()
        self.stream.seek(0, 2)
        return self.stream.tell() + len(f"{self.format(record)}\n") >= self.max_bytes

    def _roll_over(self) -> None:
        if self.stream:
            self.stream.close()
            self.stream = None
        base = self.baseFilename
        for i in range(self.backups - 1, 0, -1):
            older, newer = f"{base}.{i}", f"{base}.{i + 1}"
            if os.path.exists(older):
                if os.path.exists(newer):
                    os.remove(newer)
                os.rename(older, newer)
        first = f"{base}.1"
        if os.path.exists(first):
            os.remove(first)
        if os.path.exists(base):
            os.rename(base, first)
        self.stream = self._open()

    def handleError(self, record: logging.LogRecord) -> None:
        """Drop the record: a full or pulled disk must not interrupt a session."""


def log_path() -> Path:
    """Where the log file is (or would be) written."""
    return Path(platformdirs.user_log_dir(APP, appauthor=False)) / FILE_NAME


def setup() -> Path | None:
    """Send the app's log records to the log file (once); None if it cannot be written."""
    logger = logging.getLogger(LOGGER)
    path = log_path()
    for handler in logger.handlers:
        if isinstance(handler, QuietFileHandler):
            return Path(handler.baseFilename)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = QuietFileHandler(path, max_bytes=MAX_BYTES, backups=BACKUPS)
    except OSError:
        if not logger.handlers:  # else Python's last-resort handler prints warnings to stderr
            logger.addHandler(logging.NullHandler())
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return path


def teardown() -> None:
    """Close and remove what `setup` added (tests, and a clean exit)."""
    logger = logging.getLogger(LOGGER)
    for handler in list(logger.handlers):
        if isinstance(handler, (QuietFileHandler, logging.NullHandler)):
            logger.removeHandler(handler)
            try:
                handler.close()
            except (OSError, ValueError):  # the file went away under us: nothing to keep
                pass
