"""The garbage collector's view of the build's process.

A build makes its long-lived objects in a few waves (modules and settings, the
stories read from the cache, every context and enrichment) and keeps them to
the end. Python's collector walks every tracked object in a full collection,
and starts one whenever the objects that outlived two collections grew by a
quarter: a build that grows to millions of objects walks them again and again.
Frozen (`gc.freeze`), objects already made are left out of every later
collection; the build freezes what it holds after each wave and thaws it all
when it ends. Only cyclic garbage waits for the thaw: anything else is freed
by its reference count, frozen or not.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


class Heap:
    """Whether this build holds the collector frozen, and the one place that
    freezes and thaws it (gc.freeze is one switch for the whole process: a
    thaw anywhere thaws everything)."""

    def __init__(self) -> None:
        self.held = False

    def hold(self) -> None:
        """Leave every object made so far out of collections until release()."""
        gc.freeze()
        self.held = True

    def release(self) -> None:
        """Put every frozen object back under the collector (the build ends)."""
        if self.held:
            gc.unfreeze()
            self.held = False

    @contextlib.contextmanager
    def frozen(self) -> Iterator[None]:
        """Objects made so far frozen while the block runs (processes forked in
        it inherit them frozen), and thawed after it unless the build holds them."""
        gc.freeze()
        try:
            yield
        finally:
            if not self.held:
                gc.unfreeze()


def collect_garbage() -> None:
    """A full collection, where a process that builds again (`make devserver`)
    has time for it: when a build starts, the last build's objects, dropped just
    now, are collected before this build freezes what it holds (which would keep
    them until it ends); when a build ends, the collection its end makes due (every
    object it held is back under the collector) runs while the server waits, not
    when the next change comes in and its story should go live."""
    gc.collect()
