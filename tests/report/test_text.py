"""The report's words: escaping, wrapping, numbers and dates, the seed's sentence."""

from __future__ import annotations

from importlib.resources import files

import pytest

from jakres_desk.report import fonts
from jakres_desk.report.text import (
    LABELS,
    esc,
    fit,
    focus_sentence,
    long_date,
    number,
    shorten_middle,
    text_width,
    weight_text,
    wrap,
)

REG, BOLD = fonts.register()


def test_escaping_keeps_what_was_typed() -> None:
    assert esc('<img src="x.png"/> & <b>') == '&lt;img src="x.png"/&gt; &amp; &lt;b&gt;'
    assert esc("a\r\nb\x00\x07c\td") == "a<br/>bc d"
    assert esc("&nbsp;") == "&amp;nbsp;"


@pytest.mark.parametrize("width", [20.0, 60.0, 200.0])
def test_wrapped_lines_fit_and_long_words_break(width: float) -> None:
    text = "kata " * 30 + "x" * 10_000 + " akhir"
    lines = wrap(text, width, REG, 8, 6).split("\n")
    assert len(lines) <= 6
    assert all(text_width(line, REG, 8) <= width for line in lines)
    assert "…" in "".join(lines)  # shortened in the middle: the end stays
    assert "".join(lines).endswith("akhir")


def test_short_text_is_left_alone_and_line_breaks_are_kept() -> None:
    assert wrap("Bank Sampah", 200, REG, 8) == "Bank Sampah"
    assert wrap("satu\ndua", 200, REG, 8) == "satu\ndua"
    assert wrap("", 200, REG, 8) == ""


def test_titles_too_long_for_their_cell_keep_both_ends() -> None:
    title = (
        "Sosialisasi Jakarta Berketahanan bagi aparatur kecamatan dan kelurahan di Jakarta Timur"
    )
    short = shorten_middle(title, 160, REG, 7.5)
    assert short.startswith("Sosialisasi") and short.endswith("Jakarta Timur") and "…" in short
    assert text_width(short, REG, 7.5) <= 160
    assert fit(title, 60, REG, 8).endswith("…") and text_width(fit(title, 60, REG, 8), REG, 8) <= 60


def test_numbers_and_dates_in_each_language() -> None:
    assert number(1234.5, "id", 1) == "1.234,5" and number(1234.5, "en", 1) == "1,234.5"
    assert weight_text(2.0, "id") == "2" and weight_text(1.5, "id") == "1,5"
    assert weight_text(10, "en") == "10" and weight_text(0.25, "en") == "0.25"
    assert long_date("2018-09-26", "id") == "26 September 2018"
    assert long_date("2019-08-17", "id") == "17 Agustus 2019"
    assert long_date("2019-08-17", "en") == "17 August 2019"
    assert long_date("not a date", "en") == "not a date"


def test_the_seed_sentence_with_and_without_a_rationale() -> None:
    assert focus_sentence(
        "id",
        count=19,
        focus_number=3,
        group_name="Kelompok 3",
        rationale="Program perlu melibatkan banyak pihak dan sosialisasi yang lebih intensif.",
    ) == (
        "Pada fokus utama 3 dihasilkan 19 program eksisting prioritas dengan acuan bahwa "
        "program perlu melibatkan banyak pihak dan sosialisasi yang lebih intensif."
    )
    assert focus_sentence("id", count=49, focus_number=2, group_name="K", rationale="  ") == (
        "Pada fokus utama 2 dihasilkan 49 program eksisting prioritas."
    )
    assert focus_sentence(
        "en", count=1, focus_number=None, group_name="Tim DKI", rationale="DKI leads."
    ) == ("Tim DKI produced 1 priority existing program, on the basis that DKI leads.")


def test_every_label_exists_in_both_languages() -> None:
    for key, (indonesian, english) in LABELS.items():
        assert indonesian.strip() and english.strip(), key
        assert indonesian.count("{") == english.count("{"), key


def test_the_fonts_come_with_the_package() -> None:
    folder = files("jakres_desk.resources").joinpath("fonts")
    names = {p.name for p in folder.iterdir()}
    assert {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "LICENSE-DejaVu.txt"} <= names
    assert "Bitstream Vera" in folder.joinpath("LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert (REG, BOLD) == (fonts.REGULAR, fonts.BOLD)
