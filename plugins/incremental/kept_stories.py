"""Stories read in one build, kept for the next: a rebuild makes again only the
stories whose file changed.

Every build made every story anew from Pelican's content cache: Pelican's
reader, the story's object with its header's fields processed, its URLs worked
out, its tags and authors made, on one core, for every story of the archive
(docs/performance.md has what it cost). Once every story is read
(`article_generator_pretaxonomy`), a process forked then pickles them, without
the site they belong to (seam.leave_site), into the build's state folder; the
next build loads them and hands Pelican each story whose file has the size and
modification time it had (seam.serve_kept_stories), in this build's site again
(seam.rejoin_site). Stories are kept only under the same build digest (settings,
theme, plugin code, Pelican's version), reading digest and environment (locale,
time zone); a draft is read again every build (a story dated ahead is a draft
until its date, then published).
"""

from __future__ import annotations

import logging
import os
import pickle
from pathlib import Path
from typing import Any

from . import seam
from .files import stat
from .fingerprint import digest
from .heap import Heap
from .uptodate import ENVIRONMENT
from .workers import Later, RenderError

log = logging.getLogger(__name__)

FILE = "stories.pickle"
FORMAT = 2
# Statuses a story keeps whatever the clock says (a draft may be one by its date).
KEPT_STATUSES = frozenset({"published", "hidden"})


def kept_key(build_digest: str, reading_digest: str) -> str:
    """What the kept stories were made under: no other build may take them."""
    parts = [str(FORMAT), build_digest, reading_digest]
    parts += [f"{name}={os.environ.get(name, '')}" for name in ENVIRONMENT]
    return digest("\n".join(parts))


def _stamp(path: str) -> tuple[int, int, int] | None:
    """files.stat() of a story's file (size, mtime, inode); None if it has none."""
    try:
        return stat(path)
    except (OSError, TypeError, ValueError):
        return None


class KeptStories:
    """The last build's stories, by source file; and which files this build's are."""

    def __init__(self, path: Path, key: str, heap: Heap) -> None:
        self.path, self.key, self.heap = path, key, heap
        self.kept: dict[str, tuple[tuple[int, int, int], Any]] = {}
        # Each story of this build's file stamp, as it was when the story was made.
        self.stamps: dict[str, tuple[int, int, int]] = {}
        self.taken = 0
        self.writer: Later | None = None

    def load(self, settings: dict, context: dict, labels) -> None:
        """Read the last build's stories into this build's site (`labels`: the
        build's one label per name, labels.Labels)."""
        try:
            with open(self.path, "rb") as f, self.heap.frozen():
                stored = pickle.load(f)
            if stored.get("format") != FORMAT or stored.get("key") != self.key:
                return
            kept = stored["stories"]
        except (OSError, EOFError, ValueError, TypeError, KeyError, AttributeError,
                ImportError, IndexError, pickle.UnpicklingError):
            return
        for _stamp_then, story in kept.values():
            seam.rejoin_site(story, settings, context)
            seam.share_labels(story, labels.one)
        self.kept = kept

    def take(self, source: str):
        """The kept story of this file, if the file is as it was; else None."""
        found = self.kept.pop(source, None)
        if found is None:
            return None
        stamp = _stamp(source)
        if stamp != found[0]:
            return None
        self.stamps[source] = stamp
        self.taken += 1
        return found[1]

    def note(self, content) -> None:
        """A story made this build (read from its file): its file's stamp now."""
        source = getattr(content, "source_path", None)
        stamp = _stamp(source) if source else None
        if stamp is not None:
            self.stamps[source] = stamp

    def keep(self, stories) -> None:
        """Every story is read: pickle them for the next build, on a process forked
        now (the build goes on meanwhile)."""
        chosen = {s.source_path: (self.stamps[s.source_path], s) for s in stories
                  if s.status in KEPT_STATUSES and s.source_path in self.stamps}
        self.kept = {}
        self.writer = Later([chosen], self._write, self.heap)

    def _write(self, chosen: dict) -> None:
        """In the forked process: the stories alone, written whole or not at all."""
        for _stamp_then, story in chosen.values():
            seam.leave_site(story)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        with open(tmp, "wb") as f:
            pickle.dump({"format": FORMAT, "key": self.key, "stories": chosen}, f,
                        protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, self.path)

    def wait(self) -> None:
        """The build ends: the stories are written (a failure only costs the next
        build its head start)."""
        if self.writer is None:
            return
        try:
            self.writer.results()
        except RenderError as exc:
            log.warning("incremental: could not keep the stories for the next build: %s", exc)
        self.writer = None

    def stop(self) -> None:
        if self.writer is not None:
            self.writer.stop()
            self.writer = None
