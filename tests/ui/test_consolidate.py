"""The secretariat's Consolidate view: drop the groups' files, link duplicates, categorise."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from jakres_desk.core.exchange import jsonfile as jsonform
from jakres_desk.core.exchange import kit
from jakres_desk.core.merge import duplicates as dedupe
from jakres_desk.core.merge import log as importlog
from jakres_desk.core.services import (
    categories,
    criteria,
    decisions,
    groups,
    participants,
    programs,
    votes,
    workshops,
)
from jakres_desk.store.db import JakresFile, open_file
from jakres_desk.store.snapshot import write_snapshot
from jakres_desk.ui.consolidate import ConsolidateWindow, consolidate_action, open_consolidate
from jakres_desk.ui.consolidate.dialogs import AdoptDialog
from jakres_desk.ui.consolidate.programs_model import AgencyNode, result_text
from jakres_desk.ui.models.base import RECORD_ROLE
from jakres_desk.ui.session import Session

LAPTOPS = {
    1: "22222222-2222-4222-8222-222222222222",
    2: "33333333-3333-4333-8333-333333333333",
    3: "44444444-4444-4444-8444-444444444444",
    4: "55555555-5555-4555-8555-555555555555",
}
CATALOGUE = (
    ("Sumur Resapan", "Dinas SDA", 3),
    ("Kampung Siaga Bencana", "BPBD", 2),
    ("Transjakarta Terintegrasi", "Dishub", 4),
    ("Bank Sampah RW", "Dinas LH", 3),
)
# What each room added itself: rooms 1 and 2 wrote the same program two ways.
ROOM_PROGRAMS = {
    1: ("Sumur Resapan Dangkal Permukiman", "Dinas SDA"),
    2: ("Pembangunan Sumur Resapan Dangkal di Permukiman", "Dinas Sumber Daya Air"),
    3: ("Taman Kota Tangguh", "Dinas Kehutanan"),
}
DUPLICATE = (ROOM_PROGRAMS[1][0], ROOM_PROGRAMS[2][0])


def program_id(f: JakresFile, title: str) -> str:
    return next(p.id for p in programs.list_programs(f) if p.title == title)


def data(f: JakresFile) -> dict:
    """What the master holds, without its log and file facts."""
    out = jsonform.export_data(f)
    for key in ("import_log", "meta"):
        out.pop(key)
    return out


@pytest.fixture
def master(workshop: JakresFile) -> JakresFile:
    """The secretariat's file: a catalogue and a roster of two for groups 1 to 3."""
    for title, agency, area in CATALOGUE:
        programs.add_program(workshop, title=title, agency=agency, focus_areas=[area])
    for g in groups.list_groups(workshop)[:3]:
        for who in ("Ani", "Budi"):
            participants.add_participant(workshop, name=f"{who} {g.name}", group_id=g.id)
    return workshop


def room_file(master: JakresFile, number: int, folder: Path) -> Path:
    """Group N's kit, worked through on its own laptop and handed back."""
    path = folder / f"kit-{number}.jakres"
    kit.write_kit(master, path, group_id=groups.list_groups(master)[number - 1].id)
    with open_file(path, device_id=LAPTOPS[number]) as f:
        [g] = [x.id for x in groups.list_groups(f)]
        people = participants.list_participants(f, g)
        for p in people:
            participants.set_present(f, p.id)
        shared = programs.add_candidate(f, group_id=g, program_id=program_id(f, "Sumur Resapan"))
        own = programs.add_candidate(f, group_id=g, program_id=program_id(f, CATALOGUE[number][0]))
        title, agency = ROOM_PROGRAMS[number]
        room = programs.add_room_program(f, group_id=g, title=title, agency=agency)
        impact = criteria.add_criterion(f, group_id=g, name="Dampak langsung", weight=2)
        groups.set_criteria_locked(f, group_id=g, locked=True)
        ani, budi = people
        for cand, dots, score in ((shared, (2, 1), 5), (own, (0, 1), 2), (room, (1, 1), 4)):
            for person, count in zip((ani, budi), dots, strict=True):
                votes.set_dots(f, candidate_id=cand.id, participant_id=person.id, count=count)
            votes.set_score(f, candidate_id=cand.id, criterion_id=impact.id, value=score)
        decisions.apply_rule(f, group_id=g)
        return write_snapshot(f, folder / f"kelompok-{number}.jakres").path


