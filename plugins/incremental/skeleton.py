"""The folders of a fresh output folder, made ahead, on another core.

A build into a fresh folder (`make html` builds into OUTPUT.partial) must make
every folder last build had before it can link a kept page there: one per story,
per list page and per audit page. A `mkdir` is kernel work, and making them as
pages are checked took a large share of the render workers' time. While the
build's own process reads and enriches the stories on one core, a forked process
makes the folders of the files last build's writer wrote, so the render workers
find them made.

Only when last build had the same settings, theme and code (the same build
digest), so the same paths are what they were. Folders made for files this
build does not write again (a deleted story's) are removed at the end if they
are still empty: the output holds exactly the folders it would without this.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Iterable
from dataclasses import dataclass

log = logging.getLogger(__name__)

# Fewer folders than this: forking costs more than making them where needed.
MIN_FOLDERS = 64


def folders_of(names: Iterable[str]) -> frozenset[str]:
    """Every folder, relative to the output, that files of these names sit in,
    with the folders above them."""
    found: set[str] = set()
    for name in names:
        folder = os.path.dirname(os.path.normpath(name))
        while folder and folder not in found:
            found.add(folder)
            folder = os.path.dirname(folder)
    return frozenset(found)


def make_folders(root: str, folders: Iterable[str]) -> None:
    """Make the folders under root, parents first; one that cannot be made is
    left to whoever writes there."""
    for folder in sorted(folders):
        try:
            os.mkdir(os.path.join(root, folder))
        except OSError:
            continue


def remove_unused(root: str, made: Iterable[str], used: frozenset[str]) -> int:
    """Remove the folders made ahead that no written file needed and that stayed
    empty, deepest first; return how many."""
    removed = 0
    for folder in sorted(set(made) - used, key=lambda f: f.count(os.sep), reverse=True):
        try:
            os.rmdir(os.path.join(root, folder))
            removed += 1
        except OSError:  # something else was written there: not empty
            continue
    return removed


@dataclass
class Skeleton:
    """The folders one build makes ahead: started once, waited for before pages
    are rendered, tidied when every file is written."""

    root: str
    folders: frozenset[str]
    process: multiprocessing.process.BaseProcess | None = None

    @classmethod
    def start(cls, root: str, names: Iterable[str]) -> Skeleton | None:
        """Make the folders of these files under root in a forked process, or
        None when there are too few to be worth it."""
        folders = folders_of(names)
        if len(folders) < MIN_FOLDERS:
            return None
        os.makedirs(root, exist_ok=True)
        fork = multiprocessing.get_context("fork")
        process = fork.Process(target=make_folders, args=(root, folders), daemon=True)
        process.start()
        return cls(root, folders, process)

    def wait(self) -> None:
        """Wait until every folder is made (the render workers are forked next)."""
        if self.process is not None:
            self.process.join()
            self.process = None

    def finish(self, written: Iterable[str]) -> int:
        """Remove what was made for files this build did not write, if empty."""
        self.wait()
        removed = remove_unused(self.root, self.folders, folders_of(written))
        if removed:
            log.info("incremental: %d folders made ahead were not needed", removed)
        return removed
