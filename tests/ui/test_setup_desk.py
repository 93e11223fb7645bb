"""The secretariat's setup desk (File > Prepare workshop…): each page driven by keys."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from jakres_desk.core.exchange.jsonfile import dumps, export_data, load_json
from jakres_desk.core.services import groups, participants, programs, workshops
from jakres_desk.store.db import open_file
from jakres_desk.ui.setup.window import PAGES, SetupWindow, open_setup
from tests.conftest import DEVICE
from tests.ui.test_mnemonics import mnemonic, page_mnemonics

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def desk(app, qtbot) -> SetupWindow:
    """The desk, opened from the main window with its shortcut."""
    window = app.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL | Qt.KeyboardModifier.ShiftModifier)
    found = window.findChild(SetupWindow)
    assert found is not None and found.isVisible()
    found.activateWindow()
    qtbot.waitUntil(found.isActiveWindow)
    return found


def test_file_menu_opens_the_desk_and_ctrl_numbers_its_pages(desk, qtbot) -> None:
    keys = ["workshop", "focus", "people", "catalogue", "rules", "readiness", "kits"]
    assert [p.key for p in desk.pages] == keys
    assert len({cls.key for cls in PAGES}) == len(PAGES)
    for number in (3, 5, 2, 1):
        qtbot.keyClick(desk, Qt.Key(Qt.Key.Key_0 + number), CTRL)
        assert desk.current_page() is desk.pages[number - 1]
    assert desk.show_page("rules") and desk.current_page().key == "rules"
    assert desk.show_page("people") and desk.current_page().key == "people"
    assert desk.windowTitle().startswith("Prepare workshop — Lokakarya Uji")


@pytest.mark.parametrize("lang", ["en", "id"])
def test_no_mnemonic_clashes_on_any_page(app, qtbot, lang) -> None:
    if lang != "en":
        app.switch_language(lang)
        qtbot.waitUntil(lambda: app.window is not None and app.window.lang == lang)
    desk = open_setup(app.window)
    qtbot.addWidget(desk)
    menus = {mnemonic(a.text()) for a in desk.menuBar().actions()}
    for page in desk.pages:
        desk.show_page(page.key)
        for key, texts in page_mnemonics(page).items():
            assert len(texts) == 1, f"{lang} {page.key}: Alt+{key} reaches {texts}"
            assert key not in menus, f"{lang} {page.key}: Alt+{key} clashes with a menu"
    file_menu = app.window.menuBar().actions()[0].menu()
    keys = [mnemonic(a.text()) for a in file_menu.actions() if a.text()]
    setup = next(a for a in file_menu.actions() if a.shortcut().toString() == "Ctrl+Shift+D")
    assert keys.count(mnemonic(setup.text())) == 1
    desk.close()


def test_workshop_details_are_saved_with_enter_and_undone(desk, qtbot, workshop) -> None:
    page = desk.pages[0]
    qtbot.keyClick(page.fields["venue"], Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(page.fields["venue"], "Balai Kota <Blok G>")
    qtbot.keyClick(page.fields["venue"], Qt.Key.Key_Return)
    assert workshops.get_workshop(workshop).venue == "Balai Kota <Blok G>"
    page.fields["stage"].setFocus()
    qtbot.keyClicks(page.fields["stage"], "Pendahuluan")
    qtbot.keyClick(page.fields["stage"], Qt.Key.Key_Tab)
    assert page.record_language.hasFocus()
    qtbot.keyClick(page.record_language, Qt.Key.Key_Down)  # English
    press(qtbot, page, Qt.Key.Key_V, page.save_button)
    ws = workshops.get_workshop(workshop)
    assert (ws.stage, ws.record_language) == ("Pendahuluan", "en")
    qtbot.keyClick(desk, Qt.Key.Key_Z, CTRL)
    assert workshops.get_workshop(workshop).stage == ""
    page.fields["title"].clear()
    qtbot.keyClick(page.fields["title"], Qt.Key.Key_Return)
    assert "title" in page.error.text() or "judul" in page.error.text()
    assert workshops.get_workshop(workshop).title == "Lokakarya Uji"
    qtbot.keyClick(desk, Qt.Key.Key_Z, CTRL)
    assert workshops.get_workshop(workshop).venue == ""
    assert page.fields["venue"].text() == ""


def test_a_new_workshop_like_the_last_one(desk, qtbot, workshop, tmp_path, monkeypatch) -> None:
    g = groups.find_group(workshop, "Kelompok 2")
    groups.update_group(workshop, g.id, facilitator="Pak Joko")
    participants.add_participant(workshop, name="Budi", group_id=g.id)
    page = desk.pages[0]
    page.start.setCurrentIndex(page.start.findData("like"))
    qtbot.keyClicks(page.new_title, "Lokakarya Final")
    out = tmp_path / "final.jakres"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(workshop.path), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    page.create_button.setFocus()
    qtbot.keyClick(page.create_button, Qt.Key.Key_Space)
    f = desk.session.file
    assert f is not None and f.path == out
    assert workshops.get_workshop(f).title == "Lokakarya Final"
    assert groups.find_group(f, "Kelompok 2").facilitator == "Pak Joko"
    assert participants.list_participants(f) == []
    assert page.fields["title"].text() == "Lokakarya Final"
    desk.session.attach(workshop, None)  # the fixture closes its own file
    f.close()


def press(qtbot, widget, key: Qt.Key, button) -> None:
    """Alt+key as a user presses it; a mnemonic animates the button's click."""
    with qtbot.waitSignal(button.clicked):
        qtbot.keyClick(widget, key, ALT)


