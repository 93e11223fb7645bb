"""Step 3 by keyboard: search the catalogue and add candidates, add the room's own, remove."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from jakres_desk.core.services import participants, programs, votes
from tests.ui.dialogs import Answer


@pytest.fixture
def catalogue(app) -> dict[str, object]:
    """Three programs of focus area 3 (water and waste) and one of focus area 4."""
    f = app.session.file
    made = {
        t: programs.add_program(f, title=t, agency=a, focus_areas=[n])
        for t, a, n in (
            ("Bank Sampah Unit di Jakarta Utara", "Dinas Lingkungan Hidup", 3),
            ("Pembangunan IPAL Komunal", "Dinas Sumber Daya Air", 3),
            ("Kampung Iklim (ProKlim)", "Dinas Lingkungan Hidup", 3),
            ("Jalur Sepeda Terpadu", "Dinas Perhubungan", 4),
        )
    }
    return made


def _page(app):
    app.window.go_to_step(3)
    return app.window.current_page()


def _titles(app) -> list[str]:
    return [c.title for c in programs.list_candidates(app.session.file, app.session.group_id)]


def test_typing_a_search_and_enter_adds_a_candidate(app, qtbot, catalogue) -> None:
    page = _page(app)
    assert "Programs found: 3" in page.matches.text()  # only the group's focus area
    page.search.setFocus()
    qtbot.keyClicks(page.search, "ipal")
    assert page.filter.rowCount() == 1
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert _titles(app) == ["Pembangunan IPAL Komunal"]
    assert page.search.text() == "" and page.search.hasFocus()
    status = [page.filter.index(r, 3).data() for r in range(page.filter.rowCount())]
    assert status.count("Candidate") == 1
    first = programs.list_candidates(app.session.file, app.session.group_id)[0]
    app.session.undo_stack.undo()
    assert _titles(app) == []
    app.session.undo_stack.redo()
    assert [c.id for c in programs.list_candidates(app.session.file, app.session.group_id)] == [
        first.id
    ]


def test_enter_skips_programs_already_on_the_list(app, qtbot, catalogue) -> None:
    page = _page(app)
    qtbot.keyClicks(page.search, "lingkungan")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.keyClicks(page.search, "lingkungan")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert sorted(_titles(app)) == ["Bank Sampah Unit di Jakarta Utara", "Kampung Iklim (ProKlim)"]
    page.results.setFocus()
    page.results.setCurrentIndex(page.filter.index(0, 0))  # one already on the list
    qtbot.keyClick(page.results, Qt.Key.Key_Return)
    assert page.search_error.isVisible() and "already a candidate" in page.search_error.text()
    assert len(_titles(app)) == 2


def test_other_focus_areas_only_when_asked(app, qtbot, catalogue) -> None:
    page = _page(app)
    qtbot.keyClicks(page.search, "sepeda")
    assert page.filter.rowCount() == 0
    page.all_areas.setChecked(True)
    assert page.filter.rowCount() == 1
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert _titles(app) == ["Jalur Sepeda Terpadu"]


def test_room_program_by_keyboard_and_duplicate_refused(app, qtbot, catalogue) -> None:
    f = app.session.file
    page = _page(app)
    page.title_field.setFocus()
    qtbot.keyClicks(page.title_field, "Sosialisasi pilah sampah RW")
    qtbot.keyClick(page.title_field, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.agency, "Kelurahan Cikini")
    qtbot.keyClick(page.agency, Qt.Key.Key_Return)  # on to the description
    assert _titles(app) == []
    qtbot.keyClick(page.description, Qt.Key.Key_Return)  # Enter in the last field adds
    assert _titles(app) == ["Sosialisasi pilah sampah RW"]
    room = [p for p in programs.list_programs(f) if p.origin == "room"]
    assert [(p.title, p.agency, p.focus_areas) for p in room] == [
        ("Sosialisasi pilah sampah RW", "Kelurahan Cikini", (3,))
    ]
    assert page.title_field.text() == "" and page.title_field.hasFocus()
    assert page.candidates.origin(page.candidates.rows[0]) == "The room"
    qtbot.keyClicks(page.title_field, "Pembangunan IPAL komunal")
    qtbot.keyClick(page.title_field, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.agency, "dinas sumber daya air")
    qtbot.keyClick(page.agency, Qt.Key.Key_Return)
    qtbot.keyClick(page.description, Qt.Key.Key_Return)
    assert page.title_error.isVisible() and "already in the catalogue" in page.title_error.text()
    assert _titles(app) == ["Sosialisasi pilah sampah RW"]
    app.session.undo_stack.undo()  # the room's program leaves the catalogue too
    assert _titles(app) == []
    assert not [p for p in programs.list_programs(f) if p.origin == "room"]


def test_delete_removes_a_candidate_and_undo_brings_its_dots(app, qtbot, catalogue) -> None:
    f, gid = app.session.file, app.session.group_id
    cand = programs.add_candidate(
        f, group_id=gid, program_id=catalogue["Kampung Iklim (ProKlim)"].id
    )
    ani = participants.add_participant(f, name="Ani", group_id=gid, present=True)
    votes.set_dots(f, candidate_id=cand.id, participant_id=ani.id, count=2)
    page = _page(app)
    page.list_view.setFocus()
    page.list_view.setCurrentIndex(page.list_proxy.index(0, 1))
    asked = Answer(qtbot, Qt.Key.Key_Return)  # the question says what goes with it
    qtbot.keyClick(page.list_view, Qt.Key.Key_Delete)
    assert asked.detail == "Dots and scores that go with it: 2 dots, 0 scores."
    assert _titles(app) == []
    app.session.undo_stack.undo()
    assert [(t.title, t.dots) for t in votes.tallies(f, gid)] == [("Kampung Iklim (ProKlim)", 2)]


def test_projector_shows_the_count_and_latest_titles(app, qtbot, catalogue) -> None:
    page = _page(app)
    for word in ("ipal", "kampung"):
        qtbot.keyClicks(page.search, word)
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.projector_lines() == [
        "Candidate programs: 2",
        "+ Pembangunan IPAL Komunal",
        "+ Kampung Iklim (ProKlim)",
    ]


def test_remove_is_a_normal_button_at_the_left_and_delete_still_works(
    app, qtbot, catalogue
) -> None:
    f, gid = app.session.file, app.session.group_id
    for title in ("Kampung Iklim (ProKlim)", "Pembangunan IPAL Komunal"):
        programs.add_candidate(f, group_id=gid, program_id=catalogue[title].id)
    app.window.resize(1440, 900)
    page = _page(app)
    QApplication.processEvents()
    button, view = page.remove_button, page.list_view
    assert button.width() <= button.sizeHint().width() + 2  # not stretched over the panel
    assert button.width() < view.width() / 3
    assert abs(button.x() - view.x()) <= 2  # under the list, at its left edge
    view.setFocus()
    view.setCurrentIndex(page.list_proxy.index(0, 1))
    Answer(qtbot, Qt.Key.Key_Return)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert len(_titles(app)) == 1
    view.setCurrentIndex(page.list_proxy.index(0, 1))
    Answer(qtbot, Qt.Key.Key_Return)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert _titles(app) == []
