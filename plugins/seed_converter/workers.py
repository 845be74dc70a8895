"""Seeds converted by worker processes, none of them the build's own.

The extraction stages load what they need once per process (numpy, LightGBM's
library, the line labeller's model, the language tables, the given names),
and workers forked after that share it. Loaded in the process that builds the
site, it would stay there to the end of the build, under what reading,
rendering and the search index hold. So the build forks one worker, which loads
it and forks the others from itself; each takes seeds from a shared counter, a
few at a time, and sends every result straight back to the build's process,
which hands them on in the order of the seeds.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import traceback
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.connection import wait
from typing import Any

# Seeds a worker takes at a time: few enough to share out evenly.
CHUNK = 4
# How long a stopped conversion waits for its workers to end before killing them.
STOP_SECONDS = 10


class WorkerError(RuntimeError):
    """A conversion worker failed or ended before sending its results."""


def run_apart(jobs: Sequence[Any], run: Callable[[Any], Any], prepare: Callable[[], None],
              workers: int, meanwhile: Callable[[], None] | None = None) -> Iterator[Any]:
    """run(job) for every job, in `workers` forked processes that share what
    prepare() loaded; the results in the order of the jobs. meanwhile(), if given,
    runs in this process while the first worker prepares, on the core it leaves idle."""
    fork = multiprocessing.get_context("fork")
    counter = fork.Value("q", 0)
    pipes = [fork.Pipe(duplex=False) for _ in range(max(1, workers))]
    # Not a daemon: a daemon process may not fork the others.
    first = fork.Process(target=_first, args=(jobs, run, prepare, counter, pipes))
    first.start()
    for _receive, send in pipes:
        send.close()
    try:
        if meanwhile is not None:
            meanwhile()
        yield from _in_order(len(jobs), [receive for receive, _send in pipes])
    finally:
        with counter.get_lock():  # stopped early: no worker takes another seed
            counter.value = len(jobs)
        for receive, _send in pipes:
            receive.close()
        first.join(STOP_SECONDS)
        if first.is_alive():
            first.kill()
            first.join()


def _in_order(count: int, receivers: list) -> Iterator[Any]:
    waiting: dict[int, Any] = {}
    listening = list(receivers)
    for index in range(count):
        while index not in waiting:
            if not listening:
                raise WorkerError("the conversion workers ended before every seed was "
                                  "converted (one was killed?)")
            for receive in wait(listening):
                try:
                    kind, at, payload = receive.recv()
                except EOFError:
                    kind = "end"
                if kind == "failed":
                    raise WorkerError(f"a conversion worker failed:\n{payload}")
                if kind == "end":
                    listening.remove(receive)
                else:
                    waiting[at] = payload
        yield waiting.pop(index)


def _first(jobs, run, prepare, counter, pipes) -> None:
    """The first worker: load, then fork the others, then work alongside them."""
    for receive, _send in pipes:
        receive.close()
    prepare()
    # What is loaded now is shared with the others: never collected there, so
    # the garbage collector does not touch (and copy) its pages.
    gc.freeze()
    fork = multiprocessing.get_context("fork")
    others = []
    for _receive, send in pipes[1:]:
        other = fork.Process(target=_work, args=(jobs, run, counter, send), daemon=True)
        other.start()
        send.close()
        others.append(other)
    _work(jobs, run, counter, pipes[0][1])
    for other in others:
        other.join()


def _work(jobs, run, counter, send) -> None:
    try:
        while True:
            with counter.get_lock():
                first = counter.value
                counter.value = first + CHUNK
            if first >= len(jobs):
                break
            for index in range(first, min(first + CHUNK, len(jobs))):
                send.send(("done", index, run(jobs[index])))
        send.send(("end", 0, None))
    except (BrokenPipeError, ConnectionResetError):
        return  # the build stopped listening: nothing to tell it
    except BaseException:
        with contextlib.suppress(OSError):
            send.send(("failed", 0, traceback.format_exc()))
