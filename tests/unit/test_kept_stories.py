"""Stories kept from one build for the next (incremental/kept_stories.py)."""

from __future__ import annotations

import datetime as dt
import logging

from helpers import REPO
from incremental.heap import Heap
from incremental.kept_stories import KeptStories
from incremental.labels import Labels
from pelican.contents import Article
from pelican.settings import read_settings
from pelican.urlwrappers import Tag


def site(tmp_path):
    chosen = read_settings(str(REPO / "pelicanconf.py"),
                           override={"CACHE_PATH": str(tmp_path / "cache")})
    return chosen, {"SITENAME": chosen["SITENAME"]}


def story(tmp_path, source, title="Harbour vote", **metadata):
    chosen, context = site(tmp_path)
    return Article("<p>The vote was put off.</p>",
                   {"title": title, "date": dt.datetime(2024, 3, 9),
                    "tags": [Tag("Harbour", chosen)], **metadata},
                   settings=chosen, context=context, source_path=str(source))


def first_build(tmp_path, *stories, key="k1"):
    kept = KeptStories(tmp_path / "state" / "stories.pickle", key, Heap())
    for s in stories:
        kept.note(s)
    kept.keep(stories)
    kept.wait()


def next_build(tmp_path, key="k1"):
    chosen, context = site(tmp_path)
    kept = KeptStories(tmp_path / "state" / "stories.pickle", key, Heap())
    kept.load(chosen, context, Labels())
    return kept, chosen, context


def test_the_story_of_an_unchanged_file_is_served_in_the_next_builds_site(tmp_path):
    source = tmp_path / "s.md"
    source.write_text("x")
    first_build(tmp_path, story(tmp_path, source))
    kept, chosen, context = next_build(tmp_path)
    served = kept.take(str(source))
    assert served.title == "Harbour vote" and served.save_as == "2024/03/harbour-vote/index.html"
    assert served.settings is chosen and served._context is context
    assert served.tags[0].settings is chosen
    assert kept.take(str(source)) is None, "each file's story is served once"


def test_a_changed_file_is_read_again(tmp_path):
    source = tmp_path / "s.md"
    source.write_text("x")
    first_build(tmp_path, story(tmp_path, source))
    source.write_text("xy")
    kept, _chosen, _context = next_build(tmp_path)
    assert kept.take(str(source)) is None


def test_stories_kept_under_another_key_are_not_served(tmp_path):
    source = tmp_path / "s.md"
    source.write_text("x")
    first_build(tmp_path, story(tmp_path, source))
    kept, _chosen, _context = next_build(tmp_path, key="k2")
    assert kept.take(str(source)) is None


def test_a_draft_is_read_every_build(tmp_path):
    """A story dated ahead is a draft until its date: its status is the clock's."""
    draft, published = tmp_path / "d.md", tmp_path / "p.md"
    draft.write_text("x")
    published.write_text("y")
    first_build(tmp_path, story(tmp_path, draft, "Ahead", status="draft"),
                story(tmp_path, published))
    kept, _chosen, _context = next_build(tmp_path)
    assert kept.take(str(draft)) is None
    assert kept.take(str(published)) is not None


def test_an_unreadable_store_serves_nothing(tmp_path):
    (tmp_path / "state").mkdir()
    (tmp_path / "state" / "stories.pickle").write_bytes(b"not a pickle")
    source = tmp_path / "s.md"
    source.write_text("x")
    kept, _chosen, _context = next_build(tmp_path)
    assert kept.take(str(source)) is None


def test_stories_that_cannot_be_kept_cost_only_a_warning(tmp_path, caplog):
    source = tmp_path / "s.md"
    source.write_text("x")
    (tmp_path / "state").write_text("a file where the state folder would be")
    with caplog.at_level(logging.WARNING):
        first_build(tmp_path, story(tmp_path, source))
    assert "could not keep the stories" in caplog.text
