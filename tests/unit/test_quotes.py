"""Block quotes and pull quotes: one rule per test, on small made-up seeds."""

from __future__ import annotations

import datetime as dt

from helpers import convert_text, paragraphs
from seed_converter.model import Judged, Label, Line, Shape
from seed_converter.quotes import drop_pull_quotes
from seed_converter.writing import render

STORY = (
    "Council approves new harbour bridge after decade of debate\n\n"
    "The city council voted on Tuesday to approve the construction of a new bridge "
    "across the harbour, ending a debate that has lasted for more than ten years.\n\n"
    "{body}\n\n"
    "The bridge will cost about 40 million euros and take four years to build, "
    "officials said after the meeting on Tuesday evening.\n"
)


def blocks(text: str) -> list[tuple[Label, str]]:
    return [(b.label, b.text) for b in convert_text(STORY.format(body=text)).body]


def test_a_whole_quotation_with_its_source_below_is_a_block_quote():
    got = blocks("“We waited for this bridge all our lives, and now it is finally coming.”\n"
                 "– Maria Lopez, harbour resident")
    assert (Label.QUOTE, "“We waited for this bridge all our lives, and now it is finally "
                         "coming.”") in got
    assert (Label.QUOTE_SOURCE, "– Maria Lopez, harbour resident") in got


def test_block_quote_and_its_source_are_one_blockquote_in_markdown():
    a = convert_text(STORY.format(body="“We waited for this bridge all our lives, and now it "
                                       "is finally coming.”\n– Maria Lopez"))
    text = render(a, "slug", dt.datetime(2020, 1, 1))
    assert "> “We waited for this bridge all our lives, and now it is finally coming.”\n>\n" \
           "> – Maria Lopez\n" in text


def test_a_quote_paragraph_with_said_is_a_paragraph_not_a_block_quote():
    got = blocks("“We waited for this bridge,” Maria Lopez said. “Now it is coming at last.”\n"
                 "– reported by the harbour desk")
    assert (Label.PARAGRAPH, "“We waited for this bridge,” Maria Lopez said. “Now it is "
                             "coming at last.”") in got


def test_a_pull_quote_repeating_a_sentence_of_the_story_is_dropped():
    a = convert_text(STORY.format(body=(
        "It is the biggest project the city has undertaken in a generation.\n\n"
        "Residents packed the hall. The mayor said it is the biggest project the city has "
        "undertaken in a generation, and thanked the engineers who drew up the plans."
    )))
    assert "It is the biggest project the city has undertaken in a generation." \
        not in paragraphs(a)
    assert any(d.rule == "pull-quote" for d in a.dropped)


def test_a_paragraph_repeated_whole_is_not_a_pull_quote():
    # The rule alone, on lines the labeller kept: whether the labeller keeps a
    # paragraph the page repeats is the model's judgement, not this rule's.
    same = "The mayor thanked the engineers who drew up the plans for the bridge."
    story = ("The city council voted on Tuesday to approve the construction of a new "
             "bridge across the harbour, ending a debate that has lasted for years.")
    labels = tuple(Judged(Line(i, i + 1, text, 1), Shape.PROSE, Label.PARAGRAPH, "test")
                   for i, text in enumerate([story, same, same]))
    assert [j.label for j in drop_pull_quotes(labels)] == [Label.PARAGRAPH] * 3


def test_a_short_paragraph_inside_a_longer_one_is_a_pull_quote():
    said = "It is the biggest project the city has undertaken in a generation."
    longer = ("Residents packed the hall. The mayor said it is the biggest project the "
              "city has undertaken in a generation, and thanked the engineers.")
    labels = tuple(Judged(Line(i, i + 1, text, 1), Shape.PROSE, Label.PARAGRAPH, "test")
                   for i, text in enumerate([said, longer]))
    assert [j.label for j in drop_pull_quotes(labels)] == [Label.BOILERPLATE, Label.PARAGRAPH]
