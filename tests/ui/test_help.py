"""Help → Keyboard shortcuts (F1): the guide's table, in the window's language, Esc closes it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from jakres_desk.ui.help import CheatSheet

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "facilitator-guide.md"
HEADINGS = {"id": "### 11. Pintasan keyboard", "en": "### 11. Keyboard shortcuts"}


def guide_sections(lang: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """The guide's shortcut tables in `lang`: (#### heading, [(keys, what)])."""
    text = GUIDE.read_text(encoding="utf-8")
    start = text.index(HEADINGS[lang])
    part = text[start : text.index("\n### 12.", start)]
    sections: list[tuple[str, list[tuple[str, str]]]] = []
    for line in part.splitlines():
        if line.startswith("#### "):
            sections.append((line[5:].strip(), []))
        elif line.startswith("|") and not re.match(r"\|\s*(-+|Tombol|Keys)\s*\|", line):
            keys, what = (cell.strip() for cell in line.strip("|").split("|"))
            sections[-1][1].append((keys, what))
    return sections


def _press_f1(app, qtbot) -> CheatSheet:
    window = app.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    sheet = window.cheat_sheet
    qtbot.addWidget(sheet)
    qtbot.waitUntil(sheet.isVisible)
    return sheet


def _in(app, qtbot, lang: str) -> None:
    if lang != "en":
        app.switch_language(lang)
        qtbot.waitUntil(lambda: app.window is not None and app.window.lang == lang)
        app.window.show()


@pytest.fixture
def restore_english():
    yield
    from jakres_desk.ui import i18n

    i18n.install("en")


@pytest.mark.parametrize(
    ("lang", "title", "first"),
    [
        ("en", "Keyboard shortcuts — jakres-desk", ("F1", "This list of keys")),
        ("id", "Pintasan keyboard — jakres-desk", ("F1", "Daftar tombol ini")),
    ],
)
def test_f1_opens_the_cheat_sheet_and_esc_closes_it(
    app, qtbot, restore_english, lang, title, first
) -> None:
    _in(app, qtbot, lang)
    sheet = _press_f1(app, qtbot)
    assert sheet.windowTitle() == title
    assert sheet.sections()[0][1][0] == first
    shown = " ".join(b.toPlainText() for b in sheet.columns)
    assert first[1] in shown and "Ctrl+Shift+T" in shown
    sheet.activateWindow()
    qtbot.waitUntil(sheet.isActiveWindow)
    qtbot.keyClick(sheet, Qt.Key.Key_Escape)
    assert not sheet.isVisible()
    assert _press_f1(app, qtbot) is sheet  # and opens again


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_help_menu_lists_the_cheat_sheet(app, qtbot, restore_english, lang) -> None:
    _in(app, qtbot, lang)
    menu = app.window.menuBar().actions()[-1]
    assert menu.text() == {"en": "&Help", "id": "Ba&ntuan"}[lang]
    (entry,) = menu.menu().actions()
    assert entry.shortcut().toString() == "F1"
    entry.trigger()
    assert app.window.cheat_sheet.isVisible()
    qtbot.addWidget(app.window.cheat_sheet)


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_sheet_is_the_guides_table(app, qtbot, restore_english, lang) -> None:
    _in(app, qtbot, lang)
    sheet = _press_f1(app, qtbot)
    assert sheet.sections() == guide_sections(lang)


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_sheet_reads_whole_on_a_1366x768_laptop(app, qtbot, restore_english, lang) -> None:
    _in(app, qtbot, lang)
    app.window.resize(1366, 768)
    sheet = _press_f1(app, qtbot)
    QApplication.processEvents()
    assert sheet.width() <= 1366 and sheet.height() <= 768 - 48  # a task bar and a title bar
    for browser in sheet.columns:
        assert browser.verticalScrollBar().maximum() == 0  # nothing to scroll to
        assert browser.horizontalScrollBar().maximum() == 0
        assert browser.font().pointSizeF() >= QApplication.font().pointSizeF()
