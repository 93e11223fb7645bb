"""The list of flowables being written, with the sections the contents will list."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph

from jakres_desk.report import style
from jakres_desk.report.chunks import cut
from jakres_desk.report.doc import Marker
from jakres_desk.report.lean import LeanDrawing as Drawn
from jakres_desk.report.para import Para
from jakres_desk.report.text import esc


def paragraphs(markup: str, st: ParagraphStyle) -> list[Flowable]:
    """One Paragraph, or several short ones for long text (chunks.py: linear layout).

    The pieces of one text sit close together: only the first keeps the style's
    space before and only the last its space after.
    """
    pieces = cut(markup)
    if len(pieces) == 1:
        return [Para(markup, st)]
    last = len(pieces) - 1
    return [Para(p, _spaced(st, i == 0, i == last)) for i, p in enumerate(pieces)]


@lru_cache(maxsize=64)
def _spaced(st: ParagraphStyle, first: bool, last: bool) -> ParagraphStyle:
    return ParagraphStyle(
        f"{st.name}-{int(first)}{int(last)}",
        parent=st,
        spaceBefore=st.spaceBefore if first else 0,
        spaceAfter=st.spaceAfter if last else 0,
    )


PARA_KEEP = 45.0  # points of a paragraph kept with the heading above it (it splits after)
KEEP_ITEMS = 3  # a heading is kept with at most this many flowables (or a table, a chart)


class Keep(CondPageBreak):
    """A page break before a heading unless the heading and what starts under it fit.

    What starts under it: the next few paragraphs (a split paragraph keeps its
    first lines), then the header and first rows of a table or a whole chart.
    The height is measured when laid out, at the width of the frame.
    """

    def __init__(self, minimum: float) -> None:
        super().__init__(minimum)
        self.minimum = minimum
        self.following: list[Flowable] = []
        self.closed = False

    def take(self, item: Flowable) -> None:
        """Count `item` as starting under the heading (until a table or enough items)."""
        self.following.append(item)
        if (
            hasattr(item, "head_height")
            or isinstance(item, Drawn)
            or (len(self.following) >= KEEP_ITEMS)
        ):
            self.closed = True

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        need = sum(_start_height(f, aw) for f in self.following)
        self.height = max(self.minimum, need + 2)
        return super().wrap(aw, ah)  # type: ignore[no-any-return]


def _start_height(item: Flowable, aw: float) -> float:
    head = getattr(item, "head_height", None)
    if head is not None:
        return float(head)
    _w, h = item.wrap(aw, 10_000)
    space = float(item.getSpaceBefore()) + float(item.getSpaceAfter())
    if isinstance(item, Paragraph) and not getattr(item, "heading", False):
        return min(float(h), PARA_KEEP) + space
    return float(h) + space


class TocEntry(NamedTuple):
    """A line of the table of contents."""

    key: str
    title: str
    level: int


class Story:
    """Flowables in order, and the sections among them that the contents list."""

    def __init__(self) -> None:
        self.flow: list[Flowable] = []
        self.toc: list[TocEntry] = []
        self._count = 0
        self._keeps: list[Keep] = []

    def add(self, *items: Flowable) -> None:
        """Append flowables."""
        for item in items:
            self._follow(item)
        self.flow.extend(items)

    def _follow(self, item: Flowable) -> None:
        """Tell the open headings' Keeps what starts under them."""
        if isinstance(item, CondPageBreak):
            return
        for keep in self._keeps:
            keep.take(item)
        self._keeps = [k for k in self._keeps if not k.closed]

    def para(self, text: str, st: ParagraphStyle = style.BODY_STYLE) -> None:
        """A paragraph of user text (escaped here)."""
        self.add(*paragraphs(esc(text), st))

    def markup(self, markup: str, st: ParagraphStyle = style.BODY_STYLE) -> None:
        """A paragraph of markup the report wrote itself (user parts escaped by the caller)."""
        self.add(*paragraphs(markup, st))

    def section(self, title: str, *, header: str, toc_title: str | None = None) -> None:
        """A new top-level section on a new page, in the contents and the running header."""
        self.flow.append(PageBreak())
        self._keeps = []
        self._heading(title, 0, style.H1, header=header, toc=toc_title or title)

    def heading(self, title: str, *, level: int = 1, toc: bool = False, need: float = 0) -> None:
        """A subsection heading (in the PDF outline; in the contents if `toc`).

        It moves to a new page unless `need` points (or a few lines) are left below it.
        """
        st = style.H2 if level == 1 else style.H3
        self._keep(max(need + 40, 90 if level == 1 else 60))
        self._heading(title, level, st, header=None, toc=title if toc else None)

    def _heading(
        self, title: str, level: int, st: ParagraphStyle, *, header: str | None, toc: str | None
    ) -> None:
        self._count += 1
        key = f"s{self._count}"
        self.flow.append(Marker(key, " ".join(title.split()), level, header))
        self._add_heading(Para(esc(title), st))
        if toc is not None:
            self.toc.append(TocEntry(key, toc, level))

    def subheading(self, title: str) -> None:
        """A small heading kept out of the outline (an element, a footnote block)."""
        self._keep(50)
        self._add_heading(Para(esc(title), style.H3))

    def _keep(self, minimum: float) -> None:
        keep = Keep(minimum)
        self.flow.append(keep)
        self._keeps.append(keep)

    def _add_heading(self, p: Paragraph) -> None:
        p.heading = True  # kept whole with what follows, never cut to its first lines
        for keep in self._keeps:
            keep.following.append(p)  # a heading under a heading does not close it
        self.flow.append(p)
