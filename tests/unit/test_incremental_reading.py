"""Readers typogrify in place of Pelican's pass after the cache (plugins/incremental/reading.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import REPO
from incremental import reading
from pelican import signals
from pelican.readers import Readers
from pelican.settings import read_settings

ARTICLE = """Title: NASA & AT&T "agree" -- on relays
Date: 2024-03-12 09:00
Summary: The deal covers NASA's relays & ground stations.

NASA said AT&T would carry relay traffic. "It is the largest," an official said -- twice.

## What the FCC approved

<p>R&D costs & a <abbr>GPS</abbr> upgrade.</p>
"""


def settings(tmp_path: Path, **overrides) -> dict:
    return read_settings(str(REPO / "pelicanconf.py"), override={
        "CACHE_PATH": str(tmp_path / "cache"), "CACHE_CONTENT": False, **overrides})


def read(readers: Readers, path: Path):
    article = readers.read_file(str(path.parent), path.name)
    return article._content, article.metadata["title"], article.metadata["summary"]


@pytest.mark.parametrize("omit", [["smartypants", "widont"], []])
def test_the_reader_typogrifies_exactly_as_pelicans_own_pass(tmp_path, omit):
    path = tmp_path / "story.md"
    path.write_text(ARTICLE, encoding="utf-8")
    pelicans = Readers(settings(tmp_path, TYPOGRIFY_OMIT_FILTERS=omit))
    ours_settings = settings(tmp_path, TYPOGRIFY_OMIT_FILTERS=omit)
    reading.take_over(ours_settings)
    signals.readers_init.connect(reading.install_readers)  # as register() wires it
    try:
        ours = Readers(ours_settings)
    finally:
        signals.readers_init.disconnect(reading.install_readers)
    want, got = read(pelicans, path), read(ours, path)
    assert '<span class="caps">NASA</span>' in want[0]
    assert got == want
    assert ours.readers["md"].__class__.__name__ == "MarkdownReader"


def test_without_typogrify_the_readers_are_pelicans(tmp_path):
    chosen = settings(tmp_path, TYPOGRIFY=False)
    reading.take_over(chosen)
    readers = Readers(chosen)
    before = dict(readers.reader_classes)
    reading.install_readers(readers)
    assert readers.reader_classes == before


def test_a_cache_made_with_other_reading_settings_is_not_loaded(tmp_path):
    first = settings(tmp_path, LOAD_CONTENT_CACHE=True, CACHE_CONTENT=True)
    reading.take_over(first)
    reading.distrust_stale_cache(first)
    assert first["LOAD_CONTENT_CACHE"] is False, "no record of what made the cache"
    reading.record_reading_settings(first)
    assert first["LOAD_CONTENT_CACHE"] is True, "the site's own choice is back"

    same = settings(tmp_path, LOAD_CONTENT_CACHE=True, CACHE_CONTENT=True)
    reading.take_over(same)
    reading.distrust_stale_cache(same)
    assert same["LOAD_CONTENT_CACHE"] is True

    other = settings(tmp_path, LOAD_CONTENT_CACHE=True, CACHE_CONTENT=True,
                     TYPOGRIFY_OMIT_FILTERS=["caps"])
    reading.take_over(other)
    reading.distrust_stale_cache(other)
    assert other["LOAD_CONTENT_CACHE"] is False
