"""UI state kept between runs (QSettings): geometry, language, recent files.

Workshop settings live in the workshop file, never here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


def settings() -> QSettings:
    """The app's settings store."""
    return QSettings("jakres-desk", "jakres-desk")


def language() -> str | None:
    """The language the user chose in the menu, if any."""
    value = settings().value("ui/language")
    return str(value) if value in ("id", "en") else None


def set_language(lang: str) -> None:
    """Remember the chosen language."""
    settings().setValue("ui/language", lang)


def recent_files() -> list[Path]:
    """Recently opened files that still exist, newest first."""
    raw = settings().value("files/recent") or []
    items = [raw] if isinstance(raw, str) else list(raw)
    return [Path(p) for p in items if Path(p).exists()][:MAX_RECENT]


def add_recent(path: Path) -> None:
    """Put a file at the top of the recent list."""
    items = [str(p) for p in recent_files() if p != path.resolve()]
    settings().setValue("files/recent", [str(path.resolve()), *items][:MAX_RECENT])


def geometry(key: str) -> QByteArray | None:
    """A saved window geometry."""
    value = settings().value(f"geometry/{key}")
    return value if isinstance(value, QByteArray) else None


def set_geometry(key: str, value: QByteArray) -> None:
    """Save a window geometry."""
    settings().setValue(f"geometry/{key}", value)


def export_folder() -> Path | None:
    """The folder the last export went to, if it is still there (a USB stick may be gone)."""
    value = settings().value("files/export_folder")
    folder = Path(str(value)) if value else None
    return folder if folder is not None and folder.is_dir() else None


def set_export_folder(folder: Path) -> None:
    """Remember where results were last exported."""
    settings().setValue("files/export_folder", str(folder))
