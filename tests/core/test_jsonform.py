"""The JSON form of a whole file: exported the same way every time, loaded back exactly."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, get_args

import pytest
from jsonschema import Draft202012Validator
from sqlalchemy import Boolean, Float, Integer, String, Text, select

from jakres_desk.base.errors import FileProblem, ValidationError
from jakres_desk.core import resources
from jakres_desk.core.exchange import jsonfile as jsonform
from jakres_desk.core.exchange.jsonfile import export_data, load_json, write_json
from jakres_desk.core.merge import duplicates as dedupe
from jakres_desk.core.rules.ranking import PriorityRule, RankingMethod
from jakres_desk.core.services import (
    criteria,
    decisions,
    elements,
    groups,
    participants,
    programs,
    votes,
)
from jakres_desk.core.services.criteria import SOURCES
from jakres_desk.core.services.programs import ORIGINS
from jakres_desk.store import migrate
from jakres_desk.store.db import JakresFile
from jakres_desk.store.models import SYNCED_TABLES, Base, Category, ImportLog, ProgramCategory
from jakres_desk.store.stamps import new_id
from tests.conftest import DEVICE

OTHER_DEVICE = "22222222-2222-4222-8222-222222222222"
ORGANISATION = "Kelurahan Pulau Untung Jawa – ‘Siap Siaga’"
TOP_KEYS = {
    "format",
    "format_version",
    "schema_revision",
    "meta",
    "framework",
    "dimensions",
    "goals",
    "qualities",
    "stakeholder_kinds",
    "workshop",
    "focus_areas",
    "focus_area_goals",
    "groups",
    "participants",
    "elements",
    "targets",
    "criteria",
    "programs",
    "program_focus_areas",
    "candidates",
    "dot_votes",
    "scores",
    "decisions",
    "category_sets",
    "categories",
    "program_categories",
    "program_links",
    "import_log",
    "tombstones",
}


@pytest.fixture
def full(workshop: JakresFile) -> JakresFile:
    """A workshop with a row in every table, built through the services."""
    f = workshop
    g = groups.list_groups(f)[0]
    siti = participants.add_participant(
        f,
        name="Siti Rahmawati",
        group_id=g.id,
        organisation=ORGANISATION,
        stakeholder_kind="local_government",
        role="Lurah",
        present=True,
    )
    budi = participants.add_participant(f, name="Budi Santoso", group_id=g.id, walk_in=True)
    gone = participants.add_participant(f, name="Salah Ketik", group_id=g.id)
    participants.remove_participant(f, gone.id)
    crf = elements.add_element(f, group_id=g.id, goal_id="crf.g01", rationale="Banjir rob")
    elements.add_element(f, group_id=g.id, custom_title="Air bersih ‘Siap Siaga’")
    elements.add_target(
        f,
        element_id=crf.id,
        statement="Semua RW punya tim siaga",
        indicator="% RW",
        baseline="40%",
        target_value="100%",
        target_year=2022,
        responsible_agency="BPBD DKI",
    )
    impact = criteria.add_criterion(f, group_id=g.id, name="Dampak", weight=2)
    cost = criteria.add_criterion(f, group_id=g.id, name="Biaya", weight=0.5)
    prog = programs.add_program(f, title="Kampung Iklim", agency="Dinas LH", focus_areas=[1, 2])
    cand = programs.add_candidate(f, group_id=g.id, program_id=prog.id)
    room = programs.add_room_program(f, group_id=g.id, title="Sekolah Siaga – ‘Aman’")
    votes.set_dots(f, candidate_id=cand.id, participant_id=siti.id, count=2)
    votes.set_dots(f, candidate_id=room.id, participant_id=budi.id, count=1)
    groups.set_criteria_locked(f, group_id=g.id, locked=True)
    votes.set_score(f, candidate_id=cand.id, criterion_id=impact.id, value=4)
    votes.set_score(
        f, candidate_id=cand.id, criterion_id=cost.id, value=3.5, participant_id=siti.id
    )
    votes.set_score(
        f, candidate_id=room.id, criterion_id=impact.id, value=2, participant_id=budi.id
    )
    decisions.apply_rule(f, group_id=g.id)
    decisions.override(
        f, candidate_id=room.id, is_priority=True, reason="Arahan Gubernur – ‘mendesak’"
    )
    with f.write() as s:  # no service yet gives a program a category
        pillar = s.scalars(select(Category).order_by(Category.position)).first()
        assert pillar is not None
        s.add(ProgramCategory(id=new_id(), program_id=prog.id, category_id=pillar.id))
    dedupe.link(f, a=prog.id, b=room.program_id, note="Sama – ‘kampung’")
    with f.write() as s:  # a log line as a merge writes it
        s.add(
            ImportLog(
                id=new_id(),
                imported_at="2018-09-26T09:00:00.000000+00:00",
                source_name="kelompok-1.jakres",
                source_sha256="0" * 64,
                group_id=g.id,
                group_name=g.name,
                device_id=OTHER_DEVICE,
                captured_at="2018-09-26T08:59:00.000000+00:00",
                status="merged",
                added=3,
                conflicts="[]",
            )
        )
    return f


def plain(f: JakresFile) -> dict[str, Any]:
    """The export as it reads back from JSON text."""
    return dict(json.loads(jsonform.dumps(export_data(f))))


def nothing_at(out: Path) -> bool:
    """No trace of a .jakres file (nor its WAL or shared memory) at `out`."""
    return not any(Path(f"{out}{s}").exists() for s in ("", "-wal", "-shm", "-journal"))


# --- export -----------------------------------------------------------------


def test_round_trip_gives_the_same_bytes(full: JakresFile, tmp_path: Path) -> None:
    write_json(full, tmp_path / "a.json")
    loaded = load_json(tmp_path / "a.json", tmp_path / "b.jakres", device_id=OTHER_DEVICE)
    try:
        write_json(loaded, tmp_path / "b.json")
    finally:
        loaded.close()
    assert (tmp_path / "b.json").read_bytes() == (tmp_path / "a.json").read_bytes()


def test_every_table_is_exported_with_rows(full: JakresFile) -> None:
    data = plain(full)
    assert set(data) == TOP_KEYS
    assert isinstance(data["workshop"], dict)
    empty = [k for k in TOP_KEYS if isinstance(data[k], list) and not data[k]]
    assert empty == []
    assert data["format"] == "jakres-desk" and data["format_version"] == 1
    assert data["schema_revision"] == migrate.head()
    assert data["meta"]["scope"] == "workshop"


def test_values_keep_their_json_types(full: JakresFile, tmp_path: Path) -> None:
    write_json(full, tmp_path / "a.json")
    raw = (tmp_path / "a.json").read_text(encoding="utf-8")
    assert ORGANISATION in raw  # written as is, not as \u escapes
    assert raw.endswith("}\n")
    data = json.loads(raw)
    siti = next(p for p in data["participants"] if p["name"] == "Siti Rahmawati")
    assert siti["present"] is True and siti["walk_in"] is False and siti["device_id"] == DEVICE
    assert sorted(type(s["value"]).__name__ for s in data["scores"]) == ["float"] * 3
    assert [s["participant_id"] for s in data["scores"]].count(None) == 1
    override = next(d for d in data["decisions"] if d["decided_by"] == "facilitator")
    assert override["reason"] == "Arahan Gubernur – ‘mendesak’" and override["is_priority"]
    assert [t["entity"] for t in data["tombstones"]] == ["participant"]
    assert data["workshop"]["top_n"] is None and data["workshop"]["threshold"] == 3.5


def test_rows_are_sorted_by_primary_key(full: JakresFile) -> None:
    data = plain(full)
    for key, model in jsonform.TABLES:
        if key == "workshop":
            continue
        pk = [c.name for c in jsonform.table_of(model).primary_key.columns]
        keys = [[row[c] for c in pk] for row in data[key]]
        assert keys == sorted(keys), key


def test_loaded_file_keeps_stamps_and_works(full: JakresFile, tmp_path: Path) -> None:
    write_json(full, tmp_path / "a.json")
    loaded = load_json(tmp_path / "a.json", tmp_path / "b.jakres", device_id=OTHER_DEVICE)
    try:
        before = {p.id: p for p in participants.list_participants(full)}
        after = {p.id: p for p in participants.list_participants(loaded)}
        assert after == before
        g = groups.list_groups(loaded)[0]
        assert [r.rank for r in votes.ranking(loaded, g.id)] == [
            r.rank for r in votes.ranking(full, g.id)
        ]
        participants.add_participant(loaded, name="Baru", group_id=g.id)
        newest = max(plain(loaded)["participants"], key=lambda p: p["created_at"])
        assert newest["name"] == "Baru" and newest["device_id"] == OTHER_DEVICE
    finally:
        loaded.close()


def test_write_replaces_whole_and_leaves_no_temp(full: JakresFile, tmp_path: Path) -> None:
    out = tmp_path / "a.json"
    out.write_text("old", encoding="utf-8")
    write_json(full, out)
    write_json(full, out)
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "jakres-desk"
    assert [p.name for p in tmp_path.iterdir() if "jakres" not in p.name] == ["a.json"]


def test_write_into_missing_folder_is_refused(full: JakresFile, tmp_path: Path) -> None:
    with pytest.raises(FileProblem) as info:
        write_json(full, tmp_path / "nope" / "a.json")
    assert info.value.key == "folder_missing"


# --- the schema -------------------------------------------------------------


def _json_type(column: Any) -> str:
    kinds = (
        (Boolean, "boolean"),
        (Integer, "integer"),
        (Float, "number"),
        (String, "string"),
        (Text, "string"),
    )
    return next(name for kind, name in kinds if isinstance(column.type, kind))


def test_schema_is_valid_draft_2020_12() -> None:
    Draft202012Validator.check_schema(resources.schema(jsonform.SCHEMA_NAME))


def test_schema_lists_exactly_the_model_columns() -> None:
    schema = resources.schema(jsonform.SCHEMA_NAME)
    for key, model in jsonform.TABLES:
        row = schema["$defs"][key]
        columns = {c.name: c for c in jsonform.table_of(model).columns}
        assert set(row["properties"]) == set(columns), key
        assert set(row["required"]) == set(columns), key
        assert row["additionalProperties"] is False
        for name, column in columns.items():
            want = [_json_type(column), "null"] if column.nullable else _json_type(column)
            assert row["properties"][name]["type"] == want, f"{key}.{name}"


def test_every_table_has_a_json_key() -> None:
    tables = {jsonform.table_of(m).name for _, m in jsonform.TABLES}
    assert tables | {"meta"} == set(Base.metadata.tables)
    schema = resources.schema(jsonform.SCHEMA_NAME)
    assert set(schema["properties"]) == set(schema["required"]) == TOP_KEYS


def test_schema_choices_match_the_code() -> None:
    props = resources.schema(jsonform.SCHEMA_NAME)["$defs"]
    assert props["workshop"]["properties"]["ranking_method"]["enum"] == list(
        get_args(RankingMethod)
    )
    assert props["workshop"]["properties"]["priority_rule"]["enum"] == list(get_args(PriorityRule))
    assert props["criteria"]["properties"]["source"]["enum"] == list(SOURCES)
    assert props["programs"]["properties"]["origin"]["enum"] == list(ORIGINS)
    assert set(props["tombstones"]["properties"]["entity"]["enum"]) == {
        m.__tablename__ for m in SYNCED_TABLES
    }  # type: ignore[attr-defined]


# --- load: what is refused ------------------------------------------------------

Mutation = Callable[[dict[str, Any]], Any]


def refused(full: JakresFile, tmp_path: Path, mutate: Mutation) -> ValidationError:
    """Load a broken export: it must be refused, leaving nothing at the output."""
    data = plain(full)
    mutate(data)
    src, out = tmp_path / "in.json", tmp_path / "out.jakres"
    src.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        load_json(src, out, device_id=DEVICE)
    assert nothing_at(out)
    assert str(info.value).startswith(f"{src}: ")
    return info.value


def index(data: dict[str, Any], key: str, **match: Any) -> int:
    """The position of the first row of a table with these values."""
    return next(i for i, row in enumerate(data[key]) if all(row[k] == v for k, v in match.items()))


def test_wrong_type_names_path_and_count(full: JakresFile, tmp_path: Path) -> None:
    def mutate(d: dict[str, Any]) -> None:
        d["participants"][1]["name"] = 5
        d["workshop"]["illustrative"] = "no"
        d["scores"][0]["value"] = "4"

    err = refused(full, tmp_path, mutate)
    # Problems come table by table, parents first (the order docs/json-format.md lists).
    assert "$.workshop.illustrative: 'no' is not of type 'boolean'" in str(err)
    assert str(err).endswith("(the first of 3 problems found)")
    assert [p.path for p in err.problems] == [  # type: ignore[attr-defined]
        "$.workshop.illustrative",
        "$.participants[1].name",
        "$.scores[0].value",
    ]
    assert "masalah pertama dari 3" in err.message("id")


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (
            lambda d: d["participants"][0].update(name=["x"]),
            "$.participants[0].name: [\"x\"] is not of type 'string' (1 problem found)",
        ),
        (lambda d: d["participants"][0].pop("role"), "$.participants[0].role: this required field"),
        (lambda d: d["participants"][0].update(umur=40), "$.participants[0].umur: unknown field"),
        (lambda d: d.pop("tombstones"), "$.tombstones: this required field is missing"),
        (
            lambda d: d["workshop"].update(ranking_method="votes"),
            "$.workshop.ranking_method: 'votes' is not allowed; choose one of: 'dots', 'score'",
        ),
        (lambda d: d["workshop"].update(top_n=2.5), "$.workshop.top_n: 2.5 is not of type"),
        (lambda d: d["dot_votes"][0].update(count=-1), "$.dot_votes[0].count: -1 is less than"),
        (lambda d: d["meta"].update(scope=1), "$.meta.scope: 1 is not of type 'string'"),
        (lambda d: d["groups"].append(None), "$.groups[5]: null is not of type 'object'"),
    ],
)
def test_schema_problem_named_by_path(
    full: JakresFile, tmp_path: Path, mutate: Mutation, expected: str
) -> None:
    assert expected in str(refused(full, tmp_path, mutate))


def test_element_without_goal_or_title(full: JakresFile, tmp_path: Path) -> None:
    def mutate(d: dict[str, Any]) -> None:
        d["elements"][index(d, "elements", goal_id=None)]["custom_title"] = None

    err = refused(full, tmp_path, mutate)
    i = index(plain(full), "elements", goal_id=None)
    assert f"$.elements[{i}].custom_title: an element needs a CRF goal" in str(err)


def test_row_pointing_to_missing_parent(full: JakresFile, tmp_path: Path) -> None:
    err = refused(full, tmp_path, lambda d: d["participants"][0].update(group_id="hilang"))
    assert "$.participants[0].group_id: 'hilang' is not the id of any row in $.groups" in str(err)


def test_workshop_pointing_to_missing_framework(full: JakresFile, tmp_path: Path) -> None:
    def mutate(d: dict[str, Any]) -> None:
        d["workshop"]["framework_id"] = "crf-2099"

    err = refused(full, tmp_path, mutate)
    assert "$.workshop.framework_id: 'crf-2099' is not the id of any row in $.framework" in str(err)


def test_kind_that_is_not_listed(full: JakresFile, tmp_path: Path) -> None:
    def mutate(d: dict[str, Any]) -> None:
        d["stakeholder_kinds"] = [
            k for k in d["stakeholder_kinds"] if k["code"] != "local_government"
        ]

    err = refused(full, tmp_path, mutate)
    i = index(plain(full), "participants", name="Siti Rahmawati")
    assert f"$.participants[{i}].stakeholder_kind: 'local_government' is not the code" in str(err)


def test_repeated_id_and_repeated_pair(full: JakresFile, tmp_path: Path) -> None:
    def same_id(d: dict[str, Any]) -> None:
        d["participants"][1]["id"] = d["participants"][0]["id"]

    assert "$.participants[1]: the same id as $.participants[0]" in str(
        refused(full, tmp_path, same_id)
    )

    def same_pair(d: dict[str, Any]) -> None:
        d["candidates"].append(dict(d["candidates"][0], id=new_id()))

    assert "$.candidates[2]: the same group_id, program_id as $.candidates[0]" in str(
        refused(full, tmp_path, same_pair)
    )


def test_second_consensus_score_is_refused_by_the_database(
    full: JakresFile, tmp_path: Path
) -> None:
    def mutate(d: dict[str, Any]) -> None:
        consensus = d["scores"][index(d, "scores", participant_id=None)]
        d["scores"].append(dict(consensus, id=new_id()))

    err = refused(full, tmp_path, mutate)
    assert err.key == "json_rejected" and "UNIQUE constraint failed: score" in str(err)


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d.update(format="tabular-data"), "$.format: not a jakres-desk JSON export"),
        (lambda d: d.pop("format"), "$.format: not a jakres-desk JSON export"),
        (
            lambda d: d.update(format_version=2),
            "$.format_version: written by a newer jakres-desk (JSON format 2; this version "
            "reads up",
        ),
        (
            lambda d: d.update(schema_revision="0099"),
            "$.schema_revision: written by a newer jakres-desk (schema 0099; this version knows up "
            f"to {migrate.head()})",
        ),
    ],
)
def test_other_or_newer_exports(
    full: JakresFile, tmp_path: Path, mutate: Mutation, expected: str
) -> None:
    assert expected in str(refused(full, tmp_path, mutate))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{\n  "format": "jakres-desk",\n  oops\n}', "not valid JSON: line 3, column 3: Expecting"),
        ('{"format": "jakres-desk", "x": NaN}', "NaN is not allowed in JSON"),
        ("[]", "$: [] is not of type 'object'"),
    ],
)
def test_text_that_is_not_an_export(tmp_path: Path, text: str, expected: str) -> None:
    src, out = tmp_path / "in.json", tmp_path / "out.jakres"
    src.write_text(text, encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        load_json(src, out, device_id=DEVICE)
    assert str(info.value).startswith(str(src)) and expected in str(info.value)
    assert nothing_at(out)


def test_jakres_file_given_instead_of_json(full: JakresFile, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as info:
        load_json(full.path, tmp_path / "out.jakres", device_id=DEVICE)
    assert "a .jakres workshop file, not a JSON export" in str(info.value)


def test_missing_source(tmp_path: Path) -> None:
    with pytest.raises(FileProblem) as info:
        load_json(tmp_path / "none.json", tmp_path / "out.jakres", device_id=DEVICE)
    assert info.value.key == "file_missing"


def test_existing_output_is_left_alone(full: JakresFile, tmp_path: Path) -> None:
    write_json(full, tmp_path / "a.json")
    out = tmp_path / "out.jakres"
    out.write_bytes(b"keep me")
    with pytest.raises(FileProblem) as info:
        load_json(tmp_path / "a.json", out, device_id=DEVICE)
    assert info.value.key == "file_exists" and out.read_bytes() == b"keep me"
