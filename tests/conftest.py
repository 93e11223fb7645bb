"""Shared fixtures: workshops built through the public services."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("JAKRES_DEVICE_ID", "11111111-1111-4111-8111-111111111111")
os.environ["JAKRES_LANG"] = "en"
# Keep platformdirs data and Qt settings of test runs out of the user's home.
_home = tempfile.mkdtemp(prefix="jakres-tests-")
os.environ["XDG_DATA_HOME"] = os.path.join(_home, "data")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_home, "config")
os.environ["XDG_STATE_HOME"] = os.path.join(_home, "state")  # the app's log file
os.environ["XDG_CACHE_HOME"] = os.path.join(_home, "cache")

from jakres_desk.base import i18n  # noqa: E402
from jakres_desk.core.services.workshops import create_workshop  # noqa: E402
from jakres_desk.store.db import JakresFile  # noqa: E402

DEVICE = os.environ["JAKRES_DEVICE_ID"]


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    i18n.set_language("en")
    yield
    i18n.set_language(None)


@pytest.fixture
def make_workshop(tmp_path: Path) -> Iterator[object]:
    """A factory of fresh workshop files (closed at the end of the test)."""
    opened: list[JakresFile] = []

    def make(name: str = "w.jakres", preset: str = "jakarta-2018", **kw: str) -> JakresFile:
        f = create_workshop(
            tmp_path / name,
            device_id=DEVICE,
            preset=preset,
            title=kw.pop("title", "Lokakarya Uji"),
            date=kw.pop("date", "2018-09-26"),
            **kw,
        )
        opened.append(f)
        return f

    yield make
    for f in opened:
        f.close()


@pytest.fixture
def workshop(make_workshop: object) -> JakresFile:
    """One fresh jakarta-2018 workshop."""
    return make_workshop()  # type: ignore[operator,no-any-return]
