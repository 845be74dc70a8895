"""Typogrify in the reader, so Pelican's content cache keeps typogrified text; and
bodies rendered on all cores (prerender.py) taken by the reader.

Pelican typogrifies every article after taking it from its content cache, on
every build. When the site asks for typogrify, this plugin takes the pass over:
every reader typogrifies what it read (the same filters, the same settings, the
same fields), Pelican caches that, and Pelican's own pass is turned off.

Pelican's cache does not know which settings shaped what it holds (the
Markdown configuration, the typogrify filters, this code), so a digest of them
is kept beside the cache; when it differs, the cache is not loaded for that
build and Pelican fills it afresh.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pelican

from . import prerender, seam

# Settings that change what a reader returns, so what the content cache holds.
READING_SETTINGS = (
    "TYPOGRIFY", "TYPOGRIFY_IGNORE_TAGS", "TYPOGRIFY_OMIT_FILTERS", "TYPOGRIFY_DASHES",
    "MARKDOWN", "READERS", "FORMATTED_FIELDS", "DEFAULT_METADATA", "TIMEZONE",
    "DEFAULT_DATE_FORMAT", "SLUGIFY_SOURCE", "SLUG_REGEX_SUBSTITUTIONS",
)
STAMP_NAME = "reading-settings.json"


def reading_digest(settings: dict[str, Any], typogrify: bool, readers_typogrify: bool) -> str:
    """What shaped the cached content: reading settings, who typogrifies (the
    readers: the cache holds typogrified text), Pelican and this code."""
    chosen = {key: settings.get(key) for key in READING_SETTINGS}
    chosen["TYPOGRIFY"] = typogrify
    chosen["readers typogrify"] = typogrify and readers_typogrify
    chosen["pelican"] = getattr(pelican, "__version__", "")
    chosen["code"] = [Path(module.__file__).read_text(encoding="utf-8")
                      for module in (seam, prerender)] + [Path(__file__).read_text("utf-8")]
    return json.dumps(chosen, sort_keys=True, default=repr)


def stamp_path(settings: dict[str, Any]) -> Path:
    return Path(settings["CACHE_PATH"]) / STAMP_NAME


def cache_made_alike(settings: dict[str, Any], digest: str) -> bool:
    """True if Pelican's content cache was made with these reading settings."""
    try:
        return stamp_path(settings).read_text(encoding="utf-8") == digest
    except OSError:
        return False


def note_cache_made(settings: dict[str, Any], digest: str) -> None:
    """After Pelican saved its cache: note what made it."""
    if not settings.get("CACHE_CONTENT"):
        return
    path = stamp_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(digest, encoding="utf-8")


def reader_classes(readers, typogrify: bool, bodies: prerender.Bodies | None) -> None:
    """At `readers_init`: readers typogrify (if the site asked for it) and take
    bodies rendered on all cores; one subclass per reader class and build."""
    if not typogrify and bodies is None:
        return
    apply = seam.typogrifier(readers.settings) if typogrify else None
    for ext, reader_class in list(readers.reader_classes.items()):
        if reader_class:
            readers.reader_classes[ext] = _typogrifying(reader_class, apply, bodies)


def _typogrifying(reader_class: type, apply, bodies: prerender.Bodies | None) -> type:
    def read(self, source_path):
        taken = bodies.take(self, source_path) if bodies is not None else None
        if taken:
            content, metadata = taken  # typogrified by the worker, when on
        else:
            content, metadata = reader_class.read(self, source_path)
            if apply and content:
                content = apply(content)
        if apply:
            for field in seam.TYPOGRIFIED_FIELDS:
                if field in metadata:
                    metadata[field] = apply(metadata[field])
        return content, metadata

    return seam.reader_subclass(reader_class, {"read": read, "__module__": __name__})
