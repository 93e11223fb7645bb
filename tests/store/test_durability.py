"""A laptop dies mid-vote: everything committed before the kill is still there."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from jakres_desk.core.services import programs, summary, votes
from jakres_desk.store.db import open_file
from tests.conftest import DEVICE

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from jakres_desk.core.services import groups, participants, programs, votes, workshops
    f = workshops.create_workshop(Path(sys.argv[1]), device_id=sys.argv[2], title="Crash",
                                  date="2018-09-26")
    g = groups.list_groups(f)[0]
    people = [participants.add_participant(f, name=f"P{i}", group_id=g.id, present=True)
              for i in range(40)]
    cands = [programs.add_room_program(f, group_id=g.id, title=f"Sumur Resapan RW {i:02d}")
             for i in range(10)]
    n = 0
    while True:  # vote until killed, announcing each commit once it has returned
        for p in people:
            votes.set_dots(f, candidate_id=cands[n % 10].id, participant_id=p.id,
                           count=(n // 10) % 2 + 1)
            n += 1
            print(n, p.id, cands[(n - 1) % 10].id, flush=True)
    """
)


def test_kill_mid_voting_loses_nothing_committed(tmp_path: Path) -> None:
    path = tmp_path / "crash.jakres"
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), DEVICE], stdout=subprocess.PIPE, text=True, env=env
    )
    assert child.stdout is not None
    announced = []
    for line in child.stdout:
        announced.append(line.split())
        if len(announced) >= 25:
            break
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert path.with_name("crash.jakres-wal").exists()  # it really died with a live WAL
    with open_file(path, device_id=DEVICE) as f:
        g = summary.describe(f)["groups"][0]
        assert g["dot_votes"] >= 25 * 1
        left = votes.dots_left(f, programs.list_candidates(f, g["uuid"])[0].group_id)
    for _, person, _cand in announced:
        assert left[person] < 5  # every announced vote is in the reopened file
