"""The report's words filled in (labels.py holds them), numbers and dates as each
language writes them, and making user text safe for reportlab.

Two routes take user text into the PDF: Paragraph markup (escaped by `esc`)
and plain table cells and drawn strings (which reportlab never parses, wrapped
here by `wrap`). Nothing typed by a user reaches markup unescaped.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import getFont

from jakres_desk.core.rules.rounding import SHOWN_DECIMALS, shown_score
from jakres_desk.report.labels import LABELS

LANGS = ("id", "en")
ELLIPSIS = "…"

_MONTHS = {
    "id": (
        "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember"
    ).split(),
    "en": (
        "January February March April May June July August September October November December"
    ).split(),
}

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"[ \t\u00a0]+")


def label(key: str, lang: str, **params: object) -> str:
    """A report label in Bahasa Indonesia ("id") or English."""
    text = LABELS[key][0 if lang == "id" else 1]
    return text.format(**params) if params else text


def clean(text: str | None) -> str:
    """User text without control characters, tabs as spaces, line ends unified.

    A character the bundled font cannot print is shown as U+FFFD (see `shown`).
    """
    if text is None:
        return ""
    if text.isascii() and text.isprintable():  # most cells: nothing to replace or normalise
        return text.strip()
    value = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    value = _CONTROL.sub("", unicodedata.normalize("NFC", value)).strip()
    return value if value.isascii() else "".join(map(shown, value))


NOT_SHOWN = "\ufffd"  # the replacement character: visibly "cannot be shown"


@lru_cache(maxsize=4096)
def shown(ch: str) -> str:
    """`ch` when the report can print it as written, else NOT_SHOWN.

    Not printable: characters the bundled DejaVu Sans lacks (Chinese, Japanese,
    Korean, full-width forms, Thai, Devanagari, most emoji), which would be empty
    boxes, and right-to-left letters (Arabic, Hebrew), which reportlab would print
    unshaped and left to right. docs/report.md lists what is supported.
    """
    if ch in "\n " or ch.isascii():
        return ch
    if unicodedata.bidirectional(ch) in ("R", "AL"):
        return NOT_SHOWN
    if unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return ch if _in_font(ord(ch)) else ""  # a mark without a glyph adds nothing
    return ch if _in_font(ord(ch)) else NOT_SHOWN


def _in_font(code: int) -> bool:
    """Whether both faces (regular and bold) have a glyph for the character."""
    return all(code in cmap for cmap in _font_maps())


@lru_cache(maxsize=1)
def _font_maps() -> tuple[dict[int, int], ...]:
    from jakres_desk.report.fonts import register

    return tuple(getFont(name).face.charToGlyph for name in register())


def one_line(text: str | None) -> str:
    """User text on one line: every run of white space becomes one space."""
    return " ".join(clean(text).split())


def escape(text: str) -> str:
    """&, < and > as markup entities (what xml.sax.saxutils.escape does; importing that
    module loads urllib.request, http.client and ssl: a tenth of the report's start)."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def esc(text: str | None) -> str:
    """User text made safe for Paragraph markup: shown exactly as typed, fetching nothing."""
    paras = [_SPACES.sub(" ", p).strip() for p in clean(text).split("\n")]
    return "<br/>".join(escape(p) for p in paras)


def number(value: float, lang: str, decimals: int = 0) -> str:
    """A number as readers of the language write it (1.234,5 or 1,234.5)."""
    text = f"{value:,.{decimals}f}"
    if lang == "id":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def score_text(value: float | None, lang: str) -> str:
    """A score as every output shows it (core.rules.rounding: two decimals, half up)."""
    if value is None:
        return "–"
    return number(shown_score(value), lang, SHOWN_DECIMALS)


def scored_mark(scored: int, criteria: int) -> str:
    """'(1/3)' for a program scored on 1 of 3 weighted criteria; '' when every one is scored."""
    return f"({scored}/{criteria})" if scored < criteria else ""


def marked_score(value: float | None, scored: int, criteria: int, lang: str, *, mark: bool) -> str:
    """A weighted score with the mark of an incomplete one when `mark`: '5,00 (1/3)', '– (0/3)'."""
    shown = scored_mark(scored, criteria) if mark else ""
    return f"{score_text(value, lang)} {shown}" if shown else score_text(value, lang)


def partial_legend(scored: int, criteria: int, lang: str, *, by_score: bool) -> str:
    """The legend of the incomplete-score mark, with what it means under the ranking method."""
    rule = label("partial_rule_score" if by_score else "partial_rule_dots", lang)
    return f"{label('partial_note', lang, n=scored, m=criteria)} {rule}"


def weight_text(value: float, lang: str) -> str:
    """A weight without needless decimals (2, 1,5)."""
    if float(value).is_integer():
        return number(value, lang)
    return number(value, lang, 2).rstrip("0").rstrip(",.")


def long_date(iso: str, lang: str) -> str:
    """'2018-09-26' as '26 September 2018'; anything unreadable is shown as it is."""
    try:
        year, month, day = (int(part) for part in iso.split("-"))
        return f"{day} {_MONTHS[lang if lang in _MONTHS else 'en'][month - 1]} {year}"
    except (ValueError, IndexError):
        return one_line(iso)


def superscript(n: int) -> str:
    """1 -> '¹': the mark of a footnote under a table."""
    return str(n).translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"))


# --- the seed's sentence -------------------------------------------------------------------

_FIRST_WORD = re.compile(r"[^\W\d_][\w-]*")


def _decapitalise(text: str) -> str:
    """Lower the first word when it is only capitalised because it began the text."""
    m = _FIRST_WORD.search(text)
    if m is None or m.start() > 1:
        return text
    word = m.group()
    if word[0].isupper() and word[1:] == word[1:].lower() and any(c.isalpha() for c in word[1:]):
        text = text[: m.start()] + word[0].lower() + text[m.start() + 1 :]
    if text.startswith("(") and ")" in text:
        close = text.index(")") + 1
        return text[:close] + " " + _decapitalise(text[close:].lstrip())
    return text


# Phrases the report puts before the rationale itself: typed at its start, they would double.
_LEAD_IN = re.compile(
    r"^(?:dengan\s+acuan\s+bahwa|with\s+reference\s+to|on\s+the\s+basis\s+that)\b[\s:,;.…-]*",
    re.IGNORECASE,
)


def rationale_clause(rationale: str | None) -> str:
    """The group's rationale shaped to follow "on the basis that": one line, no final stop.

    A lead-in the report writes itself ("dengan acuan bahwa", "on the basis that",
    "with reference to"), typed at the start, is dropped so it is not printed twice.
    """
    text = one_line(rationale)
    while True:
        shorter = _LEAD_IN.sub("", text, count=1).lstrip()
        if shorter == text:
            break
        text = shorter
    while text.endswith("."):
        text = text[:-1].rstrip()
    return _decapitalise(text)


def focus_sentence(
    lang: str, *, count: int, focus_number: int | None, group_name: str, rationale: str
) -> str:
    """The plenary sentence of the 2018 report, built from one group's results."""
    clause = rationale_clause(rationale)
    if lang == "id":
        where = f"fokus utama {focus_number}" if focus_number is not None else one_line(group_name)
        text = f"Pada {where} dihasilkan {count} program eksisting prioritas"
        text += f" dengan acuan bahwa {clause}" if clause else ""
    else:
        where = f"Focus area {focus_number}" if focus_number is not None else one_line(group_name)
        noun = "program" if count == 1 else "programs"
        text = f"{where} produced {count} priority existing {noun}"
        text += f", on the basis that {clause}" if clause else ""
    return text if text.endswith(("!", "?")) else text + "."


# --- plain cells: measured and wrapped here, drawn verbatim by reportlab ----------------


@lru_cache(maxsize=65536)
def text_width(text: str, font: str, size: float) -> float:
    """Width of a string in points."""
    return float(getFont(font).stringWidth(text, size))


@lru_cache(maxsize=65536)
def fit(text: str, width: float, font: str, size: float) -> str:
    """One line that fits the width, cut with an ellipsis when it is too long."""
    text = one_line(text)
    if text_width(text, font, size) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:  # the longest prefix that fits with its ellipsis
        mid = (lo + hi + 1) // 2
        if text_width(text[:mid].rstrip() + ELLIPSIS, font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + ELLIPSIS


def shorten_middle(text: str, width: float, font: str, size: float) -> str:
    """Text cut in the middle, between words, to fit the width: both ends stay readable.

    Titles that differ only at their end ("... di Jakarta Timur", "... di Jakarta
    Barat") stay distinguishable this way.
    """
    text = one_line(text)
    if len(text) > 400:  # never measure a pasted essay: its middle goes anyway
        text = f"{text[:200]} {ELLIPSIS} {text[-200:]}"
    if text_width(text, font, size) <= width:
        return text
    words = text.split()
    head, tail = words[: len(words) // 2], words[len(words) // 2 :]
    while len(head) + len(tail) > 2:
        if len(head) >= len(tail):
            head.pop()
        else:
            tail.pop(0)
        short = " ".join([*head, ELLIPSIS, *tail])
        if text_width(short, font, size) <= width:
            return short
    return fit(text, width, font, size)


def fit_middle(text: str, width: float, font: str, size: float) -> str:
    """One line that fits, cut in the middle so both ends stay."""
    return shorten_middle(text, width, font, size)


def _cut_word(word: str, width: float, font: str, size: float) -> tuple[str, str]:
    """The longest head of a word that fits (at least one character), and the rest."""
    face = getFont(font)
    used, n = 0.0, 0
    for ch in word:
        w = face.stringWidth(ch, size)
        if n and used + w > width:
            break
        used, n = used + w, n + 1
    return word[:n], word[n:]


@lru_cache(maxsize=65536)
def wrap(text: str, width: float, font: str, size: float, max_lines: int = 8) -> str:
    """Text broken into lines that fit the width (long words too), at most max_lines.

    Text that needs more lines is shortened in the middle; only what still does
    not fit (one enormous word) is cut at the end.
    """
    lines = _lines(text, width, font, size, max_lines)
    if len(lines) > max_lines and "\n" not in text.strip():
        short = shorten_middle(text, width * max_lines * 0.85, font, size)
        lines = _lines(short, width, font, size, max_lines)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = fit(lines[-1] + " " + ELLIPSIS, width, font, size)
    return "\n".join(lines)


def _lines(text: str, width: float, font: str, size: float, max_lines: int) -> list[str]:
    """Greedy line breaking; stops soon after max_lines (the caller shortens)."""
    space = text_width(" ", font, size)
    lines: list[str] = []
    for para in clean(text).split("\n"):
        line, used = "", 0.0
        for word in para.split():
            w = text_width(word, font, size) if len(word) < 200 else width + 1
            if line and used + space + w <= width:
                line, used = f"{line} {word}", used + space + w
                continue
            if line:
                lines.append(line)
            while w > width and len(lines) <= max_lines:
                head, word = _cut_word(word, width, font, size)
                lines.append(head)
                w = text_width(word, font, size) if len(word) < 200 else width + 1
            line, used = word, w
        lines.append(line)
        if len(lines) > max_lines:
            break
    while lines and not lines[-1]:
        lines.pop()
    return lines
