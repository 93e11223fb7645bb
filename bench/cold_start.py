"""Cold start to a shown main window on the demo file, against a bare PySide6 window.

Each run is a fresh Python process that exits as soon as its first window has
been shown (offscreen platform). Goal: jakres-desk within 1.5x of the bare
window, medians of the same number of runs in the same session.

    python bench/cold_start.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1280, 800); w.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

OURS = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from jakres_desk.ui.app import App, make_app
qapp = make_app()
app = App(qapp, "id")
app.window.open_path(Path(sys.argv[1]))
app.window.show()
QTimer.singleShot(0, qapp.quit)
qapp.exec()
"""


def timed(code: str, *args: str) -> float:
    """Wall time of one fresh interpreter running `code`."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", code, *args], check=True, env=env, stderr=subprocess.DEVNULL
    )
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    from jakres_desk.core.demo import build_demo

    with tempfile.TemporaryDirectory() as tmp:
        demo = Path(tmp) / "demo.jakres"
        build_demo(demo, device_id="44444444-4444-4444-8444-444444444444").close()
        timed(BARE)  # warm the OS file cache for both
        timed(OURS, str(demo))
        bare, ours = [], []
        for _ in range(args.runs):  # interleaved, so machine noise hits both alike
            bare.append(timed(BARE))
            ours.append(timed(OURS, str(demo)))
    b, o = statistics.median(bare), statistics.median(ours)
    print(f"bare PySide6 window   median {b * 1e3:7.0f} ms  (runs: {args.runs})")
    print(f"jakres-desk on demo   median {o * 1e3:7.0f} ms")
    print(f"ratio {o / b:.2f}x  (goal: within 1.5x) {'OK' if o / b <= 1.5 else 'MISSED'}")


if __name__ == "__main__":
    main()
