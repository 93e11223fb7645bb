"""The setup desk's participants and catalogue pages and the import preview, driven by keys."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QWidget

from jakres_desk.core.services import groups, participants, programs, votes
from jakres_desk.store.db import JakresFile
from jakres_desk.ui.session import Session
from jakres_desk.ui.setup.catalogue import CataloguePage
from jakres_desk.ui.setup.import_preview import ImportPreviewDialog
from jakres_desk.ui.setup.people import PeoplePage


@pytest.fixture
def session(qtbot: Any, workshop: JakresFile) -> Iterator[Session]:
    """A session on a fresh workshop (no group chosen: the desk works on the whole)."""
    s = Session()
    s.attach(workshop, None)
    yield s
    s.file = None  # the workshop fixture closes the file


def show(qtbot: Any, page: QWidget, session: Session) -> QWidget:
    """The page on screen, active, with the desk's Edit ▸ Undo/Redo shortcuts."""
    undo = session.undo_stack.createUndoAction(page)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    page.addAction(undo)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def answer_modal(qtbot: Any, act: Callable[[QWidget], None]) -> list[str]:
    """Answer the next modal dialog with `act`; returns the texts it showed."""
    seen: list[str] = []

    def handle() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or not modal.isActiveWindow():
            if modal is not None:
                modal.activateWindow()
            QTimer.singleShot(10, handle)
            return
        seen.append(modal.text() if isinstance(modal, QMessageBox) else modal.windowTitle())
        try:
            act(modal)
        finally:
            if modal.isVisible() and not isinstance(modal, QMessageBox):
                modal.reject()  # never leave a test waiting on a dialog

    QTimer.singleShot(0, handle)
    return seen


def names(session: Session, group: str | None = None) -> list[str]:
    """The participants' names, of one group or all."""
    assert session.file is not None
    return [p.name for p in participants.list_participants(session.file, group)]


def rows_shown(page: Any) -> list[str]:
    """The first column of the rows the page shows."""
    return [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]


# --- participants --------------------------------------------------------------------------


def test_filter_and_people_without_a_group(qtbot: Any, session: Session) -> None:
    f = session.file
    assert f is not None
    g = groups.find_group(f, "Kelompok 3")
    participants.add_participant(f, name="Andi", organisation="BPBD", group_id=g.id)
    participants.add_participant(f, name="Budi", organisation="Bappeda")
    participants.add_participant(f, name="Cici", organisation="BPBD")
    page = show(qtbot, PeoplePage(session), session)
    assert page.count.text() == "3 people, 2 without a group"
    qtbot.keyClicks(page.filter, "bpbd")
    assert rows_shown(page) == ["Andi", "Cici"]
    qtbot.keyClick(page.ungrouped, Qt.Key.Key_Space)
    assert rows_shown(page) == ["Cici"]
    page.filter.clear()
    assert rows_shown(page) == ["Budi", "Cici"]


def test_select_several_with_shift_down_assign_and_undo(qtbot: Any, session: Session) -> None:
    f = session.file
    assert f is not None
    for name in ("Andi", "Budi", "Cici", "Dedi"):
        participants.add_participant(f, name=name)
    page = show(qtbot, PeoplePage(session), session)
    page.view.setFocus()
    page.view.setCurrentIndex(page.proxy.index(1, 0))
    qtbot.keyClick(page.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(page.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    page.group.setFocus()
    for _ in range(3):  # (no group), Kelompok 1, 2, 3
        qtbot.keyClick(page.group, Qt.Key.Key_Down)
    assert page.group.currentText() == "Kelompok 3"
    qtbot.keyClick(page.assign_button, Qt.Key.Key_Space)
    g = groups.find_group(f, "Kelompok 3")
    assert names(session, g.id) == ["Budi", "Cici", "Dedi"]
    assert page.count.text() == "4 people, 1 without a group"
    assert session.undo_stack.count() == 1  # one step for the three
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert names(session, g.id) == []
    assert page.count.text() == "4 people, 4 without a group"


def refocus(qtbot: Any, page: QWidget) -> None:
    """The page active again after a modal dialog closed (offscreen does not hand it back)."""
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)


def test_delete_says_what_it_takes_esc_keeps_enter_removes(qtbot: Any, session: Session) -> None:
    f = session.file
    assert f is not None
    g = groups.find_group(f, "Kelompok 3")
    andi = participants.add_participant(f, name="Andi", group_id=g.id)
    program = programs.add_program(f, title="Kampung Iklim")
    candidate = programs.add_candidate(f, group_id=g.id, program_id=program.id)
    votes.set_dots(f, participant_id=andi.id, candidate_id=candidate.id, count=2)
    page = show(qtbot, PeoplePage(session), session)
    page.view.setFocus()
    page.view.selectRow(0)
    seen = answer_modal(qtbot, lambda m: qtbot.keyClick(m, Qt.Key.Key_Escape))
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert "Remove Andi?" in seen[0] and "2 dots and 0 scores" in seen[0]
    assert names(session) == ["Andi"]
    answer_modal(qtbot, lambda m: qtbot.keyClick(m, Qt.Key.Key_Return))
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert names(session) == []
    refocus(qtbot, page)
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert names(session) == ["Andi"]
    assert votes.dots_left(f, g.id) is not None
    assert rows_shown(page) == ["Andi"]


def _type_in_dialog(qtbot: Any, text: str, key: Qt.Key) -> Callable[[QWidget], None]:
    def act(dialog: QWidget) -> None:
        field = dialog.name  # type: ignore[attr-defined]
        assert isinstance(field, QLineEdit) and field.hasFocus()
        field.selectAll()
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, key)

    return act


