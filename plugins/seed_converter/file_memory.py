"""What the converter learnt from each file it read, reused while the file is unchanged.

A pass that finds nothing changed would otherwise read and hash every seed and
every article. Instead each seed's digest, and what the scan takes from each
article, is remembered with the file's stat (size, mtime, ctime, inode), and
reused only while a fresh stat is exactly the same. Two rules make a match
mean "the same bytes":

- A write changes ctime, and no program can set ctime back (utime sets only
  mtime and atime); replacing a file changes its inode.
- A file is remembered only if it had been left alone for SETTLE_NS before it
  was read ("racy" timestamps, as git calls them): a later write then gets a
  ctime after the one remembered, even on a file system whose clock ticks
  coarsely. A file written moments ago is read again next pass.

The memory is kept by its owner across passes (the devserver, the watching
command) and, when given a file, in the build cache between processes. It is a
shortcut only: losing it costs time, never a result, and whatever it says, the
article a write replaces is checked byte for byte at the moment of writing
(store.write_article).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

# Longer than any file system's timestamp step (FAT's is 2 s).
SETTLE_NS = 3_000_000_000
# Saved beside Pelican's cache; a file made by other code is ignored.
FORMAT = 1
# The code that works out what is remembered: change it, and nothing old is trusted.
CODE = ("file_memory.py", "store.py", "writing.py", "naming.py")

Key = tuple[int, int, int, int]


def stat_key(st: os.stat_result) -> Key:
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


def kept_in(cache_dir: Path) -> Path:
    """The memory's file in a cache folder (Pelican's CACHE_PATH, or the command's --cache-dir)."""
    return cache_dir / "seed_converter" / "files.json"


def code_digest() -> str:
    here = Path(__file__).parent
    parts = [(here / name).read_bytes() for name in CODE]
    return hashlib.sha256(b"\0".join(parts)).hexdigest()[:16]


class FileMemory:
    """Values learnt from files, by kind ("seed", "article") and absolute path."""

    def __init__(self, path: Path | None = None, *, clock: Callable[[], int] = time.time_ns,
                 settle_ns: int = SETTLE_NS) -> None:
        self.path = path  # where it is kept between processes, if anywhere
        self._clock = clock
        self._settle_ns = settle_ns
        self._entries: dict[str, dict[str, tuple[Key, object]]] = {}
        self._used: dict[str, set[str]] = {}
        self._loaded = path is None
        self._changed = False

    def now(self) -> int:
        """The time a read starts, to pass to remember()."""
        return self._clock()

    def recall(self, kind: str, path: str, st: os.stat_result) -> object | None:
        """The value remembered for this file, if its stat is still the one it had."""
        self._load()
        self._used.setdefault(kind, set()).add(path)
        found = self._entries.get(kind, {}).get(path)
        if found is None or found[0] != stat_key(st):
            return None
        return found[1]

    def remember(self, kind: str, path: str, st: os.stat_result, value: object,
                 read_at: int) -> None:
        """Keep what was learnt from the file that had stat `st` when a read
        started at `read_at`; not if it had changed too shortly before (see above)."""
        self._used.setdefault(kind, set()).add(path)
        if max(st.st_mtime_ns, st.st_ctime_ns) > read_at - self._settle_ns:
            self._entries.get(kind, {}).pop(path, None)
            return
        self._entries.setdefault(kind, {})[path] = (stat_key(st), value)
        self._changed = True

    def forget_unused(self) -> None:
        """End of a pass: drop the files it did not look at (deleted, or elsewhere)."""
        for kind, entries in self._entries.items():
            used = self._used.get(kind, set())
            for path in [p for p in entries if p not in used]:
                del entries[path]
                self._changed = True
        self._used = {}

    def save(self) -> None:
        """Write the memory to its file, if it has one and anything changed."""
        if self.path is None or not self._changed:
            return
        data = {"format": FORMAT, "code": code_digest(),
                "entries": {kind: {p: [list(k), v] for p, (k, v) in entries.items()}
                            for kind, entries in self._entries.items()}}
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # ASCII: a seed's name may hold bytes that are not UTF-8 (as surrogates).
            tmp.write_text(json.dumps(data, separators=(",", ":")), encoding="ascii")
            os.replace(tmp, self.path)
            self._changed = False
        except OSError as e:
            tmp.unlink(missing_ok=True)
            log.info("seed_converter: could not keep what was read in %s (%s); "
                     "the next run reads every file again", self.path, e.strerror)

    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        try:
            data = json.loads(self.path.read_text(encoding="ascii"))
            if data.get("format") != FORMAT or data.get("code") != code_digest():
                return
            self._entries = {kind: {p: (tuple(k), v) for p, (k, v) in entries.items()}
                             for kind, entries in data["entries"].items()}
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            self._entries = {}  # missing or unreadable: every file is read, as without it
