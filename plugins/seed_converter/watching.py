"""Convert again whenever a seed changes (for `make devserver` and `make regenerate`)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import watchfiles

# How long the watcher waits before reporting "nothing yet"; the first such report
# tells us it is running, so no change made during the first conversion is missed.
POLL_MS = 300

log = logging.getLogger(__name__)


def watch(seed_dir: Path, run: Callable[[], object]) -> None:
    """Start watching, convert once, then again after every change, until interrupted.

    `run` converts and prints its own summary.
    """
    changes = watchfiles.watch(seed_dir, rust_timeout=POLL_MS, yield_on_timeout=True)
    try:
        next(changes)
        _survive(run)
        for changed in changes:
            if changed:
                _survive(run)
    except KeyboardInterrupt:
        pass


def _survive(run: Callable[[], object]) -> None:
    """Convert; a failure is logged and the watcher goes on (the server keeps serving).

    Each seed's own failures are already caught per seed; this is for the rest
    (a content folder that cannot be written, say), which may be mended while
    the watcher waits for the next change.
    """
    try:
        run()
    except Exception as e:
        log.error("seed_converter: converting failed, still watching: %s: %s",
                  type(e).__name__, e)
