"""A broken content cache is thrown away with a warning, never a failed build.

Pelican loads its content cache with pickle and catches only I/O and unpickling
errors: an empty or cut-short cache file (a build killed while saving it, a full
disk) raises EOFError, and every later build fails until someone deletes the
file. Before any generator opens the cache, each cache file is checked for the
shape every whole pickle has (it starts with the PROTO opcode and ends with
STOP); one that does not is deleted, with a warning, and Pelican fills the
cache afresh. Checking the two ends costs two small reads, not a load.
"""

from __future__ import annotations

import gzip
import logging
import re
from pathlib import Path

log = logging.getLogger(__name__)

# Pelican's cache files: "<Generator>" (generator layer), "<Generator>-Readers".
CACHE_NAME = re.compile(r"[A-Za-z]+Generator(-Readers)?")
PICKLE_START = b"\x80"  # PROTO: every pickle of protocol 2 or later starts with it
PICKLE_END = b"."  # STOP: every whole pickle ends with it
GZIP_START = b"\x1f\x8b"


def discard_broken(cache_path: Path, gzipped: bool) -> list[str]:
    """Delete cache files that cannot be whole pickles; return their names."""
    dropped = []
    if not cache_path.is_dir():
        return dropped
    for path in sorted(cache_path.iterdir()):
        if not CACHE_NAME.fullmatch(path.name) or not path.is_file():
            continue
        problem = _problem(path, gzipped)
        if problem:
            path.unlink(missing_ok=True)
            log.warning("incremental: Pelican's cache file %s was %s; discarded, the cache "
                        "is rebuilt by this build", path, problem)
            dropped.append(path.name)
    return dropped


def _problem(path: Path, gzipped: bool) -> str | None:
    try:
        size = path.stat().st_size
        if size == 0:
            return "empty"
        with path.open("rb") as f:
            head = f.read(2)
            if gzipped:
                if head != GZIP_START:
                    return "not gzip data"
                with gzip.open(path, "rb") as g:
                    return None if g.read(1) == PICKLE_START else "not a pickle"
            f.seek(-1, 2)
            tail = f.read(1)
    except (OSError, EOFError) as e:
        return f"unreadable ({e})"
    if not head.startswith(PICKLE_START):
        return "not a pickle"
    if tail != PICKLE_END:
        return "cut short"
    return None
