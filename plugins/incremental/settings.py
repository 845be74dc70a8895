"""The plugin's settings: one prefix (INCREMENTAL_), defaults in one table, merged once
per build into a frozen IncrementalSettings."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

PREFIX = "INCREMENTAL_"
DEFAULTS = MappingProxyType({
    # Reuse last build's file for a page whose inputs did not change. The
    # environment variable INCREMENTAL=0 turns it off too (`make html INCREMENTAL=0`).
    "INCREMENTAL_ENABLED": True,
    # The fast paths that reach into Pelican (seam.py): rendering on all cores,
    # Markdown on all cores, typogrify kept in the cache, pages kept unrendered.
    # Off, the site is built by Pelican's own code paths: slower, same bytes.
    "INCREMENTAL_FAST_PATHS": True,
    # Where last build's site is; None: the output folder without `.partial`.
    "INCREMENTAL_PREVIOUS_OUTPUT": None,
    # Where the manifest of last build lives; None: beside Pelican's cache.
    "INCREMENTAL_STATE_PATH": None,
    # Processes rendering Markdown bodies, and rendering pages: 0 is one per
    # core, 1 renders in the build's own process.
    "INCREMENTAL_READ_WORKERS": 0,
    "INCREMENTAL_RENDER_WORKERS": 0,
    # A fresh-folder build stops before reading anything when nothing it reads
    # changed and last build's site is as that build left it (uptodate.py).
    # Off by default: the build's caller must then keep the previous site, as
    # `python -m news_site build` (which sets it) and the Makefile do.
    "INCREMENTAL_SKIP_UNCHANGED": False,
    # A fresh-folder build over a site that is there writes only what changed
    # into its folder and, once the build has succeeded, commits that to the site
    # (staging.py). Off by default: the build's caller must commit, as
    # `python -m news_site build` (which sets it) does.
    "INCREMENTAL_STAGED": False,
})

# The Makefile builds into OUTPUT.partial and swaps it in: the previous site is OUTPUT.
PARTIAL_SUFFIX = ".partial"
# Pelican's default CACHE_PATH ("cache", relative to where pelican runs) is shared by
# every site built from that folder; when left at it, the cache goes here instead.
CACHE_FOLDER = ".pelican-cache"
PELICAN_DEFAULT_CACHE = "cache"


@dataclass(frozen=True)
class IncrementalSettings:
    enabled: bool
    fast_paths: bool
    previous_output: Path  # where last build's site is (the same folder for in-place builds)
    state_path: Path | None  # where the manifest of last build lives, if not beside the cache
    read_workers: int  # processes rendering Markdown bodies (0: one per core)
    render_workers: int  # processes rendering pages, feeds and the sitemap (0: one per core)
    skip_unchanged: bool  # a fresh-folder build with nothing to do stops (uptodate.py)
    staged: bool  # a fresh-folder build stages only what changed (staging.py)


def merged(settings: Mapping[str, Any]) -> dict[str, Any]:
    """The defaults overlaid with whatever INCREMENTAL_ settings the site sets."""
    return dict(DEFAULTS, **{k: v for k, v in settings.items() if k.startswith(PREFIX)})


def previous_output(settings: Mapping[str, Any], given: str | None = None) -> Path:
    """Last build's site: INCREMENTAL_PREVIOUS_OUTPUT, else OUTPUT without .partial."""
    if given:
        return Path(given).resolve()
    output = Path(settings["OUTPUT_PATH"]).resolve()
    if output.name.endswith(PARTIAL_SUFFIX):
        return output.with_name(output.name[: -len(PARTIAL_SUFFIX)])
    return output


def cache_beside(previous: Path) -> Path:
    """Pelican's cache for a site: beside its output folder, outside it (the
    Makefile replaces output/ whole), one per site so parallel builds never share."""
    return previous.parent / CACHE_FOLDER / previous.name


def cores(workers: int) -> int:
    """A worker count as set (0: one per core), never below one."""
    return max(1, workers or os.cpu_count() or 1)


def from_pelican(settings: Mapping[str, Any]) -> IncrementalSettings:
    """Merge INCREMENTAL_ settings over the defaults; once, when Pelican is set up."""
    given = merged(settings)
    state = given["INCREMENTAL_STATE_PATH"]
    return IncrementalSettings(
        enabled=bool(given["INCREMENTAL_ENABLED"]) and os.environ.get("INCREMENTAL", "1") != "0",
        fast_paths=bool(given["INCREMENTAL_FAST_PATHS"]),
        previous_output=previous_output(settings, given["INCREMENTAL_PREVIOUS_OUTPUT"]),
        state_path=Path(state).resolve() if state else None,
        read_workers=cores(int(given["INCREMENTAL_READ_WORKERS"])),
        render_workers=cores(int(given["INCREMENTAL_RENDER_WORKERS"])),
        skip_unchanged=bool(given["INCREMENTAL_SKIP_UNCHANGED"]),
        staged=bool(given["INCREMENTAL_STAGED"]),
    )


def state_dir(options: IncrementalSettings, cache_path: str) -> Path:
    """Where the manifest of last build lives: as set, else in Pelican's cache."""
    return options.state_path or (Path(cache_path) / "incremental").resolve()
