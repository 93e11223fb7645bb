"""The bundled Unicode font (DejaVu Sans), registered once per process.

A fresh machine may have no fonts at all, and reportlab's built-in Helvetica
cannot show most non-Latin names, so the report always uses the TTF files
shipped in jakres_desk.resources (resources/fonts, with their licence).

Reading a face: reportlab's `TTFontFile.extractInfo` reads the per-glyph tables
(the character map, the advance widths, the glyph offsets) one number at a time,
a Python call each, some 30,000 of them per face: about a tenth of the `report`
command's instructions for the two faces. `_Face` lets reportlab read the
header tables and reads those three tables in bulk (`struct.unpack_from`),
building the very same attributes in the same order; a character map that is
not format 12 (DejaVu's) is left to reportlab whole.
tests/report/test_fonts.py compares every attribute with reportlab's own reading.
"""

from __future__ import annotations

import importlib.util
import os
from fnmatch import fnmatch
from functools import cache
from itertools import repeat
from struct import unpack_from
from typing import IO, Any
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTEncoding, TTFont, TTFontFace, TTFontFile

REGULAR = "JakresSans"
BOLD = "JakresSans-Bold"
FAMILY = "JakresSans"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_PACKAGE = "jakres_desk.resources"


class _Face(TTFontFace):
    """reportlab's TrueType face, its character map, widths and glyph offsets read in bulk."""

    def extractInfo(self, charInfo: int = 1) -> None:  # noqa: N802, N803 (reportlab's names)
        TTFontFile.extractInfo(self, 0)  # names, head, OS/2, post, hhea, maxp: reportlab's
        if charInfo and not self._per_glyph():
            TTFontFile.extractInfo(self, charInfo)  # an unusual file: reportlab reads it all

    def _per_glyph(self) -> bool:
        """What extractInfo(charInfo=1) adds to extractInfo(0); False (nothing set) if unusual."""
        data: bytes = self._ttf_data
        head = self.table["head"]["offset"]
        loca_format, glyph_format = unpack_from(">HH", data, head + 50)
        n_hmetrics = unpack_from(">H", data, self.table["hhea"]["offset"] + 34)[0]
        n_glyphs: int = self.numGlyphs
        cmap = self.table["cmap"]["offset"]
        if glyph_format != 0 or loca_format not in (0, 1) or "loca" not in self.table:
            return False
        # The subtable reportlab picks: its loop over the subtables, as it is.
        version, count = unpack_from(">HH", data, cmap)
        if count == 0 and version != 0:
            count = version
        chosen, enc = None, 0
        for n in range(count):
            platform, encoding, offset = unpack_from(">HHL", data, cmap + 4 + 8 * n)
            if platform == 3:
                enc, chosen = 1, offset
            elif platform == 1 and encoding == 0 and enc != 1:
                enc, chosen = 2, offset
            elif platform == 1 and encoding == 1:
                enc, chosen = 1, offset
            elif platform == 0 and encoding != 5:
                enc, chosen = 1, offset
        if chosen is None:
            return False
        at = cmap + chosen
        if unpack_from(">H", data, at)[0] != 12:
            return False
        # Format 12: groups of (first char, last char, first glyph).
        n_groups = unpack_from(">L", data, at + 12)[0]
        groups = unpack_from(f">{3 * n_groups}L", data, at + 16)
        char_to_glyph: dict[int, int] = {}
        glyph_to_char: dict[int, list[int]] = {}
        for i in range(0, 3 * n_groups, 3):
            start, end, first = groups[i], groups[i + 1], groups[i + 2]
            for char, glyph in zip(
                range(start, end + 1), range(first, first + end - start + 1), strict=True
            ):
                char_to_glyph[char] = glyph
                chars = glyph_to_char.get(glyph)
                if chars is None:
                    glyph_to_char[glyph] = [char]
                else:
                    chars.append(char)
        # hmtx: (advance, left side bearing) for the first n_hmetrics glyphs, then bearings
        # alone; reportlab pairs those with the last advance already scaled, and so do we.
        scale = self._pdfScale
        hmtx = self.table["hmtx"]["offset"]
        pairs = unpack_from(f">{2 * n_hmetrics}H", data, hmtx)
        advances = pairs[0::2]
        scaled = {aw: scale(aw) for aw in set(advances)}
        hmetrics = list(zip(advances, pairs[1::2], strict=True))
        widths = list(map(scaled.__getitem__, advances))
        last = widths[-1]
        rest = max(n_glyphs - n_hmetrics, 0)
        if rest:
            bearings = unpack_from(f">{rest}H", data, hmtx + 4 * n_hmetrics)
            hmetrics += zip(repeat(last), bearings)
            widths += repeat(last, rest)
        # Each char gets its glyph's width, by glyph (ascending), then as listed per glyph.
        char_widths: dict[int, Any] = {}
        for glyph in sorted(glyph_to_char):
            if glyph >= n_glyphs:
                break
            width = widths[glyph]
            for char in glyph_to_char[glyph]:
                char_widths[char] = width
        loca = self.table["loca"]["offset"]
        if loca_format == 0:
            glyph_pos = [p << 1 for p in unpack_from(f">{n_glyphs + 1}H", data, loca)]
        else:
            glyph_pos = list(unpack_from(f">{n_glyphs + 1}L", data, loca))
        if 0x20 in char_to_glyph:
            char_to_glyph[0xA0] = char_to_glyph[0x20]
            char_widths[0xA0] = char_widths[0x20]
        elif 0xA0 in char_to_glyph:
            char_to_glyph[0x20] = char_to_glyph[0xA0]
            char_widths[0x20] = char_widths[0xA0]
        self.charToGlyph, self.glyphToChar = char_to_glyph, glyph_to_char
        self.defaultWidth, self.charWidths = widths[0], char_widths
        self.hmetrics, self.glyphPos = hmetrics, glyph_pos
        self._pos = loca + (n_glyphs + 1) * (2 if loca_format == 0 else 4)  # where reportlab ends
        return True