def test_enter_edits_esc_cancels_and_add_refuses_an_empty_name(
    qtbot: Any, session: Session
) -> None:
    f = session.file
    assert f is not None
    participants.add_participant(f, name="Andi")
    page = show(qtbot, PeoplePage(session), session)
    page.view.setFocus()
    page.view.selectRow(0)
    answer_modal(qtbot, _type_in_dialog(qtbot, "Andi Wijaya", Qt.Key.Key_Escape))
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert names(session) == ["Andi"]
    answer_modal(qtbot, _type_in_dialog(qtbot, "Andi Wijaya", Qt.Key.Key_Return))
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert names(session) == ["Andi Wijaya"]

    def empty_then_named(dialog: QWidget) -> None:
        field = dialog.name  # type: ignore[attr-defined]
        qtbot.keyClick(field, Qt.Key.Key_Return)  # no name: refused, the dialog stays
        assert dialog.isVisible() and "name" in dialog.error.text()  # type: ignore[attr-defined]
        qtbot.keyClicks(field, 'Ucok "Batak" <b>')
        qtbot.keyClick(field, Qt.Key.Key_Return)

    refocus(qtbot, page)
    answer_modal(qtbot, empty_then_named)
    qtbot.keyClick(page.add_button, Qt.Key.Key_Space)
    assert sorted(names(session)) == ["Andi Wijaya", 'Ucok "Batak" <b>']


# --- the catalogue ----------------------------------------------------------------------------


def test_catalogue_remove_names_the_groups_and_undoes(qtbot: Any, session: Session) -> None:
    f = session.file
    assert f is not None
    g = groups.find_group(f, "Kelompok 3")
    river = programs.add_program(f, title="Normalisasi Sungai", agency="Dinas SDA")
    programs.add_program(f, title="Kampung Iklim", agency="Dinas LH")
    programs.add_candidate(f, group_id=g.id, program_id=river.id)
    page = show(qtbot, CataloguePage(session), session)
    qtbot.keyClicks(page.filter, "sungai")
    assert rows_shown(page) == ["Normalisasi Sungai"]
    page.view.setFocus()
    page.view.selectRow(0)
    seen = answer_modal(qtbot, lambda m: qtbot.keyClick(m, Qt.Key.Key_Return))
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert "candidate in Kelompok 3" in seen[0]
    assert [p.title for p in programs.list_programs(f)] == ["Kampung Iklim"]
    refocus(qtbot, page)
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [c.title for c in programs.list_candidates(f, g.id)] == ["Normalisasi Sungai"]


def test_catalogue_edit_by_enter(qtbot: Any, session: Session) -> None:
    f = session.file
    assert f is not None
    programs.add_program(f, title="Kampung Iklim")
    page = show(qtbot, CataloguePage(session), session)
    page.view.setFocus()
    page.view.selectRow(0)

    def set_agency(dialog: QWidget) -> None:
        qtbot.keyClick(dialog.title, Qt.Key.Key_Tab)  # type: ignore[attr-defined]
        assert dialog.agency.hasFocus()  # type: ignore[attr-defined]
        qtbot.keyClicks(dialog.agency, "Dinas LH")  # type: ignore[attr-defined]
        qtbot.keyClick(dialog.agency, Qt.Key.Key_Tab)  # type: ignore[attr-defined]
        qtbot.keyClicks(dialog.description, "baris satu")  # type: ignore[attr-defined]
        qtbot.keyClick(dialog.description, Qt.Key.Key_Return)  # type: ignore[attr-defined]
        qtbot.keyClicks(dialog.description, "baris dua")  # type: ignore[attr-defined]
        qtbot.keyClick(  # type: ignore[attr-defined]
            dialog.description, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )

    answer_modal(qtbot, set_agency)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert [(p.title, p.agency) for p in programs.list_programs(f)] == [
        ("Kampung Iklim", "Dinas LH")
    ]
    assert page.model.rows[0].agency == "Dinas LH"
    assert programs.list_programs(f)[0].description == "baris satu\nbaris dua"


