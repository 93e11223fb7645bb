"""The crash suite at full size: SIGKILL sessions and commands, count what survived.

A scripted session (edits through core.operations, some undone) is killed at a
random moment `--kills` times on one workshop file; after each kill the file
must pass integrity_check, open, and hold every edit the child reported as
committed. Then `merge`, `kit`, `export` (.json .xlsx .csv), `report` and `new`
are each killed `--command-kills` times at random moments of their run; what
they leave must be old or new and whole. See tests/harness/crash.py.

    python bench/crash.py [--kills 300] [--command-kills 40] [--seed 1]

Prints the figures docs/reliability.md quotes; exit code 1 if anything was lost
or half-made.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("XDG_STATE_HOME", "/tmp/jakres-bench-state")  # the app's log file

from tests.harness import crash  # noqa: E402


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--kills", type=int, default=300)
    p.add_argument("--command-kills", type=int, default=40)
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args()
    folder = crash.scratch("jakres-crash-")
    started = time.monotonic()
    try:
        with crash.new_server() as server:
            s = crash.kill_sessions(
                folder, kills=args.kills, seed=args.seed, server=server, progress=print
            )
            print(
                f"session: kills {s.kills}, edits checked {s.edits_checked},"
                f" facts compared {s.facts_checked}, lost {s.lost},"
                f" in-flight edit found whole {s.in_flight_kept},"
                f" integrity failures {len(s.integrity_failures)},"
                f" open failures {len(s.open_failures)}"
            )
            for line in (*s.losses, *s.integrity_failures, *s.open_failures, *s.child_errors)[:20]:
                print("  ", line)
            results = crash.kill_commands(
                folder, kills=args.command_kills, seed=args.seed, server=server, progress=print
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    total = crash.tally(results)
    print(
        f"commands: kills {total['runs']}, outputs checked {total['runs']},"
        f" old {total['old']}, new {total['new']}, half-made {total['half']},"
        f" mixed old/new sets {total['mixed']}, runs leaving temp files {total['temp_left']}"
    )
    for r in results:
        for line in (*r.half[:3], *r.temp_left[:2], *r.errors[:2]):
            print(f"   {r.command}: {line}")
    print(f"took {time.monotonic() - started:.0f} s")
    return 0 if s.ok and not total["half"] and not total["mixed"] else 1


if __name__ == "__main__":
    sys.exit(main())
