"""What the line labeller sees: one test per feature group, on a small made-up page."""

from __future__ import annotations

import numpy as np
import pytest
from seed_converter.features import FEATURES, NAMES, Group, page_features
from seed_converter.splitting import split_lines

PAGE = "\n".join((
    "Home",
    "Politics",
    "Council approves new harbour bridge after decade of debate",
    "By Maria Lopez",
    "12 March 2019",
    "The city council voted on Tuesday to approve the construction of a new bridge across "
    "the harbour, ending a debate that has lasted for more than ten years.",
    "The bridge will cost about 40 million euros and take four years to build, officials "
    "said after the meeting in the town hall on Tuesday evening.",
    "Facebook",
    "Home",
)) + "\n"

@pytest.fixture(scope="module")
def page():
    return page_features(split_lines(PAGE), "en")


def value(page, line: int, name: str) -> float:
    return float(page.matrix[line, NAMES.index(name)])


def test_every_feature_has_a_group_and_a_reason_and_a_column(page):
    assert page.matrix.shape == (9, len(FEATURES))
    assert all(f.reason and isinstance(f.group, Group) for f in FEATURES)
    assert len(set(NAMES)) == len(NAMES)


def test_shape_a_sentence_ends_with_a_full_stop_and_a_menu_item_does_not(page):
    assert value(page, 5, "ends_sentence") == 1.0
    assert value(page, 1, "ends_sentence") == 0.0


def test_language_prose_has_more_stopwords_than_a_headline(page):
    assert value(page, 5, "stop_density") > value(page, 2, "stop_density")


def test_furniture_a_share_label_sets_its_rule(page):
    assert value(page, 7, "rule:share-label") == 1.0
    assert value(page, 5, "rule:share-label") == 0.0


def test_header_a_byline_and_a_date_line_are_told_apart(page):
    assert value(page, 3, "byline") == 1.0 and value(page, 3, "dateline") == 0.0
    assert value(page, 4, "dateline") == 1.0 and value(page, 4, "byline") == 0.0


def test_position_the_prose_is_the_densest_run(page):
    assert value(page, 5, "in_run") == 1.0 and value(page, 0, "in_run") == 0.0
    assert value(page, 0, "first_line") == 1.0 and value(page, 1, "first_line") == 0.0


def test_repetition_a_menu_item_seen_twice_repeats(page):
    assert value(page, 0, "repeats") > 0.0
    assert value(page, 1, "repeats") == 0.0


def test_lede_the_headline_shares_words_with_the_opening(page):
    assert value(page, 2, "lede_share") > 0.0
    assert value(page, 1, "lede_share") == 0.0


def test_neighbours_a_line_sees_the_line_below(page):
    assert value(page, 4, "log_chars@+1") == value(page, 5, "log_chars")
    assert value(page, 8, "log_chars@+1") == -1.0


def test_position_lines_far_from_both_ends_all_stand_at_the_capped_distance():
    from seed_converter.features import EDGE_LINES

    long = page_features(split_lines("\n".join(f"Paragraph {k} of a very long story."
                                               for k in range(3 * EDGE_LINES))), "en")
    middle, deeper = EDGE_LINES + 10, 2 * EDGE_LINES - 10
    assert value(long, middle, "log_from_start") == value(long, deeper, "log_from_start")
    assert value(long, middle, "log_to_end") == value(long, deeper, "log_to_end")
    assert value(long, 5, "log_from_start") < value(long, middle, "log_from_start")
    assert value(long, middle, "rel_position") == value(long, deeper, "rel_position") == 0.5


def test_position_on_a_short_page_is_the_share_of_the_page_above(page):
    assert value(page, 0, "rel_position") == 0.0
    assert value(page, 4, "rel_position") == pytest.approx(4 / 8)
    assert value(page, 8, "rel_position") == 1.0


def test_position_prose_below_the_last_paragraph_is_none_and_capped_above_it(page):
    from seed_converter.features import PROSE_NEAR

    assert value(page, 6, "prose_below") == 0.0  # the story's last paragraph
    assert value(page, 5, "prose_below") > 0.0
    long = page_features(split_lines("\n".join(
        f"Paragraph {k} of a very long story, which the council debated for hours." * 3
        for k in range(200))), "en")
    assert value(long, 100, "prose_below") == value(long, 150, "prose_below") == \
        pytest.approx(np.log1p(PROSE_NEAR))
    assert value(long, 100, "prose_above") == value(long, 150, "prose_above")
