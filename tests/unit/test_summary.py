"""The summary every list, feed and share preview shows: one rule per test."""

from __future__ import annotations

from seed_converter.judging import is_slight
from seed_converter.metadata import _summary
from seed_converter.model import Block, Label

STORY = ("The city council voted on Tuesday to approve a new bridge across the harbour, "
         "ending a debate that has lasted for more than ten years.")


def test_labels_stamps_and_widget_text_are_slight():
    for text in ("Last Updated: December 2025.", "Share this article copied!", "Contents:",
                 "Top Questions", "Okay, here goes, post numero uno:", "東京新聞"):
        assert is_slight(text), text


def test_sentences_are_not_slight_however_short():
    for text in ("Protein continues to be huge.", STORY,
                 "先日、不正に改造したiPhoneを販売したとして男性が逮捕された。",
                 "With the resource center, which is open day and night to every "
                 "patient of the clinic, you can:"):
        assert not is_slight(text), text


def test_the_summary_passes_over_a_slight_first_paragraph():
    body = (Block(Label.PARAGRAPH, "Last Updated: December 2025."),
            Block(Label.PARAGRAPH, STORY))
    assert _summary(body) == STORY


def test_the_summary_of_slight_paragraphs_only_is_the_first():
    body = (Block(Label.PARAGRAPH, "Top Questions"), Block(Label.PARAGRAPH, "Contents:"))
    assert _summary(body) == "Top Questions"
