"""Paragraphs of plain text parsed without reportlab's HTML parser.

Most of the report's paragraphs are user text made safe by `text.esc`: words,
the entities &amp; &lt; &gt; and <br/> line breaks, nothing else. reportlab
parses every paragraph with an HTMLParser subclass, character run by run: the
largest part of building the report's flowables. Its parser also takes the same
markup as a tuple tree (`ParaParser.tt_parse`, calling the very same tag and
data handlers), so such text is handed over already split, in the pieces the
HTML parser would have handed over (its `convert_charrefs` is off: text runs
and entities arrive one by one). Anything else goes through the HTML parser as
before. The fragments, and so the PDF, are the same (tests/report/test_para.py).
"""

from __future__ import annotations

import re
from typing import Any

from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import textTransformFrags
from reportlab.platypus.paraparser import ParaParser

_PLAIN = re.compile(r"(?:[^<&]|&(?:amp|lt|gt);|<br/>)*")
_PIECE = re.compile(r"&(amp|lt|gt);|<br/>")
_ENTITY = {"amp": "&", "lt": "<", "gt": ">"}
_BREAK = ("br", None, None)

Tree = tuple[str, None, list[Any] | None]


def plain_tree(text: str) -> Tree | None:
    """`text` as reportlab's tuple tree when it is plain (see above), else None."""
    if _PLAIN.fullmatch(text) is None:
        return None
    children: list[Any] = []
    at = 0
    for m in _PIECE.finditer(text):
        if m.start() > at:
            children.append(text[at : m.start()])
        children.append(_ENTITY[m.group(1)] if m.group(1) else _BREAK)
        at = m.end()
    if at < len(text):
        children.append(text[at:])
    return ("para", None, children)


class Para(Paragraph):
    """A reportlab Paragraph; plain text skips the HTML parser."""

    def _setup(self, text: Any, style: Any, bulletText: Any, frags: Any, cleaner: Any) -> None:
        if frags is None and isinstance(text, str):
            text = cleaner(text)
            tree = plain_tree(text)
            if tree is None:
                super()._setup(text, style, bulletText, None, _as_is)
                return
            parser = ParaParser()
            parser.caseSensitive = self.caseSensitive
            style, frags, bullet_frags = parser.tt_parse(tree, style)
            if frags is None:  # pragma: no cover - plain text never fails to parse
                raise ValueError(f"paragraph text could not be parsed: {text[:30]!r}")
            textTransformFrags(frags, style)
            if bullet_frags:
                bulletText = bullet_frags
        super()._setup(text, style, bulletText, frags, cleaner)


def _as_is(text: str) -> str:
    """The cleaner for text already cleaned."""
    return text
