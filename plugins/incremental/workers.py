"""Pages, feeds and files rendered by worker processes.

Once every page has been asked for, the context is complete and nothing changes
it any more: the build forks worker processes, which inherit it as it is (no
copy, no pickling), and each takes jobs from a shared counter, a few at a time,
until none are left. Each worker sends back what it wrote. A worker that fails
fails the build with its error.

The build's own process is one of them: it forks one worker fewer than there
are to be and takes jobs from the front while they take them from the back.
Every page of the memory they share that a render touches (a reference count
is a write) is copied, once for each process that writes to it, but for the
last: the page it leaves behind is its own. A page every renderer touches (the
stories' attributes, which every list shows) is copied once for each forked
worker, so one fewer halves that on two cores. The price: what rendering
allocates in the build's own process (fingerprints' memos, Jinja's and
Pelican's caches) stays with it after rendering.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import threading
import traceback
from collections.abc import Callable, Sequence
from typing import Any

from .heap import Heap

# Jobs taken at a time: few enough to share out evenly, enough to keep the
# counter's lock cold.
CHUNK = 8
# Fewer jobs than this are rendered in the build's own process: forking costs
# more than it saves.
MIN_JOBS = 48


class RenderError(RuntimeError):
    """A worker process failed; the message is its traceback."""


def run_all(jobs: Sequence[Any], run: Callable[[Any], Any], workers: int,
            heap: Heap | None = None) -> list[Any]:
    """run(job) for every job, on `workers` processes; the results in no set order.
    `heap`: the build's (heap.py), when it holds the collector frozen."""
    if workers < 2 or len(jobs) < MIN_JOBS:
        return [run(job) for job in jobs]
    fork = multiprocessing.get_context("fork")
    # The jobs not yet taken: from ends[0] up to ends[1].
    ends = fork.Array("q", [0, len(jobs)])
    give_back_freed_memory()
    # Objects made so far are not collected while the workers run, here or in
    # them: the garbage collector would otherwise touch, and so copy, every
    # page of memory they share.
    with (heap or Heap()).frozen():
        return _run_forked(fork, jobs, run, ends, workers)


def _run_forked(fork, jobs: Sequence[Any], run: Callable[[Any], Any], ends,
                workers: int) -> list[Any]:
    children = []
    try:
        # Every other process takes from the back: Pelican asks for story pages
        # first and the lists after, so one mostly renders stories and the other
        # mostly lists, and fewer of the pages of shared memory a render
        # touches (and so copies) are touched by both.
        for k in range(1, workers):  # each kept as it starts, to be ended if a later one fails
            children.append(_start(fork, jobs, run, ends, k % 2 == 1))
        results = _take(jobs, run, ends, False)
        for child, receive in children:
            results.extend(_collect(child, receive))
        return results
    finally:
        for child, _receive in children:
            _end(child)


class Ahead:
    """run(job) for every job, started now on one forked process while this
    process goes on with other work; `finish` joins in from the other end of
    the jobs and returns every result (in no set order)."""

    def __init__(self, jobs: Sequence[Any], run: Callable[[Any], Any],
                 heap: Heap | None = None) -> None:
        self.jobs, self.run = jobs, run
        fork = multiprocessing.get_context("fork")
        self.ends = fork.Array("q", [0, len(jobs)])
        # Frozen for the child (see run_all); this process goes on collecting
        # its own garbage as the build's heap says.
        with (heap or Heap()).frozen():
            self.child, self.receive = _start(fork, jobs, run, self.ends, False)
        # Its results are taken as soon as it sends them: they are more than a
        # pipe holds (a fingerprint a story), and the worker would otherwise wait
        # until `finish` to send them, keeping meanwhile every page of this
        # process's memory it copied.
        self.outcome: tuple[list[Any] | None, BaseException | None] = (None, None)
        self.reader = threading.Thread(target=self._receive, daemon=True)
        self.reader.start()

    def _receive(self) -> None:
        try:
            self.outcome = (_collect(self.child, self.receive), None)
        except RenderError as error:
            self.outcome = (None, error)

    def finish(self) -> list[Any]:
        try:
            mine = _take(self.jobs, self.run, self.ends, True)
            self.reader.join()
            theirs, error = self.outcome
            if error is not None:
                raise error
            return mine + theirs
        finally:
            self.stop()

    def stop(self) -> None:
        if self.child.is_alive():
            self.child.kill()
        self.reader.join()
        _end(self.child)


class Later:
    """run(job) for every job, on one process forked now; `results` waits for them.

    For work whose result is wanted when the build ends (the site's files,
    walked while the build reads its stories): the process is forked while the
    build is still small, no thread of this process waits on it (render workers
    are forked meanwhile), and it holds its results until they are asked for."""

    def __init__(self, jobs: Sequence[Any], run: Callable[[Any], Any],
                 heap: Heap | None = None) -> None:
        fork = multiprocessing.get_context("fork")
        ends = fork.Array("q", [0, len(jobs)])
        with (heap or Heap()).frozen():
            self.child, self.receive = _start(fork, jobs, run, ends, False)

    def results(self) -> list[Any]:
        try:
            return _collect(self.child, self.receive)
        finally:
            self.stop()

    def stop(self) -> None:
        _end(self.child)


def give_back_freed_memory() -> None:
    """Return to the system the pages the C allocator keeps after Python freed
    what was on them (glibc's malloc_trim; elsewhere nothing happens).

    What this process freed since it read the stories (the readers' cache, each
    story's HTML before it was packed) stays mapped to it otherwise, and is counted
    in its memory while the render workers run."""
    # The symbols this process has loaded: the C library's among them.
    trim = getattr(ctypes.CDLL(None), "malloc_trim", None)
    if trim is not None:
        trim(0)


def _start(fork, jobs: Sequence[Any], run: Callable[[Any], Any], ends, from_back: bool):
    """A forked worker taking jobs from the front or the back, and the end of the
    pipe its results come back on."""
    receive, send = fork.Pipe(duplex=False)
    child = fork.Process(target=_worker, args=(jobs, run, ends, from_back, send), daemon=True)
    try:
        child.start()
    finally:
        send.close()
    return child, receive


def _end(child) -> None:
    """A worker stopped, if it has not ended, and reaped."""
    if child.is_alive():
        child.kill()
    child.join()


def _take(jobs: Sequence[Any], run: Callable[[Any], Any], ends, from_back: bool) -> list[Any]:
    """Run jobs a chunk at a time, from the front or the back of those not yet
    taken, until none are left."""
    done = []
    while True:
        with ends.get_lock():
            front, back = ends[0], ends[1]
            if front >= back:
                return done
            if from_back:
                first, last = max(front, back - CHUNK), back
                ends[1] = first
            else:
                first, last = front, min(back, front + CHUNK)
                ends[0] = last
        done.extend(run(job) for job in jobs[first:last])


def _worker(jobs, run, ends, from_back, send) -> None:
    try:
        send.send(("done", _take(jobs, run, ends, from_back)))
    except BaseException:
        send.send(("failed", traceback.format_exc()))


def _collect(child, receive) -> list[Any]:
    try:
        status, payload = receive.recv()
    except EOFError:
        child.join()
        raise RenderError(f"a render worker ended with exit code {child.exitcode}") from None
    if status != "done":
        raise RenderError(f"a render worker failed:\n{payload}")
    return payload
