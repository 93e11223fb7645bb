"""Record ids written without the uuid module read as uuid's own."""

from __future__ import annotations

import uuid

import pytest

from jakres_desk.store.stamps import canonical_uuid, new_id, stable_id


def test_a_new_id_is_a_random_uuid4_in_its_usual_form() -> None:
    ids = {new_id() for _ in range(2000)}
    assert len(ids) == 2000
    for value in ids:
        parsed = uuid.UUID(value)
        assert str(parsed) == value
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122


@pytest.mark.parametrize(
    "text",
    [
        "44444444-4444-4444-8444-444444444444",
        "6F1D3C1E-5B0A-4A8E-9F4E-0C6A3A7E1B2D",
        "{6f1d3c1e-5b0a-4a8e-9f4e-0c6a3a7e1b2d}",
        "urn:uuid:6f1d3c1e-5b0a-4a8e-9f4e-0c6a3a7e1b2d",
        "6f1d3c1e5b0a4a8e9f4e0c6a3a7e1b2d",
        "00000000-0000-0000-0000-000000000000",
        "+f1d3c1e5b0a4a8e9f4e0c6a3a7e1b2d",
        "6f1d3c1e-5b0a-4a8e-9f4e-0c6a3a7e1b2",
        "6f1d3c1e-5b0a-4a8e-9f4e-0c6a3a7e1b2dd",
        "6f1d3c1e-5b0a-4a8e-9f4e-0c6a3a7e1b2g",
        "",
        "not a uuid",
    ],
)
def test_canonical_uuid_says_what_uuid_says(text: str) -> None:
    try:
        expected: str | None = str(uuid.UUID(text))
    except ValueError:
        expected = None
    if expected is None:
        with pytest.raises(ValueError):
            canonical_uuid(text)
    else:
        assert canonical_uuid(text) == expected


def test_stable_ids_are_uuid5_in_the_namespace() -> None:
    namespace = uuid.UUID("6f1d3c1e-5b0a-4a8e-9f4e-0c6a3a7e1b2d")
    assert stable_id("category", "crf", "g1") == str(uuid.uuid5(namespace, "category/crf/g1"))
