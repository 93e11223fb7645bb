"""Long but allowed text (the services' 20,000 characters) is printed whole, without delay."""

from __future__ import annotations

from pathlib import Path

from jakres_desk.core.services import groups
from jakres_desk.core.services.common import TEXT_MAX
from jakres_desk.report.chunks import LIMIT, cut, visible_length
from jakres_desk.report.pdf import write_report
from jakres_desk.store.db import JakresFile
from tests.report.pdfread import text_of


def _notes() -> tuple[str, list[str]]:
    """20,000 characters of numbered words, sentences, line breaks and one very long word."""
    words = [f"w{i:05d}" for i in range(1, 3000)]
    text = ""
    for i, w in enumerate(words):
        text += w + (". " if i % 9 == 8 else "\n" if i % 200 == 199 else " ")
    tail = "Z" * 2_000
    text = text[: TEXT_MAX - len(tail) - 1].rsplit(" ", 1)[0] + " " + tail
    return text, [*text.split()]


def test_twenty_thousand_characters_of_notes_appear_whole(
    workshop: JakresFile, tmp_path: Path
) -> None:
    notes, tokens = _notes()
    assert TEXT_MAX - 12 < len(notes) <= TEXT_MAX
    g = groups.list_groups(workshop)[0]
    groups.update_group(workshop, g.id, notes=notes)
    pdf = write_report(workshop, tmp_path / "r.pdf", lang="en", group_id=g.id).read_bytes()
    text = text_of(pdf)
    at = 0
    for token in tokens[:-1]:  # every word, in order
        found = text.find(token, at)
        assert found >= 0, token
        at = found + len(token)
    assert text.replace(" ", "").count("Z") == 2_000  # the long word, cut across lines


def test_long_markup_is_cut_into_short_pieces_losing_nothing() -> None:
    markup = "<b>Catatan</b> — " + "satu &amp; dua. " * 400 + "<br/><br/>akhir"
    pieces = cut(markup)
    assert len(pieces) > 3 and all(visible_length(p) <= LIMIT + 1 for p in pieces)
    assert pieces[0].startswith("<b>Catatan</b>") and pieces[-1] == "akhir"
    assert pieces[-2] == "&#160;"  # the empty line keeps its place
    said = " ".join(p for p in pieces if p != "&#160;").replace("<b>", "").replace("</b>", "")
    assert " ".join(said.split()) == " ".join(
        markup.replace("<br/>", " ").replace("<b>", "").replace("</b>", "").split()
    )
