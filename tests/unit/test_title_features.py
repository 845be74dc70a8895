"""What the headline model sees of where a candidate stands against the story, one
feature per test, on a made-up page whose body probabilities are set by hand (so each
test checks the feature, whatever the trained body model would say of these lines)."""

from __future__ import annotations

import numpy as np
import pytest
from seed_converter.features import Group, page_features, signed_logs
from seed_converter.header_features import (
    FAR,
    HEADS_LINES,
    TITLE_FEATURES,
    TITLE_NAMES,
    _main_block,
    title_candidates,
)
from seed_converter.splitting import split_lines

TEASER = ("Our yearly report on the state of social media marketing is out now: download "
          "it for the numbers every brand needs this year.")
STORY = tuple(
    f"Paragraph {n} of the story tells how the city council voted on Tuesday to build "
    "a new bridge across the harbour, after a debate of more than ten years."
    for n in range(6))
# A site's menu between the teaser and the story: more lines than a headline heads.
MENU = tuple(f"Section {n}" for n in range(HEADS_LINES + 5))
LINES = ("Report: the state of social media", TEASER, *MENU,
         "Bridge approved after decade of debate", *STORY)
PROMO, HEADLINE = 0, 2 + len(MENU)
# The body model's view, set by hand: it keeps the teaser and the story.
BODY = np.array([0.1, 0.9, *(0.1,) * len(MENU), 0.1, *(0.9,) * len(STORY)])


@pytest.fixture(scope="module")
def candidates():
    return title_candidates(page_features(split_lines("\n".join(LINES)), "en"), BODY, "en")


def feature(candidates, line: int, name: str) -> float:
    return float(candidates.matrix[candidates.lines.index(line), TITLE_NAMES.index(name)])


def test_every_feature_has_a_group_a_reason_and_a_column(candidates):
    assert candidates.matrix.shape[1] > len(TITLE_FEATURES)
    assert all(f.reason and isinstance(f.group, Group) for f in TITLE_FEATURES)
    assert len(set(TITLE_NAMES)) == len(TITLE_NAMES)


def test_the_main_story_is_the_block_of_kept_lines_with_the_most_words():
    kept = np.array([0, 1, 0, 0, 0, 0, 1, 1, 1], dtype=bool)
    words = np.array([5, 30, 5, 5, 5, 5, 20, 20, 20], dtype=float)
    assert _main_block(kept, words) == 6


def test_kept_lines_a_few_lines_apart_are_one_block():
    # A subheading and a photo credit between two paragraphs do not split the story.
    kept = np.array([1, 0, 0, 1, 0, 0, 0, 0, 0, 1], dtype=bool)
    words = np.array([30, 1, 1, 30, 1, 1, 1, 1, 1, 50], dtype=float)
    assert _main_block(kept, words) == 0


def test_a_page_with_nothing_kept_has_its_main_story_at_its_end():
    assert _main_block(np.zeros(4, dtype=bool), np.ones(4)) == 4


def test_the_headline_stands_just_above_the_main_story_a_teaser_s_heading_far_above(
        candidates):
    assert feature(candidates, HEADLINE, "to_main_story") == pytest.approx(
        float(signed_logs(np.array([-1]), FAR)[0]))
    assert feature(candidates, PROMO, "to_main_story") < feature(
        candidates, HEADLINE, "to_main_story")
    # Where the story starts, as the body model's first kept line gives it, is the teaser.
    assert feature(candidates, PROMO, "to_body_start") == pytest.approx(
        float(signed_logs(np.array([-1]), FAR)[0]))


def test_a_headline_heads_more_story_than_a_teaser_s_heading(candidates):
    assert feature(candidates, HEADLINE, "words_headed") > feature(
        candidates, PROMO, "words_headed") > 0