def session_file(folder: Path) -> Path:
    """A room that started without a kit: its own workshop, work in Kelompok 4 only."""
    path = folder / "sesi-darurat.jakres"
    with workshops.create_workshop(
        path, device_id=LAPTOPS[4], title="Sesi Kelompok 4", date="2018-09-26"
    ) as f:
        g = groups.find_group(f, "Kelompok 4")
        dewi = participants.add_participant(f, name="Dewi Lestari", group_id=g.id, present=True)
        cand = programs.add_room_program(f, group_id=g.id, title="Jalur Sepeda Terpadu")
        votes.set_dots(f, candidate_id=cand.id, participant_id=dewi.id, count=2)
        return write_snapshot(f, folder / "kelompok-4-tanpa-kit.jakres").path


@pytest.fixture
def rooms(master: JakresFile, tmp_path: Path) -> list[Path]:
    folder = tmp_path / "usb"
    folder.mkdir()
    return [room_file(master, n, folder) for n in (1, 2, 3)]


@pytest.fixture
def window(qtbot, master: JakresFile) -> Iterator[ConsolidateWindow]:
    session = Session()
    session.attach(master, None)
    win = ConsolidateWindow(session)
    qtbot.addWidget(win)
    win.show()
    yield win
    session.file = None  # the workshop fixture closes the file


def drop(widget, paths: list[Path]) -> None:
    """Drag files from the file manager and drop them on a widget."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = widget.rect().center()
    copy, left, none = (
        Qt.DropAction.CopyAction,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(centre, copy, mime, left, none)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(widget, QDropEvent(QPointF(centre), copy, mime, left, none))


def drop_and_wait(qtbot, win: ConsolidateWindow, paths: list[Path]) -> None:
    with qtbot.waitSignal(win.import_tab.finished, timeout=60_000):
        drop(win.import_tab.zone, paths)


def shown_lines(win: ConsolidateWindow) -> list[tuple[str, str]]:
    rows = win.import_tab.model.rows
    return [(line.source_name, line.status) for line in rows]


# --- import -----------------------------------------------------------------------------


def test_dropped_files_enter_the_master_with_a_log_line_each(qtbot, window, master, rooms):
    drop_and_wait(qtbot, window, rooms)
    tab = window.import_tab
    assert shown_lines(window) == [(p.name, "merged") for p in rooms]
    assert [line.group_name for line in importlog.read_log(master)] == [
        "Kelompok 1",
        "Kelompok 2",
        "Kelompok 3",
    ]
    for number, g in enumerate(groups.list_groups(master)[:3], start=1):
        titles = [c.title for c in programs.list_candidates(master, g.id)]
        assert titles == ["Sumur Resapan", CATALOGUE[number][0], ROOM_PROGRAMS[number][0]]
        assert [r.dots for r in votes.ranking(master, g.id)] == [3, 2, 1]
    assert tab.status.text() == "Done: 3 merged, 0 unchanged, 0 refused."
    assert not tab.progress.isVisible()
    # The newest line is selected and explained; the table says what each file brought.
    assert tab.detail_title.text() == "kelompok-3.jakres — Kelompok 3 — merged"
    assert "No conflicts." in tab.detail.toPlainText()
    row = tab.model.rows.index(importlog.read_log(master)[0])
    cells = [tab.model.index(row, c).data() for c in range(tab.model.columnCount())]
    assert cells[1:4] == ["kelompok-1.jakres", "Kelompok 1", LAPTOPS[1][:8]]
    assert cells[5] == "merged" and cells[6] > 0


def test_progress_counts_the_files(qtbot, window, rooms):
    seen: list[str] = []
    tab = window.import_tab
    real = tab.merge_one
    tab.merge_one = lambda path: (seen.append(tab.progress.format()), real(path))[1]
    drop_and_wait(qtbot, window, rooms)
    assert seen == ["1 of 3", "2 of 3", "3 of 3"]


def test_the_same_files_again_change_nothing(qtbot, window, master, rooms):
    drop_and_wait(qtbot, window, rooms)
    before = data(master)
    drop_and_wait(qtbot, window, rooms)
    assert data(master) == before
    assert [s for _, s in shown_lines(window)] == ["merged"] * 3 + ["unchanged"] * 3
    assert window.import_tab.status.text() == "Done: 0 merged, 3 unchanged, 0 refused."


def test_a_truncated_file_is_refused_in_red_and_the_master_is_unchanged(
    qtbot, window, master, rooms, tmp_path
):
    broken = tmp_path / "kelompok-2-rusak.jakres"
    shutil.copyfile(rooms[1], broken)
    broken.write_bytes(broken.read_bytes()[: broken.stat().st_size // 2])
    before = data(master)
    drop_and_wait(qtbot, window, [broken])
    assert data(master) == before and importlog.read_log(master) == []
    tab = window.import_tab
    assert shown_lines(window) == [("kelompok-2-rusak.jakres", "refused")]
    red = tab.model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole).color().name()
    assert red == "#b71c1c"
    assert tab.detail_title.text() == "kelompok-2-rusak.jakres — refused"
    assert str(broken) in tab.detail.toPlainText()
    assert tab.status.text() == "Done: 0 merged, 0 unchanged, 1 refused."
    # A refused file does not stop the next one.
    drop_and_wait(qtbot, window, [rooms[0]])
    assert [s for _, s in shown_lines(window)] == ["refused", "merged"]


class AnswersKelompok4(AdoptDialog):
    """The adoption dialog answered by keyboard: type the group's name, press Enter."""

    asked: list[str] = []

    def exec(self) -> int:
        AnswersKelompok4.asked.append(self.windowTitle())
        self.show()
        self.list.setFocus()
        QtBot.keyClicks(self.list, "Kelompok 4")
        QtBot.keyClick(self.list, Qt.Key.Key_Return)
        return self.result()


