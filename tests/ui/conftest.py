"""UI fixtures: an isolated settings store and a main window on a fresh workshop."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QStandardPaths

from jakres_desk.store.db import JakresFile


@pytest.fixture(autouse=True)
def _isolated_settings(qapp: object) -> Iterator[None]:
    QStandardPaths.setTestModeEnabled(True)
    from jakres_desk.ui import settings

    settings.settings().clear()
    yield
    settings.settings().clear()


@pytest.fixture
def app(qtbot: object, workshop: JakresFile) -> Iterator[object]:
    """The GUI (English) on a fresh jakarta-2018 workshop, group 3 selected."""
    from jakres_desk.core.services import groups
    from jakres_desk.ui.app import App, make_app

    gui = App(make_app(), "en")
    g = groups.find_group(workshop, "Kelompok 3")
    gui.session.attach(workshop, g.id)
    qtbot.addWidget(gui.window)  # type: ignore[attr-defined]
    gui.window.show()
    yield gui
    gui.session.file = None  # the workshop fixture closes the file itself
