"""The roster's narrow columns are as wide as ResizeToContents made them.

They are now sized when the rows change (`AttendancePage.fit_narrow`), not on
every layout; the reference is what a header in ResizeToContents gives: the
wider of the column's cells and its header, within the header's bounds.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from jakres_desk.core.demo import build_demo
from jakres_desk.core.services import groups, participants
from jakres_desk.store.db import open_file
from jakres_desk.ui.pages.attendance import NARROW

DEVICE = os.environ["JAKRES_DEVICE_ID"]


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("roster") / "demo.jakres"
    build_demo(path, device_id=DEVICE).close()
    return path


@pytest.fixture
def window(qtbot, demo_path: Path, request) -> Iterator[object]:
    from jakres_desk.ui import i18n
    from jakres_desk.ui.app import App, make_app

    f = open_file(demo_path, device_id=DEVICE)
    gui = App(make_app(), request.param)
    gui.session.attach(f, groups.find_group(f, "Kelompok 3").id)
    qtbot.addWidget(gui.window)
    gui.window.resize(1366, 720)
    gui.window.show()
    gui.window.go_to_step(0)
    QApplication.processEvents()
    yield gui.window
    gui.session.close()
    i18n.install("en")


def misfits(page) -> list[tuple[int, int, int]]:
    """Narrow columns whose width is not ResizeToContents': (column, has, wants)."""
    view, header = page.view, page.view.horizontalHeader()
    out = []
    for col in NARROW:
        wants = max(view.sizeHintForColumn(col), header.sectionSizeHint(col))
        wants = max(header.minimumSectionSize(), min(header.maximumSectionSize(), wants))
        if header.sectionSize(col) != wants:
            out.append((col, header.sectionSize(col), wants))
    return out


@pytest.mark.parametrize("window", ["en", "id"], indirect=True)
def test_the_narrow_columns_fit_their_contents_through_edits_and_a_search(window, qtbot) -> None:
    page = window.current_page()
    assert page.model.rowCount() > 0
    assert misfits(page) == []
    person = page.model.rows[0]
    kinds = participants.stakeholder_kinds(window.session.file)
    longest = max(kinds, key=lambda k: len(k[1] + k[2]))[0]
    window.session.perform(
        "kind", participants.update_participant, person.id, stakeholder_kind=longest
    )
    QApplication.processEvents()
    assert misfits(page) == []
    qtbot.keyClicks(page.find, page.model.rows[-1].name[:4])
    QApplication.processEvents()
    assert misfits(page) == []
    page.find.clear()
    page.view.sortByColumn(NARROW[1], Qt.SortOrder.DescendingOrder)
    window.go_to_step(1)
    window.go_to_step(0)
    QApplication.processEvents()
    assert misfits(page) == []
