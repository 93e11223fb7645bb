"""The plenary presentation: slides from the report's data, large type, driven by keys."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from jakres_desk.core.demo import build_demo
from jakres_desk.report.data import gather
from jakres_desk.store.db import open_file
from jakres_desk.ui.report.draw import BODY_PX, TITLE_PX
from jakres_desk.ui.report.present import PresentationWindow
from jakres_desk.ui.report.slides import PROGRAM_ROWS, build_slides

DEVICE = os.environ["JAKRES_DEVICE_ID"]
WORKSHOP = "Lokakarya Perdana Program Prioritas Jakarta Berketahanan"


@pytest.fixture(scope="module")
def demo_data(tmp_path_factory: pytest.TempPathFactory):
    """The report data of the demo workshop, in English."""
    from jakres_desk.base import i18n

    path: Path = tmp_path_factory.mktemp("presentation") / "demo.jakres"
    build_demo(path, device_id=DEVICE).close()
    i18n.set_language("en")
    with open_file(path, device_id=DEVICE) as f:
        return gather(f, lang="en")


@pytest.fixture
def show(qtbot, demo_data) -> PresentationWindow:
    window = PresentationWindow(build_slides(demo_data))
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    return window


def _titles(window: PresentationWindow) -> list[str]:
    return [s.title for s in window.slides]


def test_the_deck_follows_the_plenary(show, demo_data) -> None:
    kinds = [s.kind for s in show.slides]
    assert kinds[0] == "title" and show.slides[0].title == WORKSHOP
    assert show.slides[0].lines[0] == "26 September 2018"
    assert show.slides[1].title == "Overview by focus area"
    assert kinds[-1] == "shared"
    assert show.slides[-1].title == "Programs prioritised by more than one group"
    for n, gr in enumerate(demo_data.groups):
        own = [s for s in show.slides if s.group == n]
        assert [s.kind for s in own][:2] == ["elements", "criteria"]
        assert own[-1].kind == "votes" and own[-1].title == "Dot votes"
        assert all(s.kicker.startswith(f"{gr.group.name} · Focus area {n + 1}: ") for s in own)
    overview = [r for s in show.slides if s.kind == "overview" for r in s.rows]
    assert [r.lead for r in overview] == ["14", "49", "19", "13", "30"]  # the 2018 counts
    assert overview[0].detail.startswith("Focus area 1 produced 14 priority existing programs")


def test_keys_move_through_the_slides(show, qtbot) -> None:
    show.setFocus()
    steps = [
        (Qt.Key.Key_Right, 1),
        (Qt.Key.Key_Space, 2),
        (Qt.Key.Key_PageDown, 3),
        (Qt.Key.Key_Left, 2),
        (Qt.Key.Key_Backspace, 1),
        (Qt.Key.Key_PageUp, 0),
        (Qt.Key.Key_Left, 0),  # the first slide stays first
        (Qt.Key.Key_End, len(show.slides) - 1),
        (Qt.Key.Key_Right, len(show.slides) - 1),
        (Qt.Key.Key_Home, 0),
    ]
    for key, index in steps:
        qtbot.keyClick(show, key)
        assert show.index == index
        assert show.current().title == _titles(show)[index]
    qtbot.keyClick(show, Qt.Key.Key_Right)
    assert show.current().title == "Overview by focus area"
    assert show.counter_text() == f"2 / {len(show.slides)}"


def test_number_keys_jump_to_a_group(show, qtbot) -> None:
    qtbot.keyClick(show, Qt.Key.Key_3)
    slide = show.current()
    assert slide.title == "Elements and targets"
    assert slide.kicker.startswith("Kelompok 3 · Focus area 3")
    assert show.slides[show.index - 1].group == 1  # the slide before is group 2's
    qtbot.keyClick(show, Qt.Key.Key_1)
    assert show.current().kicker.startswith("Kelompok 1 · ")
    before = show.index
    qtbot.keyClick(show, Qt.Key.Key_9)  # there is no group 9
    assert show.index == before


def test_long_lists_run_over_numbered_slides(show, demo_data) -> None:
    group2 = demo_data.groups[1]
    slides = [s for s in show.slides if s.group == 1 and s.kind == "programs"]
    chosen = [r.title for r in group2.ranking if r.priority]
    pages = -(-len(chosen) // PROGRAM_ROWS)
    assert [s.part for s in slides] == [f"{n}/{pages}" for n in range(1, pages + 1)]
    assert all(s.title == "Priority programs" for s in slides)
    assert [r.text for s in slides for r in s.rows] == chosen  # all of them, in rank order


def test_type_is_large_at_1080p_and_scales_with_the_height(show, qtbot) -> None:
    assert show.body_pixel_size() >= 40
    assert TITLE_PX > BODY_PX
    show.resize(1280, 720)
    assert show.body_pixel_size() == round(BODY_PX * 720 / 1080)
    show.resize(3840, 2160)
    assert show.body_pixel_size() == 2 * BODY_PX


def test_every_slide_paints(show) -> None:
    show.resize(960, 540)
    for index in range(len(show.slides)):
        show.go(index)
        image = show.grab().toImage()
        corner, middle = image.pixelColor(5, 5), image.pixelColor(480, 270)
        assert corner.name() == "#ffffff"  # the calm white paper
        assert not image.isNull() and middle.isValid()


def test_f11_toggles_full_screen_and_esc_leaves(show, qtbot) -> None:
    qtbot.keyClick(show, Qt.Key.Key_F11)
    assert show.isFullScreen()
    qtbot.keyClick(show, Qt.Key.Key_F11)
    assert not show.isFullScreen()
    qtbot.keyClick(show, Qt.Key.Key_Escape)
    assert not show.isVisible()


def test_present_goes_full_screen_on_the_other_screen(show, monkeypatch) -> None:
    show.hide()
    other = QGuiApplication.primaryScreen()
    monkeypatch.setattr(show, "_other_screen", lambda: other)
    show.present()
    assert show.isFullScreen() and show.screen() == other


def test_an_empty_workshop_says_what_is_missing(qtbot, workshop) -> None:
    window = PresentationWindow(build_slides(gather(workshop, lang="en")))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    notes = {(s.kind, s.note) for s in window.slides if s.group == 0}
    assert ("elements", "The group has chosen no elements.") in notes
    assert ("criteria", "The group has agreed no criteria.") in notes
    assert ("programs", "The group has no candidate programs yet.") in notes
    assert ("votes", "No dots have been given yet.") in notes
    assert window.slides[-1].note == "No program was prioritised by more than one group."
    for index in range(len(window.slides)):
        window.go(index)
        assert not window.grab().isNull()


def test_a_group_with_decisions_out_of_date_says_so_on_its_slides(workshop) -> None:
    from jakres_desk.core.services import decisions, groups, participants, programs, votes
    from jakres_desk.core.services import workshops as rules

    f = workshop
    rules.set_rules(f, ranking_method="dots", priority_rule="top_n", top_n=1)
    g = groups.find_group(f, "Kelompok 1")
    ani, budi = (
        participants.add_participant(f, name=n, group_id=g.id, present=True)
        for n in ("Ani", "Budi")
    )
    kios, sumur = (
        programs.add_room_program(f, group_id=g.id, title=t, agency="DLH")
        for t in ("Kios air", "Sumur resapan")
    )
    votes.set_dots(f, candidate_id=kios.id, participant_id=ani.id, count=1)
    decisions.apply_rule(f, group_id=g.id)
    votes.set_dots(f, candidate_id=sumur.id, participant_id=budi.id, count=2)  # late votes
    slides = build_slides(gather(f, lang="en", group_id=g.id))
    [chosen] = [s for s in slides if s.kind == "programs"]
    assert chosen.note == "⚠ 2 decisions were taken before the latest votes: apply the rule again."
    assert [(r.text, r.detail) for r in chosen.rows] == [
        ("Kios air", "DLH · ⚠ decision out of date")
    ]
