"""The setup desk's core: one check of the voting rules on every path, like-last, readiness."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jakres_desk.base.errors import ValidationError
from jakres_desk.cli import main
from jakres_desk.core.exchange.jsonfile import dumps, export_data, load_json
from jakres_desk.core.services import framework, groups, participants, programs, workshops
from jakres_desk.core.setup.like_last import create_like
from jakres_desk.core.setup.readiness import readiness
from jakres_desk.store.db import JakresFile
from tests.conftest import DEVICE

IMPOSSIBLE = [
    ({"threshold": 9.0}, "threshold"),  # 9 on a 1–5 scale: the reported defect
    ({"priority_rule": "top_n", "top_n": 0}, "top_n"),
    ({"dots_per_participant": 0}, "dots_per_participant"),
    ({"max_dots_per_candidate": -1}, "max_dots_per_candidate"),
    ({"score_min": 5, "score_max": 1, "threshold": 3.0}, "score_max"),
]


def _edited_export(f: JakresFile, tmp_path: Path, changes: dict[str, object]) -> Path:
    data = json.loads(dumps(export_data(f)))
    data["workshop"].update(changes)
    src = tmp_path / "edited.json"
    src.write_text(json.dumps(data), encoding="utf-8")
    return src


@pytest.mark.parametrize(("changes", "field"), IMPOSSIBLE)
def test_every_path_refuses_with_the_same_message(
    workshop: JakresFile, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    changes: dict[str, object], field: str,
) -> None:  # fmt: skip
    with pytest.raises(ValidationError) as screen:
        workshops.set_rules(workshop, **changes)
    assert screen.value.field == field
    said = screen.value.bare_message("en")
    src = _edited_export(workshop, tmp_path, changes)
    with pytest.raises(ValidationError) as loaded:
        load_json(src, tmp_path / "out.jakres", device_id=DEVICE)
    assert loaded.value.bare_message("en") == said
    assert loaded.value.bare_message("id") == screen.value.bare_message("id")
    assert f"$.workshop.{field}" in loaded.value.message("en")
    assert not (tmp_path / "out.jakres").exists()
    code = main(["--lang", "en", "load", str(src), "-o", str(tmp_path / "cli.jakres")])
    assert code == 1
    assert said in capsys.readouterr().err
    assert workshops.get_workshop(workshop).threshold == 3.5  # the screen wrote nothing


def test_threshold_outside_the_scale_names_it(workshop: JakresFile) -> None:
    with pytest.raises(ValidationError) as exc:
        workshops.set_rules(workshop, threshold=9)
    assert exc.value.bare_message("en") == (
        "the threshold 9 lies outside the score scale 1–5: no program could reach it"
    )


def _used(f: JakresFile) -> None:
    g = groups.find_group(f, "Kelompok 1")
    groups.update_group(f, g.id, facilitator="Bu Sari", room="R. 201", notes="catatan rapat")
    participants.add_participant(f, name="Budi", group_id=g.id)
    prog = programs.add_program(f, title="Sumur Resapan", agency="Dinas SDA", focus_areas=[1])
    programs.add_candidate(f, group_id=g.id, program_id=prog.id)
    programs.add_room_program(f, group_id=g.id, title="Program ruang")
    workshops.set_rules(f, ranking_method="dots", priority_rule="top_n", top_n=3)


def test_like_last_copies_the_setup_not_the_people_or_results(
    workshop: JakresFile, tmp_path: Path
) -> None:
    _used(workshop)
    new = create_like(tmp_path / "final.jakres", workshop, device_id=DEVICE,
                      title="Lokakarya Final", date="2018-12-01")  # fmt: skip
    try:
        ws, old = workshops.get_workshop(new), workshops.get_workshop(workshop)
        assert (ws.title, ws.date, ws.venue) == ("Lokakarya Final", "2018-12-01", old.venue)
        assert ws.id != old.id
        assert (ws.ranking_method, ws.priority_rule, ws.top_n) == ("dots", "top_n", 3)
        g = groups.find_group(new, "Kelompok 1")
        assert (g.facilitator, g.room, g.notes) == ("Bu Sari", "R. 201", "")
        assert [p.title for p in programs.list_programs(new)] == ["Sumur Resapan"]
        assert participants.list_participants(new) == []
        assert programs.list_candidates(new, g.id) == []
        fas = workshops.focus_areas(new)
        assert [fa.goal_ids for fa in fas] == [
            fa.goal_ids for fa in workshops.focus_areas(workshop)
        ]
        assert framework.suggested_criteria(new, g.id)
    finally:
        new.close()


def test_like_last_on_the_command_line(
    workshop: JakresFile, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _used(workshop)
    out = tmp_path / "final.jakres"
    code = main(["new", str(out), "--like", str(workshop.path), "--title", "Final",
                 "--date", "2018-12-01"])  # fmt: skip
    assert code == 0
    assert capsys.readouterr().out.strip() == str(out)
    code = main(["--lang", "en", "info", str(out), "--json"])
    info = json.loads(capsys.readouterr().out)
    assert info["workshop"]["title"] == "Final"
    assert sum(g["participants"] for g in info["groups"]) == 0


def test_readiness_names_each_finding_and_its_page(workshop: JakresFile) -> None:
    keys = {(x.key, x.page) for x in readiness(workshop)}
    assert ("ready_no_facilitator", "focus") in keys
    assert ("ready_group_without_people", "people") in keys
    assert ("ready_no_catalogue", "catalogue") in keys
    participants.add_participant(workshop, name="Tanpa Kelompok")
    found = {x.key: x for x in readiness(workshop)}
    assert found["ready_people_without_group"].page == "people"
    assert "Tanpa Kelompok" in found["ready_people_without_group"].text("en")
    fa = workshops.focus_areas(workshop)[0]
    framework.set_suggested_criteria(workshop, focus_area_id=fa.id, criteria=[])
    framework.set_focus_area_goals(workshop, focus_area_id=fa.id, goal_ids=[])
    keys = {(x.key, x.subject) for x in readiness(workshop)}
    assert ("ready_focus_no_criteria", fa.id) in keys
    assert ("ready_focus_no_goals", fa.id) in keys


def test_readiness_finds_a_rule_that_can_make_no_priority(workshop: JakresFile) -> None:
    g = groups.find_group(workshop, "Kelompok 1")
    for name in ("A", "B"):
        participants.add_participant(workshop, name=name, group_id=g.id)
    workshops.set_rules(workshop, ranking_method="dots", priority_rule="threshold",
                        threshold=4, max_dots_per_candidate=2)  # fmt: skip
    assert "ready_threshold_unreachable" not in {x.key for x in readiness(workshop)}
    workshops.set_rules(workshop, threshold=4.5)
    found = {x.key: x for x in readiness(workshop)}["ready_threshold_unreachable"]
    assert found.page == "rules"
    assert "at most 4 dots" in found.text("en")
    # A file from before the one check (threshold 9 on 1–5) is named too.
    with workshop.write() as s:
        from jakres_desk.core.services.common import workshop as the_workshop

        ws = the_workshop(s)
        ws.ranking_method, ws.threshold = "score", 9.0
    found = {x.key: x for x in readiness(workshop)}["ready_rules_impossible"]
    assert found.page == "rules"
    assert "outside the score scale 1–5" in found.text("en")
    assert "di luar skala skor 1–5" in found.text("id")


def test_stage_language_and_description_are_kept_copied_and_exported(
    workshop: JakresFile, tmp_path: Path
) -> None:
    from jakres_desk.core import operations

    done = operations.perform(workshop, workshops.update_workshop, stage="Pendahuluan",
                              record_language="en")  # fmt: skip
    ws = workshops.get_workshop(workshop)
    assert (ws.stage, ws.record_language) == ("Pendahuluan", "en")
    fa = workshops.focus_areas(workshop)[0]
    framework.update_focus_area(workshop, fa.id, description_id="Tata kelola kota",
                                description_en="City governance")  # fmt: skip
    with pytest.raises(ValidationError) as bad:
        workshops.update_workshop(workshop, record_language="fr")
    assert bad.value.field == "record_language"
    new = create_like(tmp_path / "final.jakres", workshop, device_id=DEVICE,
                      title="Final", date="2018-12-01")  # fmt: skip
    try:
        assert workshops.get_workshop(new).record_language == "en"
        assert workshops.focus_areas(new)[0].description_en == "City governance"
    finally:
        new.close()
    data = json.loads(dumps(export_data(workshop)))
    assert data["workshop"]["stage"] == "Pendahuluan"
    src = tmp_path / "round.json"
    src.write_text(json.dumps(data), encoding="utf-8")
    with load_json(src, tmp_path / "round.jakres", device_id=DEVICE) as back:
        assert workshops.focus_areas(back)[0].description_id == "Tata kelola kota"
    # An export made before revision 0008 loads with the defaults.
    for key in ("stage", "record_language"):
        del data["workshop"][key]
    for row in data["focus_areas"]:
        del row["description_id"], row["description_en"]
    data["schema_revision"] = "0004"
    src.write_text(json.dumps(data), encoding="utf-8")
    with load_json(src, tmp_path / "old.jakres", device_id=DEVICE) as old:
        assert (workshops.get_workshop(old).stage, workshops.get_workshop(old).record_language) == (
            "", "id")  # fmt: skip
    operations.undo(workshop, done.undo)
    assert workshops.get_workshop(workshop).stage == ""
