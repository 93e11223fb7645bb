"""The list of flowables being written, with the sections the contents will list."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph

from jakres_desk.report import style
from jakres_desk.report.chunks import cut
from jakres_desk.report.doc import Marker
from jakres_desk.report.text import esc


def paragraphs(markup: str, st: ParagraphStyle) -> list[Flowable]:
    """One Paragraph, or several short ones for long text (chunks.py: linear layout).

    The pieces of one text sit close together: only the first keeps the style's
    space before and only the last its space after.
    """
    pieces = cut(markup)
    if len(pieces) == 1:
        return [Paragraph(markup, st)]
    last = len(pieces) - 1
    return [Paragraph(p, _spaced(st, i == 0, i == last)) for i, p in enumerate(pieces)]


@lru_cache(maxsize=64)
def _spaced(st: ParagraphStyle, first: bool, last: bool) -> ParagraphStyle:
    return ParagraphStyle(
        f"{st.name}-{int(first)}{int(last)}",
        parent=st,
        spaceBefore=st.spaceBefore if first else 0,
        spaceAfter=st.spaceAfter if last else 0,
    )


@dataclass(frozen=True)
class TocEntry:
    """A line of the table of contents."""

    key: str
    title: str
    level: int


@dataclass
class Story:
    """Flowables in order, and the sections among them that the contents list."""

    flow: list[Flowable] = field(default_factory=list)
    toc: list[TocEntry] = field(default_factory=list)
    _count: int = 0

    def add(self, *items: Flowable) -> None:
        """Append flowables."""
        self.flow.extend(items)

    def para(self, text: str, st: ParagraphStyle = style.BODY_STYLE) -> None:
        """A paragraph of user text (escaped here)."""
        self.flow.extend(paragraphs(esc(text), st))

    def markup(self, markup: str, st: ParagraphStyle = style.BODY_STYLE) -> None:
        """A paragraph of markup the report wrote itself (user parts escaped by the caller)."""
        self.flow.extend(paragraphs(markup, st))

    def section(self, title: str, *, header: str, toc_title: str | None = None) -> None:
        """A new top-level section on a new page, in the contents and the running header."""
        self.flow.append(PageBreak())
        self._heading(title, 0, style.H1, header=header, toc=toc_title or title)

    def heading(self, title: str, *, level: int = 1, toc: bool = False, need: float = 0) -> None:
        """A subsection heading (in the PDF outline; in the contents if `toc`).

        It moves to a new page unless `need` points (or a few lines) are left below it.
        """
        st = style.H2 if level == 1 else style.H3
        self.flow.append(CondPageBreak(max(need + 40, 90 if level == 1 else 60)))
        self._heading(title, level, st, header=None, toc=title if toc else None)

    def _heading(
        self, title: str, level: int, st: ParagraphStyle, *, header: str | None, toc: str | None
    ) -> None:
        self._count += 1
        key = f"s{self._count}"
        self.flow.append(Marker(key, " ".join(title.split()), level, header))
        self.flow.append(Paragraph(esc(title), st))
        if toc is not None:
            self.toc.append(TocEntry(key, toc, level))

    def subheading(self, title: str) -> None:
        """A small heading kept out of the outline (an element, a footnote block)."""
        self.flow.append(CondPageBreak(50))
        self.flow.append(Paragraph(esc(title), style.H3))
