"""The made pages of `make train`: how they are built."""

from __future__ import annotations

import re

from training.alignment import Truth
from training.data import Page, story_only
from training.live_blog import SHARE_ROWS, live_blog
from training.made_pages import added_lines, lengthened
from training.short_story import short_story

SEED = "Home\nBridge opens\nThe bridge opens on Monday.\nIt cost 40 million.\nPrivacy Policy"


def test_added_lines_go_after_the_story_and_before_the_footer():
    got = lengthened(SEED, "The bridge opens on Monday.\nIt cost 40 million.",
                     ["Added one.", "Added two."])
    assert [line for line in got.split("\n") if line] == [
        "Home", "Bridge opens", "The bridge opens on Monday.", "It cost 40 million.",
        "Added one.", "Added two.", "Privacy Policy"]


def test_a_seed_without_its_story_s_last_line_is_not_lengthened():
    assert lengthened(SEED, "A story of another page.", ["Added one."]) is None


def page(body: str) -> Page:
    return Page("x", "full", None, "site", "", (), Truth("", body))


def test_lines_that_end_a_story_or_repeat_are_not_added():
    got = added_lines([page("First line.\nRelated Posts\nSecond line."),
                        page("First line.\nMarch 3, 2024\nThird line.")])
    assert got == ["First line.", "Second line.", "Third line."]


def test_a_truths_references_or_authors_box_heading_is_not_added():
    got = added_lines([page("First line.\nReferences\nSmith J. A paper. 2020."),
                       page("About the Writer: Jane Doe writes.\nThird line.")])
    assert got == ["First line.", "Smith J. A paper. 2020.", "Third line."]


def test_a_story_only_page_is_the_headline_then_each_paragraph_set_apart():
    truth = Truth("Bridge opens", "The bridge opens on Monday.\n\n It cost 40 million.\n")
    assert story_only(truth) == ("Bridge opens\n\nThe bridge opens on Monday.\n\n"
                                 "It cost 40 million.\n")


STORY = [f"Paragraph {n} of the storm's story." for n in range(1, 8)]
DUMP = "\n".join(["Northern Courier", "Menu", "Storm live", *STORY, "Privacy Policy"])


# The lines a share row opens with ("Updated at {stamp}": "Updated at").
SHARE_STARTS = tuple(row.split(" {")[0] for rows in SHARE_ROWS for row in rows)


def stamped(lines: list[str], story: list[str]) -> list[str]:
    """The lines that are neither blank, the story's nor a share row's."""
    return [line for line in lines
            if line and line not in story and not line.startswith(SHARE_STARTS)]


def test_a_live_blog_keeps_the_page_s_top_and_foot_and_the_story_in_order():
    got = [line for line in live_blog(DUMP, STORY, "page").split("\n") if line]
    assert got[:3] == ["Northern Courier", "Menu", "Storm live"]
    assert got[-1] == "Privacy Policy"
    assert [line for line in got if line in STORY] == STORY


def test_each_update_of_a_live_blog_opens_with_its_time():
    lines = live_blog(DUMP, STORY, "page").split("\n")
    first = lines.index(STORY[0])
    stamp = lines[first - 1]
    assert stamp and stamp not in STORY
    # Every update opens with a line of the same form, one per update.
    stamps = [line for line in stamped(lines[first - 1:], STORY) if line != "Privacy Policy"]
    assert 3 <= len(stamps) <= len(STORY)


def test_the_same_page_makes_the_same_live_blog_and_a_salt_another():
    assert live_blog(DUMP, STORY, "page") == live_blog(DUMP, STORY, "page")
    made = {live_blog(DUMP, STORY, "page", salt=f"salt {n}") for n in range(8)}
    assert len(made) > 1


def test_no_live_blog_of_a_short_story_or_of_a_seed_without_it():
    assert live_blog(DUMP, STORY[:5], "page") is None
    assert live_blog(DUMP, ["A story of another page.", *STORY[1:]], "page") is None


STAMP = re.compile(r"(?:[01]\d|2[0-3])[:.][0-5]\d(?: GMT| CET)?|(?:1[0-2]|[1-9]):[0-5]\d[ap]m"
                   r"|(?:[1-9]|1\d|2[0-4])h ago|\d+ min ago")


def test_a_long_story_s_updates_carry_real_times_back_past_midnight():
    story = [f"Paragraph {n} of a long day's story." for n in range(1, 301)]
    dump = "\n".join(["Northern Courier", *story, "Privacy Policy"])
    for n in range(12):
        lines = live_blog(dump, story, "page", salt=f"salt {n}").split("\n")
        others = stamped(lines[1:-1], story)
        assert others and all(STAMP.fullmatch(line) for line in others), others[-3:]


LONG_STORY = [f"Paragraph {n} of the council's story." for n in range(1, 12)]
LONG_DUMP = "\n".join(["Northern Courier", "Menu", "Council votes", *LONG_STORY, "Privacy"])


def test_a_short_story_keeps_the_page_s_top_and_foot_and_its_first_paragraphs():
    cut, kept = short_story(LONG_DUMP, LONG_STORY, "page")
    got = [line for line in cut.split("\n") if line]
    assert 2 <= len(kept) <= 5 and kept == LONG_STORY[:len(kept)]
    assert got == ["Northern Courier", "Menu", "Council votes", *kept, "Privacy"]


def test_the_same_page_is_cut_alike_and_a_salt_cuts_it_otherwise():
    assert short_story(LONG_DUMP, LONG_STORY, "page") == short_story(LONG_DUMP, LONG_STORY,
                                                                     "page")
    assert len({len(short_story(LONG_DUMP, LONG_STORY, "page", salt=f"salt {n}")[1])
                for n in range(12)}) > 1


def test_no_short_story_of_a_story_too_short_to_cut_or_of_a_seed_without_it():
    assert short_story(DUMP, STORY[:4], "page") is None
    assert short_story(DUMP, ["A story of another page.", *STORY[1:]], "page") is None
