"""Convert again whenever a seed changes (for `make devserver` and `make regenerate`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import watchfiles

# How long the watcher waits before reporting "nothing yet"; the first such report
# tells us it is running, so no change made during the first conversion is missed.
POLL_MS = 300


def watch(seed_dir: Path, run: Callable[[], object]) -> None:
    """Start watching, convert once, then again after every change, until interrupted.

    `run` converts and prints its own summary.
    """
    changes = watchfiles.watch(seed_dir, rust_timeout=POLL_MS, yield_on_timeout=True)
    try:
        next(changes)
        run()
        for changed in changes:
            if changed:
                run()
    except KeyboardInterrupt:
        pass
