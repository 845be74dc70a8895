"""A build with nothing to do stops before it reads a story.

`make html` builds into a fresh folder and swaps it in. With nothing changed,
that build still reads every story from the cache, works out every page's
inputs and links every unchanged file into the fresh folder: seconds at archive
scale, for the very site already there. So a build that ends well leaves a
stamp of what it read and of the site it left; the next build, once the seeds
are converted, compares (`check`): when everything it would read is as it was
and the site is exactly as that build left it, it stops with UpToDate, writing
nothing, and the Makefile keeps the site as it is.

What a build reads, in the stamp's digest of its inputs:
- the settings, the theme's templates, the plugins' code and Pelican's version
  (manifest.build_digest), this plugin's own settings, and every installed
  package's version and Python's;
- every file of the content, theme and seed folders, by its stat (the seeds too:
  the build report lists seeds that made no story);
- the locale and time zone of the environment, which Pelican formats dates in;
- the clock: SOURCE_DATE_EPOCH as set, and the time until which the site's
  clock-dependent parts (a story dated ahead, the news sitemap's window) stay as
  they are: a plugin whose pages read the clock puts the next time one changes
  in the context under seed_converter.clock.HOLDS_UNTIL, and a build from then
  on does all its work.
The site itself is compared by each file's path, size, mtime and inode, so a
file deleted, added or edited in it since means a full build, which puts it
right. Only a fresh-folder build asked to (INCREMENTAL_SKIP_UNCHANGED, which
`python -m news_site build` sets) stops early; any build that starts removes
the stamp, and only one that finishes writes it again.
"""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import json
import logging
import os
import stat
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from seed_converter.clock import EPOCH_VARIABLE, HOLDS_UNTIL, now

from .files import walk_files
from .fingerprint import digest
from .manifest import build_digest
from .settings import PREFIX

log = logging.getLogger(__name__)

__all__ = ["HOLDS_UNTIL", "Stamp", "UpToDate", "digest_of_files", "file_line", "file_lines",
           "inputs_digest", "is_current", "load", "output_digest", "save", "save_digest",
           "stamp_path"]

FORMAT = 1
# The environment a build reads: the build's time, and the locale and time zone
# Pelican formats dates in (its LOCALE setting defaults to the environment's).
ENVIRONMENT = (EPOCH_VARIABLE, "LANG", "LANGUAGE", "LC_ALL", "LC_TIME", "LC_CTYPE", "TZ")


class UpToDate(Exception):
    """The last build's site, untouched, is what this build would write."""


@dataclass(frozen=True)
class Stamp:
    inputs: str  # digest of what the build read
    output: str  # digest of the site it left: each file's path, size, mtime, inode
    holds_until: float | None  # POSIX time the clock-dependent parts change; None: never


def stamp_path(state_dir: Path, previous_output: Path) -> Path:
    return state_dir / f"up-to-date-{digest(str(previous_output))[:12]}.json"


def inputs_digest(settings: Mapping[str, Any]) -> str:
    """Everything a build reads, as one digest (see the module's docstring)."""
    parts = [build_digest(settings), f"python {sys.version}"]
    parts += [f"{name}={os.environ.get(name, '')}" for name in ENVIRONMENT]
    # This plugin's own settings, which the build digest leaves out: a build with
    # the fast paths off, or fewer workers, writes the same site, and is checked
    # to; it must run to be.
    parts += sorted(f"{k}={v!r}" for k, v in settings.items() if k.startswith(PREFIX))
    parts += sorted(f"{d.metadata['Name']} {d.version}"
                    for d in importlib.metadata.distributions())
    for key in ("PATH", "THEME", "SEED_DIR"):
        if settings.get(key):
            # Through links, as Pelican reads the content folder (os.walk followlinks).
            files = _stats(str(settings[key]), "", set())
            parts.append(f"{key}: {digest(chr(10).join(sorted(files)))}")
    return digest("\n".join(parts))


def output_digest(folder: Path) -> str:
    """The site as it is on disk, links as links. Not ctime: linking unchanged files
    into the next build's folder, and deleting the previous one, change every
    file's link count."""
    return digest_of_files(file_lines(folder).values())


def file_lines(folder: Path) -> dict[str, str]:
    """Every file of the site (links as links) by its name under the site, with
    its file_line(). A staged build never changes the site before its commit, so
    its plan can have them worked out while the build runs (staging.py)."""
    return {name: file_line(name, entry.stat(follow_symlinks=False))
            for name, entry in walk_files(str(folder))}


def file_line(name: str, st: os.stat_result) -> str:
    """A site file in output_digest: its path under the site ("a/b.html"), size,
    mtime and inode."""
    return f"/{name} {st.st_size} {st.st_mtime_ns} {st.st_ino}"


def digest_of_files(lines: Iterable[str]) -> str:
    """output_digest of a site whose files are these file_line()s."""
    return digest("\n".join(sorted(lines)))


def _stats(path: str, rel: str, seen: set[tuple[int, int]]) -> Iterator[str]:
    """Every file under path through links, with its ctime; a dangling link as
    such; each folder once (device, inode), so that a link loop ends."""
    try:
        entries = list(os.scandir(path))
    except (FileNotFoundError, NotADirectoryError):
        return
    for entry in entries:
        name = f"{rel}/{entry.name}"
        try:
            st = entry.stat()
        except FileNotFoundError:  # a dangling link
            yield f"{name} dangling"
            continue
        if stat.S_ISDIR(st.st_mode):
            if (st.st_dev, st.st_ino) not in seen:
                seen.add((st.st_dev, st.st_ino))
                yield from _stats(entry.path, name, seen)
            continue
        yield f"{file_line(name[1:], st)} {st.st_ctime_ns}"


def load(path: Path) -> Stamp | None:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if raw.get("format") != FORMAT:
            return None
        return Stamp(raw["inputs"], raw["output"], raw["holds_until"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def is_current(stamp: Stamp | None, inputs: str, previous_output: Path) -> bool:
    """The stamp is of these inputs, the clock has not reached a change, and the
    last build's site is exactly as that build left it."""
    if stamp is None or stamp.inputs != inputs:
        return False
    if stamp.holds_until is not None and now().timestamp() >= stamp.holds_until:
        return False
    return previous_output.is_dir() and output_digest(previous_output) == stamp.output


def save(path: Path, inputs: str, output_folder: Path, holds_until: dt.datetime | None) -> None:
    """Write the stamp of a build that ended well, atomically."""
    save_digest(path, inputs, output_digest(output_folder),
                holds_until.timestamp() if holds_until is not None else None)


def save_digest(path: Path, inputs: str, output: str, holds_until: float | None) -> None:
    """Write the stamp of a build that ended well, its site's output_digest known."""
    stamp = {"format": FORMAT, "inputs": inputs, "output": output, "holds_until": holds_until}
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps(stamp), encoding="utf-8")
        os.replace(tmp, path)
    except OSError as e:  # only a shortcut lost: the next build does all its work
        log.warning("incremental: could not save %s (%s)", path, e.strerror)
        tmp.unlink(missing_ok=True)
