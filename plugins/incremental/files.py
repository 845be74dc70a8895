"""Writing into the output folder without disturbing last build's: a file is written
to a fresh inode (never through a hard link), and a file identical to last build's
is that very file, linked."""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pelican.utils import sanitised_join

from .manifest import file_name

log = logging.getLogger(__name__)


def stat(path: str) -> tuple[int, int, int]:
    """What says a file is still the one written: size, mtime and inode."""
    st = os.stat(path)
    return (st.st_size, st.st_mtime_ns, st.st_ino)


def read_bytes(path: str) -> bytes:
    with open(path, "rb") as f:
        return f.read()


@dataclass
class Output:
    """This build's output folder, beside (or the same as) last build's."""

    path: str
    previous: Path
    # A staged build (staging.py): only what changed is written here; a file kept
    # stays in last build's folder, which the commit updates.
    staged: bool = False
    _made: set[str] = field(default_factory=set)
    # Whether this build writes into last build's folder (make devserver).
    _same_folder: bool = field(init=False)

    def __post_init__(self) -> None:
        self._same_folder = os.path.abspath(self.previous) == os.path.abspath(self.path)

    def target(self, name: str) -> str:
        return sanitised_join(self.path, name)

    def site_file(self, name: str) -> str:
        """Where a file of this build is: written here, or in a staged build kept
        in last build's folder."""
        path = self.target(name)
        if self.staged and not os.path.lexists(path):
            return self._old(name)
        return path

    def in_place(self, name: str) -> bool:
        """Whether last build's file for `name` is the very path written (a name
        that would leave the output folder is refused by target())."""
        return self._same_folder

    def remove_stale(self, keys) -> int:
        """In an in-place build, delete what the last build wrote and this one did not
        (a deleted story's page, a tag no story has any more), and emptied folders."""
        removed = 0
        for key in sorted(keys):
            name = file_name(key)
            path = self.target(name)
            if self.in_place(name) and os.path.isfile(path):
                os.unlink(path)
                removed += 1
                remove_empty_folders(os.path.dirname(path), self.path)
        return removed

    def write(self, name: str, text: str) -> tuple[str, bool]:
        """Write a file, or keep last build's if it has exactly these bytes (linked
        into a fresh folder, left where it is by a staged build).

        Returns the path and whether last build's file was kept."""
        data = text.encode("utf-8")
        old = self._old(name)
        if not self.in_place(name):
            try:
                if os.path.getsize(old) == len(data) and read_bytes(old) == data:
                    if self.staged:
                        return old, True
                    path = self._fresh(name)
                    os.link(old, path)
                    return path, True
            except OSError:
                pass
        path = self._fresh(name)
        with open(path, "wb") as f:
            f.write(data)
        log.info('Writing "%s"', path)
        return path, False

    def keep(self, name: str, was: tuple) -> bool:
        """Take last build's file if it is still the one written then; False: render."""
        old, path = self._old(name), self.target(name)
        try:
            if tuple(stat(old)) != tuple(was):
                return False
            # Mostly its folder is made ahead (skeleton.py) and nothing is in the
            # way: one link, no look first.
            if not (self.in_place(name) or self.staged) and not _linked(old, path):
                self._dir_of(path)
                _clear(path)
                if not _linked(old, path):
                    shutil.copy2(old, path)
        except OSError:
            return False
        return True

    def _old(self, name: str) -> str:
        return os.path.join(self.previous, name)

    def _fresh(self, name: str) -> str:
        """The path to write, unlinked first: never write through a hard link."""
        path = self.target(name)
        self._dir_of(path)
        _clear(path)
        return path

    def _dir_of(self, path: str) -> None:
        """Create a folder once per build: thousands of pages share few folders' parents."""
        folder = os.path.dirname(path)
        if folder not in self._made:
            os.makedirs(folder, exist_ok=True)
            self._made.add(folder)


def _linked(old: str, path: str) -> bool:
    """Hard-link last build's file to path; False if the link could not be made."""
    try:
        os.link(old, path)
    except OSError:
        return False
    return True


def _clear(path: str) -> None:
    """Remove what is at path: a file, or an empty folder made ahead for last
    build's files (skeleton.py) where this build writes a file."""
    if not os.path.lexists(path):
        return
    try:
        os.unlink(path)
    except (IsADirectoryError, PermissionError):
        if not os.path.isdir(path) or os.path.islink(path):
            raise
        os.rmdir(path)


def remove_empty_folders(folder: str, root: str) -> None:
    """Remove `folder` and its parents up to `root` while they are empty."""
    root = os.path.abspath(root)
    folder = os.path.abspath(folder)
    while folder != root and folder.startswith(root + os.sep):
        try:
            os.rmdir(folder)
        except OSError:
            return
        folder = os.path.dirname(folder)


def walk_files(root: str, folder: str = "") -> Iterator[tuple[str, os.DirEntry]]:
    """Every entry under root/folder that is not a folder (links are not followed):
    its name relative to root, and its entry (stat it only if needed)."""
    try:
        with os.scandir(os.path.join(root, folder)) as entries:
            found = list(entries)
    except FileNotFoundError:
        return
    for entry in found:
        name = os.path.join(folder, entry.name)
        if entry.is_dir(follow_symlinks=False):
            yield from walk_files(root, name)
        else:
            yield name, entry