def _pick(view, row: int) -> None:
    view.setCurrentRow(row)


def test_groups_get_facilitator_room_and_a_cross_cutting_session(desk, qtbot, workshop) -> None:
    desk.show_page("focus")
    page = desk.current_page()
    _pick(page.group_list, 1)
    qtbot.keyClicks(page.facilitator, "Ibu Rina")
    qtbot.keyClick(page.facilitator, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.room, "R. 301")
    qtbot.keyClick(page.room, Qt.Key.Key_Return)
    g = groups.find_group(workshop, "Kelompok 2")
    assert (g.facilitator, g.room) == ("Ibu Rina", "R. 301")
    qtbot.keyClick(page.add_group_button, Qt.Key.Key_Space)
    assert page.group_name.hasFocus()
    qtbot.keyClicks(page.group_name, "Sesi Lintas Sektor")
    qtbot.keyClick(page.group_name, Qt.Key.Key_Return)
    cross = groups.find_group(workshop, "Sesi Lintas Sektor")
    assert cross.focus_area_id is None  # the whole CRF: the cross-cutting session
    qtbot.keyClick(desk, Qt.Key.Key_Z, CTRL)  # the rename
    assert groups.find_group(workshop, "Group 6").focus_area_id is None


def test_removing_a_group_says_what_it_takes_and_undoes(desk, qtbot, workshop, monkeypatch) -> None:
    g = groups.find_group(workshop, "Kelompok 3")
    participants.add_participant(workshop, name="Sari", group_id=g.id)
    desk.show_page("focus")
    page = desk.current_page()
    _pick(page.group_list, 2)
    asked = []

    def answer(_parent, _title, text):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.keyClick(page.remove_group_button, Qt.Key.Key_Space)
    assert "Remove Kelompok 3?" in asked[0] and "1 participant(s) stay" in asked[0]
    assert [x.name for x in groups.list_groups(workshop)].count("Kelompok 3") == 0
    assert participants.list_participants(workshop)[0].group_id is None
    qtbot.keyClick(desk, Qt.Key.Key_Z, CTRL)
    assert groups.find_group(workshop, "Kelompok 3").id == g.id
    assert participants.list_participants(workshop)[0].group_id == g.id


