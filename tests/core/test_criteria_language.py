"""Suggested criteria are shown in the reader's language, whichever language added them."""

from __future__ import annotations

from jakres_desk.core.services import criteria, framework, groups
from jakres_desk.report.reading import read_tables
from jakres_desk.store.db import JakresFile


def test_a_suggested_criterion_added_in_english_reads_in_indonesian(workshop: JakresFile) -> None:
    g = groups.find_group(workshop, "Kelompok 1")
    [first, *_] = framework.suggested_criteria(workshop, g.id, lang="en")
    criteria.add_criterion(
        workshop, group_id=g.id, name=first.name, description=first.description, source="suggested"
    )
    criteria.add_criterion(workshop, group_id=g.id, name="Biaya rendah", description="Murah")
    [indonesian] = framework.suggested_criteria(workshop, g.id, lang="id")[:1]
    shown_id = [(c.name, c.description) for c in criteria.list_criteria(workshop, g.id, "id")]
    shown_en = [(c.name, c.description) for c in criteria.list_criteria(workshop, g.id, "en")]
    assert shown_id == [(indonesian.name, indonesian.description), ("Biaya rendah", "Murah")]
    assert shown_en == [(first.name, first.description), ("Biaya rendah", "Murah")]
    # The plenary report reads them the same way.
    tables = read_tables(workshop, lang="id", group_id=g.id)
    assert [c.name for c in tables.criteria[g.id]] == [indonesian.name, "Biaya rendah"]


def test_the_rooms_own_description_of_a_suggested_name_is_kept(workshop: JakresFile) -> None:
    g = groups.find_group(workshop, "Kelompok 1")
    [first, *_] = framework.suggested_criteria(workshop, g.id, lang="en")
    criteria.add_criterion(workshop, group_id=g.id, name=first.name, description="Our own words")
    [shown] = criteria.list_criteria(workshop, g.id, "id")
    assert shown.description == "Our own words" and shown.name != first.name
