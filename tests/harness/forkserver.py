"""A fork server for the crash suites: real child processes that start in milliseconds.

Importing SQLAlchemy, reportlab and openpyxl takes a second or more on a busy
laptop; a suite that kills hundreds of processes would spend most of its time
importing. So one server process (`python -m tests.harness.forkserver`)
imports them once and forks a fresh child for each job. Each child is an
ordinary process with its own pid, files and SQLite connections: the parent
kills it with SIGKILL exactly as the operating system would kill a process
whose laptop lost power (minus the page cache, which a kill keeps).

A job is one JSON line to the server: {"job": "session" | "cli", "fifo": path,
"stderr": path, "args": [...], "env": {...}, "cwd": path, "kill_at": [module,
attribute, n]} (the last makes the child kill itself on the nth call of that
function: a crash at a chosen moment, for the regression tests). The child's stdout is the FIFO
(its only writer, so the parent sees end-of-file exactly when the child is
gone) and its stderr a file. A "cli" job runs `jakres_desk.cli.main(args)`,
the console script's own function, and prints `exit N` when it returns.
"""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
PRELOAD = (
    "jakres_desk.cli",
    "jakres_desk.core.operations",
    "jakres_desk.core.services.decisions",
    "jakres_desk.core.services.votes",
    "jakres_desk.core.merge.run",
    "jakres_desk.core.exchange.kit",
    "jakres_desk.core.exchange.jsonfile",
    "jakres_desk.report.pdf",
    "jakres_desk.report.sheets",
    "tests.harness.session",
)


# --- the server (runs in its own process) ---------------------------------------------


def _child(job: dict[str, object], fifo_fd: int) -> None:
    """In the forked child: wire stdout to the FIFO and run the job; never returns."""
    code = 70
    try:
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        os.dup2(fifo_fd, 1)
        err = os.open(str(job["stderr"]), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(err, 2)
        os.environ.update({str(k): str(v) for k, v in dict(job.get("env") or {}).items()})
        tempfile.tempdir = None  # the server's was cached before TMPDIR was set for this job
        if job.get("cwd"):
            os.chdir(str(job["cwd"]))
        args = [str(a) for a in list(job["args"])]  # type: ignore[call-overload]
        if job.get("kill_at"):
            _kill_at(*list(job["kill_at"]))  # type: ignore[call-overload]
        if job["job"] == "cli":
            from jakres_desk.cli import main

            code = main(args)
            print(f"exit {code}", flush=True)
        else:
            from tests.harness.session import run_session

            run_session(Path(args[0]), seed=int(args[1]), run=int(args[2]))
            code = 0
    except BaseException:
        traceback.print_exc()
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)


def _kill_at(module: str, attr: str, nth: int) -> None:
    """Make the child SIGKILL itself on the nth call of module.attr (a crash at a known moment)."""
    import importlib

    owner = importlib.import_module(module)
    real = getattr(owner, attr)
    calls = [0]

    def hooked(*args: object, **kwargs: object) -> object:
        calls[0] += 1
        if calls[0] == nth:
            sys.stdout.flush()
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*args, **kwargs)

    setattr(owner, attr, hooked)


def _warm_up() -> None:
    """Run a short session once, so children start with lazy imports and SQL caches warm."""
    import contextlib
    import io

    from tests.harness.session import run_session, set_up

    folder = Path(tempfile.mkdtemp(prefix="jakres-warm-"))
    try:
        path = folder / "warm.jakres"
        set_up(path, device_id=os.environ.get("JAKRES_DEVICE_ID", "0" * 32))
        with contextlib.redirect_stdout(io.StringIO()):
            run_session(path, seed=0, run=0, steps=60)
    finally:
        for p in folder.iterdir():
            p.unlink()
        folder.rmdir()


def serve() -> None:
    """Read jobs from stdin, fork a child for each, answer with its pid."""
    for name in PRELOAD:
        __import__(name)
    _warm_up()
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children are reaped by the kernel
    print("ready", flush=True)
    for line in sys.stdin:
        job = json.loads(line)
        fifo_fd = os.open(str(job["fifo"]), os.O_WRONLY)  # meets the parent's open for reading
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            _child(job, fifo_fd)
        os.close(fifo_fd)
        print(pid, flush=True)


# --- the parent's side --------------------------------------------------------------


@dataclass
class Child:
    """A running child: its pid and the lines it printed so far."""

    pid: int
    fd: int
    stderr: Path
    started: float
    lines: list[str] = field(default_factory=list)
    _rest: bytes = b""
    done: bool = False

    def read(self, timeout: float) -> None:
        """Take what the child printed, waiting at most `timeout` seconds for more."""
        end = time.monotonic() + timeout
        while not self.done:
            left = end - time.monotonic()
            if left <= 0:
                return
            ready, _, _ = select.select([self.fd], [], [], left)
            if not ready:
                return
            chunk = os.read(self.fd, 65536)
            if not chunk:
                self._finish()
                return
            self._rest += chunk
            *whole, self._rest = self._rest.split(b"\n")
            self.lines.extend(w.decode("utf-8", "replace") for w in whole)

    def _finish(self) -> None:
        if self._rest:
            self.lines.append(self._rest.decode("utf-8", "replace") + " <cut>")
            self._rest = b""
        os.close(self.fd)
        self.done = True
        _wait_gone(self.pid)

    def wait(self, timeout: float = 600) -> bool:
        """Wait for the child to end on its own; False if it was still running."""
        self.read(timeout)
        return self.done

    def kill(self) -> None:
        """SIGKILL the child and wait until it is gone (its files closed, locks released)."""
        if not self.done:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            while not self.done:
                self.read(5)


def _wait_gone(pid: int) -> None:
    """The kernel reaps the server's children; wait until this one is no more."""
    for _ in range(2000):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        # A zombie not yet reaped still answers; so does a process closing its files.
        try:
            state = Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][0]
            if state in "ZX":
                return
        except (OSError, IndexError):
            return
        time.sleep(0.005)


class ForkServer:
    """The parent's handle on a fork server process."""

    def __init__(self, env: dict[str, str] | None = None) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="jakres-forks-"))
        self._n = 0
        full_env = dict(os.environ, **(env or {}))
        full_env["PYTHONPATH"] = os.pathsep.join(
            p for p in (str(ROOT), full_env.get("PYTHONPATH", "")) if p
        )
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.harness.forkserver"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            cwd=ROOT,
            env=full_env,
            text=True,
        )
        assert self.proc.stdout is not None
        first = self.proc.stdout.readline().strip()
        if first != "ready":
            raise RuntimeError(f"fork server did not start: {first!r}")

    def spawn(self, job: str, args: list[str], **extra: object) -> Child:
        """Start a child running `job` ("session" or "cli") with `args`."""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self._n += 1
        fifo = self.folder / f"out-{self._n}"
        os.mkfifo(fifo)
        stderr = self.folder / f"err-{self._n}"
        order = {"job": job, "fifo": str(fifo), "stderr": str(stderr), "args": args, **extra}
        self.proc.stdin.write(json.dumps(order) + "\n")
        self.proc.stdin.flush()
        fd = os.open(fifo, os.O_RDONLY)
        pid = int(self.proc.stdout.readline())
        fifo.unlink()
        return Child(pid, fd, stderr, time.monotonic())

    def close(self) -> None:
        """Stop the server."""
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        for p in self.folder.iterdir():
            p.unlink()
        self.folder.rmdir()

    def __enter__(self) -> ForkServer:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


if __name__ == "__main__":
    serve()
