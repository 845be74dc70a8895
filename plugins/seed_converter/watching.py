"""Convert again whenever a seed changes (for `make devserver` and `make regenerate`)."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import watchfiles


def watch(seed_dir: Path, run: Callable[[], object]) -> None:
    """Run once, then after every change in the seed folder, until interrupted."""
    print(run().line(), flush=True)
    try:
        for _changes in watchfiles.watch(seed_dir):
            print(run().line(), flush=True)
    except KeyboardInterrupt:
        pass
