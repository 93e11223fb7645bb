"""Keys a tired facilitator presses in the breakout room, and what each must do.

Each test presses the same keys (or clicks) a person did when the defect was
seen: Enter after every field, Ctrl+Z right after an add, a double-click on a
button, Enter in the check-in search, a walk-in who is already on the roster.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from jakres_desk.core.services import participants, programs


def _step(app, number: int):
    app.window.go_to_step(number)
    page = app.window.current_page()
    page.refresh()
    return page


def _people(app) -> list[tuple[str, str, str | None, bool]]:
    f, gid = app.session.file, app.session.group_id
    return [
        (p.name, p.organisation, p.stakeholder_kind, p.present)
        for p in participants.list_participants(f, gid)
    ]


def test_enter_after_each_walk_in_field_adds_one_person(app, qtbot) -> None:
    page = _step(app, 0)
    page.name.setFocus()
    qtbot.keyClicks(page.name, "Rina Kartika")
    qtbot.keyClick(page.name, Qt.Key.Key_Return)
    assert page.organisation.hasFocus() and _people(app) == []
    qtbot.keyClicks(page.organisation, "KARINA")
    qtbot.keyClick(page.organisation, Qt.Key.Key_Return)
    assert page.kind.hasFocus() and _people(app) == []
    qtbot.keyClick(page.kind, Qt.Key.Key_Down)  # the first kind after "(not given)"
    qtbot.keyClick(page.kind, Qt.Key.Key_Return)
    [(name, org, kind, present)] = _people(app)
    assert (name, org, present) == ("Rina Kartika", "KARINA", True) and kind is not None


def test_enter_after_each_room_program_field_adds_one_program(app, qtbot) -> None:
    page = _step(app, 3)
    page.title_field.setFocus()
    for field, text in (
        (page.title_field, "Sosialisasi pilah sampah"),
        (page.agency, "Dinas LH"),
        (page.description, "Di tiap RW"),
    ):
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    room = [p for p in programs.list_programs(app.session.file) if p.origin == "room"]
    assert [(p.title, p.agency) for p in room] == [("Sosialisasi pilah sampah", "Dinas LH")]


def test_ctrl_z_right_after_adding_a_walk_in_undoes_the_add(app, qtbot) -> None:
    page = _step(app, 0)
    app.window.activateWindow()
    qtbot.waitUntil(app.window.isActiveWindow)
    page.name.setFocus()
    qtbot.keyClicks(page.name, "Rina Kartika")
    qtbot.keyClick(page.add_button, Qt.Key.Key_Space)  # the Add button, by keyboard
    assert [p[0] for p in _people(app)] == ["Rina Kartika"]
    page.name.setFocus()
    qtbot.keyClick(page.name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _people(app) == []
    assert page.name.text() == ""  # the typed name did not come back into the box


def test_ctrl_z_in_a_field_being_typed_undoes_the_typing_first(app, qtbot) -> None:
    page = _step(app, 0)
    app.window.activateWindow()
    qtbot.waitUntil(app.window.isActiveWindow)
    participants.add_participant(app.session.file, name="Ani", group_id=app.session.group_id)
    page.name.setFocus()
    qtbot.keyClicks(page.name, "Bu")
    qtbot.keyClick(page.name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.name.text() == "" and [p[0] for p in _people(app)] == ["Ani"]


def test_a_double_click_on_add_as_candidate_adds_one_program(app, qtbot) -> None:
    f = app.session.file
    for title in ("Bank Sampah Unit", "Bank Sampah Induk"):
        programs.add_program(f, title=title, agency="Dinas LH", focus_areas=[3])
    page = _step(app, 3)
    qtbot.keyClicks(page.search, "bank sampah")
    centre = page.add_button.rect().center()
    interval = QApplication.doubleClickInterval()
    QApplication.setDoubleClickInterval(2000)  # a loaded test machine may stretch 120 ms
    try:
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton, pos=centre)
        qtbot.wait(120)  # the second click of a double-click, 120 ms later
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton, pos=centre)
    finally:
        QApplication.setDoubleClickInterval(interval)
    titles = [c.title for c in programs.list_candidates(f, app.session.group_id)]
    assert len(titles) == 1


def test_check_in_search_shows_who_and_lets_the_user_choose(app, qtbot) -> None:
    f, gid = app.session.file, app.session.group_id
    for name, org in (("Fajar Rahayu", "Bappeda"), ("Fajar Wibowo", "BPBD"), ("Sari", "")):
        participants.add_participant(f, name=name, organisation=org, group_id=gid)
    page = _step(app, 0)
    page.find.setFocus()
    qtbot.keyClicks(page.find, "fajar")
    highlighted = page.view.currentIndex()
    assert page.proxy.index(highlighted.row(), 1).data() == "Fajar Rahayu"  # shown before Enter
    qtbot.keyClick(page.find, Qt.Key.Key_Down)
    assert page.proxy.index(page.view.currentIndex().row(), 1).data() == "Fajar Wibowo"
    qtbot.keyClick(page.find, Qt.Key.Key_Return)
    present = [p[0] for p in _people(app) if p[3]]
    assert present == ["Fajar Wibowo"]
    assert page.checked_note.text() == "Checked in: Fajar Wibowo (BPBD)"
    assert page.find.text() == ""


def test_a_walk_in_with_a_roster_name_is_asked_about(app, qtbot) -> None:
    f, gid = app.session.file, app.session.group_id
    participants.add_participant(f, name="Budi Santoso", organisation="Bappeda", group_id=gid)
    page = _step(app, 0)
    asked = []
    page.ask_duplicate = lambda person: (asked.append(person.name), "check_in")[1]
    page.name.setFocus()
    qtbot.keyClicks(page.name, "budi  santoso")
    for field in (page.name, page.organisation, page.kind):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert asked == ["Budi Santoso"]
    assert _people(app) == [("Budi Santoso", "Bappeda", None, True)]  # checked in, not doubled
    page.ask_duplicate = lambda person: "add"  # "Add another person": two people of that name
    qtbot.keyClicks(page.name, "Budi Santoso")
    for field in (page.name, page.organisation, page.kind):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert [p[0] for p in _people(app)] == ["Budi Santoso", "Budi Santoso"]


def test_switching_language_keeps_the_running_timer(app, qtbot) -> None:
    from jakres_desk.ui import i18n

    app.window.go_to_step(4)
    timebox = app.window.timebox
    timebox.start()
    timebox.extend(5)  # 35 minutes on the clock, running
    before = timebox.remaining_ms()
    app.window.language_chosen.emit("id")  # Bahasa ▸ Indonesia in the menu
    qtbot.waitUntil(lambda: app.window is not None and app.window.lang == "id")
    try:
        assert app.window.timebox is timebox and timebox.running
        assert app.window.stack.currentIndex() == 4
        assert 31 * 60_000 < timebox.remaining_ms() <= before  # not back to 30:00
        assert app.window.clock.text() == timebox.text()
    finally:
        timebox.pause()
        i18n.install("en")


def test_the_first_down_arrow_in_the_catalogue_search_moves_the_highlight(app, qtbot) -> None:
    f = app.session.file
    for title in ("Bank Sampah Induk", "Bank Sampah Unit", "Bank Sampah Sekolah"):
        programs.add_program(f, title=title, agency="Dinas LH", focus_areas=[3])
    page = _step(app, 3)
    qtbot.keyClicks(page.search, "bank sampah")
    first = page.results.currentIndex().row()
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.results.currentIndex().row() == first + 1


def test_an_old_refusal_goes_once_the_field_is_mended(app, qtbot) -> None:
    page = _step(app, 0)
    page.name.setFocus()
    for field in (page.name, page.organisation, page.kind):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert page.error.isVisible()  # the name must not be empty
    page.name.setFocus()
    qtbot.keyClicks(page.name, "R")
    assert not page.error.isVisible()


def test_a_new_session_is_kept_where_the_user_finds_it(qtbot, monkeypatch) -> None:
    from jakres_desk.ui.new_dialog import NewSessionDialog

    monkeypatch.delenv("XDG_DATA_HOME", raising=False)  # a real laptop: ~/.local/share
    dialog = NewSessionDialog()
    qtbot.addWidget(dialog)
    path = dialog.path.text()
    assert not any(part.startswith(".") for part in path.split("/")[1:-1]), path


def test_recent_files_name_their_folder(tmp_path) -> None:
    from pathlib import Path

    from jakres_desk.ui.main_window import recent_label

    laptop = recent_label(Path.home() / "Documents" / "kelompok-3.jakres")
    stick = recent_label(Path("/media/usb/kelompok-3.jakres"))
    assert laptop == "kelompok-3.jakres — ~/Documents"
    assert stick == "kelompok-3.jakres — /media/usb" and laptop != stick


def test_switching_language_says_the_undo_steps_in_the_new_language(app, qtbot) -> None:
    from jakres_desk.ui import i18n

    page = _step(app, 0)
    page.name.setFocus()
    qtbot.keyClicks(page.name, "Rina Kartika")
    qtbot.keyClick(page.add_button, Qt.Key.Key_Space)
    assert app.session.undo_stack.undoText() == "Add walk-in Rina Kartika"
    app.window.language_chosen.emit("id")
    qtbot.waitUntil(lambda: app.window is not None and app.window.lang == "id")
    try:
        assert app.session.undo_stack.undoText() == "Tambah peserta Rina Kartika"
    finally:
        i18n.install("en")
