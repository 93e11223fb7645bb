"""Closing a group's voting from step 4: cells freeze, reopening asks, the projector shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from jakres_desk.core.services import criteria, grids, groups, participants, programs, voting
from jakres_desk.ui.pages.votes import TAB_DOTS, TAB_SCORES
from tests.ui.dialogs import Answer


@pytest.fixture
def page(app):
    f, gid = app.session.file, app.session.group_id
    for name in ("Ani Lestari", "Budi Santoso"):
        participants.add_participant(f, name=name, group_id=gid, present=True)
    criteria.add_criterion(f, group_id=gid, name="Dampak", weight=1)
    groups.set_criteria_locked(f, group_id=gid, locked=True)
    for title in ("Sumur Resapan", "Bank Sampah"):
        programs.add_room_program(f, group_id=gid, title=title, agency="DLH")
    app.window.go_to_step(4)
    return app.window.current_page()


def _type(qtbot, tab, row: int, col: int, key: str) -> None:
    tab.view.setFocus()
    tab.view.setCurrentIndex(tab.finder.index(row, col))
    qtbot.keyClick(tab.view, key)


def test_closing_freezes_both_grids_and_says_so(app, qtbot, page) -> None:
    f, gid = app.session.file, app.session.group_id
    _type(qtbot, page.dots, 0, 1, "2")
    assert "Voting is open" in page.voting_state.text()
    page.close_button.setFocus()
    qtbot.keyClick(page.close_button, Qt.Key.Key_Space)
    assert voting.is_closed(f, gid) and page.reopen_button.isVisible()
    assert "Voting closed at" in page.voting_state.text()
    _type(qtbot, page.dots, 0, 1, "3")
    assert page.dots.bar.isVisible() and "Voting is closed" in page.dots.bar.text()
    assert grids.dot_grid(f, gid) == {(page.dots.model.people[0].id, page.dots.model.rows[0].id): 2}
    assert not page.dots.model.flags(page.dots.model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    page.tabs.setCurrentIndex(TAB_SCORES)
    _type(qtbot, page.scores, 0, 0, "4")
    assert "Voting is closed" in page.scores.bar.text() and grids.score_grid(f, gid) == {}
    assert not page.scores.model.flags(page.scores.model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    app.session.undo_stack.undo()  # Ctrl+Z: the voting is open again
    assert not voting.is_closed(f, gid) and page.close_button.isVisible()
    _type(qtbot, page.scores, 0, 0, "4")  # opens the editor; Enter saves
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    QApplication.processEvents()
    assert len(grids.score_grid(f, gid)) == 1 and not page.scores.bar.isVisible()


def test_reopening_asks_first_esc_keeps_it_closed_enter_reopens(app, qtbot, page) -> None:
    f, gid = app.session.file, app.session.group_id
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    asked = Answer(qtbot, Qt.Key.Key_Escape)
    qtbot.mouseClick(page.reopen_button, Qt.MouseButton.LeftButton)
    assert "Reopen this group's voting?" in asked.text and "recorded" in asked.detail
    assert voting.is_closed(f, gid)
    Answer(qtbot, Qt.Key.Key_Return)
    qtbot.mouseClick(page.reopen_button, Qt.MouseButton.LeftButton)
    assert not voting.is_closed(f, gid)
    assert [e.event for e in voting.voting_log(f, gid)] == ["closed", "reopened"]
    page.tabs.setCurrentIndex(TAB_DOTS)
    _type(qtbot, page.dots, 1, 2, "1")
    assert sum(grids.dot_grid(f, gid).values()) == 1


def test_the_projector_shows_the_results_once_voting_is_closed(app, qtbot, page) -> None:
    app.window.show_projector()
    projector = app.window.projector
    qtbot.addWidget(projector)
    assert projector.chart is None
    assert "until the group closes its voting" in projector.footer.text()
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    assert projector.chart is not None and "Voting is closed" in projector.footer.text()
    app.session.undo_stack.undo()
    assert projector.chart is None and "hidden" in projector.footer.text()