class Cancels(AdoptDialog):
    def exec(self) -> int:
        return 0


def test_a_session_without_a_kit_is_adopted_into_the_group_the_user_confirms(
    qtbot, window, master, tmp_path
):
    AnswersKelompok4.asked.clear()
    window.import_tab.adopt_dialog = AnswersKelompok4
    drop_and_wait(qtbot, window, [session_file(tmp_path)])
    assert AnswersKelompok4.asked == ["Adopt a group session"]
    g4 = groups.find_group(master, "Kelompok 4")
    assert [p.name for p in participants.list_participants(master, g4.id)] == ["Dewi Lestari"]
    assert [c.title for c in programs.list_candidates(master, g4.id)] == ["Jalur Sepeda Terpadu"]
    [line] = importlog.read_log(master)
    assert line.group_name == "Kelompok 4" and line.message.startswith("adopted as Kelompok 4")
    assert shown_lines(window) == [("kelompok-4-tanpa-kit.jakres", "merged")]


def test_cancelling_the_adoption_refuses_the_file(qtbot, window, master, tmp_path):
    window.import_tab.adopt_dialog = Cancels
    before = data(master)
    drop_and_wait(qtbot, window, [session_file(tmp_path)])
    assert data(master) == before
    [line] = window.import_tab.model.rows
    assert line.status == "refused"
    assert "another workshop ('Sesi Kelompok 4', 2018-09-26); not adopted" in line.message


def test_the_adoption_dialog_lists_the_master_groups(qtbot, master, rooms, window):
    drop_and_wait(qtbot, window, rooms[:1])
    choices = []
    window.import_tab.adopt_dialog = lambda parent, **kw: (
        choices.append(kw) or Cancels(parent, **kw)
    )
    drop_and_wait(qtbot, window, [session_file(rooms[0].parent)])
    groups_listed = [(g.name, detail) for g, detail in choices[0]["groups"]]
    assert groups_listed[0] == ("Kelompok 1", "Governance")
    assert groups_listed[3] == ("Kelompok 4", "Mobility and Connectivity (no file merged yet)")
    dialog = AdoptDialog(None, **choices[0])
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 5 and dialog.group_id() is None


