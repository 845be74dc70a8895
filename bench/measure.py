"""Run a command and measure it: wall time, CPU time of it and all its children, peak memory."""

from __future__ import annotations

import contextlib
import ctypes
import os
import resource
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

# How often the process tree's memory is sampled. A sample reads each process's
# smaps_rollup, for which the kernel walks the process's page tables (5-20 ms for a
# build's processes together), on the cores the build runs on: every 0.05 s the
# sampler took a fifth of a core from a 2-core build, and from Hugo's, but not
# from plain Pelican's one process (docs/performance.md).
SAMPLE_SECONDS = 0.2
PAGE = os.sysconf("SC_PAGE_SIZE")
# prctl(2)'s PR_SET_CHILD_SUBREAPER: while a command runs, a process of its tree
# whose parent ends before it is re-parented to this process instead of to init,
# so that reaping it brings its CPU time into RUSAGE_CHILDREN. A build does not wait
# for the server multiprocessing's forkserver starts (the share cards' drawing pool
# comes from one): it outlives the build by a moment, and before this, its workers'
# CPU (most of a cold build's card drawing) went uncounted.
PR_SET_CHILD_SUBREAPER = 36
# How long a command's leftover processes are waited for once it has ended.
ORPHAN_WAIT_SECONDS = 30


@dataclass(frozen=True)
class Run:
    """What one command cost."""

    wall: float  # seconds
    cpu: float  # user + system seconds of the command and every process it started
    system: float  # the system (kernel) part of cpu: file creation, page faults, forks
    peak_tree_mib: float  # highest sum of proportional set sizes over the process tree
    peak_process_mib: float  # the largest single process's peak resident memory
    started: float  # time.time() at start, to line up with stamps taken inside
    returncode: int
    output: str


def _children_of(pid: int) -> list[int] | None:
    """The process's children, as the kernel lists them per thread; None where it
    does not (a kernel built without CONFIG_PROC_CHILDREN)."""
    found: list[int] = []
    try:
        threads = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found  # it has ended
    for tid in threads:
        try:
            with open(f"/proc/{pid}/task/{tid}/children", "rb") as f:
                found.extend(int(child) for child in f.read().split())
        except FileNotFoundError:
            if not os.path.exists(f"/proc/{pid}/task"):
                return found
            return None
        except OSError:
            continue
    return found


def _children() -> dict[int, list[int]]:
    """Every process's children, from every process's stat: the slow way."""
    tree: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat.rsplit(b")", 1)[1].split()[1])
        tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def _memory(pid: int) -> int:
    """A process's proportional set size: its own pages, plus its share of pages it
    shares (forked render workers share most of the build's memory; summing their
    resident sizes would count those pages once per process). Resident size where
    the kernel does not say."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as f:
            for line in f:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            return int(f.read().split()[1]) * PAGE
    except OSError:
        return 0


def _tree_memory(root: int) -> int:
    tree: dict[int, list[int]] | None = None
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        children = _children_of(pid) if tree is None else None
        if children is None:
            tree = tree or _children()
            children = tree.get(pid, [])
        todo.extend(children)
        total += _memory(pid)
    return total


def run(cmd: list[str], cwd: Path | None = None, env: dict[str, str] | None = None) -> Run:
    """Run cmd to completion; never raise on a non-zero exit (the caller reports it).

    What earlier commands wrote is flushed to disk first: otherwise a build timed
    right after another (the rebuilds after Hugo's and plain Pelican's builds,
    which write tens of thousands of files) shares the disk with the kernel
    writing those back."""
    os.sync()
    with _adopting_orphans():
        return _run(cmd, cwd, env)


def _run(cmd: list[str], cwd: Path | None, env: dict[str, str] | None) -> Run:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.time()
    t0 = time.perf_counter()
    # GNU time reports the largest single process's peak (ru_maxrss of its child).
    maxrss_file = Path(f"/tmp/bench-maxrss-{os.getpid()}")
    timed = ["/usr/bin/time", "-q", "-f", "%M", "-o", str(maxrss_file), *cmd]
    proc = subprocess.Popen(timed, cwd=cwd, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.wait(SAMPLE_SECONDS):
            peak = max(peak, _tree_memory(proc.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output, _ = proc.communicate()
    wall = time.perf_counter() - t0
    done.set()
    sampler.join()
    _reap_orphans()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    system = after.ru_stime - before.ru_stime
    cpu = (after.ru_utime - before.ru_utime) + system
    try:
        largest = int(maxrss_file.read_text().split()[-1]) / 1024
    except (OSError, ValueError, IndexError):
        largest = float("nan")
    return Run(wall, cpu, system, peak / 2**20, largest, started, proc.returncode, output)


@contextlib.contextmanager
def _adopting_orphans():
    """This process as the subreaper of what it runs, for the block (Linux; elsewhere
    a leftover process's CPU goes uncounted, as before)."""
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        yield
        return
    adopted = prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    try:
        yield
    finally:
        if adopted:
            prctl(PR_SET_CHILD_SUBREAPER, 0, 0, 0, 0)


def _reap_orphans() -> None:
    """Wait for the processes the command left behind (this process's children now),
    up to ORPHAN_WAIT_SECONDS."""
    deadline = time.monotonic() + ORPHAN_WAIT_SECONDS
    while time.monotonic() < deadline:
        try:
            pid, _status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return  # none left
        if pid == 0:
            time.sleep(0.01)
