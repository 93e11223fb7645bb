"""The CRF as a group sees it: goals by dimension, its focus area's suggestions."""

from __future__ import annotations

import pytest

from jakres_desk.base.errors import NotFound
from jakres_desk.core.services import framework, groups
from jakres_desk.store.db import JakresFile
from jakres_desk.store.models import FocusArea


def test_dimensions_hold_the_twelve_goals_in_order(workshop: JakresFile) -> None:
    dims = framework.dimensions(workshop, "en")
    assert [d.label for d in dims] == [
        "Health & Wellbeing",
        "Economy & Society",
        "Infrastructure & Environment",
        "Leadership & Strategy",
    ]
    assert [len(d.goals) for d in dims] == [3, 3, 3, 3]
    assert dims[0].goals[0].label == "Minimal human vulnerability"
    assert dims[0].goals[0].description.startswith("Everyone's basic needs")
    assert dims[3].goals[2].id == "crf.g12"


def test_labels_follow_the_language(workshop: JakresFile) -> None:
    dims = framework.dimensions(workshop, "id")
    assert dims[0].label == "Kesehatan dan Kesejahteraan"
    assert dims[0].goals[0].label == "Kerentanan manusia yang minimal"


def test_suggested_goals_of_a_group(workshop: JakresFile) -> None:
    g3 = groups.find_group(workshop, "Kelompok 3")
    assert framework.suggested_goal_ids(workshop, g3.id) == ("crf.g01", "crf.g03", "crf.g08")
    fa = framework.focus_area_of(workshop, g3.id)
    assert fa is not None and fa.number == 3


def test_a_group_without_focus_area_has_no_suggestions(workshop: JakresFile) -> None:
    g = groups.add_group(workshop, name="Kelompok Lintas Isu")
    assert framework.focus_area_of(workshop, g.id) is None
    assert framework.suggested_goal_ids(workshop, g.id) == ()
    assert framework.suggested_criteria(workshop, g.id) == []


def test_suggested_criteria_reported_first(workshop: JakresFile) -> None:
    g3 = groups.find_group(workshop, "Kelompok 3")
    found = framework.suggested_criteria(workshop, g3.id, "en")
    assert [(c.name, c.reported, c.source) for c in found] == [
        ("Involves many parties", True, "reported"),
        ("More intensive outreach", True, "reported"),
        ("Reaches vulnerable groups", False, "suggested"),
        ("Budget availability", False, "suggested"),
    ]
    assert "Melibatkan banyak pihak" in found[0].names
    in_id = framework.suggested_criteria(workshop, g3.id, "id")
    assert in_id[0].name == "Melibatkan banyak pihak"


def test_a_damaged_suggestion_list_gives_none(workshop: JakresFile) -> None:
    g3 = groups.find_group(workshop, "Kelompok 3")
    with workshop.write() as s:
        fa = s.get(FocusArea, g3.focus_area_id)
        assert fa is not None
        fa.suggested_criteria = '[{"name": 5}, "x", {"name": "Plain name", "reported": "yes"}, '
    assert framework.suggested_criteria(workshop, g3.id) == []
    with workshop.write() as s:
        fa = s.get(FocusArea, g3.focus_area_id)
        assert fa is not None
        fa.suggested_criteria = '[{"name": 5}, "x", {"name": "Plain name", "reported": "yes"}]'
    found = framework.suggested_criteria(workshop, g3.id)
    assert [(c.name, c.reported) for c in found] == [("Plain name", False)]


def test_an_unknown_group_is_named(workshop: JakresFile) -> None:
    with pytest.raises(NotFound):
        framework.suggested_criteria(workshop, "no-such-group")
    with pytest.raises(NotFound):
        framework.focus_area_of(workshop, "no-such-group")