def test_focus_area_titles_goals_and_criteria_in_both_languages(desk, qtbot, workshop) -> None:
    desk.show_page("focus")
    page = desk.current_page()
    qtbot.keyClick(page.add_area_button, Qt.Key.Key_Space)
    assert page.titles["title_id"].hasFocus()
    qtbot.keyClicks(page.titles["title_id"], "Lintas Sektor")
    qtbot.keyClick(page.titles["title_id"], Qt.Key.Key_Tab)
    assert page.titles["title_en"].hasFocus()
    qtbot.keyClicks(page.titles["title_en"], "Cross-cutting")
    qtbot.keyClicks(page.titles["description_en"], "Issues that cross every Discovery Area")
    for i in range(page.goals.count()):  # every goal of every dimension
        page.goals.item(i).setCheckState(Qt.CheckState.Checked)
    press(qtbot, page, Qt.Key.Key_R, page.add_row_button)  # New criterion row
    assert page.criteria.hasFocus()
    page.criteria.item(0, 0).setText("Lintas sektor")
    page.criteria.item(0, 1).setText("Cross-sector")
    press(qtbot, page, Qt.Key.Key_V, page.save_area_button)
    fa = workshops.focus_areas(workshop)[-1]
    assert (fa.number, fa.title_id, fa.title_en) == (6, "Lintas Sektor", "Cross-cutting")
    assert fa.description_en == "Issues that cross every Discovery Area"
    assert len(fa.goal_ids) == 12
    from jakres_desk.core.services import framework

    assert framework.suggestions_of(workshop, fa.id)[0]["name"] == {
        "id": "Lintas sektor", "en": "Cross-sector"}  # fmt: skip


def test_rules_page_refuses_what_load_refuses_with_the_same_message(
    desk, qtbot, workshop, tmp_path
) -> None:
    desk.show_page("rules")
    page = desk.current_page()
    page.threshold.setFocus()
    page.threshold.selectAll()
    qtbot.keyClicks(page.threshold, "9")
    assert "outside the score scale 1–5" in page.preview.text()
    press(qtbot, page, Qt.Key.Key_V, page.save_button)
    shown = page.error.text()
    assert workshops.get_workshop(workshop).threshold == 3.5
    data = json.loads(dumps(export_data(workshop)))
    data["workshop"]["threshold"] = 9.0
    src = tmp_path / "edited.json"
    src.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(Exception) as loaded:
        load_json(src, tmp_path / "x.jakres", device_id=DEVICE)
    assert loaded.value.bare_message() in shown


def test_rules_preview_then_save_and_undo(desk, qtbot, workshop) -> None:
    desk.show_page("rules")
    page = desk.current_page()
    page.method.setFocus()
    qtbot.keyClick(page.method, Qt.Key.Key_Down)  # by dots
    page.rule.setFocus()
    qtbot.keyClick(page.rule, Qt.Key.Key_Down)  # top N
    page.top_n.setFocus()
    page.top_n.selectAll()
    qtbot.keyClicks(page.top_n, "2")
    text = page.preview.text()
    assert "The 2 programs ranked highest" in text
    assert "1. Program A (9 dots): priority" in text and "4. Program D (4 dots): —" in text
    press(qtbot, page, Qt.Key.Key_V, page.save_button)
    ws = workshops.get_workshop(workshop)
    assert (ws.ranking_method, ws.priority_rule, ws.top_n) == ("dots", "top_n", 2)
    qtbot.keyClick(desk, Qt.Key.Key_Z, CTRL)
    assert workshops.get_workshop(workshop).priority_rule == "threshold"
    assert page.rule.currentData() == "threshold"


def test_readiness_findings_open_the_page_that_fixes_them(desk, qtbot, workshop) -> None:
    desk.show_page("readiness")
    page = desk.current_page()
    texts = [b.text() for b in page.buttons]
    assert any(t.startswith("Kelompok 1 has no facilitator yet") for t in texts)
    assert any("catalogue of existing programs is empty" in t for t in texts)
    button = next(b for b in page.buttons if b.text().startswith("Kelompok 4 has no facilitator"))
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert desk.current_page().key == "focus"
    focus = desk.current_page()
    assert focus.group_name.text() == "Kelompok 4"  # the group the finding names
    assert focus.facilitator.hasFocus()
    qtbot.keyClicks(focus.facilitator, "Bu Sari")
    qtbot.keyClick(focus.facilitator, Qt.Key.Key_Return)
    qtbot.keyClick(desk, Qt.Key.Key_6, CTRL)
    assert desk.current_page() is page
    assert not any(b.text().startswith("Kelompok 4 has no facilitator") for b in page.buttons)
    assert any(b.text().startswith("Kelompok 1 has no facilitator") for b in page.buttons)
    button = next(b for b in page.buttons if "catalogue of existing programs is empty" in b.text())
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert desk.current_page().key == "catalogue"


