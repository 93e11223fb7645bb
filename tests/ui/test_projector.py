"""The projector window: large type, the step, the timer and the results, tally hidden."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette

from jakres_desk.core.services import groups, participants
from jakres_desk.ui.projector import OVER, ProjectorWindow, make_tally_action


class FakeVotesPage:
    """A page that, like the votes step, has a tally to keep from the room."""

    def title(self) -> str:
        return "Votes"

    def projector_lines(self) -> list[str]:
        return ["7 of 9 have voted"]

    def tally_lines(self) -> list[str]:
        return ["1. Kios air — 12 dots", "2. Bank sampah — 9 dots"]


@pytest.fixture
def projector(app, qtbot) -> ProjectorWindow:
    app.window.show_projector()
    window = app.window.projector
    qtbot.addWidget(window)
    return window


def _clock_color(projector: ProjectorWindow) -> str:
    return projector.clock.palette().color(QPalette.ColorRole.WindowText).name()


def test_present_shows_a_large_window_on_a_single_screen(app, projector) -> None:
    assert len(QGuiApplication.screens()) == 1
    assert projector.isVisible() and not projector.isFullScreen()
    area = app.window.screen().availableGeometry()
    assert projector.width() >= area.width() // 2


def test_present_goes_full_screen_on_a_second_screen(app, projector, monkeypatch) -> None:
    projector.hide()
    monkeypatch.setattr(projector, "_other_screen", lambda: QGuiApplication.primaryScreen())
    projector.present()
    assert projector.isVisible() and projector.isFullScreen()
    assert projector.full_action.isChecked()


def test_f11_toggles_and_esc_leaves_full_screen(projector, qtbot) -> None:
    projector.activateWindow()
    qtbot.waitUntil(projector.isActiveWindow)
    qtbot.keyClick(projector, Qt.Key.Key_F11)
    assert projector.isFullScreen()
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isFullScreen()


def test_the_clock_follows_the_main_window_and_turns_red(app, projector) -> None:
    box = app.window.timebox
    box.extend(5)
    assert projector.clock.text() == app.window.clock.text() == "15:00"
    now = [0]
    box._now = lambda: now[0]  # a clock moved by hand
    box.reset(1)
    box.start()
    now[0] = 61_000
    box.tick.emit()
    assert projector.clock.text() == app.window.clock.text() == "-00:01"
    assert _clock_color(projector) == OVER
    box.pause()


def test_lines_follow_the_step_and_the_file(app, projector) -> None:
    f, gid = app.session.file, app.session.group_id
    app.window.go_to_step(0)
    person = participants.add_participant(f, name="Siti Rahmawati", group_id=gid)
    participants.set_present(f, person.id, True)
    assert projector.step.text() == "0. Attendance"
    assert projector.lines == app.window.current_page().projector_lines()
    assert "Present: 1" in projector.body.text()
    app.window.go_to_step(5)
    assert projector.step.text() == "5. Finish"
    assert projector.lines == app.window.current_page().projector_lines()
    assert "People present: 1 of 1" in projector.body.text()


def test_context_names_workshop_group_and_focus_area(app, projector) -> None:
    assert projector.context.text().startswith("Lokakarya Uji · Kelompok 3 · ")
    other = groups.find_group(app.session.file, "Kelompok 1")
    app.session.set_group(other.id)
    assert "Kelompok 1" in projector.context.text()


def test_the_facilitator_prompt_stays_off_the_projector(app, projector) -> None:
    shown = " ".join(
        label.text()
        for label in (projector.context, projector.step, projector.body, projector.footer)
    )
    assert app.window.current_page().prompt() not in shown


def test_type_is_large_at_1080p(projector) -> None:
    projector.resize(1920, 1080)
    assert projector.body.font().pixelSize() >= 28
    assert projector.context.font().pixelSize() >= 28
    assert projector.step.font().pixelSize() > projector.body.font().pixelSize()
    assert projector.clock.font().pixelSize() > projector.step.font().pixelSize()


def test_too_many_lines_say_how_many_more(app, projector, monkeypatch) -> None:
    page = FakeVotesPage()
    monkeypatch.setattr(page, "projector_lines", lambda: [f"Program {n}" for n in range(60)])
    monkeypatch.setattr(app.window, "current_page", lambda: page)
    projector.resize(1920, 1080)
    projector.refresh()
    shown = projector.body.text().split("\n")
    assert 10 < len(shown) < 60
    assert shown[-1] == f"… and {60 - len(shown) + 1} more"


def test_the_tally_stays_hidden_until_shown(app, projector, monkeypatch, qtbot) -> None:
    monkeypatch.setattr(app.window, "current_page", lambda: FakeVotesPage())
    projector.refresh()
    assert not projector.tally_visible
    assert projector.lines == ["7 of 9 have voted"]
    assert projector.footer.isVisible() and "hidden" in projector.footer.text()
    projector.activateWindow()
    qtbot.waitUntil(projector.isActiveWindow)
    qtbot.keyClick(projector, Qt.Key.Key_T)
    assert projector.tally_visible and projector.tally_action.isChecked()
    assert projector.lines == FakeVotesPage().tally_lines()
    assert "Kios air" in projector.body.text() and not projector.footer.isVisible()
    projector.set_tally_visible(False)
    assert projector.lines == ["7 of 9 have voted"]


def test_pages_without_a_tally_show_their_lines_either_way(app, projector) -> None:
    app.window.go_to_step(0)
    projector.set_tally_visible(True)
    assert projector.lines == app.window.current_page().projector_lines()
    assert not projector.footer.isVisible()


def test_the_main_window_toggle_and_the_projector_agree(app, qtbot, monkeypatch) -> None:
    action = make_tally_action(app.window)
    action.setChecked(True)  # chosen before the projector is open
    app.window.show_projector()
    projector = app.window.projector
    qtbot.addWidget(projector)
    assert projector.tally_visible
    projector.set_tally_visible(False)
    assert not action.isChecked()
    action.setChecked(True)
    assert projector.tally_visible and projector.tally_action.isChecked()
    assert projector.tally_action in projector.actions()  # in its context menu too
