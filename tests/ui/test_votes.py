"""Step 4 by keyboard: dots typed in the grid, scores in the matrix, the rule and overrides."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from jakres_desk.core.services import (
    criteria,
    grids,
    groups,
    participants,
    programs,
    votes,
    voting,
    workshops,
)
from jakres_desk.ui.pages.votes import TAB_DOTS, TAB_PRIORITY, TAB_SCORES

TITLES = ("Bank Sampah Unit", "IPAL Komunal", "Kampung Iklim", "Sumur Resapan")


@pytest.fixture
def room(app) -> dict[str, object]:
    """Group 3: three people present and one absent, two criteria, four candidates."""
    f, gid = app.session.file, app.session.group_id
    people = [
        participants.add_participant(f, name=n, group_id=gid, present=n != "Dewi")
        for n in ("Ani Lestari", "Budi Santoso", "Citra Dewanti", "Dewi")
    ]
    crit = [
        criteria.add_criterion(f, group_id=gid, name=n, weight=w)
        for n, w in (("Melibatkan banyak pihak", 2), ("Sosialisasi intensif", 1))
    ]
    cands = [programs.add_room_program(f, group_id=gid, title=t, agency="DLH") for t in TITLES]
    return {"f": f, "gid": gid, "people": people, "crit": crit, "cands": cands}


def _page(app, tab: int):
    app.window.go_to_step(4)
    page = app.window.current_page()
    page.tabs.setCurrentIndex(tab)
    return page


def _dots(room) -> dict[str, int]:
    return {t.title: t.dots for t in votes.tallies(room["f"], room["gid"])}


def _type_in(qtbot, tab, row: int, col: int, keys: str) -> None:
    tab.view.setFocus()
    tab.view.setCurrentIndex(tab.finder.index(row, col))
    for key in keys:
        qtbot.keyClick(tab.view, key)


def test_grid_shows_present_people_and_digits_land_in_the_file(app, qtbot, room) -> None:
    tab = _page(app, TAB_DOTS).dots
    model = tab.model
    assert [p.name for p in model.people] == ["Ani Lestari", "Budi Santoso", "Citra Dewanti"]
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Ani\n5 left"
    _type_in(qtbot, tab, 0, 1, "2")  # Ani: 2 dots on Bank Sampah Unit
    _type_in(qtbot, tab, 1, 2, "1+")  # Budi: 1, then one more, on IPAL Komunal
    assert _dots(room) == {
        "Bank Sampah Unit": 2,
        "IPAL Komunal": 2,
        "Kampung Iklim": 0,
        "Sumur Resapan": 0,
    }
    assert tab.finder.index(0, 1).data() == "2" and tab.finder.index(1, 0).data() == "2"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Ani\n3 left"
    _type_in(qtbot, tab, 1, 2, "-")
    assert _dots(room)["IPAL Komunal"] == 1


def test_over_voting_is_refused_with_the_message_and_the_file_unchanged(app, qtbot, room) -> None:
    tab = _page(app, TAB_DOTS).dots
    for row in (0, 1):
        _type_in(qtbot, tab, row, 1, "2")
    _type_in(qtbot, tab, 2, 1, "2")  # Ani has only 1 dot left
    assert tab.bar.isVisible()
    assert tab.bar.text() == "Ani Lestari: not enough dots: 5 each, 1 left"
    assert _dots(room)["Kampung Iklim"] == 0
    assert tab.finder.index(2, 1).data() == ""  # the cell kept its old value
    _type_in(qtbot, tab, 3, 1, "3")  # more than 2 on one program
    assert "at most 2 dots on one program" in tab.bar.text()
    _type_in(qtbot, tab, 2, 1, "1")
    assert not tab.bar.isVisible() and _dots(room)["Kampung Iklim"] == 1


def test_undo_and_redo_of_a_dot_edit(app, qtbot, room) -> None:
    tab = _page(app, TAB_DOTS).dots
    _type_in(qtbot, tab, 2, 3, "1")
    _type_in(qtbot, tab, 2, 3, "2")
    stack = app.session.undo_stack
    stack.undo()
    assert _dots(room)["Kampung Iklim"] == 1 and tab.finder.index(2, 3).data() == "1"
    stack.undo()
    assert _dots(room)["Kampung Iklim"] == 0 and tab.finder.index(2, 3).data() == ""
    stack.redo()
    assert _dots(room)["Kampung Iklim"] == 1 and tab.finder.index(2, 0).data() == "1"
    assert tab.model.headerData(3, Qt.Orientation.Horizontal) == "Citra\n4 left"


def test_set_data_is_the_undoable_edit_path(app, room) -> None:
    tab = _page(app, TAB_DOTS).dots
    assert tab.model.setData(tab.model.index(3, 2), 2, Qt.ItemDataRole.EditRole)
    assert _dots(room)["Sumur Resapan"] == 2
    app.session.undo_stack.undo()
    assert _dots(room)["Sumur Resapan"] == 0


def test_find_narrows_the_grid_and_typing_still_hits_the_right_cell(app, qtbot, room) -> None:
    tab = _page(app, TAB_DOTS).dots
    qtbot.keyClicks(tab.search, "kampung")
    assert tab.finder.rowCount() == 1
    _type_in(qtbot, tab, 0, 1, "1")
    assert _dots(room)["Kampung Iklim"] == 1


def _type_score(qtbot, tab, row: int, col: int, text: str) -> None:
    tab.view.setFocus()
    tab.view.setCurrentIndex(tab.finder.index(row, col))
    qtbot.keyClick(tab.view, text[0])  # opens the editor with what was typed
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits an editor through the event queue


def test_scores_need_locked_criteria_then_land_in_the_file(app, qtbot, room) -> None:
    f, gid, (c1, c2), cands = room["f"], room["gid"], room["crit"], room["cands"]
    tab = _page(app, TAB_SCORES).scores
    assert tab.hint.isVisible() and "not locked" in tab.hint_text.text()
    assert not tab.model.flags(tab.model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    qtbot.mouseClick(tab.lock_button, Qt.MouseButton.LeftButton)
    assert next(g for g in groups.list_groups(f) if g.id == gid).criteria_locked
    assert not tab.hint.isVisible()
    _type_score(qtbot, tab, 0, 0, "4")
    _type_score(qtbot, tab, 0, 1, "3,5")
    assert grids.score_grid(f, gid) == {(cands[0].id, c1.id): 4.0, (cands[0].id, c2.id): 3.5}
    assert tab.finder.index(0, 2).data() == "3.83"  # (2 × 4 + 1 × 3.5) / 3
    _type_score(qtbot, tab, 1, 0, "9")
    assert tab.bar.isVisible() and "between 1 and 5" in tab.bar.text()
    assert (cands[1].id, c1.id) not in grids.score_grid(f, gid)
    assert tab.finder.index(1, 0).data() == ""
    app.session.undo_stack.undo()
    assert grids.score_grid(f, gid) == {(cands[0].id, c1.id): 4.0}
    assert tab.finder.index(0, 1).data() == ""


def _score_all(room, values) -> None:
    f, gid = room["f"], room["gid"]
    groups.set_criteria_locked(f, group_id=gid, locked=True)
    for cand, value in zip(room["cands"], values, strict=True):
        for crit in room["crit"]:
            votes.set_score(f, candidate_id=cand.id, criterion_id=crit.id, value=value)


def _decisions(room) -> dict[str, tuple]:
    return {
        c.title: (c.is_priority, c.decided_by, c.reason)
        for c in programs.list_candidates(room["f"], room["gid"])
    }


def test_apply_the_rule_then_undo_and_redo(app, qtbot, room) -> None:
    _score_all(room, (5, 2, 4, 3))
    tab = _page(app, TAB_PRIORITY).priority
    assert tab.rule.text() == "Priority: weighted score ≥ 3.5"
    assert [r.ranked.title for r in tab.model.rows] == [
        "Bank Sampah Unit",
        "Kampung Iklim",
        "Sumur Resapan",
        "IPAL Komunal",
    ]
    assert "Nothing decided yet" in tab.stale_hint.text()
    qtbot.mouseClick(tab.apply_button, Qt.MouseButton.LeftButton)
    decided = {
        "Bank Sampah Unit": (True, "rule", ""),
        "IPAL Komunal": (False, "rule", ""),
        "Kampung Iklim": (True, "rule", ""),
        "Sumur Resapan": (False, "rule", ""),
    }
    assert _decisions(room) == decided
    assert tab.status.text() == "2 of 4 are priority programs"
    app.session.undo_stack.undo()
    assert {v[0] for v in _decisions(room).values()} == {None}
    app.session.undo_stack.redo()
    assert _decisions(room) == decided


def test_override_needs_a_reason_and_is_shown(app, qtbot, room) -> None:
    _score_all(room, (5, 2, 4, 3))
    tab = _page(app, TAB_PRIORITY).priority
    qtbot.mouseClick(tab.apply_button, Qt.MouseButton.LeftButton)
    row = tab.model.row_of(room["cands"][1].id)  # IPAL Komunal, below the threshold
    tab.view.setCurrentIndex(tab.proxy.mapFromSource(tab.model.index(row, 1)))
    qtbot.mouseClick(tab.mark_yes, Qt.MouseButton.LeftButton)
    assert tab.override_error.isVisible() and "reason" in tab.override_error.text()
    assert _decisions(room)["IPAL Komunal"] == (False, "rule", "")
    qtbot.keyClicks(tab.reason, "Sudah ada anggaran 2019")
    qtbot.keyClick(tab.reason, Qt.Key.Key_Return)
    assert _decisions(room)["IPAL Komunal"] == (True, "facilitator", "Sudah ada anggaran 2019")
    row = tab.model.row_of(room["cands"][1].id)
    assert tab.model.index(row, 6).data() == "Priority (facilitator)"
    assert tab.model.index(row, 7).data() == "Sudah ada anggaran 2019"
    assert tab.model.index(row, 6).data(Qt.ItemDataRole.DecorationRole) is not None
    assert not tab.override_error.isVisible()
    assert tab.clear_button.isEnabled()  # the overridden row is still highlighted
    qtbot.mouseClick(tab.clear_button, Qt.MouseButton.LeftButton)
    assert _decisions(room)["IPAL Komunal"] == (True, "rule", "")
    assert "apply it again" in tab.stale_hint.text()
    app.session.undo_stack.undo()
    assert _decisions(room)["IPAL Komunal"] == (True, "facilitator", "Sudah ada anggaran 2019")


def test_tie_at_the_cut_off_is_highlighted_and_explained(app, room) -> None:
    f, (ani, budi, citra, _), cands = room["f"], room["people"], room["cands"]
    workshops.set_rules(f, ranking_method="dots", priority_rule="top_n", top_n=1)
    votes.set_dots(f, candidate_id=cands[0].id, participant_id=ani.id, count=2)
    votes.set_dots(f, candidate_id=cands[1].id, participant_id=budi.id, count=2)
    votes.set_dots(f, candidate_id=cands[2].id, participant_id=citra.id, count=1)
    tab = _page(app, TAB_PRIORITY).priority
    assert tab.rule.text() == "Priority: top 1 by dots"
    ranks = [
        (r.ranked.title, tab.model.rank_text(r), r.ranked.tie_at_cutoff) for r in tab.model.rows
    ]
    assert ranks[:2] == [("Bank Sampah Unit", "1=", True), ("IPAL Komunal", "1=", True)]
    assert tab.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert tab.cutoff.isVisible() and "cut-off of the top 1" in tab.cutoff.text()


def test_rationale_and_notes_are_saved_and_undone(app, qtbot, room) -> None:
    f, gid = room["f"], room["gid"]
    tab = _page(app, TAB_PRIORITY).priority
    tab.rationale.setFocus()
    qtbot.keyClicks(tab.rationale, "dengan acuan bahwa program melibatkan banyak pihak")
    qtbot.keyClick(tab.rationale, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    group = next(g for g in groups.list_groups(f) if g.id == gid)
    assert group.rationale == "dengan acuan bahwa program melibatkan banyak pihak"
    tab.notes.setFocus()
    qtbot.keyClicks(tab.notes, "Warga minta sosialisasi")
    tab.rationale.setFocus()  # leaving the box saves it
    assert next(g for g in groups.list_groups(f) if g.id == gid).notes == "Warga minta sosialisasi"
    app.session.undo_stack.undo()
    app.session.undo_stack.undo()
    group = next(g for g in groups.list_groups(f) if g.id == gid)
    assert (group.rationale, group.notes) == ("", "")
    assert tab.rationale.toPlainText() == ""


def test_projector_keeps_the_tally_apart(app, qtbot, room) -> None:
    page = _page(app, TAB_DOTS)
    _type_in(qtbot, page.dots, 2, 1, "2")
    lines = page.projector_lines()
    assert lines == ["1 of 3 people have voted", "Dots placed: 2", "Programs on the list: 4"]
    assert not any("Kampung" in line for line in lines)
    # Ranked by score, nothing scored yet: not ranked, and the mark says why.
    assert page.tally_lines()[0] == "— Kampung Iklim — dots: 2, score: — (0/2)"
    assert page.tally_lines()[-1].startswith("(0/2) incomplete score: scored on 0 of 2 criteria.")
    _score_all(room, (5, 2, 4, 3))
    assert page.tally_lines()[:2] == [
        "1. ★ Bank Sampah Unit — dots: 0, score: 5.00",
        "2. ★ Kampung Iklim — dots: 2, score: 4.00",
    ]


def test_projector_tally_writes_ties_as_the_report_does(app, qtbot, room) -> None:
    page = _page(app, TAB_PRIORITY)
    _score_all(room, (4, 4, 3, 2))  # the first two tie on score, dots and voters
    lines = page.tally_lines()
    assert lines[:3] == [
        "1= ★ Bank Sampah Unit — dots: 0, score: 4.00",
        "1= ★ IPAL Komunal — dots: 0, score: 4.00",
        "3. Kampung Iklim — dots: 0, score: 3.00",
    ]
    assert not any("=." in line for line in lines)
    assert lines[-1] == "= tied with another program"


def test_scores_show_and_take_the_indonesian_decimal_comma(app, qtbot, room) -> None:
    from jakres_desk.base import i18n

    f, gid, cands, (c1, c2) = room["f"], room["gid"], room["cands"], room["crit"]
    groups.set_criteria_locked(f, group_id=gid, locked=True)
    i18n.set_language("id")  # numbers follow the language the window was built in
    tab = _page(app, TAB_SCORES).scores
    _type_score(qtbot, tab, 0, 0, "3,5")  # the decimal comma...
    _type_score(qtbot, tab, 0, 1, "4.5")  # ...and the point are both read
    assert grids.score_grid(f, gid) == {(cands[0].id, c1.id): 3.5, (cands[0].id, c2.id): 4.5}
    assert [tab.finder.index(0, c).data() for c in range(3)] == ["3,5", "4,5", "3,83"]
    _type_score(qtbot, tab, 0, 0, "3.5")  # the same value again: nothing to undo
    assert app.session.undo_stack.count() == 2
    tally = _page(app, TAB_PRIORITY).priority.tally_lines()
    assert tally[0] == "1. ★ Bank Sampah Unit — dots: 0, score: 3,83"


def test_a_decision_taken_before_late_votes_is_shown_out_of_date(app, qtbot, room) -> None:
    from jakres_desk.core.services import decisions

    f, gid, (ani, budi, citra, _), cands = room["f"], room["gid"], room["people"], room["cands"]
    workshops.set_rules(f, ranking_method="dots", priority_rule="top_n", top_n=1)
    votes.set_dots(f, candidate_id=cands[0].id, participant_id=ani.id, count=2)
    decisions.apply_rule(f, group_id=gid)  # Bank Sampah Unit
    votes.set_dots(f, candidate_id=cands[2].id, participant_id=budi.id, count=2)  # late votes
    votes.set_dots(f, candidate_id=cands[2].id, participant_id=citra.id, count=1)
    page = _page(app, TAB_PRIORITY)
    tab = page.priority
    tab.reload()
    shown = {
        tab.model.index(i, 1).data(): tab.model.index(i, 6).data()
        for i in range(tab.model.rowCount())
    }
    assert shown["Kampung Iklim"] == "Not priority (out of date)"
    assert shown["Bank Sampah Unit"] == "Priority (out of date)"
    assert shown["IPAL Komunal"] == "Not priority"
    row = tab.model.row_of(cands[2].id)
    assert tab.model.index(row, 6).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "apply it again" in tab.stale_hint.text()
    lines = tab.tally_lines()
    assert lines[:2] == [
        "1. ⚠ Kampung Iklim — dots: 3, score: —",
        "2. ⚠ Bank Sampah Unit — dots: 2, score: —",
    ]
    assert lines[-1] == "⚠ decided before the latest votes: not final"


def test_a_program_scored_on_one_criterion_is_not_ranked_and_the_rule_asks(
    app, qtbot, room, monkeypatch
) -> None:
    # Issue 11.1: a 5 on one of two criteria ranked #1 and became a priority silently.
    groups.set_criteria_locked(room["f"], group_id=room["gid"], locked=True)
    scores = _page(app, TAB_SCORES).scores
    for row, values in ((1, "44"), (2, "33")):  # IPAL Komunal 4/4, Kampung Iklim 3/3
        for col, value in enumerate(values):
            _type_score(qtbot, scores, row, col, value)
    _type_score(qtbot, scores, 0, 0, "5")  # Bank Sampah Unit: 5, on one criterion only
    tab = _page(app, TAB_PRIORITY).priority
    rows = {
        tab.model.index(i, 1).data(): [tab.model.index(i, c).data() for c in (0, 4, 5)]
        for i in range(tab.model.rowCount())
    }
    assert rows["IPAL Komunal"] == ["1", "4.00", "priority"]
    assert rows["Bank Sampah Unit"] == ["—", "5.00 (1/2)", "incomplete"]
    assert [r.ranked.title for r in tab.model.rows][:3] == [
        "IPAL Komunal", "Kampung Iklim", "Bank Sampah Unit"]
    assert tab.legend.isVisible()
    assert tab.legend.text().startswith("(1/2) incomplete score: scored on 1 of 2 criteria.")
    asked: list[list[str]] = []

    def answer(reply: bool):
        def confirm(waiting) -> bool:
            asked.append([r.ranked.title for r in waiting])
            return reply
        return confirm

    monkeypatch.setattr(tab, "confirm_incomplete", answer(False))
    qtbot.mouseClick(tab.apply_button, Qt.MouseButton.LeftButton)
    assert asked == [["Bank Sampah Unit", "Sumur Resapan"]]
    assert {v[0] for v in _decisions(room).values()} == {None}  # cancelled: nothing decided
    assert "Bank Sampah Unit, Sumur Resapan" in tab.incomplete_question(tab.model.rows[2:])
    monkeypatch.setattr(tab, "confirm_incomplete", answer(True))
    tab.apply_button.setFocus()
    qtbot.keyClick(tab.apply_button, Qt.Key.Key_Space)
    decided = _decisions(room)
    assert decided["Bank Sampah Unit"] == (False, "rule", "")  # never silently a priority
    assert decided["IPAL Komunal"] == (True, "rule", "")
    assert len(asked) == 2


def test_the_matrix_read_when_its_tab_is_shown_has_what_changed_meanwhile(
    app, qtbot, room
) -> None:
    """The scores are read when their tab is first shown (most visits are for the dots):
    whatever changed while the dots were on screen is there, and the lock and the
    closed voting hold in it."""
    gid, (c1, _c2), cands = room["gid"], room["crit"], room["cands"]
    page = _page(app, TAB_DOTS)
    app.session.perform("Lock", groups.set_criteria_locked, group_id=gid, locked=True)
    app.session.perform(
        "Score", votes.set_score, candidate_id=cands[2].id, criterion_id=c1.id, value="4"
    )
    page.dots.view.setFocus()
    qtbot.keyClick(page.dots.view, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # &Scores
    tab = page.scores
    qtbot.waitUntil(tab.isVisible)
    assert [r.title for r in tab.model.rows] == list(TITLES)
    assert tab.finder.index(2, 0).data() == "4" and not tab.hint.isVisible()
    assert tab.model.flags(tab.model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    # Shown: a change from elsewhere (the undo) is drawn at once.
    app.session.undo_stack.undo()
    assert tab.finder.index(2, 0).data() == ""
    qtbot.keyClick(tab.view, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # &Dots
    app.session.perform("Close", voting.close_voting, group_id=gid)
    qtbot.keyClick(page.dots.view, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert not tab.model.flags(tab.model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
