"""The build holds the garbage collector off what it has made until it ends
(plugins/incremental/heap.py), and a process that builds again collects the
last build's garbage first."""

from __future__ import annotations

import gc
import weakref
from types import SimpleNamespace

import pytest
from helpers import REPO
from incremental import plugin
from incremental.heap import Heap
from incremental.workers import MIN_JOBS, run_all
from pelican.settings import read_settings


@pytest.fixture(autouse=True)
def nothing_frozen_before_or_after():
    gc.unfreeze()
    yield
    gc.unfreeze()


class Cycle:
    """An object that only the cyclic collector can free."""

    def __init__(self) -> None:
        self.me = self


def test_a_held_heap_stays_frozen_until_released():
    heap = Heap()
    heap.hold()
    assert gc.get_freeze_count() > 0
    with heap.frozen():
        pass
    assert gc.get_freeze_count() > 0, "a block inside the build's hold does not thaw it"
    heap.release()
    assert gc.get_freeze_count() == 0


def test_a_block_frozen_alone_is_thawed_after_it():
    with Heap().frozen():
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0


def test_cyclic_garbage_made_before_the_hold_waits_for_the_release():
    heap = Heap()
    cycle = Cycle()
    gone = weakref.ref(cycle)
    heap.hold()
    del cycle
    gc.collect()
    assert gone() is not None, "frozen: not walked by the collector"
    heap.release()
    gc.collect()
    assert gone() is None


def test_rendering_on_all_cores_keeps_the_builds_hold():
    heap = Heap()
    heap.hold()
    done = run_all(list(range(MIN_JOBS)), lambda job: job, workers=2, heap=heap)
    assert sorted(done) == list(range(MIN_JOBS))
    assert heap.held and gc.get_freeze_count() > 0
    heap.release()


def test_rendering_on_all_cores_without_a_hold_thaws_what_it_froze():
    run_all(list(range(MIN_JOBS)), lambda job: job, workers=2)
    assert gc.get_freeze_count() == 0


def pelican_for(tmp_path):
    settings = read_settings(str(REPO / "pelicanconf.py"), override={
        "OUTPUT_PATH": str(tmp_path / "output"), "CACHE_PATH": None})
    return SimpleNamespace(settings=settings, output_path=str(tmp_path / "output"))


def test_a_new_build_collects_the_last_builds_garbage_before_it_holds(tmp_path):
    site = pelican_for(tmp_path)
    receivers = plugin.Incremental()
    receivers.initialized(site)
    receivers.build_starts(site)
    # What the devserver keeps of a build (its stories, in cycles) until the next.
    receivers.live = Cycle()
    gone = weakref.ref(receivers.live)
    receivers.build_starts(site)
    assert gone() is None
    receivers.build.keep_made()
    receivers.build.abandon()
    assert gc.get_freeze_count() == 0, "a build that stops half-way thaws what it held"
