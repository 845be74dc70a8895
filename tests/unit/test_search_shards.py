"""How stories are shared out among the search index's bundles (news_site.search)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from news_site.search import plan_shards


def story(day: str, lang: str = "en"):
    date = dt.datetime.fromisoformat(day)
    return SimpleNamespace(date=date, lang=lang, save_as=f"{day}-{lang}/index.html")


def test_older_years_have_one_bundle_each_and_the_newest_year_one_per_quarter():
    shards = plan_shards([story("2023-02-01"), story("2023-11-30"), story("2024-01-15"),
                          story("2024-03-31"), story("2024-04-01"), story("2024-12-31")])
    assert shards == {
        "2024q4": ("2024-12-31-en/index.html",),
        "2024q2": ("2024-04-01-en/index.html",),
        "2024q1": ("2024-01-15-en/index.html", "2024-03-31-en/index.html"),
        "2023": ("2023-02-01-en/index.html", "2023-11-30-en/index.html"),
    }


def test_a_story_of_a_new_year_makes_the_last_year_one_bundle_again():
    stories = [story("2024-01-15"), story("2024-12-31")]
    assert list(plan_shards(stories)) == ["2024q4", "2024q1"]
    assert list(plan_shards([*stories, story("2025-01-02")])) == ["2025q1", "2024"]


def test_stories_in_another_language_have_one_bundle_per_year_after_the_sites_own():
    shards = plan_shards([story("2024-05-01", "de"), story("2023-05-01", "de"),
                          story("2024-05-02"), story("2022-05-02", "fr")])
    assert list(shards) == ["2024q2", "2024-de", "2023-de", "2022-fr"]


def test_the_newest_year_is_that_of_the_stories_in_the_sites_language():
    """A translation dated later does not take the quarters from the site's newest
    stories."""
    shards = plan_shards([story("2022-01-02"), story("2023-05-02"), story("2024-05-01", "de")])
    assert list(shards) == ["2023q2", "2022", "2024-de"]
