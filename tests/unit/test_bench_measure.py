"""The bench's measure of a command (bench/measure.py) counts every process the
command started, also one its parent did not wait for (a forkserver's pool)."""

from __future__ import annotations

import importlib.util
import sys

from helpers import REPO

# A process whose child outlives it and works for WORK seconds of its own CPU time.
WORK = 0.3
ORPHAN = f"""
import os, time
if os.fork() == 0:
    while time.process_time() < {WORK}:
        pass
    os._exit(0)
os._exit(0)
"""


def _measure():
    spec = importlib.util.spec_from_file_location("bench_measure", REPO / "bench" / "measure.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks its module up
    spec.loader.exec_module(module)
    return module


def test_a_process_left_behind_by_the_command_is_counted():
    measure = _measure()
    got = measure.run([sys.executable, "-c", ORPHAN])
    assert got.returncode == 0
    assert got.cpu >= WORK, "the orphan's CPU time reaches the measure"


def test_after_the_measure_this_process_adopts_no_more_orphans():
    import ctypes

    measure = _measure()
    measure.run([sys.executable, "-c", "pass"])
    answer = ctypes.c_int(-1)
    PR_GET_CHILD_SUBREAPER = 37
    ctypes.CDLL(None).prctl(PR_GET_CHILD_SUBREAPER, ctypes.byref(answer), 0, 0, 0)
    assert answer.value == 0
