"""Long paragraphs cut into short ones, so laying out the PDF stays linear in text length.

reportlab lays a paragraph out whole each time it splits it across a page: one
paragraph of n characters running over n/3,000 pages costs n²; 640,000
characters of group notes took minutes. Markup longer than LIMIT visible
characters is cut at its line breaks and then, within a long line, at a sentence
end or a space, into pieces of at most LIMIT characters; inline tags open at a
cut (<b>, <font …>) are closed before it and opened again after it. Each piece
becomes its own Paragraph (story.py), so the cost of a split is bounded.
"""

from __future__ import annotations

import re

LIMIT = 1_500  # visible characters: about 15 lines of body text
BLANK = "&#160;"  # an empty line keeps its height
_TAG = re.compile(r"(<[^>]*>)")
_BREAK = re.compile(r"<br\s*/>", re.IGNORECASE)
_ENTITY_TAIL = re.compile(r"&[#\w]*$")


def visible_length(markup: str) -> int:
    """Characters a reader sees (an entity counts as one)."""
    return len(re.sub(r"&[#\w]+;", "&", _TAG.sub("", markup)))


def cut(markup: str, limit: int = LIMIT) -> list[str]:
    """Markup as pieces of at most `limit` visible characters (one piece if short enough)."""
    if visible_length(markup) <= limit:
        return [markup]
    pieces: list[str] = []
    opened: list[str] = []  # tags open at the start of the current line
    for line in _BREAK.split(markup):
        line_pieces, opened = _cut_line(line, opened, limit)
        pieces.extend(p if visible_length(p) else p + BLANK for p in line_pieces)
    return pieces


def _cut_line(line: str, opened: list[str], limit: int) -> tuple[list[str], list[str]]:
    """One line cut into pieces; returns them and the tags still open at its end."""
    pieces: list[str] = []
    current, size, stack = "".join(opened), 0, list(opened)
    for token in _TAG.split(line):
        if not token:
            continue
        if token.startswith("<"):
            current += token
            _track(token, stack)
            continue
        while size + len(token) > limit:
            at = _cut_point(token, limit - size, hard=size == 0)
            if at:
                current += token[:at]
                token = token[at:].lstrip(" ")
            pieces.append(current + _closing(stack))
            current, size = "".join(stack), 0
        current += token
        size += len(token)
    pieces.append(current + _closing(stack))
    return pieces, stack


def _cut_point(text: str, room: int, *, hard: bool) -> int:
    """Where to cut `text` to keep at most `room` characters: a sentence end, a space, or 0.

    `hard`: the piece is empty so far, so a word longer than the room is cut itself.
    """
    head = text[:room]
    for mark in (". ", "! ", "? ", "; "):
        at = head.rfind(mark)
        if at >= room // 2:
            return at + 1
    at = head.rfind(" ")
    if at > 0:
        return at
    if not hard:
        return 0
    tail = _ENTITY_TAIL.search(head)  # never cut inside an entity such as &amp;
    return tail.start() if tail and tail.start() > 0 else len(head)


def _track(tag: str, stack: list[str]) -> None:
    if tag.endswith("/>"):
        return
    if tag.startswith("</"):
        if stack:
            stack.pop()
    else:
        stack.append(tag)


def _closing(stack: list[str]) -> str:
    return "".join(f"</{t[1:].split()[0].rstrip('>')}>" for t in reversed(stack))
