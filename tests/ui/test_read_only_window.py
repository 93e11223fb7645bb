"""A workshop file on a read-only disk opens in the window, with a banner saying why."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.faults import read_only_mount


def test_a_file_on_a_read_only_disk_opens_with_a_banner(app, workshop, tmp_path: Path) -> None:
    window = app.window
    assert window.read_only_banner.isHidden()
    stick = tmp_path / "stick"
    stick.mkdir()
    workshop.close()
    path = Path(shutil.copy(workshop.path, stick / "w.jakres"))
    with read_only_mount(stick):
        assert window.open_path(path)
        f = app.session.file
        assert f.read_only
        assert window.read_only_banner.isVisible()
        assert "the disk cannot be written" in window.read_only_banner.text()
        assert window.read_only_banner.text().startswith("Opened read-only")
        f.close()
        app.session.file = None
    assert sorted(p.name for p in stick.iterdir()) == ["w.jakres"]