def test_add_files_button_and_a_dropped_folder(qtbot, window, master, rooms, monkeypatch):
    tab = window.import_tab
    monkeypatch.setattr(tab, "choose_files", lambda: rooms[:1])
    with qtbot.waitSignal(tab.finished, timeout=60_000):
        tab.zone.add_button.setFocus()
        qtbot.keyClick(tab.zone.add_button, Qt.Key.Key_Space)
    assert len(importlog.read_log(master)) == 1
    drop_and_wait(qtbot, window, [rooms[0].parent])  # the USB stick's folder
    assert sorted(n for n, _ in shown_lines(window)) == sorted(
        [rooms[0].name] + [p.name for p in rooms[0].parent.glob("*.jakres")]
    )


# --- duplicates ------------------------------------------------------------------------


def merged(qtbot, window, rooms) -> None:
    drop_and_wait(qtbot, window, rooms)
    window.show_tab(1)


def test_link_a_suggested_pair_then_unlink_and_undo(qtbot, window, master, rooms):
    merged(qtbot, window, rooms)
    tab = window.dupes_tab
    pairs = [(p.title_a, p.title_b) for p in tab.pairs.rows]
    assert pairs == [tuple(sorted(DUPLICATE, key=lambda t: program_id(master, t)))]
    assert tab.pairs.index(0, 5).data() == "100%"
    tab.pair_view.setCurrentIndex(tab.pair_proxy.index(0, 0))
    tab.note.setFocus()
    qtbot.keyClicks(tab.note, "Sama-sama sumur resapan dangkal")
    qtbot.keyClick(tab.note, Qt.Key.Key_Return)
    [link] = dedupe.list_links(master)
    assert link.note == "Sama-sama sumur resapan dangkal"
    assert tab.pairs.rows == [] and [r.id for r in tab.links.rows] == [link.id]
    assert tab.links.rows[0].groups_a in (("Kelompok 1",), ("Kelompok 2",))
    tab.link_view.setFocus()
    tab.link_view.setCurrentIndex(tab.link_proxy.index(0, 0))
    qtbot.keyClick(tab.link_view, Qt.Key.Key_Delete)
    assert dedupe.list_links(master) == [] and len(tab.pairs.rows) == 1
    stack = window.session.undo_stack
    stack.undo()  # the unlink
    assert [x.id for x in dedupe.list_links(master)] == [link.id]
    stack.undo()  # the link
    assert dedupe.list_links(master) == [] and len(tab.pairs.rows) == 1
    stack.redo()
    assert [x.id for x in dedupe.list_links(master)] == [link.id]
    assert tab.links.rows[0].note == "Sama-sama sumur resapan dangkal"


def test_not_the_same_hides_the_pair_for_this_session(qtbot, window, master, rooms):
    merged(qtbot, window, rooms)
    tab = window.dupes_tab
    tab.pair_view.setFocus()
    tab.pair_view.setCurrentIndex(tab.pair_proxy.index(0, 0))
    qtbot.keyClick(tab.pair_view, Qt.Key.Key_Delete)
    assert tab.pairs.rows == [] and dedupe.list_links(master) == []
    assert tab.count.text() == "Suggested: 0 (dismissed: 1)"
    qtbot.mouseClick(tab.show_hidden, Qt.MouseButton.LeftButton)
    assert len(tab.pairs.rows) == 1


# --- programs and categories -----------------------------------------------------------


def programs_tab(qtbot, window, rooms):
    drop_and_wait(qtbot, window, rooms)
    window.show_tab(2)
    return window.programs_tab


def choose(combo, text: str) -> None:
    combo.setCurrentIndex(combo.findText(text))
    combo.activated.emit(combo.currentIndex())


