"""Fitting the line labeller: what each training example weighs, and what it teaches."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from seed_converter.splitting import split_lines
from seed_converter.story_end import end_candidates
from training.alignment import Truth
from training.data import LIVE_BLOG, STORY_ONLY, Page
from training.dataset import example
from training.fit import dumped, end_labels, line_weights

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


def test_the_story_end_model_learns_where_what_is_kept_under_a_line_is_not_the_story():
    paragraphs = [f"{STORY} Part {n} of the council's report was read out." for n in range(4)]
    bio = ("Maria Lopez writes about gardening, recipes and travel for our lifestyle desk, "
           "and lives with two cats in a cottage by the sea.")
    text = "\n".join(["Bridge vote ends a long debate", *paragraphs, bio])
    page = Page("p", "full", Path("p.txt"), "example.org", text, split_lines(text),
                Truth(title="Bridge vote ends a long debate", body="\n\n".join(paragraphs)))
    e = example(page)
    kept_all = np.array([0.1, 0.9, 0.9, 0.9, 0.9, 0.9])
    candidates = end_candidates(e.page_features, kept_all, e.lang)
    assert candidates.lines == (3, 4)
    wrong_under, weight = end_labels(e, candidates)
    # Under line 4 only the biography: not the story. Under line 3, the story's last
    # paragraph too: less than END_WRONG_SHARE of it is not the story.
    assert wrong_under.tolist() == [0.0, 1.0]
    assert weight.tolist() == [len(paragraphs[3].split()) + len(bio.split()), len(bio.split())]
