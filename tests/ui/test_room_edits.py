"""Correcting and removing what the room entered: people, room programs, elements, targets.

Each removal says first what it takes with it, in a question Enter accepts and Esc
declines; F2 or a double-click opens a record's form, Enter saves; Ctrl+Z undoes.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from jakres_desk.core.services import (
    criteria,
    elements,
    grids,
    groups,
    participants,
    programs,
    votes,
    voting,
)
from jakres_desk.ui.pages.attendance import COL_NAME
from tests.ui.dialogs import Answer


def _go(app, step: int):
    app.window.go_to_step(step)
    page = app.window.current_page()
    page.ensure_fresh()
    return page


def _select(view, text: str, column: int = 1) -> None:
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, column).data() == text)
    view.setFocus()
    view.setCurrentIndex(model.index(row, column))


def _retype(qtbot, texts: dict[str, str]):
    """Type new text over the dialog's fields named by key (the form is a RecordDialog)."""

    def fill(dialog) -> None:
        for key, text in texts.items():
            line = dialog.widgets[key]
            assert isinstance(line, QLineEdit)
            line.setFocus()
            line.selectAll()
            qtbot.keyClick(line, Qt.Key.Key_Backspace)
            qtbot.keyClicks(line, text)

    return fill


def _double_click(qtbot, view) -> None:
    """Two clicks 120 ms apart on the current row, as a person double-clicks."""
    where = view.visualRect(view.currentIndex()).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.wait(120)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)


@pytest.fixture
def voted(app):
    """Group 3: Budi and Siti present, two room programs, Budi's 3 dots and 2 scores."""
    f, gid = app.session.file, app.session.group_id
    budi = participants.add_participant(f, name="Budi Santoso", group_id=gid, present=True)
    siti = participants.add_participant(f, name="Siti Rahmawati", group_id=gid, present=True)
    crits = [criteria.add_criterion(f, group_id=gid, name=n) for n in ("Dampak", "Biaya")]
    groups.set_criteria_locked(f, group_id=gid, locked=True)
    cand = programs.add_room_program(f, group_id=gid, title="Kios Air", agency="PAM")
    other = programs.add_room_program(f, group_id=gid, title="Bank Sampah", agency="DLH")
    votes.set_dots(f, candidate_id=cand.id, participant_id=budi.id, count=2)
    votes.set_dots(f, candidate_id=other.id, participant_id=budi.id, count=1)
    for crit in crits:
        votes.set_score(f, candidate_id=cand.id, criterion_id=crit.id, value=4,
                        participant_id=budi.id)
    return {"f": f, "gid": gid, "budi": budi, "siti": siti, "cand": cand, "other": other}


def _names(f, gid) -> list[str]:
    return sorted(p.name for p in participants.list_participants(f, gid))


