"""The plugin's settings (prefix INCREMENTAL_), defaults in this one place."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# The Makefile builds into OUTPUT.partial and swaps it in: the previous site is OUTPUT.
PARTIAL_SUFFIX = ".partial"
# Pelican's default CACHE_PATH ("cache", relative to where pelican runs) is shared by
# every site built from that folder; when left at it, the cache goes here instead.
CACHE_FOLDER = ".pelican-cache"
PELICAN_DEFAULT_CACHE = "cache"


@dataclass(frozen=True)
class IncrementalSettings:
    enabled: bool
    previous_output: Path  # where last build's site is (the same folder for in-place builds)
    state_dir: Path  # where the manifest of last build lives: beside Pelican's cache
    read_workers: int  # processes rendering Markdown bodies; 0: one per core, 1: none


def previous_output(settings: Mapping[str, Any]) -> Path:
    """Last build's site: INCREMENTAL_PREVIOUS_OUTPUT, else OUTPUT without .partial."""
    given = settings.get("INCREMENTAL_PREVIOUS_OUTPUT")
    if given:
        return Path(given).resolve()
    output = Path(settings["OUTPUT_PATH"]).resolve()
    if output.name.endswith(PARTIAL_SUFFIX):
        return output.with_name(output.name[: -len(PARTIAL_SUFFIX)])
    return output


def cache_beside_output(settings: Mapping[str, Any]) -> Path:
    """Pelican's cache for a site: beside its output folder, outside it (the
    Makefile replaces output/ whole), one per site so parallel builds never share."""
    previous = previous_output(settings)
    return previous.parent / CACHE_FOLDER / previous.name


def from_pelican(settings: Mapping[str, Any]) -> IncrementalSettings:
    cache = Path(settings.get("CACHE_PATH") or cache_beside_output(settings))
    return IncrementalSettings(
        enabled=bool(settings.get("INCREMENTAL_ENABLED", True))
        and os.environ.get("INCREMENTAL", "1") != "0",
        previous_output=previous_output(settings),
        state_dir=Path(settings.get("INCREMENTAL_STATE_PATH") or cache / "incremental").resolve(),
        read_workers=int(settings.get("INCREMENTAL_READ_WORKERS", 0)),
    )
