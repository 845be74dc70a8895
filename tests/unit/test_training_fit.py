"""Fitting the line labeller: what each training example weighs."""

from __future__ import annotations

from pathlib import Path

from seed_converter.splitting import split_lines
from training.alignment import Truth
from training.data import LIVE_BLOG, STORY_ONLY, Page
from training.dataset import example
from training.fit import dumped, line_weights

STORY = ("The council voted on Tuesday to approve a new bridge across the harbour, ending a "
         "debate that has lasted for more than ten years.")


def test_the_body_model_weighs_each_line_by_its_words_and_a_symbol_line_as_one():
    text = f"Home\nBridge vote ends a long debate\n{STORY}\n***"
    page = Page("p", "full", Path("p.txt"), "example.org", text, split_lines(text),
                Truth(title="Bridge vote ends a long debate", body=STORY))
    assert line_weights(example(page)).tolist() == [1, 6, len(STORY.split()), 1]


def made(variant: str) -> Page:
    text = f"Home\nBridge vote ends a long debate\n{STORY}\n***"
    return Page("p", variant, Path("p.txt"), "example.org", text, split_lines(text),
                Truth(title="Bridge vote ends a long debate", body=STORY))


def test_a_page_made_from_a_truth_weighs_a_quarter_of_a_dump():
    for variant in (STORY_ONLY, LIVE_BLOG):
        assert line_weights(example(made(variant))).tolist() == [
            0.25, 1.5, len(STORY.split()) / 4, 0.25]


def test_the_headline_and_header_models_learn_from_dumps_only():
    assert dumped(example(made("full"))) and dumped(example(made("from-title")))
    assert not dumped(example(made(STORY_ONLY))) and not dumped(example(made(LIVE_BLOG)))
