"""Stories' save_as and url kept from the last build (incremental/locations.py)."""

from __future__ import annotations

import datetime as dt
import os

from helpers import REPO
from incremental import seam
from incremental.locations import KeptLocations
from pelican import signals
from pelican.contents import Article
from pelican.settings import read_settings


def made(tmp_path, source: str, slug: str = "s"):
    """A story read from `source`, located as the plugin locates it."""
    chosen = read_settings(str(REPO / "pelicanconf.py"),
                           override={"CACHE_PATH": str(tmp_path / "cache")})
    signals.content_object_init.connect(seam.locate_once)
    try:
        return Article("<p>x</p>", {"title": "T", "slug": slug, "date": dt.datetime(2024, 3, 9)},
                       settings=chosen, source_path=source)
    finally:
        signals.content_object_init.disconnect(seam.locate_once)


def build(tmp_path, source: str, digest: str = "d1", slug: str = "s"):
    """One build that makes the story, reads its location and saves what it found."""
    kept = KeptLocations(tmp_path / "state" / "locations.pickle", digest)
    story = made(tmp_path, source, slug)
    kept.seed(story)
    given = seam.located(story)
    story.is_valid()
    kept.save()
    return story, given


def test_a_story_from_an_unchanged_file_takes_its_last_locations(tmp_path):
    source = tmp_path / "s.md"
    source.write_text("x")
    _story, given = build(tmp_path, str(source))
    assert given is None, "nothing kept before the first build"
    story, given = build(tmp_path, str(source))
    assert given == (("published", True), "2024/03/s/index.html", "2024/03/s/")
    assert story.save_as == "2024/03/s/index.html"


def test_a_changed_file_works_its_locations_out_again(tmp_path):
    source = tmp_path / "s.md"
    source.write_text("x")
    build(tmp_path, str(source))
    source.write_text("xy")
    story, given = build(tmp_path, str(source), slug="t")
    assert given is None
    assert story.save_as == "2024/03/t/index.html"


def test_another_build_digest_works_every_location_out_again(tmp_path):
    source = tmp_path / "s.md"
    source.write_text("x")
    build(tmp_path, str(source))
    _story, given = build(tmp_path, str(source), digest="d2")
    assert given is None


def test_the_kept_locations_are_written_only_when_they_changed(tmp_path):
    source = tmp_path / "s.md"
    source.write_text("x")
    build(tmp_path, str(source))
    kept = tmp_path / "state" / "locations.pickle"
    os.utime(kept, ns=(1, 1))
    build(tmp_path, str(source))
    assert kept.stat().st_mtime_ns == 1


def test_an_unreadable_store_keeps_nothing(tmp_path):
    (tmp_path / "state").mkdir()
    (tmp_path / "state" / "locations.pickle").write_bytes(b"not a pickle")
    source = tmp_path / "s.md"
    source.write_text("x")
    _story, given = build(tmp_path, str(source))
    assert given is None
