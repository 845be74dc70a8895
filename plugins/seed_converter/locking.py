"""One build of a folder at a time: an exclusive lock.

`make html` and `make publish` hold OUTPUT.lock (a file beside the output
folder, which they replace whole) for the whole build and swap, so two builds of
one site never interleave: a second one waits, saying for whom. The converter
locks the content folder itself while it writes articles (`make devserver`
converts from two processes).
The lock is the operating system's (flock): it is let go when its holder ends,
however it ends, so a killed build never leaves a stale lock behind.

As a command, for the Makefile: python plugins/seed_converter/locking.py LOCKFILE WHO
-- CMD… takes the lock (waiting if need be) and runs CMD while holding it. With --no-wait-for-me
the holder is a server (make devserver): a build that finds it stops at once
instead of waiting for ever.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import logging
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

log = logging.getLogger(__name__)

# Written in the lock file by a holder that does not end by itself.
SERVER_MARK = "serving: yes"
# A holder writes who it is just after it takes the lock: a waiter that finds the
# lock file empty gives it this long (seconds), reading again every HOLDER_POLL.
HOLDER_NOTE_WAIT = 2.0
HOLDER_POLL = 0.05
# Exit status of a build that stops because a server holds the lock (EX_TEMPFAIL).
EXIT_BUSY = 75


class Busy(Exception):
    """The lock is held by a server that will not let go by itself."""


@contextlib.contextmanager
def held(path: Path, who: str, *, server: bool = False,
         say=None) -> Iterator[None]:
    """Hold an exclusive lock on `path`, waiting for its holder.

    A folder is locked itself; any other path is a lock file, created if need be,
    in which the holder writes who it is.

    `say` is told, once, who holds it while this waits; a holder marked as a
    server raises Busy instead of being waited for.
    """
    fd, writable = _open(path)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(fd, wait=HOLDER_NOTE_WAIT if writable else 0.0)
            if SERVER_MARK in holder:
                raise Busy(holder.split("\n")[0]) from None
            (say or log.warning)(f"{path.name}: waiting for {holder.split(chr(10))[0]} "
                                 "to finish (Ctrl-C to stop waiting)")
            fcntl.flock(fd, fcntl.LOCK_EX)
        if writable:
            since = dt.datetime.now().strftime("%H:%M:%S")
            note = f"{who} (pid {os.getpid()}, since {since})\n"
            os.ftruncate(fd, 0)
            os.pwrite(fd, (note + (SERVER_MARK + "\n" if server else "")).encode(), 0)
        yield
    finally:
        os.close(fd)  # closing the descriptor lets go of the lock


def _open(path: Path) -> tuple[int, bool]:
    """A descriptor to lock: a folder itself (nothing written in it), else a lock file."""
    cloexec = getattr(os, "O_CLOEXEC", 0)
    if path.is_dir():
        return os.open(path, os.O_RDONLY | cloexec), False
    path.parent.mkdir(parents=True, exist_ok=True)
    return os.open(path, os.O_RDWR | os.O_CREAT | cloexec, 0o644), True


def _holder(fd: int, wait: float) -> str:
    """Who holds the lock, as its holder wrote it in the lock file."""
    deadline = time.monotonic() + wait
    while True:
        try:
            text = os.pread(fd, 4096, 0).decode("utf-8", "replace").strip()
        except OSError:
            text = ""
        if text or time.monotonic() >= deadline:
            return text or "another build"
        time.sleep(HOLDER_POLL)


def main(argv: list[str]) -> int:
    """LOCKFILE WHO [--no-wait-for-me] -- CMD…: run CMD holding the lock."""
    if "--" not in argv or argv.index("--") < 2 or argv.index("--") == len(argv) - 1:
        print("usage: locking.py LOCKFILE WHO [--no-wait-for-me] -- COMMAND…",
              file=sys.stderr)
        return 2
    split = argv.index("--")
    lock, who, *flags = argv[:split]
    command = argv[split + 1:]
    server = "--no-wait-for-me" in flags

    def say(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    try:
        with held(Path(lock), who, server=server, say=say):
            # The lock's descriptor is close-on-exec: this process holds the
            # lock and waits for the command to end.
            return _run(command)
    except Busy as busy:
        say(f"{Path(lock).name}: {busy} is serving this folder; stop it first, "
            "or build into another folder (OUTPUTDIR=…)")
        return EXIT_BUSY
    except KeyboardInterrupt:
        return 130


def _run(command: list[str]) -> int:
    import signal
    import subprocess

    # Ctrl-C reaches the whole foreground group: the command handles it; this
    # process only waits for it to end, then lets go of the lock. (A handler, not
    # SIG_IGN: an ignored signal would stay ignored in the command too.)
    previous = signal.signal(signal.SIGINT, lambda _signal, _frame: None)
    try:
        return subprocess.call(command)
    finally:
        signal.signal(signal.SIGINT, previous)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
