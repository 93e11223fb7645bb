"""Step 5: the group's summary with its gaps, and the checked export to a USB stick."""

from __future__ import annotations

import errno
import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from jakres_desk.base.errors import FileProblem
from jakres_desk.core.services import (
    criteria,
    decisions,
    elements,
    exports,
    groups,
    participants,
    programs,
    votes,
    voting,
    workshops,
)
from jakres_desk.store.db import open_file
from jakres_desk.ui import settings
from jakres_desk.ui.pages.votes import clock_time
from tests.conftest import DEVICE


def _page(app):
    app.window.go_to_step(5)
    return app.window.current_page()


def _fill(f, gid) -> None:
    """A group that did everything: people, element and target, criteria, votes, a priority."""
    person = participants.add_participant(f, name="Siti Rahmawati", group_id=gid)
    participants.set_present(f, person.id, True)
    participants.add_participant(f, name="Budi Santoso", group_id=gid)
    element = elements.add_element(f, group_id=gid, custom_title="Air bersih")
    elements.add_target(f, element_id=element.id, statement="Semua warga mendapat air")
    crit = criteria.add_criterion(f, group_id=gid, name="Dampak")
    groups.set_criteria_locked(f, group_id=gid, locked=True)
    cand = programs.add_room_program(f, group_id=gid, title="Kios air")
    votes.set_dots(f, candidate_id=cand.id, participant_id=person.id, count=2)
    votes.set_score(f, candidate_id=cand.id, criterion_id=crit.id, value=4)
    decisions.override(f, candidate_id=cand.id, is_priority=True, reason="Disepakati")
    groups.update_group(f, gid, rationale="air bersih untuk semua")


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def _export_to(page, qtbot, dest: Path, monkeypatch, *, replace: bool = True) -> None:
    monkeypatch.setattr(page, "choose_destination", lambda: dest)
    monkeypatch.setattr(page, "confirm_overwrite", lambda _dest: replace)
    page.export_button.setFocus()
    qtbot.keyClick(page.export_button, Qt.Key.Key_Space)


def test_a_fresh_group_lists_every_gap(app) -> None:
    page = _page(app)
    text = "\n".join(page.gaps())
    for gap in (
        "Nobody is checked in",
        "No resilience element",
        "No criteria agreed",
        "No candidate programs",
        "No votes recorded",
        "No priority decided yet: apply the rule in step 4.",
    ):
        assert gap in text
    assert page.values["present"].text() == "0 of 0"


def test_summary_counts_what_the_file_holds(app) -> None:
    f, gid = app.session.file, app.session.group_id
    _fill(f, gid)
    closed = voting.close_voting(f, group_id=gid)
    page = _page(app)
    shown = {key: label.text() for key, label in page.values.items()}
    assert shown == {
        "present": "1 of 2",
        "elements": "1",
        "targets": "1",
        "criteria": "1 (locked)",
        "candidates": "1",
        "priority_programs": "1",
        "dot_votes": "2",
        "scores": "1",
        "voting": f"closed at {clock_time(closed.voting_closed_at or '')}",
    }
    assert page.gaps() == []
    assert page.priorities.stringList() == ["Kios air"]
    assert "Kelompok 3" in page.heading.text()


def test_open_voting_is_named_once_votes_are_in(app) -> None:
    f, gid = app.session.file, app.session.group_id
    _fill(f, gid)
    page = _page(app)
    assert page.values["voting"].text() == "open"
    assert "Voting is still open: close it in step 4" in "\n".join(page.gaps())
    voting.close_voting(f, group_id=gid)
    page.refresh()
    assert page.values["voting"].text().startswith("closed at ") and page.gaps() == []


def test_unlocked_criteria_and_bare_elements_are_named(app) -> None:
    f, gid = app.session.file, app.session.group_id
    page = _page(app)
    criteria.add_criterion(f, group_id=gid, name="Biaya")
    elements.add_element(f, group_id=gid, custom_title="Sampah")
    assert "Criteria not locked: lock them in step 2." in page.gaps()  # refreshed by the change
    assert "Elements without a target: 1. Set their targets in step 1." in page.gaps()
    assert page.values["criteria"].text() == "1 (not locked)"


