"""A page's fingerprint changes whenever what it read could render differently."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from incremental.fingerprint import LINKS_KEY, Fingerprinter
from incremental.workers import run_all
from pelican.contents import Article
from pelican.settings import DEFAULT_CONFIG

DAY = dt.datetime(2024, 3, 1, tzinfo=dt.UTC)


def article(title: str, **extra) -> Article:
    story = Article("<p>Body.</p>", metadata={"title": title, "date": DAY},
                    settings=DEFAULT_CONFIG)
    for name, value in extra.items():
        setattr(story, name, value)
    return story


def page_fp(context: dict, reads: dict) -> str:
    """What a fresh build (a new process) gives the page."""
    return Fingerprinter().reads(context, reads)


ARTICLE_PAGE = {"article": "name", LINKS_KEY: "plain_title,related,next_in_section"}


@dataclass(frozen=True)
class Line:
    number: int
    text: str


@dataclass(frozen=True)
class Block:
    heading: str
    stories: tuple
    lines: tuple


def test_an_attribute_the_page_read_is_in_the_fingerprint():
    one = article("Harbour", plain_title="Harbour")
    two = article("Harbour", plain_title="Harbour reopens")
    assert page_fp({"article": one}, ARTICLE_PAGE) != page_fp({"article": two}, ARTICLE_PAGE)


def test_a_related_storys_change_reaches_the_page_that_lists_it():
    before = article("Harbour", related=[article("Tide")])
    after = article("Harbour", related=[article("Tide turns")])
    assert page_fp({"article": before}, ARTICLE_PAGE) != page_fp({"article": after}, ARTICLE_PAGE)


def test_no_related_stories_differs_from_some():
    none = article("Harbour", related=[])
    some = article("Harbour", related=[article("Tide")])
    assert page_fp({"article": none}, ARTICLE_PAGE) != page_fp({"article": some}, ARTICLE_PAGE)


def test_a_newer_story_in_the_section_differs_from_none():
    last = article("Harbour", next_in_section=None)
    newer = article("Harbour", next_in_section=article("Tide"))
    assert page_fp({"article": last}, ARTICLE_PAGE) != page_fp({"article": newer}, ARTICLE_PAGE)


def test_the_same_story_gives_the_same_fingerprint_in_another_build():
    def made():
        return {"article": article("Harbour", plain_title="Harbour", related=[article("Tide")])}

    assert page_fp(made(), ARTICLE_PAGE) == page_fp(made(), ARTICLE_PAGE)


def test_a_changed_line_inside_a_dataclass_changes_the_fingerprint():
    reads = {"block": "name", LINKS_KEY: ""}
    block = Block("Left out", (), (Line(3, "Menu"), Line(4, "Home")))
    edited = replace(block, lines=(Line(3, "Menu"), Line(4, "Home page")))
    assert page_fp({"block": block}, reads) != page_fp({"block": edited}, reads)
    assert page_fp({"block": block}, reads) == page_fp({"block": replace(block)}, reads)


def test_a_story_inside_a_frozen_dataclass_counts_on_every_page_that_reads_it():
    reads = {"block": "name", LINKS_KEY: "plain_title"}
    fp = Fingerprinter()
    story = article("Harbour", plain_title="Harbour")
    block = Block("Top", (story,), ())
    first = fp.reads({"block": block}, reads)
    assert fp.reads({"block": block}, reads) == first  # remembered within a build
    other = Block("Top", (article("Harbour", plain_title="Tide"),), ())
    assert Fingerprinter().reads({"block": other}, reads) != first


def test_own_fingerprints_worked_out_by_forked_processes_are_the_builds_own():
    stories = [article(f"Story {i}", plain_title=f"Story {i}") for i in range(60)]
    fp = Fingerprinter()
    fp.remember(stories, run_all(stories, lambda story: (id(story), fp.own(story)), 2))
    assert all(fp.knows(story) for story in stories)
    assert [fp.own(s) for s in stories] == [Fingerprinter().own(s) for s in stories]
