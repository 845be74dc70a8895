"""The figures `make train` adds to score.py's: one rule per test."""

from __future__ import annotations

from training.crossval import bylines_wrong


def seed(pred, loose, has_output=True):
    return {"has_output": has_output, "pred_authors": pred, "authors_loose": loose}


def test_a_byline_naming_someone_on_a_page_without_a_writer_is_wrong():
    assert bylines_wrong([seed("Key Takeaways", None), seed("Jane Doe", True)]) == 0.5


def test_an_article_naming_nobody_is_no_wrong_byline():
    assert bylines_wrong([seed(None, False), seed("Jane Doe", True)]) == 0.0


def test_a_seed_without_an_article_counts_nowhere():
    assert bylines_wrong([seed("Jane Doe", False, has_output=False), seed("Ann Lee", False)]) == 1.0
