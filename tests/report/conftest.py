"""Fixtures of the report tests: the demo workshop, and reading a PDF back as a reader would."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from jakres_desk.core.demo import build_demo
from jakres_desk.store.db import JakresFile

DEVICE = os.environ["JAKRES_DEVICE_ID"]


@pytest.fixture(scope="session")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo workshop, built once for every read-only report test."""
    path = tmp_path_factory.mktemp("report-demo") / "demo.jakres"
    build_demo(path, device_id=DEVICE).close()
    return path


@pytest.fixture
def demo(demo_path: Path) -> Iterator[JakresFile]:
    """The demo workshop, open (read only by the tests that use it)."""
    from jakres_desk.store.db import open_file

    with open_file(demo_path, device_id=DEVICE) as f:
        yield f