def test_delete_asks_what_a_persons_removal_takes_esc_keeps_enter_removes(
    app, qtbot, voted
) -> None:
    f, gid = voted["f"], voted["gid"]
    page = _go(app, 0)
    _select(page.view, "Budi Santoso", COL_NAME)
    asked = Answer(qtbot, Qt.Key.Key_Escape)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert asked.text == "Remove Budi Santoso from the roster?"
    assert asked.detail == "Removing Budi Santoso also removes the 3 dots and 2 scores they gave."
    assert _names(f, gid) == ["Budi Santoso", "Siti Rahmawati"]
    Answer(qtbot, Qt.Key.Key_Return)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert _names(f, gid) == ["Siti Rahmawati"] and grids.dot_grid(f, gid) == {}
    page.activateWindow()
    qtbot.waitUntil(app.window.isActiveWindow)
    qtbot.keyClick(app.window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _names(f, gid) == ["Budi Santoso", "Siti Rahmawati"]
    assert sum(grids.dot_grid(f, gid).values()) == 3


def test_a_closed_vote_keeps_its_voters(app, qtbot, voted) -> None:
    f, gid = voted["f"], voted["gid"]
    voting.close_voting(f, group_id=gid)
    page = _go(app, 0)
    _select(page.view, "Budi Santoso", COL_NAME)
    Answer(qtbot, Qt.Key.Key_Return)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert "voting is closed" in page.roster_error.text()
    assert _names(f, gid) == ["Budi Santoso", "Siti Rahmawati"]


def test_f2_corrects_a_person_and_ctrl_z_puts_it_back(app, qtbot, voted) -> None:
    f, gid = voted["f"], voted["gid"]
    page = _go(app, 0)
    _select(page.view, "Siti Rahmawati", COL_NAME)
    typed = Answer(qtbot, Qt.Key.Key_Return, _retype(qtbot, {"name": "Siti Rahmawaty",
                                                              "organisation": "BPBD"}))
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    assert typed.title == "Edit Siti Rahmawati"
    siti = next(p for p in participants.list_participants(f, gid) if p.id == voted["siti"].id)
    assert (siti.name, siti.organisation) == ("Siti Rahmawaty", "BPBD")
    app.session.undo_stack.undo()
    assert "Siti Rahmawati" in _names(f, gid)


def test_a_double_click_opens_the_form_and_an_empty_name_is_refused_in_it(
    app, qtbot, voted
) -> None:
    f, gid = voted["f"], voted["gid"]
    page = _go(app, 0)
    _select(page.view, "Siti Rahmawati", COL_NAME)
    refused = {}

    def empty_then_esc(dialog) -> None:
        _retype(qtbot, {"name": " "})(dialog)
        qtbot.keyClick(dialog.widgets["name"], Qt.Key.Key_Return)  # refused: stays open
        refused["shown"] = dialog.isVisible() and dialog.error.text()

    Answer(qtbot, Qt.Key.Key_Escape, empty_then_esc)
    _double_click(qtbot, page.view)
    assert refused["shown"] and "name" in refused["shown"]
    assert _names(f, gid) == ["Budi Santoso", "Siti Rahmawati"]


def _candidates(f, gid) -> list[str]:
    return [c.title for c in programs.list_candidates(f, gid)]


def test_removing_a_room_program_says_it_goes_with_its_dots_and_scores(
    app, qtbot, voted
) -> None:
    f, gid = voted["f"], voted["gid"]
    page = _go(app, 3)
    _select(page.list_view, "Kios Air")
    asked = Answer(qtbot, Qt.Key.Key_Escape)
    qtbot.keyClick(page.list_view, Qt.Key.Key_Delete)
    assert asked.text == "Take Kios Air off the group's list?"
    assert asked.detail == (
        "Dots and scores that go with it: 2 dots, 2 scores. "
        "The program itself goes too: only this room added it."
    )
    assert _candidates(f, gid) == ["Kios Air", "Bank Sampah"]
    Answer(qtbot, Qt.Key.Key_Return)
    qtbot.keyClick(page.list_view, Qt.Key.Key_Delete)
    assert _candidates(f, gid) == ["Bank Sampah"]
    assert "Kios Air" not in [p.title for p in programs.list_programs(f)]
    app.session.undo_stack.undo()
    assert _candidates(f, gid) == ["Kios Air", "Bank Sampah"]
    assert sum(grids.dot_grid(f, gid).values()) == 3


def test_f2_corrects_a_room_program_but_not_a_catalogue_one(app, qtbot, voted) -> None:
    f, gid = voted["f"], voted["gid"]
    sumur = programs.add_program(f, title="Sumur Resapan", agency="Dinas SDA")
    programs.add_candidate(f, group_id=gid, program_id=sumur.id)
    page = _go(app, 3)
    _select(page.list_view, "Bank Sampah")
    Answer(qtbot, Qt.Key.Key_Return, _retype(qtbot, {"agency": "Dinas LH",
                                                     "description": "Per RW"}))
    qtbot.keyClick(page.list_view, Qt.Key.Key_F2)
    bank = next(p for p in programs.list_programs(f) if p.title == "Bank Sampah")
    assert (bank.agency, bank.description) == ("Dinas LH", "Per RW")
    assert page.list_proxy.index(1, 2).data() == "Dinas LH"
    _select(page.list_view, "Sumur Resapan")
    qtbot.keyClick(page.list_view, Qt.Key.Key_F2)  # no form opens for a catalogue program
    assert "catalogue program" in page.list_error.text()
    app.session.undo_stack.undo()
    assert next(p for p in programs.list_programs(f) if p.title == "Bank Sampah").agency == "DLH"


def test_targets_and_own_elements_are_corrected_with_f2_or_a_double_click(app, qtbot) -> None:
    f, gid = app.session.file, app.session.group_id
    own = elements.add_element(f, group_id=gid, custom_title="Sampah")
    elements.add_target(f, element_id=own.id, statement="Bank sampah tiap RW", target_year=2030)
    page = _go(app, 1)
    page.refresh()
    page.view.setFocus()
    page.view.setCurrentIndex(page.proxy.index(0, 0))
    Answer(qtbot, Qt.Key.Key_Return, _retype(qtbot, {"custom_title": "Sampah rumah tangga"}))
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    assert elements.list_elements(f, gid)[0].title == "Sampah rumah tangga"
    page.target_view.setFocus()
    page.target_view.setCurrentIndex(page.target_proxy.index(0, 0))
    Answer(qtbot, Qt.Key.Key_Return, _retype(qtbot, {"target_year": "2035",
                                                     "indicator": "RW dengan bank sampah"}))
    _double_click(qtbot, page.target_view)
    [target] = elements.list_elements(f, gid)[0].targets
    assert (target.target_year, target.indicator) == (2035, "RW dengan bank sampah")
    app.session.undo_stack.undo()
    assert elements.list_elements(f, gid)[0].targets[0].target_year == 2030
