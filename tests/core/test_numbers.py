"""Numbers shown to people use the decimal mark of the UI language; typed ones take either."""

from __future__ import annotations

import pytest

from jakres_desk.base import i18n
from jakres_desk.base.i18n import decimal_input, format_number


@pytest.mark.parametrize(
    ("value", "decimals", "trim", "id_text", "en_text"),
    [
        (3.5, 2, False, "3,50", "3.50"),
        (4.8333, 2, False, "4,83", "4.83"),
        (1.5, 2, True, "1,5", "1.5"),
        (2.0, 2, True, "2", "2"),
        (100.0, 2, True, "100", "100"),
        (1234.5, 1, False, "1.234,5", "1,234.5"),
        (33.4, 0, False, "33", "33"),
    ],
)
def test_format_number_in_both_languages(value, decimals, trim, id_text, en_text) -> None:
    assert format_number(value, decimals, "id", trim=trim) == id_text
    assert format_number(value, decimals, "en", trim=trim) == en_text


def test_format_number_follows_the_current_language() -> None:
    i18n.set_language("id")
    assert format_number(4.5) == "4,50"
    i18n.set_language("en")
    assert format_number(4.5) == "4.50"


@pytest.mark.parametrize(
    ("typed", "read"),
    [("3,5", "3.5"), ("3.5", "3.5"), (" 4 ", "4"), ("", ""), ("1.000,5", "1.000,5")],
)
def test_decimal_input_takes_a_comma_or_a_point(typed, read) -> None:
    assert decimal_input(typed) == read
