"""Longest time the GUI's event loop is blocked while 1,000 votes are entered.

The main window is opened (offscreen) on a group of 500 candidates, 60 present
participants and 6 criteria, on step 4's dot grid. Votes are typed into grid
cells one event at a time, the way key presses arrive, each going the whole
route (model -> undoable service call -> durable transaction -> views refresh).
A 1 ms heartbeat timer records every gap in the event loop.
Goal: the longest block under 50 ms.

    python bench/event_loop.py [--votes 1000]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _session import build_session  # noqa: E402
from PySide6.QtCore import QStandardPaths, Qt, QTimer  # noqa: E402

from jakres_desk.ui.app import App, make_app  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--votes", type=int, default=1000)
    args = parser.parse_args()
    QStandardPaths.setTestModeEnabled(True)
    qapp = make_app()
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as tmp:
        f, gid, _people, _cands = build_session(Path(tmp) / "bench.jakres")
        gui = App(qapp, "id")
        gui.session.attach(f, gid)
        window = gui.window
        window.resize(1440, 900)
        window.show()
        window.go_to_step(4)
        page = window.current_page()
        qapp.processEvents()
        model = page.dots.finder
        rows, cols = model.rowCount(), model.columnCount()
        rnd = random.Random(3)
        handling: list[float] = []
        gaps: list[float] = []
        last = [time.perf_counter()]

        def beat() -> None:
            now = time.perf_counter()
            gaps.append(now - last[0])
            last[0] = now

        heart = QTimer(interval=1, timeout=beat)
        heart.setTimerType(Qt.TimerType.PreciseTimer)

        def vote(left: int) -> None:
            if left == 0:
                qapp.quit()
                return
            index = model.index(rnd.randrange(rows), rnd.randrange(1, cols))
            start = time.perf_counter()
            model.setData(index, rnd.randint(0, 3), Qt.ItemDataRole.EditRole)
            handling.append(time.perf_counter() - start)
            QTimer.singleShot(0, lambda: vote(left - 1))

        heart.start()
        QTimer.singleShot(0, lambda: vote(args.votes))
        qapp.exec()
        heart.stop()
        window.close()
        gui.session.close()
    handling.sort()
    print(f"session: {rows} candidates x {cols - 1} participants, {args.votes} votes")
    print(
        f"per vote (event handler): median {statistics.median(handling) * 1e3:6.1f} ms  "
        f"p99 {handling[int(0.99 * (len(handling) - 1))] * 1e3:6.1f} ms  "
        f"max {handling[-1] * 1e3:6.1f} ms"
    )
    longest = max(gaps)
    print(
        f"longest event-loop block (heartbeat gap): {longest * 1e3:6.1f} ms  "
        f"(goal: under 50 ms) {'OK' if longest < 0.050 else 'MISSED'}"
    )


if __name__ == "__main__":
    main()
    sys.stdout.flush()
    # Skip interpreter teardown: PySide6 can crash tearing down Qt objects at exit
    # (after the figures above are printed), which would only add noise here.
    os._exit(0)
