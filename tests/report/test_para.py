"""report.para.Para gives the fragments reportlab's HTML parser gives (so the same PDF)."""

from __future__ import annotations

import pytest
from reportlab.platypus import Paragraph

from jakres_desk.report import style
from jakres_desk.report.para import Para, plain_tree
from jakres_desk.report.text import esc

TEXTS = [
    "Bank Sampah",
    esc("A & B < C > D"),
    esc("&amp; already &lt;escaped&gt;"),
    esc("Baris satu\nBaris dua\n\nBaris empat"),
    esc("  spasi   di   mana-mana  \t tab "),
    esc("Zoë Ō — Ağa 🌱 ✓"),
    "&amp;&amp;<br/><br/>&lt;",
    "<br/>",
    "",
    "<b>bold</b> is not plain",
    "&quot;other entities&quot; are not plain",
    esc("x" * 500),
]


def _frags(p: Paragraph) -> list[dict[str, object]]:
    return [dict(vars(f)) for f in p.frags]


@pytest.mark.parametrize("st", [style.BODY_STYLE, style.NOTE, style.H1, style.COVER_KICKER])
@pytest.mark.parametrize("text", TEXTS)
def test_a_plain_paragraph_has_the_html_parsers_fragments(text: str, st: object) -> None:
    ours, theirs = Para(text, st), Paragraph(text, st)
    assert _frags(ours) == _frags(theirs)
    assert (ours.text, ours.style, ours.bulletText) == (
        theirs.text,
        theirs.style,
        theirs.bulletText,
    )
    assert ours.wrap(300, 1000) == theirs.wrap(300, 1000)
    assert [_frags(p) for p in ours.split(300, 20)] == [_frags(p) for p in theirs.split(300, 20)]


def test_only_plain_text_skips_the_html_parser() -> None:
    assert plain_tree("a &amp; b<br/>c") == (
        "para",
        None,
        ["a ", "&", " b", ("br", None, None), "c"],
    )
    assert plain_tree("<b>a</b>") is None
    assert plain_tree("a &nbsp; b") is None
    assert plain_tree("a & b") is None  # a bare ampersand is left to reportlab's parser
