"""Step 2 by keyboard and mouse: suggestions, own criteria, weights, the lock, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from jakres_desk.core.services import criteria, groups
from jakres_desk.ui.models.criteria import COL_SHARE, COL_WEIGHT


def _page(app):
    app.window.go_to_step(2)
    return app.window.current_page()


def _criteria(app, lang: str | None = None) -> list[tuple[str, float, str]]:
    """The criteria as the reader sees them (suggested ones in the reader's language)."""
    return [(c.name, c.weight, c.source)
            for c in criteria.list_criteria(app.session.file, app.session.group_id, lang)]


def _locked(app) -> bool:
    return next(
        g.criteria_locked
        for g in groups.list_groups(app.session.file)
        if g.id == app.session.group_id
    )


def _card(page, name: str):
    return next(c for c in page.cards if c.item.name == name)


def test_suggestions_show_what_was_reported_in_2018(app) -> None:
    page = _page(app)
    names = [(c.item.name, c.item.reported) for c in page.cards]
    assert names == [
        ("Involves many parties", True),
        ("More intensive outreach", True),
        ("Reaches vulnerable groups", False),
        ("Budget availability", False),
    ]
    assert _card(page, "Involves many parties").findChild(type(page.total), "badge") is not None


def test_one_click_or_enter_adopts_a_suggestion(app, qtbot) -> None:
    page = _page(app)
    reported = _card(page, "Involves many parties")
    qtbot.mouseClick(reported.button, Qt.MouseButton.LeftButton)
    suggested = _card(page, "Budget availability")
    suggested.button.setFocus()
    qtbot.keyClick(suggested.button, Qt.Key.Key_Return)
    assert _criteria(app) == [
        ("Involves many parties", 1.0, "reported"),
        ("Budget availability", 1.0, "suggested"),
    ]
    assert reported.button.text() == "Added" and not reported.button.isEnabled()
    app.session.undo_stack.undo()
    assert _criteria(app) == [("Involves many parties", 1.0, "reported")]
    assert suggested.button.isEnabled() and suggested.button.text() == "Add"


def test_own_criterion_by_keyboard_with_undo_redo(app, qtbot) -> None:
    page = _page(app)
    page.name.setFocus()
    qtbot.keyClicks(page.name, "Dampak bagi warga miskin")
    qtbot.keyClick(page.name, Qt.Key.Key_Return)
    assert page.description.hasFocus()
    qtbot.keyClicks(page.description, "Manfaat langsung bagi kelompok rentan")
    qtbot.keyClick(page.description, Qt.Key.Key_Return)
    page.weight.selectAll()
    qtbot.keyClicks(page.weight, "2.5")
    qtbot.keyClick(page.weight, Qt.Key.Key_Return)
    assert _criteria(app) == [("Dampak bagi warga miskin", 2.5, "room")]
    stored = criteria.list_criteria(app.session.file, app.session.group_id)[0]
    assert stored.description == "Manfaat langsung bagi kelompok rentan"
    assert page.name.hasFocus() and page.name.text() == "" and page.weight.text() == "1"
    app.session.undo_stack.undo()
    assert _criteria(app) == []
    app.session.undo_stack.redo()
    assert [c.id for c in criteria.list_criteria(app.session.file, app.session.group_id)] == [
        stored.id
    ]


@pytest.mark.parametrize("weight", ["0", "101", "abc"])
def test_a_bad_weight_is_refused_next_to_the_field(app, qtbot, weight: str) -> None:
    page = _page(app)
    page.name.setText("Kesiapan pelaksanaan")
    page.weight.setFocus()
    page.weight.selectAll()
    qtbot.keyClicks(page.weight, weight)
    qtbot.keyClick(page.weight, Qt.Key.Key_Return)
    assert page.weight_error.isVisible() and f"'{weight}'" in page.weight_error.text()
    assert page.weight.hasFocus() and page.name.text() == "Kesiapan pelaksanaan"
    assert _criteria(app) == []


def _edit_cell(page, qtbot, row: int, col: int, text: str) -> None:
    page.view.setFocus()
    page.view.setCurrentIndex(page.proxy.index(row, col))
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not page.view
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits from the event loop (a queued call), as in real use.
    qtbot.waitUntil(lambda: page.view.state() != page.view.State.EditingState)


def test_weight_edited_in_place_with_undo_and_a_refusal(app, qtbot) -> None:
    f, gid = app.session.file, app.session.group_id
    criteria.add_criterion(f, group_id=gid, name="Melibatkan banyak pihak", weight=3)
    criteria.add_criterion(f, group_id=gid, name="Sosialisasi intensif", weight=1)
    page = _page(app)
    assert page.proxy.index(0, COL_SHARE).data() == "75%"
    _edit_cell(page, qtbot, 1, COL_WEIGHT, "2")
    assert _criteria(app)[1] == ("Sosialisasi intensif", 2.0, "room")
    assert page.proxy.index(0, COL_SHARE).data() == "60%"
    assert page.total.text() == "Total weight: 5"
    _edit_cell(page, qtbot, 1, COL_WEIGHT, "0")
    assert page.table_error.isVisible() and "'0'" in page.table_error.text()
    assert _criteria(app)[1][1] == 2.0
    assert page.proxy.index(1, COL_WEIGHT).data() == "2"  # the old value is back in the table
    app.session.undo_stack.undo()
    assert _criteria(app)[1][1] == 1.0


def test_name_edited_in_place(app, qtbot) -> None:
    criteria.add_criterion(app.session.file, group_id=app.session.group_id, name="Sosialisasi")
    page = _page(app)
    _edit_cell(page, qtbot, 0, 0, "Sosialisasi intensif")
    assert _criteria(app) == [("Sosialisasi intensif", 1.0, "room")]


def test_delete_removes_and_undo_restores(app, qtbot) -> None:
    f, gid = app.session.file, app.session.group_id
    kept = criteria.add_criterion(f, group_id=gid, name="Melibatkan banyak pihak", weight=3)
    page = _page(app)
    page.view.setFocus()
    page.view.setCurrentIndex(page.proxy.index(0, 0))
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert _criteria(app) == []
    app.session.undo_stack.undo()
    assert [c.id for c in criteria.list_criteria(f, gid)] == [kept.id]


def test_lock_disables_editing_and_unlock_by_undo(app, qtbot) -> None:
    f, gid = app.session.file, app.session.group_id
    criteria.add_criterion(f, group_id=gid, name="Melibatkan banyak pihak", weight=3)
    page = _page(app)
    assert page.state.text() == "Criteria open for changes" and not page.hint.isVisible()
    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)
    assert _locked(app)
    assert page.state.text() == "Criteria locked for scoring"
    assert page.hint.isVisible() and page.lock_button.text() == "&Unlock criteria"
    assert not page.form.isEnabled() and not page.remove_button.isEnabled()
    assert not all(c.button.isEnabled() for c in page.cards)
    assert not page.proxy.flags(page.proxy.index(0, COL_WEIGHT)) & Qt.ItemFlag.ItemIsEditable
    app.session.undo_stack.undo()
    assert not _locked(app) and page.form.isEnabled()
    app.session.undo_stack.redo()
    assert _locked(app)
    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)
    assert not _locked(app) and page.state.text() == "Criteria open for changes"


