"""The bundled faces, read by report/fonts.py, are what reportlab itself reads."""

from __future__ import annotations

import io
from importlib.resources import files
from typing import Any

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from jakres_desk.report import fonts


def _both(filename: str) -> tuple[Any, Any]:
    node = files("jakres_desk.resources").joinpath("fonts", filename)
    with node.open("rb") as fh:
        theirs = TTFont("Check", fh)
    with node.open("rb") as fh:
        ours = fonts._Font("Check", fh)
    return theirs, ours


def _same(a: object, b: object, what: str) -> None:
    assert type(a) is type(b), what
    assert a == b, what
    if isinstance(a, dict):
        assert isinstance(b, dict)
        assert list(a.items()) == list(b.items()), f"{what}: order"
        for key, value in a.items():
            _same(value, b[key], f"{what}[{key!r}]")
    elif isinstance(a, (list, tuple)):
        assert isinstance(b, (list, tuple))
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            _same(x, y, f"{what}[{i}]")


@pytest.mark.parametrize("filename", sorted(set(fonts._FILES.values())))
def test_every_attribute_of_the_face_is_reportlabs_own(filename: str) -> None:
    theirs, ours = _both(filename)
    assert isinstance(ours, TTFont)
    assert ours.face._per_glyph(), "the bundled faces take the bulk route"
    them, us = vars(theirs.face), vars(ours.face)
    assert them.keys() == us.keys()
    for key in them:
        if key != "_pdfScale":  # a lambda of reportlab's, made per face
            _same(them[key], us[key], key)
    assert [them["_pdfScale"](x) for x in (0, 1, 1234, 2048)] == [
        us["_pdfScale"](x) for x in (0, 1, 1234, 2048)
    ]
    skip = {"face", "encoding", "state"}
    assert {k: v for k, v in vars(theirs).items() if k not in skip} == {
        k: v for k, v in vars(ours).items() if k not in skip
    }
    assert vars(theirs).keys() == vars(ours).keys()
    assert vars(theirs.encoding) == vars(ours.encoding)


def test_a_map_other_than_format_12_is_read_by_reportlab_whole() -> None:
    node = files("jakres_desk.resources").joinpath("fonts", "DejaVuSans.ttf")
    data = bytearray(node.read_bytes())
    _, ours = _both("DejaVuSans.ttf")
    cmap = ours.face.table["cmap"]["offset"]
    # Point every subtable at the first one (format 4): reportlab's loop then picks it.
    first = data[cmap + 8 : cmap + 12]
    for n in range(int.from_bytes(data[cmap + 2 : cmap + 4], "big")):
        data[cmap + 8 + 8 * n : cmap + 12 + 8 * n] = first
    theirs, ours = TTFont("Check", io.BytesIO(data)), fonts._Font("Check", io.BytesIO(data))
    assert not ours.face._per_glyph()
    for key in ("charToGlyph", "glyphToChar", "charWidths", "hmetrics", "glyphPos"):
        _same(getattr(theirs.face, key), getattr(ours.face, key), key)


def test_a_package_that_is_not_a_folder_is_read_through_importlib_resources(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with fonts._open("DejaVuSans.ttf") as fh:
        direct = fh.read()
    monkeypatch.setattr(fonts.os.path, "isfile", lambda _path: False)
    with fonts._open("DejaVuSans.ttf") as fh:
        assert fh.read() == direct
