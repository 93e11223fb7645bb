"""Qt translations: Bahasa Indonesia from resources/i18n/*.qm, English as the source.

Two catalogues are installed for Indonesian: ours (jakres_id.qm) and our own
translation of Qt's standard texts (qtbase_id.qm: dialog buttons, the file
dialog, context menus), since Qt ships no qtbase_id.qm.
"""

from __future__ import annotations

import re
from importlib.resources import files

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from jakres_desk.base import i18n as core_i18n
from jakres_desk.ui import settings

CATALOGUES = ("jakres", "qtbase")  # ours first: an app string wins over Qt's
_installed: list[tuple[QTranslator, bytes]] = []  # the translator reads the bytes in place


def initial_language() -> str:
    """The language chosen in the menu before, else the system's (Indonesian or English)."""
    chosen = settings.language()
    if chosen:
        return chosen
    return "id" if QLocale.system().name().lower().startswith("id") else "en"


def qm_bytes(lang: str, catalogue: str = "jakres") -> bytes | None:
    """The compiled translation for a language, if shipped."""
    node = files("jakres_desk.resources").joinpath("i18n", f"{catalogue}_{lang}.qm")
    return node.read_bytes() if node.is_file() else None


def ui_locale(lang: str | None = None) -> QLocale:
    """The locale that writes numbers and dates for a UI language (3,5 in Indonesian)."""
    if (lang or core_i18n.current_language()) == "id":
        return QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
    system = QLocale.system()
    if system.language() == QLocale.Language.English:
        return system  # the user's own English (dates of en_GB, en_AU...)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def install(lang: str) -> None:
    """Make `lang` the language of every tr() from now on (and of core messages)."""
    app = QCoreApplication.instance()
    for translator, _ in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    core_i18n.set_language(lang)
    # Qt's own number and date displays (file dialog, spin boxes) follow the UI language.
    QLocale.setDefault(ui_locale(lang))
    if lang == "en":
        return
    # installTranslator puts the newest first: install Qt's catalogue before ours.
    for catalogue in reversed(CATALOGUES):
        data = qm_bytes(lang, catalogue)
        translator = QTranslator()
        if data and translator.load(data):
            app.installTranslator(translator)
            _installed.append((translator, data))


def _templates(lang: str) -> list[tuple[str, str]]:
    """(English source, Indonesian) pairs of our catalogue, read from the shipped .ts."""
    node = files("jakres_desk.resources").joinpath("i18n", f"jakres_{lang}.ts")
    if not node.is_file():
        return []
    import xml.etree.ElementTree as ET

    pairs = []
    for message in ET.fromstring(node.read_bytes()).iter("message"):
        source = message.findtext("source") or ""
        found = message.find("translation")
        translation = "".join(found.itertext()) if found is not None else ""
        if source and translation and "%1" in source:
            pairs.append((source, translation))
    return pairs


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"(%\d)", template)
    out, seen = [], set()
    for part in parts:
        if re.fullmatch(r"%\d", part):
            # A placeholder used twice must hold the same text both times.
            out.append(f"(?P=p{part[1]})" if part in seen else f"(?P<p{part[1]}>.*)")
            seen.add(part)
        else:
            out.append(re.escape(part))
    return re.compile("".join(out) + r"\Z", re.S)


def retranslate(texts: list[str], old: str, new: str) -> list[str]:
    """Texts made from a template in `old` (an undo step's label), in `new` instead.

    Labels are "Add walk-in %1" filled with a name; the template is found by
    matching (the one with the most fixed words wins) and filled again in the
    new language. A text no template matches is kept as it was.
    """
    if old == new:
        return list(texts)
    pairs = _templates("id")
    if not pairs:
        return list(texts)
    index = 1 if old == "id" else 0
    ranked = sorted(pairs, key=lambda p: -len(re.sub(r"%\d", "", p[index])))
    compiled = [(_pattern(p[index]), p[1 - index]) for p in ranked]
    out = []
    for text in texts:
        for pattern, target in compiled:
            found = pattern.match(text)
            if found:
                for name, value in found.groupdict().items():
                    target = target.replace(f"%{name[1:]}", value)
                out.append(target)
                break
        else:
            out.append(text)
    return out
