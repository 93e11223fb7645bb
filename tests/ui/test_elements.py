"""Step 1 by keyboard and mouse: pick CRF goals, own elements, rationale, targets, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt

from jakres_desk.core.services import elements
from tests.ui.dialogs import Answer


def _page(app):
    app.window.go_to_step(1)
    return app.window.current_page()


def _chosen(app) -> list[tuple[str | None, str | None]]:
    return [
        (e.goal_id, e.custom_title)
        for e in elements.list_elements(app.session.file, app.session.group_id)
    ]


def test_suggested_goals_come_first_by_dimension(app) -> None:
    page = _page(app)
    assert "Focus area 3" in page.focus_label.text()
    suggested = [gid for gid, card in page.picker.cards.items() if card.isVisible()]
    assert suggested == ["crf.g01", "crf.g03", "crf.g08"]
    assert "9 more" in page.picker.more.text()
    assert not page.picker.others.isVisible()


def test_space_on_a_card_picks_and_drops_with_undo(app, qtbot) -> None:
    page = _page(app)
    card = page.picker.cards["crf.g08"]
    card.check.setFocus()
    qtbot.keyClick(card.check, Qt.Key.Key_Space)
    assert _chosen(app) == [("crf.g08", None)]
    assert card.check.isChecked()
    first_id = elements.list_elements(app.session.file, app.session.group_id)[0].id
    assert page.targets_label.text() == "Targets for “Effective provision of critical services”"
    qtbot.keyClick(card.check, Qt.Key.Key_Space)
    assert _chosen(app) == [] and not card.check.isChecked()
    app.session.undo_stack.undo()  # the drop
    assert _chosen(app) == [("crf.g08", None)] and card.check.isChecked()
    app.session.undo_stack.undo()  # the pick
    assert _chosen(app) == []
    app.session.undo_stack.redo()
    assert [e.id for e in elements.list_elements(app.session.file, app.session.group_id)] == [
        first_id
    ]


def test_tab_goes_from_card_to_card(app, qtbot) -> None:
    page = _page(app)
    page.picker.cards["crf.g01"].check.setFocus()
    qtbot.keyClick(page.picker.cards["crf.g01"].check, Qt.Key.Key_Tab)
    assert page.picker.cards["crf.g03"].check.hasFocus()


def test_show_all_goals_then_click_a_card(app, qtbot) -> None:
    page = _page(app)
    qtbot.mouseClick(page.picker.more, Qt.MouseButton.LeftButton)
    assert page.picker.others.isVisible()
    card = page.picker.cards["crf.g09"]
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert _chosen(app) == [("crf.g09", None)]
    assert page.model.rows[0].title == "Reliable mobility and communications"


def test_own_element_by_enter_and_duplicate_refused(app, qtbot) -> None:
    page = _page(app)
    page.custom.setFocus()
    qtbot.keyClicks(page.custom, "Bank sampah berbasis RW")
    qtbot.keyClick(page.custom, Qt.Key.Key_Return)
    assert _chosen(app) == [(None, "Bank sampah berbasis RW")]
    assert page.custom.text() == "" and page.custom.hasFocus()
    qtbot.keyClicks(page.custom, "bank SAMPAH berbasis rw")
    qtbot.keyClick(page.custom, Qt.Key.Key_Return)
    assert page.custom_error.isVisible()
    assert page.custom_error.text() == "'bank SAMPAH berbasis rw' already exists"
    assert _chosen(app) == [(None, "Bank sampah berbasis RW")]
    assert page.custom.text() == "bank SAMPAH berbasis rw"


def test_rationale_saved_on_ctrl_enter_and_on_leaving(app, qtbot) -> None:
    f, gid = app.session.file, app.session.group_id
    elements.add_element(f, group_id=gid, goal_id="crf.g01")
    page = _page(app)
    page.refresh()
    page.rationale.setFocus()
    qtbot.keyClicks(page.rationale, "Air bersih untuk semua")
    qtbot.keyClick(page.rationale, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert elements.list_elements(f, gid)[0].rationale == "Air bersih untuk semua"
    qtbot.keyClicks(page.rationale, " warga")
    page.custom.setFocus()  # leaving the box saves it
    assert elements.list_elements(f, gid)[0].rationale == "Air bersih untuk semua warga"
    app.session.undo_stack.undo()
    assert elements.list_elements(f, gid)[0].rationale == "Air bersih untuk semua"
    assert page.rationale.toPlainText() == "Air bersih untuk semua"
    app.session.undo_stack.undo()
    assert elements.list_elements(f, gid)[0].rationale == ""
    assert page.rationale.toPlainText() == ""


def test_rationale_follows_the_selected_element(app, qtbot) -> None:
    f, gid = app.session.file, app.session.group_id
    elements.add_element(f, group_id=gid, goal_id="crf.g01", rationale="Kebutuhan dasar")
    elements.add_element(f, group_id=gid, custom_title="Bank sampah", rationale="Dari warga")
    page = _page(app)
    page.refresh()
    assert page.rationale.toPlainText() == "Kebutuhan dasar"
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    assert page.rationale.toPlainText() == "Dari warga"
    assert page.targets_label.text() == "Targets for “Bank sampah”"


def _type_target(page, qtbot, statement: str, year: str) -> None:
    form = page.form
    form.statement.setFocus()
    for field, value in (
        (form.statement, statement),
        (form.indicator, "% rumah tangga"),
        (form.baseline, "60%"),
        (form.value, "100%"),
        (form.year, year),
        (form.agency, "PAM Jaya"),
    ):
        assert field.hasFocus()
        qtbot.keyClicks(field, value)
        qtbot.keyClick(field, Qt.Key.Key_Return)


def test_target_by_keyboard_then_delete_and_undo(app, qtbot) -> None:
    f, gid = app.session.file, app.session.group_id
    elements.add_element(f, group_id=gid, goal_id="crf.g08")
    page = _page(app)
    page.refresh()
    _type_target(page, qtbot, "Cakupan air perpipaan", "2030")
    targets = elements.list_elements(f, gid)[0].targets
    assert [
        (t.statement, t.indicator, t.baseline, t.target_value, t.target_year, t.responsible_agency)
        for t in targets
    ] == [("Cakupan air perpipaan", "% rumah tangga", "60%", "100%", 2030, "PAM Jaya")]
    assert page.form.statement.hasFocus() and page.form.statement.text() == ""
    assert page.targets.rows[0].statement == "Cakupan air perpipaan"
    assert page.model.rows[0].targets == targets
    page.target_view.setFocus()
    page.target_view.setCurrentIndex(page.target_proxy.index(0, 0))
    qtbot.keyClick(page.target_view, Qt.Key.Key_Delete)
    assert elements.list_elements(f, gid)[0].targets == ()
    app.session.undo_stack.undo()
    assert [t.id for t in elements.list_elements(f, gid)[0].targets] == [targets[0].id]


def test_target_year_in_the_past_is_refused_next_to_the_year(app, qtbot) -> None:
    f, gid = app.session.file, app.session.group_id
    elements.add_element(f, group_id=gid, goal_id="crf.g08")
    page = _page(app)
    page.refresh()
    _type_target(page, qtbot, "Cakupan air perpipaan", "2010")
    assert page.form.year_error.isVisible() and "2010" in page.form.year_error.text()
    assert page.form.year_error.text() == "the year 2010 is in the past (the workshop is in 2018)"
    assert page.form.year.hasFocus()
    assert page.form.statement.text() == "Cakupan air perpipaan"  # nothing lost
    assert elements.list_elements(f, gid)[0].targets == ()


def test_empty_target_statement_is_refused(app, qtbot) -> None:
    f, gid = app.session.file, app.session.group_id
    elements.add_element(f, group_id=gid, goal_id="crf.g08")
    page = _page(app)
    page.refresh()
    qtbot.mouseClick(page.form.add_button, Qt.MouseButton.LeftButton)
    assert page.form.statement_error.isVisible()
    assert page.form.statement_error.text() == "must not be empty"
    assert not page.form.year_error.isVisible()
    assert elements.list_elements(f, gid)[0].targets == ()


def test_delete_removes_an_element_and_undo_brings_its_targets(app, qtbot) -> None:
    f, gid = app.session.file, app.session.group_id
    e = elements.add_element(f, group_id=gid, goal_id="crf.g08")
    elements.add_target(f, element_id=e.id, statement="Air perpipaan", target_year=2030)
    page = _page(app)
    page.refresh()
    page.view.setFocus()
    asked = Answer(qtbot, Qt.Key.Key_Return)  # it has a target: the question names it
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert asked.detail == "Its targets go with it: 1."
    assert _chosen(app) == []
    assert not page.picker.cards["crf.g08"].check.isChecked()
    assert not page.form.isEnabled()
    app.session.undo_stack.undo()
    back = elements.list_elements(f, gid)
    assert [(x.id, [t.statement for t in x.targets]) for x in back] == [(e.id, ["Air perpipaan"])]
    assert page.picker.cards["crf.g08"].check.isChecked()


def test_projector_lists_elements_with_target_counts(app) -> None:
    f, gid = app.session.file, app.session.group_id
    e = elements.add_element(f, group_id=gid, goal_id="crf.g08")
    for s in ("Air perpipaan", "Air limbah"):
        elements.add_target(f, element_id=e.id, statement=s)
    elements.add_element(f, group_id=gid, custom_title="Bank sampah")
    page = _page(app)
    assert page.projector_lines() == [
        "Effective provision of critical services — targets: 2",
        "Bank sampah — targets: 0",
    ]


def test_switching_group_shows_its_focus_area_goals(app) -> None:
    from jakres_desk.core.services import groups

    elements.add_element(app.session.file, group_id=app.session.group_id, goal_id="crf.g08")
    page = _page(app)
    app.session.set_group(groups.find_group(app.session.file, "Kelompok 1").id)
    assert "Focus area 1" in page.focus_label.text()
    shown = [gid for gid, card in page.picker.cards.items() if card.isVisible()]
    assert shown == ["crf.g10", "crf.g11", "crf.g12"]
    assert page.model.rows == []
    page.picker.more.click()  # the other goals, made when first shown: g08 is not ticked here
    assert page.picker.others.isVisible() and not page.picker.cards["crf.g08"].check.isChecked()
    page.picker.more.click()
    assert not page.picker.others.isVisible()
