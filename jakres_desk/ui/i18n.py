"""Qt translations: Bahasa Indonesia from resources/i18n/*.qm, English as the source."""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from jakres_desk.core import i18n as core_i18n
from jakres_desk.ui import settings

_installed: list[tuple[QTranslator, bytes]] = []  # the translator reads the bytes in place


def initial_language() -> str:
    """The language chosen in the menu before, else the system's (Indonesian or English)."""
    chosen = settings.language()
    if chosen:
        return chosen
    return "id" if QLocale.system().name().lower().startswith("id") else "en"


def qm_bytes(lang: str) -> bytes | None:
    """The compiled translation for a language, if shipped."""
    node = files("jakres_desk.resources").joinpath("i18n", f"jakres_{lang}.qm")
    return node.read_bytes() if node.is_file() else None


def install(lang: str) -> None:
    """Make `lang` the language of every tr() from now on (and of core messages)."""
    app = QCoreApplication.instance()
    for translator, _ in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    core_i18n.set_language(lang)
    data = qm_bytes(lang) if lang != "en" else None
    if data:
        translator = QTranslator()
        if translator.load(data):
            app.installTranslator(translator)
            _installed.append((translator, data))
