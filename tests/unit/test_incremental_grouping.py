"""Story lists that answer `story in group` from a set (incremental/grouping.py)."""

from __future__ import annotations

from pathlib import Path

from helpers import REPO
from incremental import seam
from incremental.grouping import StoryList
from pelican.generators import ArticlesGenerator
from pelican.settings import read_settings


class Story:
    """Compared by identity, as Pelican's Content is."""


def test_membership_is_by_identity_as_for_a_plain_list():
    stories = [Story() for _ in range(5)]
    group = StoryList(stories[:3])
    for story in stories:
        assert (story in group) == (story in stories[:3])


def test_a_list_that_grew_answers_for_its_new_stories():
    group, late = StoryList([Story()]), Story()
    group.append(late)
    assert late in group


def test_a_list_changed_in_place_answers_for_what_it_holds_now():
    a, b, c = Story(), Story(), Story()
    group = StoryList([a, b])
    group[0] = c
    group.remove(b)
    assert (a in group, b in group, c in group) == (False, False, True)
    assert a not in StoryList([b]) and b not in StoryList([a])  # each list its own set


def test_pelicans_grouped_pages_list_the_same_stories(tmp_path: Path):
    content = tmp_path / "content"
    content.mkdir()
    for i in range(12):
        tags = ", ".join(f"t{j}" for j in range(4) if i % (j + 2) == 0)
        (content / f"s{i}.md").write_text(
            f"Title: Story {i}\nDate: 2024-01-{i + 1:02d}\nCategory: c{i % 3}\n"
            f"Author: a{i % 4}\nTags: {tags}\n\nText {i}.\n", encoding="utf-8")
    settings = read_settings(str(REPO / "pelicanconf.py"), override={
        "PATH": str(content), "ARTICLE_PATHS": ["."], "CACHE_CONTENT": False,
        "CACHE_PATH": str(tmp_path / "cache")})
    context = {**settings, "generated_content": {}, "static_content": {}, "static_links": set()}
    generator = ArticlesGenerator(context=context, settings=settings, path=str(content),
                                  theme=settings["THEME"], output_path=str(tmp_path / "out"))
    generator.generate_context()

    def dated(groups):  # what generate_tags/categories/authors hand each page
        return [[a.title for a in generator.dates if a in stories] for _g, stories in groups]

    plain = [dated(generator.tags.items()), dated(generator.categories),
             dated(generator.authors)]
    seam.fast_membership(generator, StoryList)
    assert isinstance(next(iter(generator.tags.values())), StoryList)
    assert generator.context["categories"] is generator.categories
    assert [dated(generator.tags.items()), dated(generator.categories),
            dated(generator.authors)] == plain
    assert any(len(titles) > 1 for titles in plain[0])
