"""An unexpected error in the GUI: logged with its traceback, told in words, the session goes on.

Qt calls our slots from its event loop; an exception escaping one would print a
traceback to a console nobody sees. Every edit is already durable, so the right
answer is to say so, write the details to the log file and carry on.
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("jakres_desk.ui")
_showing = False


def report(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Log the error with its traceback and tell the user, once at a time."""
    global _showing
    from jakres_desk.core import applog

    log.error("unexpected error", exc_info=(kind, exc, tb))
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        QMessageBox.critical(
            QApplication.activeWindow(),
            QCoreApplication.translate("Crash", "Something went wrong"),
            QCoreApplication.translate(
                "Crash",
                "jakres-desk met a problem it did not expect and carried on. Everything up to "
                "your last change is saved in the file.\n\nThe details were written to %1; "
                "please give that file to the secretariat.",
            ).replace("%1", str(applog.log_path())),
        )
    finally:
        _showing = False


def install() -> None:
    """Route uncaught exceptions (ours, raised in Qt's event loop) to `report`."""
    sys.excepthook = report
