"""Step 0 by keyboard: check people in, add walk-ins, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt

from jakres_desk.core.services import participants


def _page(app):
    app.window.go_to_step(0)
    return app.window.current_page()


def test_check_in_by_search_and_enter(app, qtbot) -> None:
    f, gid = app.session.file, app.session.group_id
    for name in ("Siti Rahmawati", "Budi Santoso", "Andi Wijaya"):
        participants.add_participant(f, name=name, group_id=gid)
    page = _page(app)
    page.refresh()
    qtbot.keyClicks(page.find, "budi")
    qtbot.keyClick(page.find, Qt.Key.Key_Return)
    people = {p.name: p.present for p in participants.list_participants(f, gid)}
    assert people == {"Andi Wijaya": False, "Budi Santoso": True, "Siti Rahmawati": False}
    assert page.find.text() == ""
    assert page.count.text() == "Present: 1 of 3"


def test_space_toggles_and_moves_down(app, qtbot) -> None:
    f, gid = app.session.file, app.session.group_id
    for name in ("Ani", "Budi", "Citra"):
        participants.add_participant(f, name=name, group_id=gid)
    page = _page(app)
    page.refresh()
    page.view.setFocus()
    page.view.setCurrentIndex(page.proxy.index(0, 1))
    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    present = {p.name for p in participants.list_participants(f, gid) if p.present}
    assert present == {"Ani", "Budi"}


def test_walk_in_by_keyboard_then_undo_redo(app, qtbot) -> None:
    f, gid = app.session.file, app.session.group_id
    page = _page(app)
    page.name.setFocus()
    qtbot.keyClicks(page.name, "Rina Kartika")
    qtbot.keyClick(page.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.organisation, "KARINA")
    qtbot.keyClick(page.organisation, Qt.Key.Key_Return)
    rows = participants.list_participants(f, gid)
    assert [(p.name, p.organisation, p.walk_in, p.present) for p in rows] == [
        ("Rina Kartika", "KARINA", True, True)]
    assert page.name.text() == "" and page.name.hasFocus()
    app.session.undo_stack.undo()
    assert participants.list_participants(f, gid) == []
    app.session.undo_stack.redo()
    again = participants.list_participants(f, gid)
    assert [p.id for p in again] == [rows[0].id]  # the same record came back


def test_empty_name_is_refused_next_to_the_form(app, qtbot) -> None:
    page = _page(app)
    page.name.setFocus()
    qtbot.keyClick(page.name, Qt.Key.Key_Return)
    assert page.error.isVisible() and "name" in page.error.text()
    assert participants.list_participants(app.session.file, app.session.group_id) == []
