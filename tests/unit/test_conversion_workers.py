"""Seeds converted by forked workers the build's process never hosts
(plugins/seed_converter/workers.py)."""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import time

import pytest
from seed_converter.workers import WorkerError, run_apart


def slowly_squared(job: int) -> tuple[int, int, bool]:
    time.sleep(random.random() / 200)  # finish out of order
    return job * job, os.getpid(), os.environ.get(MARK) == "loaded"


# What prepare() loads, as the workers see it (a process's own environment).
MARK = "TEST_CONVERSION_WORKERS_PREPARED"


def load() -> None:
    os.environ[MARK] = "loaded"


def test_results_come_in_the_order_of_the_jobs_from_workers_that_loaded_once():
    jobs = list(range(200))
    done = list(run_apart(jobs, slowly_squared, load, workers=3))
    assert [r for r, _pid, _loaded in done] == [j * j for j in jobs]
    processes = {pid for _r, pid, _loaded in done}
    assert os.getpid() not in processes, "the build's own process converts nothing"
    assert len(processes) == 3
    assert all(loaded for _r, _pid, loaded in done), "every worker shares what was loaded"
    assert MARK not in os.environ, "the build's own process loads nothing"


def test_meanwhile_runs_in_the_builds_process_before_the_first_result():
    calls = []
    done = run_apart(list(range(20)), slowly_squared, load, workers=2,
                     meanwhile=lambda: calls.append(os.getpid()))
    first = next(done)
    assert calls == [os.getpid()], "once, here, before any result is handed on"
    assert first[0] == 0 and len([first, *done]) == 20
    assert calls == [os.getpid()]


def fail_on_seven(job: int) -> int:
    if job == 7:
        raise ValueError("seed seven cannot be converted")
    return job


def test_a_failing_worker_fails_the_conversion_with_its_error():
    with pytest.raises(WorkerError, match="seed seven"):
        list(run_apart(list(range(50)), fail_on_seven, lambda: None, workers=2))


def die_on_seven(job: int) -> int:
    if job == 7:
        os.kill(os.getpid(), signal.SIGKILL)
    return job


def test_a_killed_worker_fails_the_conversion():
    with pytest.raises(WorkerError, match="ended before"):
        list(run_apart(list(range(50)), die_on_seven, lambda: None, workers=2))


def test_a_conversion_stopped_early_leaves_no_worker_running():
    results = run_apart(list(range(400)), slowly_squared, lambda: None, workers=2)
    assert next(results)[0] == 0
    results.close()
    time.sleep(0.2)
    assert multiprocessing.active_children() == []
