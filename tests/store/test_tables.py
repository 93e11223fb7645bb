"""store/tables_data.py says what store/models.py says (the merge runs on the former)."""

from __future__ import annotations

from pathlib import Path

from jakres_desk.store import tables, tables_gen
from jakres_desk.store.models import Base


def test_the_generated_tables_match_the_models() -> None:
    # On failure: python -m jakres_desk.store.tables_gen (then review the diff).
    expected = tables_gen.render(tables_gen.from_models())
    assert Path(tables_gen.TARGET).read_text(encoding="utf-8") == expected


def test_every_table_and_column_of_the_models_is_there_in_order() -> None:
    assert [t.name for t in tables.tables()] == [t.name for t in Base.metadata.sorted_tables]
    for t in Base.metadata.sorted_tables:
        plain = tables.by_name()[t.name]
        assert [c.name for c in plain.columns] == [c.name for c in t.columns]
        assert {(r.column, r.parent) for r in plain.references} == {
            (fk.parent.name, fk.column.table.name) for fk in t.foreign_keys
        }


def test_a_changed_model_is_noticed() -> None:
    changed = list(tables_gen.from_models())
    first = changed[0]
    changed[0] = first._replace(columns=first.columns[:-1])
    assert tables_gen.render(tuple(changed)) != tables_gen.render(tables_gen.from_models())
