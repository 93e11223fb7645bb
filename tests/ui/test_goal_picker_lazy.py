"""Step 1's other CRF goals are made when first shown: by keys they work as if always there."""

from __future__ import annotations

from PySide6.QtCore import Qt

from jakres_desk.core.services import elements


def _page(app):
    app.window.go_to_step(1)
    return app.window.current_page()


def test_tab_from_the_toggle_goes_through_the_other_goals_in_order(app, qtbot) -> None:
    page = _page(app)
    picker = page.picker
    picker.more.setFocus()
    qtbot.keyClick(picker.more, Qt.Key.Key_Space)  # Show all CRF goals
    assert picker.others.isVisible()
    others = [gid for gid in picker.cards if gid not in picker.suggested]
    assert len(others) == 9
    focused = []
    for _ in others:
        qtbot.keyClick(app.qapp.focusWidget(), Qt.Key.Key_Tab)
        focused.append(next(g for g, c in picker.cards.items() if c.check.hasFocus()))
    assert focused == others  # in dimension order, right after the toggle


def test_a_group_that_chose_another_goal_sees_it_shown_and_ticked(app) -> None:
    elements.add_element(app.session.file, group_id=app.session.group_id, goal_id="crf.g09")
    page = _page(app)
    assert page.picker.others.isVisible()
    assert page.picker.cards["crf.g09"].check.isChecked()
    assert not page.picker.cards["crf.g02"].check.isChecked()
    assert page.picker.cards["crf.g09"].property("picked") == "true"
