"""The hostile-file suite at full size: generated group files merged with a time bound.

Builds a real master and rooms' files through the services, derives `--files`
hostile files from them (seeded), merges each into a fresh copy of the master in
a worker process, and judges it: refused in one line with the master
byte-identical, or merged correctly with every command still working (`info
--json`, `report`, `export .json/.xlsx`, `load`). A worker that overruns a phase's
bound is killed and the file counted as a hang. See tests/harness/hostile.py.

    python bench/hostile.py [--files 1000] [--seed 1] [--workers 2]
        [--merge-seconds 120] [--command-seconds 180]

Prints files tried, refused, merged, hangs and failures by category; exit code 1
if any file failed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("XDG_STATE_HOME", "/tmp/jakres-bench-state")  # the app's log file

from tests.harness import hostile, hostile_run  # noqa: E402


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--files", type=int, default=1000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--merge-seconds", type=float, default=120)
    p.add_argument("--command-seconds", type=float, default=180)
    p.add_argument("--keep", action="store_true", help="keep the corpus folder and say where")
    args = p.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="jakres-hostile-"))
    started = time.monotonic()
    try:
        material, cases = hostile.make_corpus(folder, files=args.files, seed=args.seed)
        print(f"corpus: {len(cases)} files in {time.monotonic() - started:.0f} s")
        done = Counter[str]()

        def progress(v: hostile_run.Verdict) -> None:
            done[v.outcome] += 1
            if v.problems or v.outcome in ("hang", "crash"):
                print(f"  FAIL {v.name} ({v.how}): {v.outcome}: {'; '.join(v.problems[:3])}")
            n = sum(done.values())
            if n % 100 == 0:
                print(f"{n} files: {dict(done)}", flush=True)

        tally = hostile_run.run_corpus(
            material.master,
            cases,
            folder / "work",
            workers=args.workers,
            merge_seconds=args.merge_seconds,
            command_seconds=args.command_seconds,
            progress=progress,
        )
    finally:
        if args.keep:
            print(f"corpus kept in {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    altered = sum(1 for v in tally.verdicts if any(m.startswith("altered") for m in v.messages))
    print(
        f"files tried {tally.tried}, refused {tally.refused}, merged {tally.merged},"
        f" hangs {tally.hangs}, crashes {tally.crashes}, failed {len(tally.failed())}"
    )
    by_category = Counter(v.category for v in tally.verdicts)
    for category, n in by_category.most_common():
        outcomes = Counter(v.outcome for v in tally.verdicts if v.category == category)
        print(f"  {category:<16} {n:>4} files  {dict(outcomes)}  failed {tally.failures[category]}")
    print(f"bit-flipped files merged with content other than the undamaged file's: {altered}")
    print(f"took {time.monotonic() - started:.0f} s")
    return 1 if tally.failed() else 0


if __name__ == "__main__":
    sys.exit(main())
