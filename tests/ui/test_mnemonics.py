"""No two Alt+letter mnemonics clash on one screen, in either language.

On each step, Alt+letter must reach one thing: a top-level menu of the window
or a button, check box, tab or labelled field of the step on screen. (Alt+L in
English opened the Language menu instead of locking the criteria.)
"""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabWidget, QWidget

MNEMONIC = re.compile(r"&(?!&)(\w)")


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def page_mnemonics(page: QWidget) -> dict[str, list[str]]:
    """What each Alt+letter reaches among the page's visible widgets."""
    seen: dict[str, list[str]] = defaultdict(list)
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(page):
            continue
        texts = []
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QTabWidget):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        for text in texts:
            key = mnemonic(text)
            if key:
                seen[key].append(text)
    return seen


@pytest.mark.parametrize("lang", ["en", "id"])
def test_no_mnemonic_clashes_on_any_step(app, qtbot, lang) -> None:
    from jakres_desk.ui import i18n

    if lang != "en":
        app.switch_language(lang)
        qtbot.waitUntil(lambda: app.window is not None and app.window.lang == lang)
    try:
        window = app.window
        window.resize(1366, 768)
        window.show()
        menus = {}
        for action in window.menuBar().actions():
            key = mnemonic(action.text())
            assert key and key not in menus, f"menu {action.text()} clashes with {menus.get(key)}"
            menus[key] = action.text()
        clashes = set()
        for number, page in enumerate(window.pages):
            window.go_to_step(number)
            QApplication.processEvents()
            tabs = page.findChildren(QTabWidget)
            for index in range(max([t.count() for t in tabs], default=1)):
                for tab_widget in tabs:
                    tab_widget.setCurrentIndex(min(index, tab_widget.count() - 1))
                QApplication.processEvents()
                for key, texts in page_mnemonics(page).items():
                    reached = sorted(texts) + ([menus[key]] if key in menus else [])
                    if len(reached) > 1:
                        clashes.add(f"step {number}: Alt+{key.upper()} {reached}")
        assert sorted(clashes) == []
    finally:
        i18n.install("en")
