"""Typogrify in the reader, so Pelican's content cache keeps typogrified text; and
bodies rendered on all cores (prerender.py) taken by the reader.

Pelican typogrifies every article after taking it from its content cache, on
every build: 2.9 s of a 5,000-story rebuild where nothing changed. When the site
asks for typogrify, this plugin takes the pass over: every reader typogrifies
what it read (the same filters, the same settings, the same fields: content,
title, summary), Pelican caches that, and Pelican's own pass is turned off.

Pelican's cache does not know which settings shaped what it holds (the
Markdown configuration, the typogrify filters, this module's code), so a
digest of them is kept beside the cache; when it differs, the cache is not
loaded for that build and Pelican fills it afresh.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from . import prerender
from .settings import from_pelican

# The site's own choices, kept while this plugin turns Pelican's off.
CHOICE_KEY = "INCREMENTAL_TYPOGRIFY"
LOAD_CHOICE_KEY = "INCREMENTAL_LOAD_CONTENT_CACHE"
# Taken before any reader runs: MarkdownReader adds to settings["MARKDOWN"] itself.
DIGEST_KEY = "INCREMENTAL_READING_DIGEST"
# Settings that change what a reader returns, so what the content cache holds.
READING_SETTINGS = (
    "TYPOGRIFY", "TYPOGRIFY_IGNORE_TAGS", "TYPOGRIFY_OMIT_FILTERS", "TYPOGRIFY_DASHES",
    "MARKDOWN", "READERS", "FORMATTED_FIELDS", "DEFAULT_METADATA", "TIMEZONE",
    "DEFAULT_DATE_FORMAT", "SLUGIFY_SOURCE", "SLUG_REGEX_SUBSTITUTIONS",
)
STAMP_NAME = "reading-settings.json"
# Fields Pelican typogrifies besides the content (readers.py, Readers.read_file).
TYPOGRIFIED_FIELDS = ("title", "summary")
# What the typogrify pass depends on (handed to prerender's workers).
TYPOGRIFY_SETTINGS = ("TYPOGRIFY_IGNORE_TAGS", "TYPOGRIFY_OMIT_FILTERS", "TYPOGRIFY_DASHES")


def take_over(settings: dict[str, Any]) -> None:
    """At `initialized`: remember the site's TYPOGRIFY and turn off Pelican's pass."""
    if CHOICE_KEY not in settings:
        settings[CHOICE_KEY] = bool(settings.get("TYPOGRIFY"))
    settings["TYPOGRIFY"] = False


def reading_digest(settings: dict[str, Any]) -> str:
    """What shaped the cached content: reading settings and this module's code."""
    chosen = {key: settings.get(key) for key in READING_SETTINGS}
    chosen["TYPOGRIFY"] = settings.get(CHOICE_KEY, settings.get("TYPOGRIFY"))
    chosen["code"] = [Path(__file__).read_text(encoding="utf-8"),
                      Path(prerender.__file__).read_text(encoding="utf-8")]
    return json.dumps(chosen, sort_keys=True, default=repr)


def stamp_path(settings: dict[str, Any]) -> Path:
    return Path(settings["CACHE_PATH"]) / STAMP_NAME


def distrust_stale_cache(settings: dict[str, Any]) -> None:
    """Load Pelican's content cache only if the same reading settings made it."""
    try:
        stored = stamp_path(settings).read_text(encoding="utf-8")
    except OSError:
        stored = None
    settings.setdefault(LOAD_CHOICE_KEY, settings.get("LOAD_CONTENT_CACHE"))
    settings[DIGEST_KEY] = reading_digest(settings)
    if stored != settings[DIGEST_KEY]:
        settings["LOAD_CONTENT_CACHE"] = False


def record_reading_settings(settings: dict[str, Any]) -> None:
    """At `finalized`, after Pelican saved its cache: note what made it. A server
    that rebuilds in the same process loads the cache again from then on."""
    if LOAD_CHOICE_KEY in settings:
        settings["LOAD_CONTENT_CACHE"] = settings[LOAD_CHOICE_KEY]
    if not settings.get("CACHE_CONTENT") or DIGEST_KEY not in settings:
        return
    path = stamp_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(settings[DIGEST_KEY], encoding="utf-8")


def typogrifier(settings: dict[str, Any]):
    """Pelican's typogrify pass (readers.py) as one function of a text."""
    # Imported here, as Pelican does: typogrify is needed only when it is on.
    import smartypants
    from typogrify.filters import typogrify

    dashes = {"oldschool": smartypants.Attr.set2, "oldschool_inverted": smartypants.Attr.set3}
    smartypants.Attr.default = dashes.get(settings["TYPOGRIFY_DASHES"], smartypants.Attr.set1)
    # Docutils writes double quotes as &quot; before this runs (see Pelican).
    smartypants.Attr.default |= smartypants.Attr.w
    omitted = dict.fromkeys(settings["TYPOGRIFY_OMIT_FILTERS"], False)
    return functools.partial(typogrify, ignore_tags=settings["TYPOGRIFY_IGNORE_TAGS"], **omitted)


@functools.cache
def typogrifying(reader_class: type) -> type:
    """A subclass of reader_class whose read() typogrifies (when the site asks for
    it) and takes a body a worker rendered (prerender.py), under the same class
    name: Pelican names an article's `reader` after its reader's class. One
    subclass per reader class, shared by every Readers a build makes."""

    def __init__(self, settings):
        reader_class.__init__(self, settings)
        # Made once per reader, not once per file read.
        self.typogrify = typogrifier(settings) if settings.get(CHOICE_KEY) else None

    def read(self, source_path):
        apply = self.typogrify
        prerendered = prerender.take(self, reader_class, source_path)
        if prerendered:
            content, metadata = prerendered  # typogrified by the worker, when on
        else:
            content, metadata = reader_class.read(self, source_path)
            if apply and content:
                content = apply(content)
        if apply:
            for field in TYPOGRIFIED_FIELDS:
                if field in metadata:
                    metadata[field] = apply(metadata[field])
        return content, metadata

    namespace = {"__init__": __init__, "read": read, "base_reader": reader_class,
                 "__module__": __name__}
    return type(reader_class.__name__, (reader_class,), namespace)


def install_readers(readers) -> None:
    """At `readers_init`: readers typogrify (if the site asked for it) and take
    bodies rendered on all cores (unless INCREMENTAL_READ_WORKERS is 1)."""
    settings = readers.settings
    if not settings.get(CHOICE_KEY) and from_pelican(settings).read_workers == 1:
        return
    for ext, reader_class in list(readers.reader_classes.items()):
        if reader_class and reader_class.__module__ != __name__:
            readers.reader_classes[ext] = typogrifying(reader_class)
