"""One tag, section and author object per name for a build (incremental/labels.py)."""

from __future__ import annotations

from helpers import REPO
from incremental import seam
from incremental.labels import Labels
from pelican.contents import Article
from pelican.readers import METADATA_PROCESSORS
from pelican.settings import read_settings
from pelican.urlwrappers import Category, Tag

SETTINGS = read_settings(str(REPO / "pelicanconf.py"))


def test_the_first_label_of_a_kind_and_name_stands_for_every_later_one():
    labels = Labels()
    first = Tag("Hanoi", SETTINGS)
    assert labels.one(first) is first
    assert labels.one(Tag("Hanoi", SETTINGS)) is first


def test_another_kind_another_name_or_other_settings_is_another_label():
    labels = Labels()
    tag = labels.one(Tag("Hanoi", SETTINGS))
    for other in (Category("Hanoi", SETTINGS), Tag("hanoi", SETTINGS),
                  Tag("Hanoi", dict(SETTINGS))):
        assert labels.one(other) is other and other is not tag


def story(metadata: dict) -> Article:
    """An article made from header values as Pelican's readers process them."""
    processed = {k: METADATA_PROCESSORS.get(k, lambda v, _s: v)(v, SETTINGS)
                 for k, v in metadata.items()}
    return Article("<p>x</p>", processed, settings=SETTINGS, source_path="s.md")


def test_a_storys_labels_become_the_builds_in_its_attributes_and_metadata():
    labels = Labels()
    header = {"title": "T", "date": "2024-03-09", "category": "World",
              "authors": "Ann Lee; Bo Chen", "tags": "Hanoi; Water"}
    first, second = story(dict(header)), story(dict(header))
    for each in (first, second):
        seam.share_labels(each, labels.one)
    assert second.category is first.category and second.author is first.author
    assert all(a is b for a, b in zip(second.tags, first.tags, strict=True))
    assert all(a is b for a, b in zip(second.authors, first.authors, strict=True))
    assert second.metadata["tags"] is second.tags
    assert second.metadata["category"] is second.category
    assert second.author is second.authors[0]
    assert [str(t) for t in second.tags] == ["Hanoi", "Water"]


def test_a_label_given_its_own_slug_is_left_as_it_is():
    labels = Labels()
    first = story({"title": "T", "date": "2024-03-09", "tags": "Hanoi"})
    seam.share_labels(first, labels.one)
    second = story({"title": "U", "date": "2024-03-10", "tags": "Hanoi"})
    own = second.tags[0]
    own.slug = "ha-noi"
    seam.share_labels(second, labels.one)
    assert second.tags[0] is own and own.slug == "ha-noi"
    assert first.tags[0].slug == "hanoi"


def test_labels_are_shared_only_within_a_build():
    made = [Labels(), Labels()]
    tags = [m.one(Tag("Hanoi", SETTINGS)) for m in made]
    assert tags[0] is not tags[1]


def test_a_short_text_is_the_builds_one_copy_and_a_long_one_is_left():
    labels = Labels()
    first, second = "".join(["e", "n"]), "".join(["e", "n"])
    assert labels.text(first) is first and labels.text(second) is first
    long_text = "x" * 200
    assert labels.text(long_text) is long_text and labels.text("x" * 200) is not long_text


def test_a_storys_short_texts_become_the_builds_in_its_attributes_and_metadata():
    labels = Labels()
    def header():  # each value a string of its own, as a reader makes them
        return {"title": "T", "date": "2024-03-09", "lang": "".join("en"),
                "words": "".join("412")}

    first, second = story(header()), story(header())
    assert second.lang is not first.lang
    for each in (first, second):
        seam.share_labels(each, labels.one, labels.text)
    assert second.lang is first.lang and second.words is first.words
    assert second.metadata["lang"] is second.lang
    assert (second.lang, second.words, second.title) == ("en", "412", "T")
