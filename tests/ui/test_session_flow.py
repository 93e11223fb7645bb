"""A whole breakout session on a kit, by keyboard and mouse, checking the file after each
step; then a facilitator's laptop killed mid-vote, reopened with nothing committed lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from jakres_desk.core.exchange import kit
from jakres_desk.core.services import (
    criteria,
    elements,
    groups,
    participants,
    programs,
    summary,
    votes,
)
from jakres_desk.store.db import open_file
from tests.conftest import DEVICE

TAB_DOTS, TAB_SCORES, TAB_PRIORITY = range(3)


def _master_and_kit(workshop, tmp_path: Path) -> Path:
    """The secretariat's master with a roster and catalogue, and group 3's kit cut from it."""
    g3 = groups.find_group(workshop, "Kelompok 3")
    for name, org, kind in (
        ("Siti Rahmawati", "DLH", "local_government"),
        ("Budi Santoso", "Universitas Indonesia", "academia"),
        ("Andi Wijaya", "PD PAM Jaya", "state_enterprise"),
    ):
        participants.add_participant(
            workshop, name=name, organisation=org, stakeholder_kind=kind, group_id=g3.id
        )
    for title, agency in (
        ("Bank Sampah Unit", "DLH"),
        ("Pembangunan IPAL Komunal", "DSDA"),
        ("Kampung Iklim (ProKlim)", "DLH"),
    ):
        programs.add_program(workshop, title=title, agency=agency, focus_areas=[3])
    dest = tmp_path / "kelompok-3.jakres"
    kit.write_kit(workshop, dest, group_id=g3.id)
    return dest


def _type_cell(qtbot, tab, row: int, col: int, text: str) -> None:
    tab.view.setFocus()
    tab.view.setCurrentIndex(tab.finder.index(row, col))
    for key in text:
        qtbot.keyClick(tab.view, key)


def test_whole_session_on_a_kit(app, qtbot, workshop, tmp_path, monkeypatch) -> None:
    kit_path = _master_and_kit(workshop, tmp_path)
    window = app.window
    assert window.open_path(kit_path)
    f, gid = app.session.file, app.session.group_id
    assert f.path == kit_path and [g.name for g in groups.list_groups(f)] == ["Kelompok 3"]

    # 0. Attendance: two check-ins by search + Enter, one walk-in by keyboard.
    window.go_to_step(0)
    page = window.current_page()
    for name in ("siti", "budi"):
        qtbot.keyClicks(page.find, name)
        qtbot.keyClick(page.find, Qt.Key.Key_Return)
    page.name.setFocus()
    qtbot.keyClicks(page.name, "Rina Kartika")
    qtbot.keyClick(page.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.organisation, "KARINA")
    qtbot.keyClick(page.organisation, Qt.Key.Key_Return)
    qtbot.keyClick(page.kind, Qt.Key.Key_Return)  # Enter in the last field adds
    present = sorted(p.name for p in participants.list_participants(f, gid) if p.present)
    assert present == ["Budi Santoso", "Rina Kartika", "Siti Rahmawati"]

    # 1. Elements: pick the first suggested goal with Space, add a target by keyboard.
    window.go_to_step(1)
    page = window.current_page()
    first = page.picker.cards["crf.g01"]
    qtbot.keyClick(first.check, Qt.Key.Key_Space)
    form = page.form
    form.statement.setFocus()
    for field, value in (
        (form.statement, "Cakupan air perpipaan"),
        (form.indicator, "%"),
        (form.baseline, "60%"),
        (form.value, "82%"),
        (form.year, "2030"),
        (form.agency, "PD PAM Jaya"),
    ):
        qtbot.keyClicks(field, value)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    chosen = elements.list_elements(f, gid)
    assert [e.goal_id for e in chosen] == ["crf.g01"]
    assert [(t.statement, t.target_year) for t in chosen[0].targets] == [
        ("Cakupan air perpipaan", 2030)
    ]

    # 2. Criteria: one of the seed's reported criteria, one of our own, then lock.
    window.go_to_step(2)
    page = window.current_page()
    reported = next(c for c in page.cards if c.item.reported)
    qtbot.mouseClick(reported.button, Qt.MouseButton.LeftButton)
    page.name.setFocus()
    qtbot.keyClicks(page.name, "Kesiapan anggaran")
    qtbot.keyClick(page.name, Qt.Key.Key_Return)
    qtbot.keyClick(page.description, Qt.Key.Key_Return)
    page.weight.selectAll()
    qtbot.keyClicks(page.weight, "2")
    qtbot.keyClick(page.weight, Qt.Key.Key_Return)
    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)
    crits = criteria.list_criteria(f, gid)
    assert [(c.source, c.weight) for c in crits] == [("reported", 1.0), ("room", 2.0)]
    assert groups.list_groups(f)[0].criteria_locked

    # 3. Programs: two from the catalogue by typing, one of the room's own.
    window.go_to_step(3)
    page = window.current_page()
    page.search.setFocus()
    for word in ("bank sampah", "ipal"):
        qtbot.keyClicks(page.search, word)
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert [c.title for c in programs.list_candidates(f, gid)] == [
        "Bank Sampah Unit",
        "Pembangunan IPAL Komunal",
    ]

    # 4. Votes: dots typed in the grid, consensus scores, the rule, an override.
    window.go_to_step(4)
    page = window.current_page()
    page.tabs.setCurrentIndex(TAB_DOTS)
    _type_cell(qtbot, page.dots, 0, 1, "2")
    _type_cell(qtbot, page.dots, 1, 2, "1")
    assert sorted(t.dots for t in votes.tallies(f, gid)) == [1, 2]
    page.tabs.setCurrentIndex(TAB_SCORES)
    for row, value in ((0, "5"), (1, "2")):
        for col in (0, 1):
            tab = page.scores
            tab.view.setFocus()
            tab.view.setCurrentIndex(tab.finder.index(row, col))
            qtbot.keyClick(tab.view, value)  # opens the editor with the digit typed
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
            QApplication.processEvents()  # the delegate commits through the event queue
    assert summary.describe(f)["groups"][0]["scores"] == 4
    page.tabs.setCurrentIndex(TAB_PRIORITY)
    tab = page.priority
    qtbot.mouseClick(tab.apply_button, Qt.MouseButton.LeftButton)
    cands = {c.title: c for c in programs.list_candidates(f, gid)}
    assert (
        cands["Bank Sampah Unit"].is_priority and not cands["Pembangunan IPAL Komunal"].is_priority
    )
    row = tab.model.row_of(cands["Pembangunan IPAL Komunal"].id)
    tab.view.setCurrentIndex(tab.proxy.mapFromSource(tab.model.index(row, 1)))
    qtbot.mouseClick(tab.mark_yes, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tab.reason, "Sudah ada anggaran 2019")
    qtbot.keyClick(tab.reason, Qt.Key.Key_Return)
    ipal = next(c for c in programs.list_candidates(f, gid) if c.title.startswith("Pembangunan"))
    assert (ipal.is_priority, ipal.decided_by, ipal.reason) == (
        True,
        "facilitator",
        "Sudah ada anggaran 2019",
    )

    # 5. Finish: export a checked snapshot to the "USB stick".
    window.go_to_step(5)
    page = window.current_page()
    usb = tmp_path / "usb"
    usb.mkdir()
    dest = usb / page.default_name()
    monkeypatch.setattr(page, "choose_destination", lambda: dest)
    monkeypatch.setattr(page, "confirm_overwrite", lambda _dest: True)
    page.export_button.setFocus()
    qtbot.keyClick(page.export_button, Qt.Key.Key_Space)
    assert page.result.isVisible()
    with open_file(dest, device_id=DEVICE) as copy:
        row = summary.describe(copy)["groups"][0]
    assert (
        row["present"],
        row["elements"],
        row["targets"],
        row["criteria"],
        row["candidates"],
        row["priority_programs"],
        row["dot_votes"],
        row["scores"],
    ) == (3, 1, 1, 2, 2, 2, 3, 4)


CHILD = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QStandardPaths, Qt
    from PySide6.QtTest import QTest
    from jakres_desk.core.services import groups, participants
    from jakres_desk.ui.app import App, make_app
    QStandardPaths.setTestModeEnabled(True)
    app = App(make_app(), "id")
    app.window.open_path(Path(sys.argv[1]))
    app.window.show()
    f, gid = app.session.file, app.session.group_id
    app.window.go_to_step(0)
    page = app.window.current_page()
    for i in range(200):  # walk-ins typed until the battery dies
        page.name.setFocus()
        QTest.keyClicks(page.name, f"Peserta {i:03d}")
        for field in (page.name, page.organisation, page.kind):  # Enter on, then adds
            QTest.keyClick(field, Qt.Key.Key_Return)
        print(f"Peserta {i:03d}", flush=True)
    """
)


def test_killed_mid_session_reopens_with_every_committed_edit(workshop, tmp_path) -> None:
    kit_path = _master_and_kit(workshop, tmp_path)
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(kit_path)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        stderr=subprocess.DEVNULL,
    )
    assert child.stdout is not None
    typed = []
    for line in child.stdout:
        typed.append(line.strip())
        if len(typed) == 15:
            break
    child.send_signal(signal.SIGKILL)
    child.wait()
    with open_file(kit_path, device_id=DEVICE) as f:
        names = {p.name for p in participants.list_participants(f)}
    assert set(typed) <= names  # every walk-in the window had confirmed is in the file
