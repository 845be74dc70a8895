"""Pelican wiring: register() only connects signals."""

from __future__ import annotations

from pelican import signals

from .relink import relink_unchanged
from .settings import PELICAN_DEFAULT_CACHE, cache_beside_output, from_pelican
from .writer import ACTIVE, IncrementalWriter


def place_cache(pelican) -> None:
    """Keep Pelican's content cache beside the site it belongs to (see settings.py)."""
    if pelican.settings.get("CACHE_PATH") in (None, PELICAN_DEFAULT_CACHE):
        pelican.settings["CACHE_PATH"] = str(cache_beside_output(pelican.settings))


def use_writer(pelican):
    """Hand Pelican our writer, unless INCREMENTAL_ENABLED is off (or INCREMENTAL=0)."""
    return IncrementalWriter if from_pelican(pelican.settings).enabled else None


def finish(pelican) -> None:
    """Remember what this build wrote; keep unchanged files the writer does not own."""
    if not ACTIVE:
        return
    writer = ACTIVE.pop()
    writer.save()
    options = writer.options
    relink_unchanged(pelican.output_path, options.previous_output, writer.manifest)


def register() -> None:
    # initialized: settings are final and no generator has opened the cache yet.
    signals.initialized.connect(place_cache)
    # get_writer: Pelican asks for a writer once per build, after every context is read.
    signals.get_writer.connect(use_writer)
    # finalized: every file is written; listed after news_site so its search
    # index (also built at finalized) is on disk when unchanged files are relinked.
    signals.finalized.connect(finish)
