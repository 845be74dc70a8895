"""Jobs rendered by forked worker processes (plugins/incremental/workers.py)."""

from __future__ import annotations

import os
import time

import pytest
from incremental.workers import MIN_JOBS, Ahead, RenderError, run_all


def square_and_say_who(job: int) -> tuple[int, int]:
    time.sleep(0.01)  # long enough that every process gets a share
    return job * job, os.getpid()


def test_every_job_is_run_once_by_the_processes_together():
    jobs = list(range(MIN_JOBS * 4))
    done = run_all(jobs, square_and_say_who, workers=3)
    assert sorted(r for r, _pid in done) == [j * j for j in jobs]
    processes = {pid for _r, pid in done}
    assert os.getpid() in processes, "the build's own process takes a share"
    assert len(processes) == 3


def test_two_workers_start_from_either_end():
    jobs = list(range(MIN_JOBS * 4))
    done = run_all(jobs, square_and_say_who, workers=2)
    who = dict(done)
    assert who[0] == os.getpid(), "the build's own process takes story pages first"
    assert who[jobs[-1] ** 2] != os.getpid(), "the forked worker takes the lists first"


def test_few_jobs_stay_in_the_builds_process():
    done = run_all(list(range(MIN_JOBS - 1)), square_and_say_who, workers=4)
    assert {pid for _r, pid in done} == {os.getpid()}


PARENT = os.getpid()


def fail_on_seven(job: int) -> int:
    time.sleep(0.001)
    if job == 7:
        raise ValueError("job seven cannot be rendered")
    return job


def test_a_failing_job_fails_the_whole_render_with_its_error():
    """Whichever process ran it: the build's own raises it, a worker's is reported."""
    with pytest.raises((RenderError, ValueError), match="job seven cannot be rendered"):
        run_all(list(range(MIN_JOBS * 2)), fail_on_seven, workers=2)


def test_a_worker_that_dies_fails_the_render():
    def die(job: int) -> int:
        if os.getpid() != PARENT:
            os._exit(3)
        time.sleep(0.01)  # the worker gets jobs to die on
        return job

    with pytest.raises(RenderError, match="exit code 3"):
        run_all(list(range(MIN_JOBS * 8)), die, workers=2)


def test_jobs_started_ahead_are_run_once_by_the_worker_and_the_process_that_joins_in():
    jobs = list(range(MIN_JOBS * 4))
    ahead = Ahead(jobs, square_and_say_who)
    time.sleep(0.05)  # this process goes on with other work meanwhile
    done = ahead.finish()
    assert sorted(r for r, _pid in done) == [j * j for j in jobs]
    who = dict(done)
    assert who[0] != os.getpid(), "the worker started from the front"
    assert who[jobs[-1] ** 2] == os.getpid(), "the process that joins in takes from the back"
    assert not ahead.child.is_alive()


def test_jobs_started_ahead_and_not_wanted_are_stopped():
    ahead = Ahead(list(range(MIN_JOBS * 40)), square_and_say_who)
    ahead.stop()
    assert not ahead.child.is_alive()


def test_a_failing_job_started_ahead_fails_with_its_error():
    with pytest.raises((RenderError, ValueError), match="job seven cannot be rendered"):
        Ahead(list(range(MIN_JOBS * 2)), fail_on_seven).finish()
