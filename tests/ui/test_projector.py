"""The projector window: large type, the step, the timer and the results, tally hidden."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from jakres_desk.core.services import decisions, groups, participants, programs, votes, workshops
from jakres_desk.ui.projector import OVER, ProjectorWindow, make_tally_action
from jakres_desk.ui.projector_board import CUTOFF, RULE, STALE, font


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


# --- the tally as bars, the rule's line, the time-up banner ------------------------------

LONG = "Pembangunan Instalasi Pengolahan Air Limbah Komunal di Permukiman Padat Jakarta Utara"


@pytest.fixture
def voted(app):
    """Group 3 ranked by dots, top 2 by the rule: four people and 25 candidates with dots."""
    f, gid = app.session.file, app.session.group_id
    workshops.set_rules(f, ranking_method="dots", priority_rule="top_n", top_n=2)
    people = [participants.add_participant(f, name=n, group_id=gid, present=True)
              for n in ("Ani", "Budi", "Citra", "Dodi")]
    titles = ["Kios air", "Sumur resapan", "IPAL komunal", *(f"{LONG} {n}" for n in range(22))]
    cands = [programs.add_room_program(f, group_id=gid, title=t) for t in titles]
    for person, n in zip(people, (2, 2, 1, 0), strict=True):  # Kios 5, Sumur 3, IPAL 1
        if n:
            votes.set_dots(f, candidate_id=cands[0].id, participant_id=person.id, count=n)
    for person in people[:2]:
        votes.set_dots(f, candidate_id=cands[1].id, participant_id=person.id, count=1)
    votes.set_dots(f, candidate_id=cands[1].id, participant_id=people[3].id, count=1)
    votes.set_dots(f, candidate_id=cands[2].id, participant_id=people[2].id, count=1)
    return {"f": f, "gid": gid, "people": people, "cands": cands}


def _tally(app, projector, qtbot, size=(1920, 1080)):
    app.window.go_to_step(4)
    projector.resize(*size)
    projector.activateWindow()
    qtbot.waitUntil(projector.isActiveWindow)
    qtbot.keyClick(projector, Qt.Key.Key_T)  # what the facilitator presses
    QApplication.processEvents()
    return projector.body.plan()


def _pieces(plan, kind):
    return [p for p in plan.pieces if p.kind == kind]


def _dot_bars(plan):
    """The bars of the dots column, best first (ranked by dots: the first column)."""
    bars = _pieces(plan, "bar")
    return [b for b in bars if b.rect.left() == bars[0].rect.left()]


def test_the_tally_is_drawn_as_bars_with_the_top_n_cut(app, projector, qtbot, voted) -> None:
    plan = _tally(app, projector, qtbot)
    chart = projector.chart
    assert [r.title for r in chart.rows[:3]] == ["Kios air", "Sumur resapan", "IPAL komunal"]
    assert [(r.rank, r.mark, r.dots) for r in chart.rows[:3]] == [("1.", "★", 5),
                                                                    ("2.", "★", 3),
                                                                    ("3.", "", 1)]
    texts = plan.texts()
    assert texts[0] == "Priority: top 2 by dots · red dashed line: the cut-off"
    bars = _dot_bars(plan)
    kios, sumur, ipal = bars[:3]
    assert kios.rect.width() > sumur.rect.width() > ipal.rect.width() > 0
    (cut,) = _pieces(plan, "hline")
    assert cut.color == RULE
    row_tops = sorted({round(b.rect.top()) for b in bars})
    assert row_tops[1] < cut.rect.center().y() < row_tops[2]  # under the second program
    assert not projector.footer.isVisible()  # "the tally stays hidden" is gone
    legend = texts[-2]  # then "… and n more"
    assert legend == "★ priority   = tied with another program"  # the 0-dot programs tie
    assert not any("⚠" in t or "orange" in t for t in texts)


def test_the_threshold_is_a_line_across_the_ranking_column(app, projector, qtbot, voted) -> None:
    workshops.set_rules(voted["f"], priority_rule="threshold", threshold=3, top_n=None)
    plan = _tally(app, projector, qtbot)
    (line,) = _pieces(plan, "vline")
    kios_bar, sumur_bar = _dot_bars(plan)[:2]
    assert sumur_bar.rect.right() == pytest.approx(line.rect.center().x())  # 3 dots, on the line
    assert kios_bar.rect.right() > line.rect.center().x()
    assert not _pieces(plan, "hline")
    assert plan.texts()[0] == "Priority: 3 dots or more · red dashed line: the threshold"


def test_stale_decisions_and_ties_are_marked_as_in_step_4(app, projector, qtbot, voted) -> None:
    f, (ani, budi, citra, dodi), cands = voted["f"], voted["people"], voted["cands"]
    decisions.apply_rule(f, group_id=voted["gid"])  # Kios air and Sumur resapan
    for person in (budi, dodi):  # IPAL komunal: 3 dots from 3 people, as Sumur resapan
        votes.set_dots(f, candidate_id=cands[2].id, participant_id=person.id, count=1)
    plan = _tally(app, projector, qtbot)
    rows = {r.title: r for r in projector.chart.rows}
    assert rows["Kios air"].mark == "★" and not rows["Kios air"].stale
    assert rows["Sumur resapan"].rank == rows["IPAL komunal"].rank == "2="
    assert rows["Sumur resapan"].tie_at_cutoff and rows["Sumur resapan"].mark == ""
    assert len([b for b in _pieces(plan, "band") if b.color == CUTOFF]) == 2
    assert "orange: tied across the cut-off, the facilitator decides" in plan.texts()[-2]
    votes.set_dots(f, candidate_id=cands[2].id, participant_id=budi.id, count=0)  # no tie
    for person, n in ((dodi, 2), (citra, 1), (ani, 1)):  # a late program with 4 dots
        votes.set_dots(f, candidate_id=cands[3].id, participant_id=person.id, count=n)
    projector.refresh()  # a late program overtakes Sumur resapan: its decision is stale
    rows = {r.title: r for r in projector.chart.rows}
    assert rows["Sumur resapan"].stale and rows["Sumur resapan"].mark == "⚠"
    stale = [p for p in projector.body.plan().pieces if p.text == "⚠"]
    assert stale and stale[0].color == STALE
    legend = next(t for t in projector.body.plan().texts() if t.startswith("★ priority"))
    assert "⚠ decided before the latest votes: not final" in legend


@pytest.mark.parametrize("size", [(1920, 1080), (1024, 768)])
def test_the_bars_fit_the_window_in_large_type(app, projector, qtbot, voted, size) -> None:
    width, height = size
    plan = _tally(app, projector, qtbot, size)
    assert projector.size().toTuple() == size
    body_px = projector.body.font().pixelSize()
    assert body_px >= round(28 * height / 1080)
    window = QRectF(projector.rect())
    for label in (projector.context, projector.step, projector.clock, projector.footer,
                  projector.body):
        assert window.contains(QRectF(label.geometry())), label.objectName()
    clock = QFontMetricsF(projector.clock.font()).horizontalAdvance(projector.clock.text())
    assert clock <= projector.clock.contentsRect().width()
    board = QRectF(projector.body.rect()).adjusted(-0.5, -0.5, 0.5, 0.5)
    for piece in plan.pieces:
        assert board.contains(piece.rect), (piece.kind, piece.text, piece.rect)
        if piece.kind == "text":  # cut with "…" if at all, never clipped by its box
            metrics = QFontMetricsF(font(piece.px, piece.bold))
            assert metrics.horizontalAdvance(piece.text) <= piece.rect.width() + 0.5, piece.text
            assert metrics.height() <= piece.rect.height() + 0.5, piece.text
    titles = [p for p in plan.pieces if p.kind == "text" and p.text.startswith("Pembangunan")]
    assert titles and all("…" in p.text for p in titles)  # long titles cut in the middle
    assert all(re.search(r"Utara \d+$", p.text) for p in titles)  # the ends tell them apart
    assert all(p.px == body_px for p in titles)
    assert plan.hidden and plan.texts()[-1] == f"… and {plan.hidden} more"
    shown = len(projector.chart.rows) - plan.hidden
    assert shown >= 10  # the top ten at least, as the text tally listed them


def test_time_up_shows_once_the_timebox_runs_out(app, projector) -> None:
    box = app.window.timebox
    now = [0]
    box._now = lambda: now[0]  # a clock moved by hand
    app.window.go_to_step(0)
    box.reset(10)
    box.start()
    now[0] = 9 * 60_000 + 59_000
    box.tick.emit()
    assert projector.clock.text() == "00:01" and projector.banner.isHidden()
    now[0] = 10 * 60_000 + 5_000
    box.tick.emit()
    assert projector.banner.isVisible() and projector.banner.text() == "Time is up"
    assert _clock_color(projector) == OVER
    window = projector.rect()
    assert window.contains(projector.banner.geometry())
    box.extend(5)  # five more minutes: the room is back on time
    assert projector.banner.isHidden() and _clock_color(projector) != OVER
    box.pause()


def test_time_up_speaks_indonesian(app, qtbot) -> None:
    app.switch_language("id")
    qtbot.waitUntil(lambda: app.window is not None and app.window.lang == "id")
    try:
        app.window.show_projector()
        projector = app.window.projector
        qtbot.addWidget(projector)
        box = app.window.timebox
        now = [0]
        box._now = lambda: now[0]
        box.reset(1)
        box.start()
        now[0] = 61_000
        box.tick.emit()
        assert projector.banner.isVisible() and projector.banner.text() == "Waktu habis"
        box.pause()
    finally:
        from jakres_desk.ui import i18n

        i18n.install("en")
