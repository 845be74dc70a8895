"""One rule per test for the news_site plugin's pure functions."""

from __future__ import annotations

import datetime as dt
import json
import random
from collections import Counter
from types import SimpleNamespace

from news_site.feeds import finish_feed
from news_site.front import front_page, opening_paragraphs
from news_site.related import add_related
from news_site.settings import merged, root_path, site_root
from news_site.sitemap import recent, robots_txt
from news_site.structured_data import JsonLd, Publisher, script_json
from news_site.text import add_reading_time, plain

DAY = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)


class Named(str):
    """A tag, category or author: prints as its name, has a slug."""

    @property
    def slug(self) -> str:
        return self.lower().replace(" ", "-")

    @property
    def name(self) -> str:
        return str(self)


class Author(Named):
    """An author: a name with an author page."""

    @property
    def url(self) -> str:
        return f"author/{self.slug}/"


def story(name: str, day: int, tags=(), category="News", year=None, **extra) -> SimpleNamespace:
    date = DAY + dt.timedelta(days=day)
    return SimpleNamespace(
        source_path=f"{name}.md",
        date=date.replace(year=year) if year else date,
        url=f"{name}/",
        tags=[Named(t) for t in tags],
        category=Named(category),
        **extra,
    )


def test_script_json_escapes_what_could_end_a_script_element():
    text = script_json({"headline": '</script><!-- "x" & y'})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"headline": '</script><!-- "x" & y'}


def test_plain_strips_typogrify_markup_and_decodes_entities():
    assert plain('Fish <span class="amp">&amp;</span> chips&nbsp;today') == "Fish & chips today"


def test_reading_time_written_by_hand_wins():
    article = SimpleNamespace(reading_time="7", words="900", content="<p>short</p>")
    add_reading_time(article, 230)
    assert article.reading_minutes == 7


def test_reading_time_is_the_converters_word_count_at_the_sites_speed():
    article = SimpleNamespace(words="461", content="<p>short</p>")
    add_reading_time(article, 230)
    assert article.reading_minutes == 3
    add_reading_time(article, 500)
    assert article.reading_minutes == 1


def test_reading_time_is_counted_from_the_body_when_missing():
    article = SimpleNamespace(content="<p>" + "word " * 461 + "</p>")
    add_reading_time(article, 230)
    assert article.reading_minutes == 3


def test_lead_is_the_newest_story_by_default():
    stories = [story("b", 2), story("a", 1)]
    assert (
        front_page(
            stories,
            [
                (Named("News"), stories),
            ],
            4,
            3,
        ).lead
        is stories[0]
    )


def test_a_featured_story_leads_even_when_older():
    stories = [story("b", 2), story("a", 1, featured="true")]
    front = front_page(stories, [(Named("News"), stories)], 4, 3)
    assert front.lead is stories[1] and front.top == (stories[0],)


def test_section_blocks_skip_stories_already_on_the_front_page():
    stories = [story("c", 3), story("b", 2), story("a", 1)]
    front = front_page(stories, [(Named("News"), stories)], 1, 3)
    assert [s.url for block in front.sections for s in block.articles] == ["a/"]


def test_related_ranks_by_shared_tags_then_newest():
    one = story("one", 1, tags=["Port", "Wind"])
    two = story("two", 2, tags=["Port"])
    three = story("three", 3, tags=["Port", "Wind"])
    lone = story("lone", 4, tags=["Other"])
    add_related([one, two, three, lone], 4, 100)
    assert one.related == [three, two]
    assert lone.related == []


def test_related_for_some_stories_is_what_all_of_them_get_and_leaves_the_rest():
    one = story("one", 1, tags=["Port", "Wind"])
    two = story("two", 2, tags=["Port"])
    three = story("three", 3, tags=["Port", "Wind"])
    add_related([one, two, three], 4, 100, only=[one])
    assert one.related == [three, two]
    assert not hasattr(two, "related")


def related_by_all_pairs(articles, count: int, max_tag_size: int) -> dict[str, list[str]]:
    """What add_related must give, the slow way: every pair of stories compared,
    each tag counted as often as each story carries it."""
    ordered = sorted(articles, key=lambda a: (-a.date.timestamp(), a.source_path))
    size = Counter(tag.slug for a in ordered for tag in a.tags)
    usable = {slug for slug, n in size.items() if n <= max_tag_size}
    want = {}
    for i, a in enumerate(ordered):
        mine = [t.slug for t in a.tags if t.slug in usable]
        scores = []
        for j, b in enumerate(ordered):
            theirs = [t.slug for t in b.tags]
            shared = sum(theirs.count(slug) for slug in mine)
            if j != i and shared:
                scores.append((-shared, j))
        want[a.source_path] = [ordered[j].source_path for _, j in sorted(scores)[:count]]
    return want


