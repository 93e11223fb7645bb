"""Whether a window can be shown here, decided without importing Qt."""

from __future__ import annotations

import os
import sys


def has_screen() -> bool:
    """Linux needs a display server (or an explicit Qt platform such as offscreen)."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True