def test_export_writes_a_checked_copy_and_shows_it(app, qtbot, usb, monkeypatch) -> None:
    f, gid = app.session.file, app.session.group_id
    _fill(f, gid)
    page = _page(app)
    live_before = f.path.stat().st_mtime_ns
    dest = usb / page.default_name()
    _export_to(page, qtbot, dest, monkeypatch)
    assert dest.name == "kelompok-3-results-2018-09-26.jakres"
    digest = hashlib.sha256(dest.read_bytes()).hexdigest()
    assert page.result.isVisible() and not page.error.isVisible()
    assert page.result_fields["path"].text() == str(dest)
    assert page.result_fields["sha256"].text() == digest
    assert "kB" in page.result_fields["size"].text()
    assert "participants: 2" in page.result_fields["records"].text()
    assert settings.export_folder() == usb
    assert f.path.stat().st_mtime_ns == live_before  # the live file was read, not touched
    assert page.projector_lines()[0] == f"Results exported: {dest.name}"
    with open_file(dest, device_id=DEVICE) as copy:
        names = sorted(p.name for p in participants.list_participants(copy, gid))
    assert names == ["Budi Santoso", "Siti Rahmawati"]


def test_a_name_without_suffix_gets_one(app, qtbot, usb, monkeypatch) -> None:
    page = _page(app)
    _export_to(page, qtbot, usb / "hasil", monkeypatch)
    assert [p.name for p in usb.iterdir()] == ["hasil.jakres"]


def test_an_existing_file_is_replaced_only_when_confirmed(app, qtbot, usb, monkeypatch) -> None:
    page = _page(app)
    dest = usb / "k3.jakres"
    dest.write_bytes(b"an older export")
    _export_to(page, qtbot, dest, monkeypatch, replace=False)
    assert dest.read_bytes() == b"an older export"
    assert not page.result.isVisible()
    _export_to(page, qtbot, dest, monkeypatch, replace=True)
    assert dest.read_bytes()[:16] == b"SQLite format 3\x00"
    assert page.result_fields["sha256"].text() == hashlib.sha256(dest.read_bytes()).hexdigest()


def test_a_missing_folder_is_explained_on_the_page(app, qtbot, tmp_path, monkeypatch) -> None:
    page = _page(app)
    _export_to(page, qtbot, tmp_path / "stick-gone" / "k3.jakres", monkeypatch)
    assert page.error.isVisible()
    assert "folder does not exist" in page.error.text()
    assert "the file on this laptop is unchanged" in page.error.text()
    assert not page.result.isVisible()


def test_the_open_file_is_never_overwritten(app, qtbot, monkeypatch) -> None:
    f = app.session.file
    page = _page(app)
    before = f.path.read_bytes()
    _export_to(page, qtbot, f.path, monkeypatch)
    assert "cannot overwrite the file that is open" in page.error.text()
    assert f.path.read_bytes() == before


@pytest.mark.parametrize(
    "failure, shown",
    [
        (FileProblem("disk_full", where="/media/usb"), "the disk is full"),
        (OSError(errno.EIO, "Input/output error"), "cannot be written (Input/output error)"),
    ],
)
def test_write_failures_are_shown_not_raised(app, qtbot, usb, monkeypatch, failure, shown) -> None:
    from jakres_desk.store import snapshot

    def fail(*_args, **_kw):
        raise failure

    page = _page(app)
    monkeypatch.setattr(snapshot, "write_snapshot", fail)
    _export_to(page, qtbot, usb / "k3.jakres", monkeypatch)
    assert shown in page.error.text()
    assert list(usb.iterdir()) == []


def test_a_change_after_export_asks_for_a_new_one(app, qtbot, usb, monkeypatch) -> None:
    f, gid = app.session.file, app.session.group_id
    page = _page(app)
    _export_to(page, qtbot, usb / "k3.jakres", monkeypatch)
    assert not page.stale_note.isVisible()
    participants.add_participant(f, name="Late Arrival", group_id=gid)
    assert page.stale_note.isVisible()
    assert not page.projector_lines()[0].startswith("Results exported")


