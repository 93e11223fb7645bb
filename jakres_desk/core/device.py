"""This laptop's device id, written into every record it creates or edits."""

from __future__ import annotations

import os
from pathlib import Path

APP = "jakres-desk"


def data_dir() -> Path:
    """The per-user data folder (platformdirs), created on demand."""
    import platformdirs  # here: a command or a first screen that needs no folder skips it

    path = Path(platformdirs.user_data_dir(APP, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def documents_dir() -> Path:
    """Where a person keeps their files (Documents), not the app's hidden data folder."""
    import platformdirs

    path = Path(platformdirs.user_documents_dir())
    return path if path.is_dir() else Path.home()


def device_id() -> str:
    """A UUID for this device, made once and kept in the user data folder.

    JAKRES_DEVICE_ID overrides it (tests and bench scripts simulate laptops).
    """
    # here: importing the command line or the GUI's first frame loads nothing of store/
    from jakres_desk.store.stamps import canonical_uuid, new_id

    forced = os.environ.get("JAKRES_DEVICE_ID")
    if forced:
        return canonical_uuid(forced)
    path = data_dir() / "device-id"
    try:
        return canonical_uuid(path.read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        value = new_id()
        tmp = path.with_suffix(".tmp")
        tmp.write_text(value, encoding="ascii")
        os.replace(tmp, path)
        return value