# --- the import preview ------------------------------------------------------------------------


def _catalogue_sheet(tmp_path: Path, rows: str) -> Path:
    src = tmp_path / "katalog.csv"
    src.write_text("DAFTAR PROGRAM 2018;;\nNama Program;Unit Pengampu;Fokus\n" + rows, "utf-8")
    return src


def test_preview_maps_an_unknown_column_then_imports_all_or_nothing(
    qtbot: Any, session: Session, tmp_path: Path
) -> None:
    f = session.file
    assert f is not None
    src = _catalogue_sheet(
        tmp_path, "Normalisasi Sungai;Dinas SDA;1\n;BPBD;2\nKampung Iklim;DLH;3\n"
    )
    dialog = ImportPreviewDialog(session, "programs", src)
    qtbot.addWidget(dialog)
    dialog.show()
    refocus(qtbot, dialog)
    assert dialog.header_row.currentData() == 2  # the title row above it is skipped
    assert not dialog.import_all.isEnabled() and "'Unit Pengampu'" in dialog.verdict.text()
    combo = dialog.combos["Unit Pengampu"]
    combo.setFocus()
    qtbot.keyClicks(combo, "Agency")
    combo.activated.emit(combo.currentIndex())  # offscreen: a typed choice is not "activated"
    assert dialog.mapping == {"Unit Pengampu": "agency"}
    assert "bad rows: 1" in dialog.verdict.text()
    assert "Row 4, column 'Nama Program'" in dialog.findings.item(0).text()
    assert not dialog.import_all.isEnabled() and dialog.import_good.isEnabled()
    assert programs.list_programs(f) == []  # the preview wrote nothing
    qtbot.keyClick(dialog, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)  # a mnemonic's
    # click comes after the button's press animation
    assert [(p.title, p.agency) for p in programs.list_programs(f)] == [
        ("Kampung Iklim", "DLH"),
        ("Normalisasi Sungai", "Dinas SDA"),
    ]
    assert "rows imported: 2" in (dialog.summary or "")
    session.undo_stack.undo()  # the import is one step
    assert programs.list_programs(f) == []


def test_reimport_through_the_preview_updates_in_place(
    qtbot: Any, session: Session, tmp_path: Path
) -> None:
    f = session.file
    assert f is not None
    programs.add_program(f, title="Normalisasi Sungai", agency="Dinas SDA", focus_areas=[1])
    src = _catalogue_sheet(tmp_path, "normalisasi sungai;DINAS SDA;1, 2\nKampung Iklim;DLH;3\n")
    dialog = ImportPreviewDialog(session, "programs", src)
    qtbot.addWidget(dialog)
    dialog.show()
    refocus(qtbot, dialog)
    combo = dialog.combos["Unit Pengampu"]
    combo.setCurrentIndex(combo.findData("agency"))
    combo.activated.emit(combo.currentIndex())
    assert "New: 1; updated: 1; unchanged: 0" in dialog.verdict.text()
    qtbot.keyClick(dialog, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    found = {p.title: p for p in programs.list_programs(f)}
    assert len(found) == 2 and found["normalisasi sungai"].focus_areas == (1, 2)


def test_choosing_another_header_row(qtbot: Any, session: Session, tmp_path: Path) -> None:
    src = tmp_path / "p.csv"
    src.write_text("Nama;Instansi\nNama Lengkap;Asal Instansi\nAndi;BPBD\n", "utf-8")
    dialog = ImportPreviewDialog(session, "participants", src)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.header_row.currentData() == 1
    assert "Nama Lengkap" in dialog.sample_view.model().index(0, 0).data()
    dialog.header_row.setCurrentIndex(1)
    dialog.header_row.activated.emit(1)
    assert dialog.preview is not None and dialog.preview.header_line == 2
    assert [c.field for c in dialog.preview.columns] == ["name", "organisation"]
    assert "New: 1" in dialog.verdict.text()


def test_a_file_that_cannot_be_read_is_said_and_nothing_offered(
    qtbot: Any, session: Session, tmp_path: Path
) -> None:
    src = tmp_path / "lama.xls"
    src.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    dialog = ImportPreviewDialog(session, "participants", src)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "save as .xlsx or .csv" in dialog.error.text().lower()
    assert not dialog.import_all.isEnabled() and not dialog.import_good.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.summary is None