def test_the_dialog_starts_in_the_last_folder_with_the_default_name(app, usb, monkeypatch) -> None:
    from jakres_desk.ui.pages import finish

    seen = {}

    def fake_dialog(_parent, _caption, start, _filter, **_kw):
        seen["start"] = start
        return "", ""

    settings.set_export_folder(usb)
    monkeypatch.setattr(finish.QFileDialog, "getSaveFileName", fake_dialog)
    page = _page(app)
    assert page.choose_destination() is None  # cancelled: nothing happens
    assert seen["start"] == str(usb / "kelompok-3-results-2018-09-26.jakres")


def test_changes_on_other_steps_show_when_finish_opens(app) -> None:
    f, gid = app.session.file, app.session.group_id
    page = _page(app)
    app.window.go_to_step(0)
    person = participants.add_participant(f, name="Siti Rahmawati", group_id=gid)
    participants.set_present(f, person.id, True)
    app.window.go_to_step(5)
    assert page.values["present"].text() == "1 of 1"
    assert not any("Nobody is checked in" in gap for gap in page.gaps())
    assert page.export_button.hasFocus()  # Space exports straight away


@pytest.mark.parametrize(("lang", "mark"), [("id", ","), ("en", ".")])
def test_the_exported_size_uses_the_languages_decimal_mark(
    app, qtbot, usb, monkeypatch, lang, mark
) -> None:
    from jakres_desk.base import i18n

    i18n.set_language(lang)
    f, gid = app.session.file, app.session.group_id
    _fill(f, gid)
    page = _page(app)
    dest = usb / page.default_name()
    _export_to(page, qtbot, dest, monkeypatch)
    size = page.result_fields["size"].text()
    number = size.split()[0]
    assert size.endswith("kB") and number[-2] == mark, size  # "196,0 kB" or "196.0 kB"


def test_stale_decisions_and_undecided_ties_are_named(app) -> None:
    f, gid = app.session.file, app.session.group_id
    workshops.set_rules(f, ranking_method="dots", priority_rule="top_n", top_n=1)
    ani, budi, citra = (participants.add_participant(f, name=n, group_id=gid, present=True)
                        for n in ("Ani", "Budi", "Citra"))
    kios, sumur, _ = (programs.add_room_program(f, group_id=gid, title=t)
                      for t in ("Kios air", "Sumur resapan", "IPAL komunal"))
    votes.set_dots(f, candidate_id=kios.id, participant_id=ani.id, count=2)
    decisions.apply_rule(f, group_id=gid)  # Kios air, the top 1
    page = _page(app)
    assert not any("latest votes" in gap or "Tied" in gap for gap in page.gaps())
    votes.set_dots(f, candidate_id=sumur.id, participant_id=budi.id, count=2)  # late votes
    votes.set_dots(f, candidate_id=sumur.id, participant_id=citra.id, count=1)
    page.refresh()
    assert ("Decided before the latest votes, no longer what the rule says: Sumur resapan, "
            "Kios air. Apply the rule again in step 4.") in page.gaps()
    votes.set_dots(f, candidate_id=sumur.id, participant_id=citra.id, count=0)  # 2 dots each
    page.refresh()
    gaps = page.gaps()
    assert not any("latest votes" in gap for gap in gaps)
    assert ("Tied across the cut-off, not decided yet: Kios air, Sumur resapan. Decide each "
            "one in step 4.") in gaps


def test_a_tie_of_many_programs_names_a_few_and_counts_the_rest(app) -> None:
    # 500 candidates before any vote all tie across the cut-off: the line named all
    # 500 titles, a wall of text that took most of the step's first showing to lay out.
    f, gid = app.session.file, app.session.group_id
    workshops.set_rules(f, ranking_method="dots", priority_rule="top_n", top_n=3)
    titles = [f"Program {i:02d}" for i in range(40)]
    for title in titles:
        programs.add_room_program(f, group_id=gid, title=title)
    app.window.go_to_step(5)
    page = app.window.current_page()
    [tie] = [gap for gap in page.gaps() if gap.startswith("Tied")]
    assert tie == ("Tied across the cut-off, not decided yet: " + ", ".join(titles[:6])
                   + " and 34 more. Decide each one in step 4.")
    QApplication.processEvents()  # a row added to a shown layout shows itself next
    shown = [label.text() for label in page.findChildren(QLabel) if label.isVisible()]
    assert tie in shown


