"""The figures `make train` adds to score.py's, and its folds: one rule per test."""

from __future__ import annotations

from training.alignment import Truth
from training.crossval import bylines_wrong, folds
from training.data import LIVE_BLOG, Page
from training.dataset import Example


def seed(pred, loose, has_output=True):
    return {"has_output": has_output, "pred_authors": pred, "authors_loose": loose}


def test_a_byline_naming_someone_on_a_page_without_a_writer_is_wrong():
    assert bylines_wrong([seed("Key Takeaways", None), seed("Jane Doe", True)]) == 0.5


def test_an_article_naming_nobody_is_no_wrong_byline():
    assert bylines_wrong([seed(None, False), seed("Jane Doe", True)]) == 0.0


def test_a_seed_without_an_article_counts_nowhere():
    assert bylines_wrong([seed("Jane Doe", False, has_output=False), seed("Ann Lee", False)]) == 1.0


def _site_page(site: str, variant: str) -> Example:
    page = Page(site, variant, None, site, "", (), Truth("", ""))
    return Example(page, "en", None, None)


def test_a_live_blog_stays_in_its_site_s_fold_and_weighs_nothing_in_the_split():
    sites = ["a", "a", "b", "c", "c", "c"]
    plain = [_site_page(s, "full") for s in sites]
    with_live = plain + [_site_page("b", LIVE_BLOG)] * 3
    split, split_live = folds(plain, 2), folds(with_live, 2)
    assert [test for _, test in split_live] == [
        sorted(test + ([6, 7, 8] if 2 in test else [])) for _, test in split]
