"""The app's log file: what was opened, exported, merged or refused, and unexpected errors.

One rotating UTF-8 file in the platformdirs log folder, for the secretariat to
read after a workshop ("which files came in, which were refused and why").
Logging never stops the app: a folder that cannot be written means no log file.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs

from jakres_desk.core.device import APP

LOGGER = "jakres_desk"
FILE_NAME = "jakres-desk.log"
MAX_BYTES = 1_000_000
BACKUPS = 3


class QuietFileHandler(RotatingFileHandler):
    """A rotating file handler that never prints a traceback when the disk says no."""

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
        if isinstance(handler, RotatingFileHandler):
            return Path(handler.baseFilename)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = QuietFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
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
        if isinstance(handler, (RotatingFileHandler, logging.NullHandler)):
            logger.removeHandler(handler)
            try:
                handler.close()
            except (OSError, ValueError):  # the file went away under us: nothing to keep
                pass