def _rationale_typed(app, qtbot, text: str) -> None:
    """Type the group's rationale in step 4 and commit it with Ctrl+Return, as a person does."""
    from jakres_desk.ui.pages.votes import TAB_PRIORITY

    app.window.go_to_step(4)
    page = app.window.current_page()
    page.tabs.setCurrentIndex(TAB_PRIORITY)
    editor = page.priority.rationale
    editor.setFocus()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_the_export_is_remembered_in_the_file_and_a_later_change_is_named(
    app, qtbot, usb, monkeypatch
) -> None:
    # Issue 11.10: reopening the file forgot the export and whether anything changed since.
    f, gid = app.session.file, app.session.group_id
    _fill(f, gid)
    path = f.path
    page = _page(app)
    dest = usb / page.default_name()
    _export_to(page, qtbot, dest, monkeypatch)
    digest = hashlib.sha256(dest.read_bytes()).hexdigest()
    assert not page.stale_note.isVisible()  # recording the export is no change of the results
    assert app.window.open_path(path)  # close and reopen
    page = _page(app)
    assert page.result.isVisible() and page.result.title() == "Last export"
    assert page.result_fields["path"].text() == str(dest)
    assert page.result_fields["sha256"].text() == digest
    assert page.result_fields["time"].text()  # when, in this computer's time
    assert not page.stale_note.isVisible()
    assert page.projector_lines()[0] == f"Results exported: {dest.name}"
    _rationale_typed(app, qtbot, "karena air bersih")
    page = _page(app)
    assert page.stale_note.isVisible()
    assert page.stale_note.text().startswith("Changed since the last export (latest change ")
    assert app.window.open_path(path)  # still known after another reopening
    page = _page(app)
    assert page.result_fields["sha256"].text() == digest and page.stale_note.isVisible()
    _export_to(page, qtbot, dest, monkeypatch)
    assert not page.stale_note.isVisible()
    assert [e.sha256 for e in exports.exports(app.session.file)][0] == digest
    assert len(exports.exports(app.session.file)) == 2
    app.session.close()


def test_the_checklist_names_unscored_cells_and_an_empty_rationale(app, qtbot) -> None:
    # Issue 11.1 and 11.11: the cells still to score, program × criterion, and the rationale.
    from jakres_desk.ui.pages.votes import TAB_SCORES

    f, gid = app.session.file, app.session.group_id
    for name in ("Dampak", "Biaya"):
        criteria.add_criterion(f, group_id=gid, name=name)
    groups.set_criteria_locked(f, group_id=gid, locked=True)
    for title in ("Kios air", "Sumur resapan"):
        programs.add_room_program(f, group_id=gid, title=title)
    app.window.go_to_step(4)
    step = app.window.current_page()
    step.tabs.setCurrentIndex(TAB_SCORES)
    grid = step.scores
    grid.view.setFocus()
    grid.view.setCurrentIndex(grid.finder.index(0, 0))  # Kios air × Dampak
    qtbot.keyClick(grid.view, "4")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    QApplication.processEvents()
    page = _page(app)
    gaps = page.gaps()
    assert (
        "Not scored yet, 3 cells (program × criterion): Kios air × Biaya, Sumur resapan × Dampak, "
        "Sumur resapan × Biaya. Score them in step 4. Until then those programs are not "
        "ranked by score and the rule does not make them priorities."
    ) in gaps
    assert any(g.startswith("The group's rationale is empty") for g in gaps)
    _rationale_typed(app, qtbot, "karena air bersih")
    page = _page(app)
    assert not any(g.startswith("The group's rationale is empty") for g in page.gaps())


def test_dot_vote_entries_and_dots_are_named_so_they_do_not_read_as_a_mismatch(
    app, qtbot, usb, monkeypatch
) -> None:
    # Issue 11.11: "44 dot votes" beside "70 dots placed" read as a mismatch.
    f, gid = app.session.file, app.session.group_id
    _fill(f, gid)  # one entry of 2 dots
    page = _page(app)
    _export_to(page, qtbot, usb / "k3.jakres", monkeypatch)
    assert "dot-vote entries: 1 (2 dots)" in page.result_fields["records"].text()
    assert page.values["dot_votes"].text() == "2"
