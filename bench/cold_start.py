"""Cold start on the demo file, against a bare PySide6 window, in the same run.

Each run is a fresh Python process (offscreen platform). The time measured is
from launching the process to a moment seen from inside Qt, which the child
prints as a wall-clock stamp before it leaves (os._exit: no teardown timed):

- bare:  a QMainWindow with a label, when that label is first painted;
- shown: `jakres-desk gui demo.jakres` (ui.app.App.start, the code `run()` uses),
         when the main window's first frame is painted;
- ready: the same, when the steps, menus and icons are built and the demo file
         is open on step 0 (MainWindow.ready): when a facilitator can type.

Goal (the issue): the shown main window within 1.5x of the bare window; the
ready figure is printed beside it so that nothing hides behind the frame.
Medians of interleaved runs, so machine noise hits all three alike.

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

# Print the moment of the first Paint of the window's central widget, and leave.
ON_PAINT = """
import os, time
from PySide6.QtCore import QEvent, QObject, QTimer
def stamp_and_exit():
    print(time.time(), flush=True)
    os._exit(0)
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            stamp_and_exit()
        return False
"""

BARE = (
    """
import sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
"""
    + ON_PAINT
    + """
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1280, 800); w.setCentralWidget(QLabel("jakres-desk"))
watch = FirstPaint(); w.centralWidget().installEventFilter(watch)
w.show()
app.exec()
"""
)

OURS = (
    """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from jakres_desk.ui.app import App, make_app
"""
    + ON_PAINT
    + """
qapp = make_app()
app = App.start(qapp, "id", Path(sys.argv[1]))
if sys.argv[2] == "shown":
    watch = FirstPaint(); app.window.centralWidget().installEventFilter(watch)
else:
    def ready():
        assert app.window.pages and app.session.file is not None
        stamp_and_exit()
    app.window.ready.connect(ready)
qapp.exec()
"""
)


def timed(code: str, *args: str) -> float:
    """Seconds from launching a fresh interpreter on `code` to the moment it prints."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.time()
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        check=True,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    return float(done.stdout.split()[-1]) - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    from jakres_desk.core.demo import build_demo

    with tempfile.TemporaryDirectory() as tmp:
        demo = Path(tmp) / "demo.jakres"
        build_demo(demo, device_id="44444444-4444-4444-8444-444444444444").close()
        timed(BARE)  # warm the OS file cache for all three
        timed(OURS, str(demo), "ready")
        bare, shown, ready = [], [], []
        for _ in range(args.runs):  # interleaved, so machine noise hits all alike
            bare.append(timed(BARE))
            shown.append(timed(OURS, str(demo), "shown"))
            ready.append(timed(OURS, str(demo), "ready"))
    b, s, r = (statistics.median(x) for x in (bare, shown, ready))
    print(f"load average {os.getloadavg()[0]:.2f}, {args.runs} runs each, medians:")
    print(f"bare PySide6 window painted       {b * 1e3:7.0f} ms")
    print(f"jakres-desk window shown (demo)   {s * 1e3:7.0f} ms   {s / b:.2f}x")
    print(f"jakres-desk ready on the demo     {r * 1e3:7.0f} ms   {r / b:.2f}x")
    verdict = "OK" if s / b <= 1.5 else "MISSED"
    print(f"shown/bare {s / b:.2f}x (goal: within 1.5x) {verdict}")


if __name__ == "__main__":
    main()
