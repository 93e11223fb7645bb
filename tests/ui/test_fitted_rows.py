"""Step 3's rows are as tall as Qt's ResizeToContents would make them, without asking every cell.

`ui/pages/fitted_rows.py` sizes a row by the kind of row it is (how many lines
its title takes, its icon); these tests hold it to what Qt itself computes for
each row (`sizeHintForRow`, at least the header's minimum: what a vertical
header in `ResizeToContents` gives), through widths, a search, a sort, an added
candidate and the status icon.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from jakres_desk.core.services import programs

TITLES = (
    "Bank Sampah Unit di Kepulauan Seribu",
    "Perluasan jaringan perpipaan air minum ke permukiman padat di Jakarta Utara dan Barat",
    "Revitalisasi drainase — saluran mikro, sub-makro dan makro di kawasan rawan genangan",
    "Kampung Iklim (ProKlim)",
    "Pengolahan sampah organik berbasis komunitas: maggot BSF, kompos, dan biogas di RW",
    "Ruang terbuka hijau «taman kota» ünïcödé 城市绿地 dengan sumur resapan",
    "IPAL",
)


@pytest.fixture
def page(app):
    f = app.session.file
    made = [
        programs.add_program(
            f,
            title=t,
            agency="Dinas Lingkungan Hidup\nBidang Air" * (i == 2),
            focus_areas=[3, 4][: 1 + i % 2],
        )
        for i, t in enumerate(TITLES)
    ]
    for p in made[::2]:
        programs.add_candidate(f, group_id=app.session.group_id, program_id=p.id)
    app.session.opened.emit()  # the page reads the file again
    app.window.go_to_step(3)
    settle()
    return app.window.current_page()


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def mismatched(view) -> list[tuple[int, int, int]]:
    """Rows whose height is not the one ResizeToContents gives: (row, has, wants)."""
    least = view.verticalHeader().minimumSectionSize()
    rows = range(view.model().rowCount())
    wants = [(r, view.rowHeight(r), max(least, view.sizeHintForRow(r))) for r in rows]
    return [w for w in wants if w[1] != w[2]]


def test_rows_are_as_tall_as_qt_would_make_them_at_every_width(app, page) -> None:
    assert page.results.model().rowCount() >= 4 and page.list_view.model().rowCount() >= 4
    heights = set()
    for width in (*range(1366, 1100, -2), 900, 1280):  # every title at its edge, some time
        app.window.resize(width, 720)
        settle()
        for view in (page.results, page.list_view):
            assert mismatched(view) == [], (width, view is page.results)
            heights |= {view.rowHeight(r) for r in range(view.model().rowCount())}
    assert len(heights) >= 3  # one, two and more lines: the titles did wrap


def test_rows_follow_a_search_a_sort_the_whole_catalogue_and_a_new_candidate(
    app, page, qtbot
) -> None:
    page.all_areas.setChecked(True)
    settle()
    assert mismatched(page.results) == []
    qtbot.keyClicks(page.search, "di")
    settle()
    assert 0 < page.filter.rowCount() < page.catalogue.rowCount()
    assert mismatched(page.results) == []
    page.search.clear()
    page.results.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    settle()
    assert mismatched(page.results) == []
    qtbot.keyClicks(page.search, "ipal")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # the status icon comes, a row is added
    page.search.clear()
    settle()
    assert mismatched(page.results) == [] and mismatched(page.list_view) == []


def test_a_long_catalogue_fits_the_rows_on_screen_first_and_the_rest_when_idle(
    app, page, qtbot
) -> None:
    f = app.session.file
    for i in range(300):  # titles of one to three lines at this width
        title = f"Program {i:03d} " + "air bersih " * (i % 9)
        programs.add_program(f, title=title, focus_areas=[3])
    app.session.opened.emit()
    view, rows = page.results, page.result_rows
    qtbot.waitUntil(lambda: rows.pending == 0)  # slices of rows while the loop is idle
    assert mismatched(view) == []
    qtbot.keyClicks(page.search, "program")  # the rows change: fitted again before the paint
    view.viewport().repaint()  # the paint, before the event loop runs the idle slices
    count = view.model().rowCount()
    assert count == 300 and count - 50 < rows.pending < count  # the rows on screen, no more
    shown = range(view.rowAt(0), view.rowAt(view.viewport().height() - 1) + 1)
    least = view.verticalHeader().minimumSectionSize()
    assert all(view.rowHeight(r) == max(least, view.sizeHintForRow(r)) for r in shown)
    view.setFocus()
    # Ctrl+End: the end of the list, before the idle slices reach it.
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    view.viewport().repaint()
    last = view.rowAt(view.viewport().height() - 1)
    assert last == count - 1 or last == -1
    shown = range(view.rowAt(0), count)
    assert all(view.rowHeight(r) == max(least, view.sizeHintForRow(r)) for r in shown)
    qtbot.waitUntil(lambda: rows.pending == 0)
    assert mismatched(view) == []
