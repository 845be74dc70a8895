"""Pelican wiring: register() only connects signals."""

from __future__ import annotations

from pelican import signals

from . import prerender
from .grouping import fast_groups
from .reading import distrust_stale_cache, install_readers, record_reading_settings, take_over
from .relink import relink_unchanged
from .settings import PELICAN_DEFAULT_CACHE, cache_beside_output, from_pelican
from .writer import ACTIVE, IncrementalWriter


def prepare_cache(pelican) -> None:
    """Keep Pelican's content cache beside the site it belongs to (see settings.py),
    let readers typogrify so the cache holds typogrified text (see reading.py),
    and load the cache only if the same reading settings made it."""
    settings = pelican.settings
    if settings.get("CACHE_PATH") in (None, PELICAN_DEFAULT_CACHE):
        settings["CACHE_PATH"] = str(cache_beside_output(settings))
    take_over(settings)
    distrust_stale_cache(settings)


def use_writer(pelican):
    """Hand Pelican our writer, unless INCREMENTAL_ENABLED is off (or INCREMENTAL=0)."""
    return IncrementalWriter if from_pelican(pelican.settings).enabled else None


def finish(pelican) -> None:
    """Remember what this build wrote; keep unchanged files the writer does not own."""
    record_reading_settings(pelican.settings)
    if not ACTIVE:
        return
    writer = ACTIVE.pop()
    writer.save()
    options = writer.options
    relink_unchanged(pelican.output_path, options.previous_output, writer.manifest)


def register() -> None:
    # initialized: settings are final and no generator has opened the cache yet.
    signals.initialized.connect(prepare_cache)
    # readers_init: once per set of readers (articles, pages), before any is made.
    signals.readers_init.connect(install_readers)
    # article_generator_preread: sent before each article is read; the first one
    # starts rendering every uncached Markdown body on all cores.
    signals.article_generator_preread.connect(prerender.start)
    # article_generator_finalized: every article is read and grouped; the workers
    # are done, and no tag, section or author page is written yet.
    signals.article_generator_finalized.connect(prerender.stop)
    signals.article_generator_finalized.connect(fast_groups)
    # get_writer: Pelican asks for a writer once per build, after every context is read.
    signals.get_writer.connect(use_writer)
    # finalized: every file is written; listed after news_site so its search
    # index (also built at finalized) is on disk when unchanged files are relinked.
    signals.finalized.connect(finish)
