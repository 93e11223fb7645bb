"""Instructions each step and tab switch costs, counted by callgrind: a figure the clock can't move.

This machine runs the same process up to 1.7x slower from one minute to the
next, so two timed runs of a change rarely agree within 20 %. Callgrind
counts the instructions a switch executes, which do not depend on the
machine's pace: the same code gives the same count to within a percent.
Counting starts just before the key press or tab change and stops once the
switch is painted, as `bench/inproc.py switch` times it (at 500 candidates x
60 people): each step's first visit, each tab of step 4, then each step again.

    python bench/instructions.py            # needs valgrind (Debian: apt-get install valgrind)

It prints one line a switch, in millions of instructions; with KEEP_DUMPS=FOLDER
it also keeps callgrind's file of each switch there, for `callgrind_annotate`. Not a verdict (the
goal is in ms: bench/run's switch row); a tool to tell whether a change made a
switch cheaper. Under valgrind it takes about a minute.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent


def child(out: Path) -> None:
    """Inside valgrind: drive the window, switching the counting on around each switch."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path[:0] = [str(BENCH.parent), str(BENCH)]
    from _session import build_session
    from inproc import _qapp
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QTabWidget

    from jakres_desk.ui.app import App, settle_heap

    qapp = _qapp()
    me = str(os.getpid())

    def control(*args: str) -> None:
        subprocess.run(["callgrind_control", *args, me], capture_output=True, check=False)

    def count(name: str, switch) -> None:  # type: ignore[no-untyped-def]
        control("--zero")
        control("--instr=on")
        switch()
        qapp.processEvents()  # laid out and painted
        control("--instr=off")
        control(f"--dump={name}")

    with tempfile.TemporaryDirectory(dir=out) as tmp:
        f, gid, _people, _cands = build_session(Path(tmp) / "bench.jakres")
        gui = App(qapp, "id")
        gui.session.attach(f, gid)
        settle_heap()
        window = gui.window
        assert window is not None
        window.resize(1366, 768)
        window.show()
        window.go_to_step(0)
        for _ in range(5):
            qapp.processEvents()
        window.steps.setFocus()
        down = lambda: QTest.keyClick(window.steps, Qt.Key.Key_Down)  # noqa: E731
        for number in range(1, len(window.pages)):
            count(f"step{number}-first", down)
        for number, page in enumerate(window.pages):
            for tabs in page.findChildren(QTabWidget):
                window.go_to_step(number)
                qapp.processEvents()
                for index in [*range(1, tabs.count()), 0]:
                    count(f"step{number}-tab{index}", lambda t=tabs, i=index: t.setCurrentIndex(i))
        window.go_to_step(0)
        window.steps.setFocus()
        qapp.processEvents()
        for number in range(1, len(window.pages)):
            count(f"step{number}-again", down)
        gui.session.close()


def main() -> int:
    if shutil.which("valgrind") is None:
        print("instructions.py needs valgrind (Debian: apt-get install valgrind)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                "--instr-atstart=no",
                f"--callgrind-out-file={out / 'switch.out'}",
                sys.executable,
                __file__,
                "--child",
                str(out),
            ],
            env=env,
            capture_output=True,
            check=True,
        )
        dumps = sorted(out.glob("switch.out.*"), key=lambda p: int(p.suffix[1:]))
        keep = os.environ.get("KEEP_DUMPS")
        if keep:
            for dump in dumps:
                shutil.copy(dump, keep)
        for dump in dumps:
            name, total = "?", 0
            for line in dump.read_text().splitlines():
                if line.startswith("desc: Trigger: Client Request: "):
                    name = line.removeprefix("desc: Trigger: Client Request: ")
                elif line.startswith("desc: Trigger: dump "):
                    name = line.removeprefix("desc: Trigger: dump ")
                elif line.startswith("totals: "):
                    total = int(line.split()[1])
            print(f"{name:<24} {total / 1e6:8.1f} M")
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(Path(sys.argv[2]))
    else:
        sys.exit(main())
