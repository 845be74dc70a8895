"""The seed folder as files: which entries are seeds, and reading one safely.

Only regular files inside the seed folder are read. A symbolic link is never
followed (it could publish a file from anywhere on the machine), and a named
pipe, device or socket is never opened (a pipe blocks for ever, /dev/zero never
ends). Each is skipped with its reason. A file is read through one descriptor
opened without following links and without blocking, and its type is checked
on that descriptor, so a file swapped for a link or a pipe after it was listed
is refused too; at most SEED_MAX_BYTES + 1 bytes are ever read.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from .errors import SeedSkipped
from .naming import display, extension, is_hidden
from .reading import too_large

# What a file that is not a regular file is, in words, by its stat type.
SPECIAL_KINDS: tuple[tuple[int, str], ...] = (
    (stat.S_IFIFO, "a named pipe (FIFO)"),
    (stat.S_IFCHR, "a character device"),
    (stat.S_IFBLK, "a block device"),
    (stat.S_IFSOCK, "a socket"),
    (stat.S_IFDIR, "a folder"),
    (stat.S_IFLNK, "a symbolic link"),
)
NOT_REGULAR = "not a regular file: {kind}; only regular files are read"
LINK_OUTSIDE = ("a symbolic link leading outside the seed folder: links are never followed, "
                "so nothing outside the seed folder is published")
LINK_INSIDE = ("a symbolic link to {target}: links are never followed "
               "(that file is read under its own name)")
LINK_BROKEN = "a symbolic link to nothing: links are never followed"
# Opened without following a link and without waiting for a writer (a pipe).
OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
              | getattr(os, "O_CLOEXEC", 0))
READ_CHUNK = 1 << 20


@dataclass(frozen=True)
class Refused:
    """A seed-named entry that is not read, and why."""

    seed: str  # path relative to the seed folder
    reason: str


@dataclass(frozen=True)
class Listing:
    seeds: tuple[str, ...]  # regular files with a seed's extension, sorted
    ignored: tuple[str, ...]  # files that are not seeds by name (images, .DS_Store)
    refused: tuple[Refused, ...]  # links, pipes, devices: never read


def list_seeds(seed_dir: Path, extensions: tuple[str, ...]) -> Listing:
    """Walk the folder without following links; sort what is found into a Listing."""
    seeds: list[str] = []
    ignored: list[str] = []
    refused: list[Refused] = []
    root = os.path.realpath(seed_dir)
    pending = [""]
    while pending:
        folder = pending.pop()
        with os.scandir(seed_dir / folder if folder else seed_dir) as it:
            entries = sorted(it, key=lambda e: e.name)
        for entry in entries:
            if is_hidden(entry.name):
                continue
            rel = f"{folder}/{entry.name}" if folder else entry.name
            if entry.is_dir(follow_symlinks=False):
                pending.append(rel)
            elif entry.is_symlink():
                if entry.is_dir() or extension(entry.name) in extensions:
                    refused.append(Refused(rel, _link_reason(entry.path, root)))
                else:
                    ignored.append(rel)
            elif extension(entry.name) not in extensions:
                ignored.append(rel)
            elif entry.is_file(follow_symlinks=False):
                seeds.append(rel)
            else:
                kind = _kind(entry.stat(follow_symlinks=False).st_mode)
                refused.append(Refused(rel, NOT_REGULAR.format(kind=kind)))
    return Listing(tuple(sorted(seeds)), tuple(sorted(ignored)),
                   tuple(sorted(refused, key=lambda r: r.seed)))


def read_seed_file(path: Path, max_bytes: int) -> bytes:
    """A regular file's bytes, at most max_bytes; raise SeedSkipped for anything else."""
    try:
        fd = os.open(path, OPEN_FLAGS)
    except OSError as e:
        if os.path.islink(path):
            raise SeedSkipped(NOT_REGULAR.format(kind="a symbolic link")) from e
        raise
    with os.fdopen(fd, "rb", buffering=0) as f:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise SeedSkipped(NOT_REGULAR.format(kind=_kind(mode)))
        size = os.fstat(fd).st_size
        if size > max_bytes:
            raise SeedSkipped(too_large(size, max_bytes))
        # The size on disk can be wrong (a file still being written): count what is read.
        chunks, got = [], 0
        while got <= max_bytes:
            chunk = f.read(min(READ_CHUNK, max_bytes + 1 - got))
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
    if got > max_bytes:
        raise SeedSkipped(f"too large: more than {max_bytes:,} bytes read, the limit is "
                          f"{max_bytes:,} (SEED_MAX_BYTES)")
    return b"".join(chunks)


def _kind(mode: int) -> str:
    file_type = stat.S_IFMT(mode)
    return next((kind for t, kind in SPECIAL_KINDS if t == file_type), "not a file")


def _link_reason(path: str, root: str) -> str:
    target = os.path.realpath(path)
    if not os.path.lexists(target):
        return LINK_BROKEN
    if target == root or not target.startswith(root.rstrip(os.sep) + os.sep):
        return LINK_OUTSIDE
    return LINK_INSIDE.format(target=display(os.path.relpath(target, root).replace(os.sep, "/")))