def test_programs_across_groups_show_each_groups_result(qtbot, window, master, rooms):
    tab = programs_tab(qtbot, window, rooms)
    model = tab.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:4] == ["Program", "Agency", "Categories", "Kelompok 1"]
    assert headers[-2:] == ["Prioritised by", "Linked"]
    sumur = next(p for p in model.programs if p.title == "Sumur Resapan")
    row = model.programs.index(sumur)
    assert model.index(row, model.col_priority).data() == "3"
    g1 = next(r for r in sumur.groups if r.group_name == "Kelompok 1")
    assert model.index(row, 3).data() == result_text(g1) == "5.00 · 3●"
    assert "rank 1; priority by the rule" in model.index(row, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert tab.count.text() == "Programs: 7 shown of 7, 0 selected"
    qtbot.keyClicks(tab.filter_box, "kampung")
    assert tab.count.text() == "Programs: 1 shown of 7, 0 selected"


def test_tag_in_bulk_then_undo_and_redo(qtbot, window, master, rooms):
    tab = programs_tab(qtbot, window, rooms)
    chosen = {program_id(master, t) for t in ("Sumur Resapan", *DUPLICATE)}
    healthy = next(
        c.id
        for cs in categories.list_category_sets(master)
        for c in cs.categories
        if c.code == "SEHAT"
    )
    categories.tag(master, program_ids=[program_id(master, "Sumur Resapan")], category_id=healthy)
    choose(tab.set_box, "Jakarta Resilience Strategy pillars")
    choose(tab.category_box, "Jakarta HEALTHY")
    tab.select_ids(chosen)
    assert tab.count.text().endswith("3 selected")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tab.view.setFocus()
    with qtbot.waitSignal(tab.tag_button.clicked):  # a button's shortcut animates the click
        qtbot.keyClick(tab.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)

    def tagged() -> set[str]:
        return {p for p, cats in categories.program_categories(master).items() if healthy in cats}

    assert tagged() == chosen
    assert tab.selected_ids() == chosen  # the selection survives the reload
    row = next(i for i, p in enumerate(tab.model.programs) if p.title == DUPLICATE[0])
    assert tab.model.index(row, tab.model.col_categories).data() == "Jakarta HEALTHY"
    stack = window.session.undo_stack
    assert stack.undoText() == "Tag 2 programs as Jakarta HEALTHY"
    stack.undo()
    assert tagged() == {program_id(master, "Sumur Resapan")}  # tagged before: stays
    stack.redo()
    assert tagged() == chosen
    qtbot.mouseClick(tab.untag_button, Qt.MouseButton.LeftButton)
    assert tagged() == set()
    stack.undo()
    assert tagged() == chosen


def test_tagging_nothing_is_refused_in_place(qtbot, window, master, rooms):
    tab = programs_tab(qtbot, window, rooms)
    qtbot.mouseClick(tab.tag_button, Qt.MouseButton.LeftButton)
    assert tab.error.isVisible()
    assert tab.error.text() == "Select one or more programs and a category first."
    assert categories.program_categories(master) == {}


def test_group_by_agency_puts_both_spellings_under_one_agency(qtbot, window, master, rooms):
    tab = programs_tab(qtbot, window, rooms)
    tab.by_agency.setFocus()
    qtbot.keyClick(tab.by_agency, Qt.Key.Key_Space)
    tops = [tab.proxy.index(r, 0).data(RECORD_ROLE) for r in range(tab.proxy.rowCount())]
    assert all(isinstance(t, AgencyNode) for t in tops)
    water = next(t for t in tops if t.key == "sda")
    assert sorted(p.title for p in water.programs) == sorted(["Sumur Resapan", *DUPLICATE])
    assert water.label == "Dinas SDA"
    # Selecting the agency row stands for its programs.
    at = tops.index(water)
    tab.view.selectionModel().select(
        tab.proxy.index(at, 0),
        tab.view.selectionModel().SelectionFlag.Select
        | tab.view.selectionModel().SelectionFlag.Rows,
    )
    assert tab.selected_ids() == {p.id for p in water.programs}


def test_new_set_and_category_through_their_dialogs(qtbot, window, master, rooms, monkeypatch):
    tab = programs_tab(qtbot, window, rooms)
    answers = iter([("Prioritas Gubernur", "Governor's priorities"), ("Tahun 2019", ""), ("", "")])

    def answer(dialog) -> bool:
        name, name_en = next(answers)
        qtbot.keyClicks(dialog.name, name)
        qtbot.keyClicks(dialog.name_en, name_en)
        dialog.accept()
        return dialog.result() == 1

    monkeypatch.setattr(tab, "exec_dialog", answer)
    qtbot.mouseClick(tab.new_set_button, Qt.MouseButton.LeftButton)
    assert tab.set_box.currentText() == "Governor's priorities"
    qtbot.mouseClick(tab.new_category_button, Qt.MouseButton.LeftButton)
    made = next(cs for cs in categories.list_category_sets(master) if cs.name_id.startswith("Pri"))
    assert [c.label_id for c in made.categories] == ["Tahun 2019"]
    assert tab.category_box.currentText() == "Tahun 2019"
    refused = []
    monkeypatch.setattr(tab, "exec_dialog", lambda d: refused.append(answer(d)) or False)
    qtbot.mouseClick(tab.new_category_button, Qt.MouseButton.LeftButton)
    assert refused == [False]  # an empty name: the dialog stays open with the reason
    window.session.undo_stack.undo()
    made = next(cs for cs in categories.list_category_sets(master) if cs.id == made.id)
    assert made.categories == ()


def test_crf_goals_are_made_on_demand(qtbot, window, master, rooms):
    tab = programs_tab(qtbot, window, rooms)
    choose(tab.set_box, "CRF goals (add from the framework)")
    assert tab.set_box.currentText() == "CRF goals"
    assert tab.category_box.count() == 12
    assert tab.set_box.findText("CRF goals (add from the framework)") == -1


# --- opening from the main window --------------------------------------------------------


def test_open_consolidate_on_the_master_and_raise_it_again(app, qtbot):
    act = consolidate_action(app.window)
    assert act.text() == "&Consolidate group files…"
    assert act.shortcut().toString() == "Ctrl+Shift+M"
    act.trigger()
    first = app.window.findChild(ConsolidateWindow)
    assert first is not None and first.isVisible()
    assert open_consolidate(app.window) is first
    assert first.windowTitle().startswith("Consolidate — w.jakres")
    first.close()


def test_open_consolidate_refuses_a_groups_file(app, qtbot, tmp_path):
    f = app.session.file
    path = tmp_path / "kit-3.jakres"
    kit.write_kit(f, path, group_id=app.session.group_id)
    opened = open_file(path, device_id=LAPTOPS[3])
    app.session.attach(opened, app.session.group_id)
    try:
        assert open_consolidate(app.window) is None
        box = app.window.findChild(QMessageBox, "consolidateRefusal")
        assert box is not None and box.isVisible()
        assert "this is one group's file" in box.text()
        assert app.window.findChild(ConsolidateWindow) is None
        box.close()
    finally:
        opened.close()


def test_the_window_closes_when_a_groups_file_is_opened_instead(qtbot, window, master, tmp_path):
    path = tmp_path / "kit-1.jakres"
    kit.write_kit(master, path, group_id=groups.list_groups(master)[0].id)
    opened = open_file(path, device_id=LAPTOPS[1])
    try:
        window.session.attach(opened, None)
        assert not window.isVisible()
    finally:
        window.session.file = None
        opened.close()


def test_tabs_are_reached_by_keyboard(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for number in (3, 2, 1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.AltModifier)
        assert window.tabs.currentIndex() == number - 1
    assert window.prompt.text().startswith("Drop the files")


# --- undo after a merge -------------------------------------------------------------------


def test_undo_after_a_merge_keeps_the_merged_notes_and_says_why(qtbot, window, master, tmp_path):
    from jakres_desk.ui.pages.priority import PriorityTab

    gid = groups.list_groups(master)[0].id
    kit_path = tmp_path / "kit-1.jakres"
    kit.write_kit(master, kit_path, group_id=gid)
    # The secretariat writes a note for Kelompok 1 in the notes box and saves it (Ctrl+Enter).
    window.session.set_group(gid)
    notes_tab = PriorityTab(window.session)
    qtbot.addWidget(notes_tab)
    notes_tab.show()
    notes_tab.notes.setFocus()
    qtbot.keyClicks(notes_tab.notes, "Catatan sekretariat")
    qtbot.keyClick(notes_tab.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert groups.list_groups(master)[0].notes == "Catatan sekretariat"
    assert window.session.undo_stack.canUndo()
    # Meanwhile the room wrote its own notes; its file comes back and is dropped in.
    with open_file(kit_path, device_id=LAPTOPS[1]) as room:
        groups.update_group(room, gid, notes="Catatan ruang kelompok 1")
        back = write_snapshot(room, tmp_path / "kelompok-1.jakres").path
    drop_and_wait(qtbot, window, [back])
    assert "Merged kelompok-1.jakres" in window.statusBar().currentMessage()
    # Ctrl+Z in the Consolidate window: the merged notes stay, and the user is told why.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert groups.list_groups(master)[0].notes == "Catatan ruang kelompok 1"
    message = window.statusBar().currentMessage()
    assert message.startswith("Kelompok 1's notes was changed by a merged group file")
    assert "(kelompok-1.jakres)" in message and message.endswith("nothing was undone")
    assert not window.session.undo_stack.canUndo()  # the refused step is gone from the stack
    assert notes_tab.notes.toPlainText() == "Catatan ruang kelompok 1"


# --- issue 13: links by hand, provenance -------------------------------------------------


def test_a_suggested_link_keeps_its_similarity(qtbot, window, master, rooms):
    merged(qtbot, window, rooms)
    tab = window.dupes_tab
    tab.pair_view.setFocus()
    tab.pair_view.setCurrentIndex(tab.pair_proxy.index(0, 0))
    qtbot.keyClick(tab.pair_view, Qt.Key.Key_Return)
    [link] = dedupe.list_links(master)
    assert (link.suggested, link.note) == (100.0, "")
    assert tab.links.index(0, 4).data().startswith("suggested 100%, 20")


def ctrl_l(qtbot, view, button, *, shift: bool = False) -> None:
    """Ctrl+L (Ctrl+Shift+L) on the view; a button's shortcut animates its click."""
    mods = Qt.KeyboardModifier.ControlModifier
    if shift:
        mods |= Qt.KeyboardModifier.ShiftModifier
    with qtbot.waitSignal(button.clicked):
        qtbot.keyClick(view, Qt.Key.Key_L, mods)


def test_link_any_two_programs_by_hand_then_unlink_with_keys_and_undo(qtbot, window, master, rooms):
    tab = programs_tab(qtbot, window, rooms)
    one, other = program_id(master, "Sumur Resapan"), program_id(master, CATALOGUE[1][0])
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tab.select_ids({one})
    tab.view.setFocus()
    ctrl_l(qtbot, tab.view, tab.link_button)
    assert tab.error.text() == "Select exactly two programs (Ctrl+click) first."
    assert dedupe.list_links(master) == []
    tab.select_ids({one, other})
    ctrl_l(qtbot, tab.view, tab.link_button)
    [link] = dedupe.list_links(master)
    assert {link.program_a, link.program_b} == {one, other} and link.suggested is None
    assert not tab.error.isVisible()
    row = next(i for i, p in enumerate(tab.model.programs) if p.id == one)
    assert tab.model.index(row, tab.model.col_linked).data() == "1"
    window.show_tab(1)
    assert window.dupes_tab.links.index(0, 4).data().startswith("by hand, 20")
    window.show_tab(2)
    tab.view.setFocus()
    # Linking them again says so in place.
    ctrl_l(qtbot, tab.view, tab.link_button)
    assert tab.error.text().endswith("these two programs are already linked")
    ctrl_l(qtbot, tab.view, tab.unlink_button, shift=True)
    assert dedupe.list_links(master) == []
    ctrl_l(qtbot, tab.view, tab.unlink_button, shift=True)
    assert tab.error.text().endswith("these two programs are not linked")
    stack = window.session.undo_stack
    assert stack.undoText().startswith("Unlink ")
    stack.undo()
    assert [x.id for x in dedupe.list_links(master)] == [link.id]
    stack.undo()
    assert dedupe.list_links(master) == []
    stack.redo()
    assert [x.id for x in dedupe.list_links(master)] == [link.id]


def test_a_walk_in_on_another_roster_is_flagged_and_made_one_person_undoably(
    qtbot, window, master, tmp_path
):
    roster = next(
        p
        for p in participants.list_participants(master, groups.list_groups(master)[0].id)
        if p.name.startswith("Ani")
    )
    path = tmp_path / "kit-2.jakres"
    kit.write_kit(master, path, group_id=groups.list_groups(master)[1].id)
    with open_file(path, device_id=LAPTOPS[2]) as f:
        [g] = [x.id for x in groups.list_groups(f)]
        walk = participants.add_participant(f, name=roster.name, group_id=g, walk_in=True)
        cand = programs.add_candidate(f, group_id=g, program_id=program_id(f, "Sumur Resapan"))
        votes.set_dots(f, candidate_id=cand.id, participant_id=walk.id, count=2)
        handed = write_snapshot(f, tmp_path / "kelompok-2.jakres").path
    drop_and_wait(qtbot, window, [handed])
    [line] = importlog.read_log(master)
    assert f"walk-in {roster.name} looks like {roster.name} on the roster of Kelompok 1" in (
        line.message
    )
    window.show_tab(1)
    tab = window.dupes_tab
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tab.people_button.setFocus()
    qtbot.keyClick(tab.people_button, Qt.Key.Key_Space)
    dialog = tab.people_dialog
    assert dialog is not None and dialog.isVisible()
    assert [(x.walk_in_id, x.roster_id) for x in dialog.model.rows] == [(walk.id, roster.id)]
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    assert dialog.model.rows == [] and dialog.empty.isVisible()
    two = groups.list_groups(master)[1].id
    in_two = {p.id for p in participants.list_participants(master, two)}
    assert roster.id in in_two and walk.id not in in_two
    assert votes.dots_left(master, two)[roster.id] == master_dots(master) - 2
    stack = window.session.undo_stack
    assert stack.undoText() == f"Same person: {roster.name} and {roster.name}"
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert walk.id in {p.id for p in participants.list_participants(master, two)}
    assert roster.id not in {p.id for p in participants.list_participants(master, two)}
    assert len(dialog.model.rows) == 1
    qtbot.keyClick(dialog.view, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def master_dots(f: JakresFile) -> int:
    return workshops.get_workshop(f).dots_per_participant


# --- the window keeps pace with the core merge (issue 13) --------------------------------


def test_a_batch_appends_its_lines_without_resetting_or_rereading_the_log(
    qtbot, window, rooms, monkeypatch
):
    from jakres_desk.ui.consolidate import import_tab

    tab = window.import_tab
    resets, inserted, resized, reads = [], [], [], []
    tab.model.modelReset.connect(lambda: resets.append(1))
    tab.model.rowsInserted.connect(lambda _parent, first, last: inserted.append(last - first + 1))
    monkeypatch.setattr(tab.view, "resizeColumnsToContents", lambda: resized.append(1))
    real_read = import_tab.importlog.read_log
    monkeypatch.setattr(
        import_tab.importlog, "read_log", lambda f: (reads.append(1), real_read(f))[1]
    )
    drop_and_wait(qtbot, window, rooms)
    assert shown_lines(window) == [(p.name, "merged") for p in rooms]
    assert resets == [] and sum(inserted) == 3  # each line inserted, nothing reset
    assert reads == []  # the master's log is not read back per file
    assert len(resized) == 1  # the columns fitted once, at the end of the batch
    # The other views heard of the batch once, as the import tab's own change.
    assert tab.detail_title.text() == "kelompok-3.jakres — Kelompok 3 — merged"


@pytest.mark.parametrize("dialog", [AnswersKelompok4, Cancels], ids=["adopted", "cancelled"])
def test_a_file_of_another_workshop_is_copied_and_checked_once(
    qtbot, window, master, tmp_path, monkeypatch, dialog
):
    from jakres_desk.store import untrusted

    checked: list[Path] = []
    real = untrusted.check_copy
    monkeypatch.setattr(
        untrusted,
        "check_copy",
        lambda source, folder: (checked.append(source), real(source, folder))[1],
    )
    window.import_tab.adopt_dialog = dialog
    path = session_file(tmp_path)
    drop_and_wait(qtbot, window, [path])
    assert checked == [path]
    [line] = window.import_tab.model.rows
    assert line.status == ("merged" if dialog is AnswersKelompok4 else "refused")
