"""The made pages of `make train`: how they are built."""

from __future__ import annotations

from training.alignment import Truth
from training.data import Page, story_only
from training.made_pages import added_lines, lengthened

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