def test_edits_while_locked_are_refused_with_the_message(app, qtbot) -> None:
    f, gid = app.session.file, app.session.group_id
    criteria.add_criterion(f, group_id=gid, name="Melibatkan banyak pihak", weight=3)
    page = _page(app)
    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)
    page.name.setText("Kesiapan pelaksanaan")
    page.add_criterion()  # the form is disabled; the service refuses anyway
    assert page.name_error.isVisible() and "locked" in page.name_error.text()
    page.view.setFocus()
    page.view.setCurrentIndex(page.proxy.index(0, 0))
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert page.table_error.isVisible() and "locked" in page.table_error.text()
    assert _criteria(app, "id") == [("Melibatkan banyak pihak", 3.0, "room")]


def test_lock_needs_a_criterion(app) -> None:
    page = _page(app)
    assert not page.lock_button.isEnabled()
    assert page.projector_lines() == ["No criteria yet"]


def test_projector_shows_weights_and_the_lock(app, qtbot) -> None:
    f, gid = app.session.file, app.session.group_id
    criteria.add_criterion(f, group_id=gid, name="Melibatkan banyak pihak", weight=3)
    criteria.add_criterion(f, group_id=gid, name="Sosialisasi intensif", weight=1)
    page = _page(app)
    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)
    # A suggested criterion typed in Bahasa reads in English for an English reader.
    assert page.projector_lines() == ["Involves many parties — weight 3 (75%)",
                                      "Sosialisasi intensif — weight 1 (25%)",
                                      "Criteria locked for scoring"]


def test_switching_group_shows_its_suggestions(app) -> None:
    page = _page(app)
    app.session.set_group(groups.find_group(app.session.file, "Kelompok 1").id)
    assert [c.item.name for c in page.cards][:2] == [
        "Direct impact on the public",
        "Raises understanding of city resilience",
    ]


def test_indonesian_weights_show_and_take_the_decimal_comma(app, qtbot) -> None:
    from jakres_desk.base import i18n

    i18n.set_language("id")
    page = _page(app)
    page.name.setText("Dampak bagi warga miskin")
    page.weight.setFocus()
    page.weight.selectAll()
    qtbot.keyClicks(page.weight, "1,5")
    qtbot.keyClick(page.weight, Qt.Key.Key_Return)
    page.name.setText("Sosialisasi intensif")
    page.weight.selectAll()
    qtbot.keyClicks(page.weight, "0.5")
    qtbot.keyClick(page.weight, Qt.Key.Key_Return)
    assert [w for _, w, _ in _criteria(app)] == [1.5, 0.5]
    assert page.proxy.index(0, COL_WEIGHT).data() == "1,5"
    _edit_cell(page, qtbot, 1, COL_WEIGHT, "2,5")  # in place, with the comma too
    assert [w for _, w, _ in _criteria(app)] == [1.5, 2.5]
    assert page.proxy.index(1, COL_WEIGHT).data() == "2,5"
    assert page.total.text().endswith("4")
    app.session.undo_stack.undo()
    assert [w for _, w, _ in _criteria(app)] == [1.5, 0.5]


def test_unlocking_after_scoring_asks_first(app, qtbot) -> None:
    from jakres_desk.core.services import programs, votes

    f, gid = app.session.file, app.session.group_id
    crit = criteria.add_criterion(f, group_id=gid, name="Dampak", weight=2)
    cand = programs.add_room_program(f, group_id=gid, title="Sumur resapan")
    groups.set_criteria_locked(f, group_id=gid, locked=True)
    votes.set_score(f, candidate_id=cand.id, criterion_id=crit.id, value=4)
    page = _page(app)
    page.refresh()
    asked: list[int] = []
    page.confirm_unlock = lambda n: (asked.append(n), False)[1]  # "No"
    page.lock_button.setFocus()
    qtbot.keyClick(page.lock_button, Qt.Key.Key_Space)
    assert asked == [1] and _locked(app)
    page.confirm_unlock = lambda n: True  # "Yes"
    qtbot.keyClick(page.lock_button, Qt.Key.Key_Space)
    assert not _locked(app)