def test_kits_are_written_and_older_ones_kept_unless_overwritten(
    desk, qtbot, workshop, tmp_path
) -> None:
    desk.show_page("kits")
    page = desk.current_page()
    folder = tmp_path / "usb"
    qtbot.keyClicks(page.folder, str(folder))
    qtbot.keyClick(page.folder, Qt.Key.Key_Return)
    assert page.written.count() == 5
    assert sorted(p.name for p in folder.iterdir()) == [
        f"kelompok-{n}.jakres" for n in range(1, 6)]  # fmt: skip
    page.written.clear()
    qtbot.keyClick(page.folder, Qt.Key.Key_Return)
    assert "kelompok-1.jakres" in page.error.text() and page.written.count() == 0
    press(qtbot, page, Qt.Key.Key_O, page.overwrite)
    assert page.overwrite.isChecked()
    qtbot.keyClick(page.folder, Qt.Key.Key_Return)
    assert page.written.count() == 5 and not page.error.isVisible()


def _import_through_the_preview(qtbot, monkeypatch, page, sheet, header, field) -> None:
    """Space on Import, the file chosen, the unknown column mapped, Alt+I in the preview."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from jakres_desk.ui.setup import import_preview

    monkeypatch.setattr(
        import_preview.QFileDialog, "getOpenFileName", lambda *a, **k: (str(sheet), "")
    )
    seen: list[str] = []

    def in_the_preview() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # not shown yet
            QTimer.singleShot(20, in_the_preview)
            return
        try:
            seen.append(dialog.verdict.text())
            combo = dialog.combos[header]
            combo.setCurrentIndex(combo.findData(field))
            combo.activated.emit(combo.currentIndex())  # offscreen: a typed choice is not
            dialog.activateWindow()  # "activated"
            qtbot.waitUntil(dialog.isActiveWindow)
            qtbot.keyClick(dialog, Qt.Key.Key_I, ALT)
        except BaseException as exc:
            seen.append(f"failed: {exc!r}")
            dialog.reject()  # a failure here must not leave the test waiting on the dialog

    QTimer.singleShot(0, in_the_preview)
    page.import_button.setFocus()
    qtbot.keyClick(page.import_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(seen) and QApplication.activeModalWidget() is None, timeout=9000)
    page.window().activateWindow()  # the desk has the keys again once the preview is gone
    qtbot.waitUntil(page.window().isActiveWindow)
    assert f"'{header}'" in seen[0]  # the unknown column was named before it was mapped
    assert not [s for s in seen if s.startswith("failed")], seen


def test_from_an_empty_workshop_to_kits_that_open_in_the_room(
    app, desk, qtbot, workshop, tmp_path, monkeypatch
) -> None:
    """Setup end to end: details, groups, sheets imported with a column mapped, rules,
    readiness, kits; the kit opens for its room."""
    page = desk.pages[0]
    qtbot.keyClick(page.fields["venue"], Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(page.fields["venue"], "Balai Kota")
    qtbot.keyClick(page.fields["venue"], Qt.Key.Key_Return)
    qtbot.keyClick(desk, Qt.Key.Key_2, CTRL)
    focus = desk.current_page()
    for row in range(5):
        _pick(focus.group_list, row)
        focus.facilitator.setFocus()
        qtbot.keyClicks(focus.facilitator, f"Fasilitator {row + 1}")
        qtbot.keyClick(focus.facilitator, Qt.Key.Key_Return)
    # Participants and the catalogue come from the secretariat's sheets, each with a
    # column the app does not know, mapped in the preview before anything is written.
    people_csv = tmp_path / "undangan.csv"
    people_csv.write_text(
        "Nama;Tempat Bertugas;Kelompok\n"
        + "".join(f"Peserta {n};Lembaga {n};Kelompok {n + 1}\n" for n in range(5)),
        encoding="utf-8",
    )
    catalogue_csv = tmp_path / "katalog.csv"
    catalogue_csv.write_text(
        "Nama Program;Unit Pengampu;Fokus Utama\nSumur Resapan;Dinas SDA;3\n", encoding="utf-8"
    )
    qtbot.keyClick(desk, Qt.Key.Key_3, CTRL)
    assert desk.current_page().key == "people"
    _import_through_the_preview(
        qtbot, monkeypatch, desk.current_page(), people_csv, "Tempat Bertugas", "organisation"
    )
    assert sorted((p.name, p.organisation) for p in participants.list_participants(workshop)) == [
        (f"Peserta {n}", f"Lembaga {n}") for n in range(5)
    ]
    qtbot.keyClick(desk, Qt.Key.Key_4, CTRL)
    assert desk.current_page().key == "catalogue"
    _import_through_the_preview(
        qtbot, monkeypatch, desk.current_page(), catalogue_csv, "Unit Pengampu", "agency"
    )
    assert [(p.title, p.agency) for p in programs.list_programs(workshop)] == [
        ("Sumur Resapan", "Dinas SDA")
    ]
    qtbot.keyClick(desk, Qt.Key.Key_5, CTRL)
    rules = desk.current_page()
    rules.threshold.setFocus()
    rules.threshold.selectAll()
    qtbot.keyClicks(rules.threshold, "4")
    press(qtbot, rules, Qt.Key.Key_V, rules.save_button)
    assert workshops.get_workshop(workshop).threshold == 4
    qtbot.keyClick(desk, Qt.Key.Key_6, CTRL)
    assert desk.current_page().findings == []
    qtbot.keyClick(desk, Qt.Key.Key_7, CTRL)
    kits = desk.current_page()
    assert "nothing to put right" in kits.ready.text()
    qtbot.keyClicks(kits.folder, str(tmp_path / "usb"))
    qtbot.keyClick(kits.folder, Qt.Key.Key_Return)
    assert kits.written.count() == 5
    with open_file(tmp_path / "usb" / "kelompok-3.jakres", device_id=DEVICE) as kit:
        (g,) = groups.list_groups(kit)
        assert (g.name, g.facilitator) == ("Kelompok 3", "Fasilitator 3")
        assert workshops.get_workshop(kit).venue == "Balai Kota"
        assert [p.name for p in participants.list_participants(kit)] == ["Peserta 2"]
    # The kit opens in the breakout window, on its group, and the room can vote there.
    desk.close()
    window = app.window
    assert window.open_path(tmp_path / "usb" / "kelompok-3.jakres")
    try:
        kit = window.session.file
        assert window.group_box.currentText().startswith("Kelompok 3")
        assert window.session.group_id == g.id
        room = programs.add_room_program(kit, group_id=g.id, title="Biopori")
        assert room.title == "Biopori"
    finally:
        window.session.attach(workshop, None)


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_participants_table_fits_a_1366_laptop(app, qtbot, tmp_path, lang) -> None:
    """Organisation and role give way so that the group column stays on screen."""
    from jakres_desk.core.demo import build_demo

    demo = build_demo(tmp_path / "demo.jakres", device_id=DEVICE)
    if lang != "en":
        app.switch_language(lang)
        qtbot.waitUntil(lambda: app.window is not None and app.window.lang == lang)
    app.window.session.attach(demo, None)
    desk = open_setup(app.window)
    qtbot.addWidget(desk)
    desk.resize(1366, 768)
    desk.show()
    desk.show_page("people")
    view = desk.current_page().view
    qtbot.waitUntil(lambda: view.model().rowCount() > 50)
    qtbot.wait(50)
    try:
        assert not view.horizontalScrollBar().isVisible()
    finally:
        desk.close()
        if lang != "en":  # the language is a setting: leave it as the next test expects
            app.switch_language("en")
            qtbot.waitUntil(lambda: app.window is not None and app.window.lang == "en")
        demo.close()
