"""Where the story ends: the story-end model's candidates and features, one rule per
test, on a made-up page whose body probabilities are set by hand (so each test checks
the feature, whatever the trained body model would say of these lines)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from seed_converter import labeller, rules
from seed_converter.features import Group, page_features
from seed_converter.labeller import (
    RUN_ON_LINES,
    Labelled,
    Tag,
    story_runs_on,
    under_story_end,
)
from seed_converter.model import Label
from seed_converter.revising import revise
from seed_converter.splitting import split_lines
from seed_converter.story_end import END_FEATURES, END_NAMES, MAX_CANDIDATES, end_candidates

STORY = (
    "The city council voted on Tuesday to approve the construction of a new bridge across "
    "the harbour, ending a debate that has lasted for more than ten years.",
    "The bridge will cost about 40 million euros and take four years to build, council "
    "officials said after the meeting in the town hall on Tuesday evening.",
    "Engineers expect the harbour bridge to carry twenty thousand cars a day once the "
    "council opens it, and the ferry across the harbour will then stop.",
    "Council members who opposed the bridge said the harbour ferry was cheaper, but the "
    "vote on the bridge passed by nine votes to four.",
)
BIO = ("Maria Lopez writes about gardening, recipes and travel for our lifestyle desk, and "
       "lives with two cats in a cottage by the sea.")
LINES = ("Bridge approved after decade of debate", *STORY, "Share on Facebook", BIO)
# The body model's view, set by hand: it keeps the story and the biography.
BODY = np.array([0.1, 0.9, 0.9, 0.9, 0.9, 0.1, 0.8])


@pytest.fixture(scope="module")
def page():
    return page_features(split_lines("\n".join(LINES)), "en")


def feature(candidates, line: int, name: str) -> float:
    return float(candidates.matrix[candidates.lines.index(line), END_NAMES.index(name)])


def test_every_feature_has_a_group_a_reason_and_a_column(page):
    candidates = end_candidates(page, BODY, "en")
    assert candidates.matrix.shape == (len(candidates.lines), len(END_FEATURES))
    assert all(f.reason and isinstance(f.group, Group) for f in END_FEATURES)
    assert len(set(END_NAMES)) == len(END_NAMES)


def test_candidates_are_kept_lines_of_the_story_s_lower_half_never_the_last(page):
    # Kept: lines 1-4 and the biography (6), of about 26 words each. A cut after line
    # 1 or 2 would take more than half of the kept words.
    assert end_candidates(page, BODY, "en").lines == (3, 4)


def test_a_long_story_is_read_for_its_end_only_in_its_last_kept_lines():
    lines = [f"Paragraph {n} of the long report on the harbour bridge and its costs."
             for n in range(200)]
    long_page = page_features(split_lines("\n".join(lines)), "en")
    candidates = end_candidates(long_page, np.full(200, 0.9), "en")
    assert candidates.lines == tuple(range(200 - 1 - MAX_CANDIDATES, 199))


def test_a_page_with_one_kept_line_has_no_candidate(page):
    body = np.where(np.arange(len(BODY)) == 1, 0.9, 0.1)
    assert end_candidates(page, body, "en").lines == ()


def test_position_the_words_kept_under_a_candidate(page):
    candidates = end_candidates(page, BODY, "en")
    assert feature(candidates, 4, "log_words_below") == pytest.approx(np.log1p(len(BIO.split())))
    assert feature(candidates, 4, "gap_lines") == 1.0


def test_furniture_between_the_story_and_what_follows_it_is_counted(page):
    candidates = end_candidates(page, BODY, "en")
    assert feature(candidates, 4, "gap_furniture") == 1.0  # "Share on Facebook"
    assert feature(candidates, 3, "gap_furniture") == 0.0


def test_lede_a_biography_shares_few_words_with_the_story_and_its_last_paragraph_many(page):
    candidates = end_candidates(page, BODY, "en")
    assert feature(candidates, 4, "vocabulary_next") == 0.0  # the biography
    # The story's last paragraph: council, bridge, harbour, ferry, four.
    assert feature(candidates, 3, "vocabulary_next") > 0.3


# The shipped model with its threshold set so that it is sure of every candidate, or
# of none: the decision alone, whatever the model's probabilities.
def sure_of(threshold: float) -> labeller.Labeller:
    return dataclasses.replace(labeller.load(), end_threshold=threshold)


def test_the_story_ends_at_the_first_candidate_the_model_is_sure_of(page):
    assert under_story_end(sure_of(0.0), page, BODY, "en", 0) == frozenset({4, 6})
    assert under_story_end(sure_of(1.01), page, BODY, "en", 0) == frozenset()


def test_a_story_given_alone_ends_with_its_last_paragraph():
    # Every line under any cut is prose the body model is sure of, to the seed's end.
    alone = page_features(split_lines("\n".join(STORY)), "en")
    sure = np.full(len(STORY), 0.99)
    assert under_story_end(sure_of(0.0), alone, sure, "en", None) == frozenset()


def test_the_story_never_ends_above_its_headline(page):
    assert under_story_end(sure_of(0.0), page, BODY, "en", 3) == frozenset({6})


def test_what_the_body_model_kept_under_the_story_s_end_is_dropped_with_the_rule(page):
    # As label_lines leaves them: the biography is no longer tagged as the story.
    tags = tuple(Tag.BODY if p >= 0.5 and i != 6 else Tag.OTHER for i, p in enumerate(BODY))
    labelled = Labelled(page, tags, BODY, 0, after_end=frozenset({6}), lang="en")
    bio = revise(labelled).lines[6]
    assert (bio.label, bio.rule) == (Label.BOILERPLATE, rules.AFTER_STORY_END)


def tags_of(body: np.ndarray) -> list[Tag]:
    return [Tag.BODY if p >= 0.5 else Tag.OTHER for p in body]


def test_prose_the_body_model_half_believes_right_under_the_story_runs_it_on(page):
    body = np.array([0.1, 0.9, 0.9, 0.9, 0.4, 0.1, 0.1])
    assert story_runs_on(page, body, tags_of(body)) == frozenset({4})


def test_prose_the_body_model_barely_believes_does_not_run_the_story_on(page):
    body = np.array([0.1, 0.9, 0.9, 0.9, 0.2, 0.1, 0.1])
    assert story_runs_on(page, body, tags_of(body)) == frozenset()


def test_the_story_runs_on_through_prose_only(page):
    # "Share on Facebook" is furniture: the biography under it is not reached.
    body = np.array([0.1, 0.9, 0.9, 0.9, 0.9, 0.4, 0.4])
    assert story_runs_on(page, body, tags_of(body)) == frozenset()


def test_the_story_runs_on_a_few_lines_at_most(page):
    body = np.array([0.1, 0.9, 0.4, 0.4, 0.4, 0.1, 0.1])
    assert story_runs_on(page, body, tags_of(body)) == frozenset(range(2, 2 + RUN_ON_LINES))


def test_a_line_the_story_runs_on_to_is_kept_with_the_rule(page):
    body = np.array([0.1, 0.9, 0.9, 0.9, 0.4, 0.1, 0.1])
    tags = tuple(Tag.BODY if i in (1, 2, 3, 4) else Tag.OTHER for i in range(len(body)))
    labelled = Labelled(page, tags, body, 0, run_on=frozenset({4}), lang="en")
    last = revise(labelled).lines[4]
    assert (last.label, last.rule) == (Label.PARAGRAPH, rules.STORY_RUNS_ON)


def test_a_line_that_ends_no_sentence_does_not_run_the_story_on():
    # A blog's notes under the story read as prose, and end no sentence.
    lines = (*LINES[:5], "sarahcooks liked this and lentilfan reblogged this from "
             "theslowkitchen, and theslowkitchen posted this in the soups and the recipes tags")
    notes_page = page_features(split_lines("\n".join(lines)), "en")
    body = np.array([0.1, 0.9, 0.9, 0.9, 0.9, 0.4])
    assert notes_page.judged[5].shape in labeller.PROSE_SHAPES
    assert story_runs_on(notes_page, body, tags_of(body)) == frozenset()