def test_related_is_what_comparing_every_pair_of_stories_gives():
    rng = random.Random(7)
    names = [f"Tag {i}" for i in range(12)]
    stories = [story(f"s{i:03d}", rng.randrange(30), tags=rng.choices(names, k=rng.randrange(5)))
               for i in range(120)]
    add_related(stories, 4, max_tag_size=30)
    got = {s.source_path: [r.source_path for r in s.related] for s in stories}
    assert got == related_by_all_pairs(stories, 4, 30)


def test_related_ignores_tags_on_too_many_stories():
    stories = [story(str(i), i, tags=["Everywhere"]) for i in range(5)]
    add_related(stories, 4, max_tag_size=3)
    assert all(s.related == [] for s in stories)


def test_rss_guids_are_marked_not_permalinks_and_entries_say_their_language():
    feed = SimpleNamespace(feed={}, items=[
        {"unique_id": "tag:x.org,2026-01-02:/a/", "link": "https://x.org/a/"},
        {"unique_id": "tag:x.org,2026-01-02:/b/", "link": "https://x.org/b/"},
    ])
    context = {"SITEURL": "https://x.org", "DEFAULT_LANG": "en", "AUTHOR": "The Newsroom",
               "articles": [SimpleNamespace(url="a/", lang="en"),
                            SimpleNamespace(url="b/", lang="ru")]}
    finish_feed(context, feed=feed)
    assert [i["unique_id_is_permalink"] for i in feed.items] == [False, False]
    assert [i.get("lang") for i in feed.items] == [None, "ru"]
    assert feed.feed == {"language": "en", "author_name": "The Newsroom"}


def test_the_news_sitemap_window_ends_at_the_builds_day_not_the_newest_story():
    at = DAY + dt.timedelta(days=30, hours=12)
    stories = [story("far-ahead", 30, year=2099), story("today", 30), story("day-before", 29),
               story("old", 20)]
    assert [s.url for s in recent(stories, 2, 10, at)] == ["today/", "day-before/"]


def test_a_story_dated_more_than_a_day_ahead_is_never_the_lead():
    at = DAY + dt.timedelta(days=30, hours=12)
    stories = [story("ahead", 30, year=2099), story("tomorrow", 31), story("today", 30)]
    front = front_page(stories, [(Named("News"), stories)], 4, 3, at=at)
    assert front.lead is stories[1]  # a day ahead is still today somewhere
    assert stories[0] in front.top  # published, just not the lead


def test_site_root_and_robots_follow_siteurl():
    assert site_root({"SITEURL": "https://x.org/news/"}) == "https://x.org/news/"
    assert site_root({"SITEURL": ""}) == "/"
    assert root_path({"SITEURL": "https://x.org/news"}) == "/news/"
    assert "Sitemap: https://x.org/sitemap.xml" in robots_txt({"SITEURL": "https://x.org"})


def test_user_settings_override_defaults_without_changing_them():
    assert merged({"NEWS_TOP_STORIES": 9})["NEWS_TOP_STORIES"] == 9
    assert merged({})["NEWS_TOP_STORIES"] == 4


def test_lead_opening_skips_the_deck_and_stops_at_the_word_cap():
    html = '<p class="deck">Deck.</p>\n<p>One two three.</p>\n<p>Four five.</p>\n<p>Six.</p>'
    assert [str(p) for p in opening_paragraphs(html, most=4, words=5)] == [
        "<p>One two three.</p>",
        "<p>Four five.</p>",
    ]


def test_the_json_ld_filter_prints_the_story_and_the_site_as_the_settings_name_them():
    settings = {"SITENAME": "Harbour Times", "SITEURL": "https://news.example",
                "NEWS_PUBLISHER_LOGO": "https://news.example/logo.png", "DEFAULT_LANG": "en"}
    article = story("bridge", 3, tags=("Transport",), plain_title="Bridge opens",
                    plain_summary="It opened.", canonical_url="https://news.example/bridge/",
                    authors=[Author("Ana Lima")], lang="pt", words="120")
    data = json.loads(str(JsonLd(Publisher.of(settings))(article)))
    assert data["headline"] == "Bridge opens" and data["inLanguage"] == "pt"
    assert data["author"] == [{"@type": "Person", "name": "Ana Lima",
                               "url": "https://news.example/author/ana-lima/"}]
    assert data["publisher"]["name"] == "Harbour Times"
    assert data["publisher"]["logo"]["url"] == "https://news.example/logo.png"
    assert data["keywords"] == ["Transport"] and data["wordCount"] == 120