class _Font(TTFont):
    """reportlab's TTFont (its __init__, as reportlab 4 and 5 have it) with `_Face`."""

    def __init__(self, name: str, fh: IO[bytes]) -> None:
        self.fontName = name
        self.face = _Face(fh)
        self.encoding = TTEncoding()
        self.state: WeakKeyDictionary[Any, Any] = WeakKeyDictionary()
        self._asciiReadable = rl_config.ttfAsciiReadable
        self.shapable = not any(fnmatch(name, glob) for glob in ttfonts.unShapedFontGlob)


def _open(filename: str) -> IO[bytes]:
    """A bundled font file, opened from the package's folder when it has one.

    Importing importlib.resources costs the command ~13 M instructions (zipfile and
    its readers); it is the way only for a package that is not a folder (a zip).
    """
    spec = importlib.util.find_spec(_PACKAGE)
    for folder in (spec.submodule_search_locations if spec else None) or ():
        path = os.path.join(folder, "fonts", filename)
        if os.path.isfile(path):
            return open(path, "rb")  # noqa: SIM115 (closed by the caller's with)
    from importlib.resources import files

    return files(_PACKAGE).joinpath("fonts", filename).open("rb")


def _load(name: str, filename: str) -> TTFont:
    with _open(filename) as fh:
        return _Font(name, fh)


@cache
def register() -> tuple[str, str]:
    """Register the regular and bold faces (and <b> between them); returns their names."""
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(_load(name, filename))
    # <b> in a paragraph picks the bold face; there is no italic, so italic maps to regular.
    for bold, italic, face in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, REGULAR), (1, 1, BOLD)):
        addMapping(FAMILY, bold, italic, face)
    return REGULAR, BOLD
