"""One rule per test, on small made-up seeds."""

from __future__ import annotations

import datetime as dt

from helpers import convert_text, paragraphs
from seed_converter.writing import render

STORY = (
    "Council approves new harbour bridge after decade of debate\n\n"
    "The city council voted on Tuesday to approve the construction of a new bridge "
    "across the harbour, ending a debate that has lasted for more than ten years.\n\n"
    "{body}\n\n"
    "Share this article\nFacebook\nTwitter\n"
)


def story(body: str) -> str:
    return STORY.format(body=body)


def test_line_break_after_full_sentence_starts_a_paragraph():
    a = convert_text(story(
        "The bridge will cost about 40 million euros and take four years to build.\n"
        "Work is expected to begin next spring, officials said on Tuesday evening."
    ))
    # The second sentence is a paragraph of its own, never joined to the first.
    assert paragraphs(a)[-1] == (
        "Work is expected to begin next spring, officials said on Tuesday evening.")
    assert not any("build. Work" in p for p in paragraphs(a))


def test_line_break_inside_a_sentence_joins_the_lines():
    a = convert_text(story(
        "The bridge will cost about 40 million euros and take four years\n"
        "to build, according to the plans that were published by the council on Monday."
    ))
    assert paragraphs(a)[-1].startswith("The bridge will cost about 40 million euros and "
                                        "take four years to build, according")


def test_share_row_after_the_story_is_dropped():
    a = convert_text(story("The mayor said the vote was the most important of her term so far."))
    rules = {d.text: d.rule for d in a.dropped}
    assert rules["Facebook"] == rules["Twitter"] == "share-label"
    assert rules["Share this article"] == "share-prompt"
    assert all("Facebook" not in p for p in paragraphs(a))


def test_markdown_and_html_in_seed_text_are_escaped_in_the_article():
    # Story lines, among the story's own: what is escaped is what the story keeps.
    a = convert_text(story(
        "The bridge will cost about 40 million euros and take four years to build.\n\n"
        "#MeToo campaigners said <script>alert(1)</script> was [not](javascript:x) *news*.\n\n"
        "1. FC Köln fans gathered on the square to watch the decision being announced.\n\n"
        "Work is expected to begin next spring, officials said on Tuesday evening."
    ))
    text = render(a, "slug", dt.datetime(2020, 1, 1))
    body = text.split("\n\n", 1)[1]
    assert "<script>" not in body
    assert "&lt;script&gt;" in body
    assert "\\#MeToo" in body
    assert "\\[not\\](javascript:x) \\*news\\*" in body
    assert "1\\. FC Köln" in body


def test_date_in_file_name_is_the_date():
    a = convert_text(story("The mayor said the vote was the most important of her term so far."),
                     name="2021-06-30-bridge.txt")
    assert a.meta.date == dt.datetime(2021, 6, 30)
    assert a.meta.date_source == "file name"


def test_date_in_text_wins_over_file_name():
    text = story("The mayor said the vote was the most important of her term so far.")
    text = text.replace("\n\n", "\n\nPublished 12 March 2019\n\n", 1)
    a = convert_text(text, name="2021-06-30-bridge.txt")
    assert a.meta.date == dt.datetime(2019, 3, 12)


def test_a_story_of_one_short_paragraph_is_kept_by_the_prose_run_fallback():
    a = convert_text("Harbour bridge opens to traffic after four years of work\n\n"
                     "The new harbour bridge opened to traffic on Saturday morning, four "
                     "years after the city council approved its construction in a close vote.\n")
    assert a.meta.title == "Harbour bridge opens to traffic after four years of work"
    assert paragraphs(a) == ["The new harbour bridge opened to traffic on Saturday morning, "
                             "four years after the city council approved its construction in "
                             "a close vote."]
