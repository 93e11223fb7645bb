"""Tables of plain text cells: wrapped here to their column, drawn verbatim by reportlab.

Plain string cells are never parsed as markup, and they are far cheaper to lay
out than a Paragraph per cell; a cell is capped at a few lines so no row can
outgrow a page (long free text goes into paragraphs instead, which split).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from jakres_desk.report import style
from jakres_desk.report.doc import FRAME_W, LongTable
from jakres_desk.report.lean import LeanTable
from jakres_desk.report.text import fit, text_width, wrap

MAX_LINES = 8
HEAD_ROWS = 4  # a table starts on a page with its header and at least this many rows
TAIL_ROWS = 2  # and never leaves fewer rows than this alone on the next page


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    fractions: Sequence[float],
    *,
    right: tuple[int, ...] = (),
    center: tuple[int, ...] = (),
    max_lines: int = MAX_LINES,
    width: float = FRAME_W,
    emphasis: Sequence[int] = (),
    total: bool = False,
) -> Flowable:
    """A styled table; columns in `right`/`center` hold short values kept to one line.

    `emphasis` rows (body indices) are bold on a light band, a `total` last row is
    bold under a rule; both only in tables short enough not to be split in chunks.
    """
    short = set(right) | set(center)
    widths = header_fit([width * f / sum(fractions) for f in fractions], header, short)
    head = [
        wrap(h, w - 2 * style.PAD, style.BOLD, style.CELL, 3)
        for h, w in zip(header, widths, strict=True)
    ]
    # An emphasised row is drawn bold: it is wrapped in bold too, so it stays in its column.
    bold = set(emphasis) if len(rows) <= LongTable.CHUNK else set()
    body = [
        _cells(row, widths, short, style.BOLD if n in bold else style.REGULAR, max_lines)
        for n, row in enumerate(rows)
    ]
    aligns = [
        "RIGHT" if i in right else "CENTER" if i in center else "LEFT" for i in range(len(widths))
    ]
    plain = [style.cell_style(header=False, bold=False, align=a) for a in aligns]
    strong = [style.cell_style(header=False, bold=True, align=a) for a in aligns]
    styles = [[style.cell_style(header=True, bold=True, align=a) for a in aligns]]
    styles += [plain] * len(body)
    commands = style.table_commands() + _keep_rows(len(body))
    first = _rows_height([head, *body[:HEAD_ROWS]])
    if len(body) > LongTable.CHUNK:
        long = LongTable([head, *body], styles, widths, commands)
        long.head_height = first
        return long
    for i in emphasis:
        styles[i + 1] = strong
        commands.append(("BACKGROUND", (0, i + 1), (-1, i + 1), style.ACCENT_LIGHT))
    if total and body:
        styles[-1] = strong
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, style.ACCENT))
    t = LeanTable([head, *body], colWidths=widths, repeatRows=1, hAlign="LEFT", cellStyles=styles)
    t.setStyle(commands)
    t.head_height = first  # read by story.Keep
    return t


def _keep_rows(n: int) -> list[tuple[object, ...]]:
    """No split right under the header or its first rows, nor before the last rows.

    reportlab's NOSPLIT ranges: a table that cannot show its header and
    HEAD_ROWS rows at the bottom of a page starts on the next one, and its
    last TAIL_ROWS rows go over together (a page never holds a lone row).
    """
    keep: list[tuple[object, ...]] = [("NOSPLIT", (0, 0), (-1, min(HEAD_ROWS, n)))]
    if n > HEAD_ROWS + 1:
        keep.append(("NOSPLIT", (0, -TAIL_ROWS), (-1, -1)))
    return keep


def _rows_height(rows: Sequence[Sequence[str]]) -> float:
    """The height of rows of wrapped plain cells (one line per line break)."""
    pad = 2 * 2.6  # style.cell_style's top and bottom padding
    return sum(max(c.count("\n") + 1 for c in row) * style.CELL_LEADING + pad for row in rows)


def header_fit(widths: list[float], header: Sequence[str], short: set[int]) -> list[float]:
    """Widths where every header word fits whole ("Participants", not "Participa/nts").

    A column too narrow for its longest header word takes the difference from the
    text columns (not in `short`), in proportion to what they can spare.
    """
    need = [
        max((text_width(w, style.BOLD, style.CELL) for w in h.split()), default=0.0)
        + 2 * style.PAD
        + 0.5
        for h in header
    ]
    deficit = sum(max(0.0, n - w) for n, w in zip(need, widths, strict=True))
    donors = [i for i in range(len(widths)) if i not in short and widths[i] > need[i]]
    spare = sum(widths[i] - need[i] for i in donors)
    if deficit <= 0 or spare <= 0:
        return widths
    take = min(deficit, spare) / spare
    out = [max(w, n) if n > w else w for w, n in zip(widths, need, strict=True)]
    for i in donors:
        out[i] -= (widths[i] - need[i]) * take
    scale = sum(widths) / sum(out)  # when there was not enough to spare, shrink all alike
    return [w * scale for w in out]


def _cells(
    row: Sequence[str], widths: list[float], short: set[int], face: str, max_lines: int
) -> list[str]:
    return [
        _short(cell, w)
        if i in short
        else wrap(cell, w - 2 * style.PAD, face, style.CELL, max_lines)
        for i, (cell, w) in enumerate(zip(row, widths, strict=True))
    ]


def _short(cell: str, width: float) -> str:
    return fit(cell, width - 2 * style.PAD, style.REGULAR, style.CELL) if cell else ""
