"""Exports remembered in the file: recording one is no change; any change of a record is."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import update

from jakres_desk.core.services import exports, groups, participants
from jakres_desk.store.db import JakresFile
from jakres_desk.store.models import Participant
from jakres_desk.store.snapshot import write_snapshot


def _export(f: JakresFile, tmp_path: Path, name: str = "k3.jakres") -> exports.ExportRecord:
    return exports.record_export(f, write_snapshot(f, tmp_path / name))


def test_a_new_file_has_no_export(workshop: JakresFile) -> None:
    state = exports.export_state(workshop)
    assert (state.last, state.changed) == (None, False)


def test_recording_an_export_is_not_a_change(workshop: JakresFile, tmp_path: Path) -> None:
    heard = []
    workshop.listeners.append(heard.append)
    record = _export(workshop, tmp_path)
    state = exports.export_state(workshop)
    assert state.last == record and not state.changed
    assert record.path == str(tmp_path / "k3.jakres") and len(record.sha256) == 64
    assert record.newest == state.newest
    assert [c.tables for c in heard] == [frozenset({"meta"})]  # no record of the results


def test_an_edit_an_addition_and_a_deletion_each_count(workshop: JakresFile, tmp_path) -> None:
    g = groups.find_group(workshop, "Kelompok 3")
    person = participants.add_participant(workshop, name="Ani", group_id=g.id)
    _export(workshop, tmp_path)
    participants.set_present(workshop, person.id, True)
    assert exports.export_state(workshop).changed
    _export(workshop, tmp_path, "again.jakres")
    participants.remove_participant(workshop, person.id)
    assert exports.export_state(workshop).changed


def test_a_merged_record_stamped_before_the_export_counts(workshop: JakresFile, tmp_path) -> None:
    g = groups.find_group(workshop, "Kelompok 3")
    person = participants.add_participant(workshop, name="Ani", group_id=g.id)
    record = _export(workshop, tmp_path)
    with workshop.write(preserve_stamps=True) as s:  # as a merge writes an older copy
        s.execute(
            update(Participant)
            .where(Participant.id == person.id)
            .values(name="Ani L", modified_at="2018-09-26T08:00:00.000000+00:00")
        )
    state = exports.export_state(workshop)
    assert state.changed and state.newest <= record.newest  # no newer stamp, yet changed


def test_the_list_keeps_the_newest_exports(workshop: JakresFile, tmp_path: Path) -> None:
    for n in range(exports.KEEP + 2):
        _export(workshop, tmp_path, f"k{n}.jakres")
    kept = exports.exports(workshop)
    assert len(kept) == exports.KEEP and kept[-1].path.endswith(f"k{exports.KEEP + 1}.jakres")
