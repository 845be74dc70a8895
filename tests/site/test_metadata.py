"""Machine-readable metadata: JSON-LD NewsArticle, canonical, Open Graph, sitemap, robots."""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET

from sitecheck import SITEURL, page_url, soup

JSON_LD_FIELDS = (
    "headline",
    "description",
    "datePublished",
    "dateModified",
    "author",
    "publisher",
    "mainEntityOfPage",
    "articleSection",
    "keywords",
    "image",
)
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"


def json_ld(page) -> dict:
    [script] = soup(page).find_all("script", type="application/ld+json")
    return json.loads(script.string)


def test_there_are_article_pages(article_files):
    assert len(article_files) >= 6


def test_json_ld_parses_on_every_article_with_every_field(site, article_files):
    for page in article_files:
        data = json_ld(page)
        assert data["@type"] == "NewsArticle"
        for field in JSON_LD_FIELDS:
            assert field in data, f"{page}: no {field}"
        assert data["headline"] and data["description"] and data["articleSection"]
        assert data["author"] and all(a["name"] for a in data["author"])
        assert data["publisher"]["name"] == "The Seed Times"
        assert data["mainEntityOfPage"]["@id"] == page_url(site, page)
        dt.datetime.fromisoformat(data["datePublished"])
        dt.datetime.fromisoformat(data["dateModified"])
        doc = soup(page)
        assert data["headline"] == " ".join(doc.h1.get_text().split()).replace("\xa0", " ")
        assert isinstance(data["keywords"], list)


def test_json_ld_keywords_are_the_tags(site):
    page = site / "2026/03/harbour-wind-farm-doubles-output-after-winter-storms/index.html"
    data = json_ld(page)
    tags = [a.get_text() for a in soup(page).select(".story__tags a")]
    assert data["keywords"] == tags and tags
    assert [a["name"] for a in data["author"]] == ["Amina Okafor", "Jonas Berg"]


def test_canonical_open_graph_and_twitter_tags(site, article_files):
    for page in article_files:
        doc = soup(page)
        url = page_url(site, page)
        assert doc.find("link", rel="canonical")["href"] == url
        meta = {
            m.get("property") or m.get("name"): m["content"]
            for m in doc.find_all("meta")
            if m.get("property") or m.get("name")
        }
        assert meta["og:url"] == url
        assert meta["og:type"] == "article"
        assert meta["og:title"] == json_ld(page)["headline"]
        assert meta["twitter:card"] == "summary_large_image"
        assert meta["twitter:image"] == meta["og:image"] == json_ld(page)["image"][0]["url"]
        assert meta["twitter:title"] == meta["og:title"]
        assert meta["description"] == meta["og:description"] != ""


def test_sitemap_lists_every_story_with_news_entries_for_recent_ones(site, article_files):
    root = ET.parse(site / "sitemap.xml").getroot()
    locs = {u.findtext(f"{SITEMAP}loc"): u for u in root.findall(f"{SITEMAP}url")}
    assert f"{SITEURL}/" in locs and f"{SITEURL}/about/" in locs
    for page in article_files:
        assert page_url(site, page) in locs
    news = [u for u in locs.values() if u.find(f"{NEWS}news") is not None]
    # The shipped seed is the newest story; the March test stories are months older.
    assert len(news) == 1
    assert "kazakhstan" in news[0].findtext(f"{SITEMAP}loc")
    assert news[0].findtext(f"{NEWS}news/{NEWS}title").startswith("A crackdown in Kazakhstan")


def test_robots_allows_crawling_and_names_the_sitemap(site):
    text = (site / "robots.txt").read_text(encoding="utf-8")
    assert "User-agent: *" in text
    assert f"Sitemap: {SITEURL}/sitemap.xml" in text


def test_related_stories_and_section_neighbours(site):
    wind = soup(site / "2026/03/harbour-wind-farm-doubles-output-after-winter-storms/index.html")
    related = [a["href"] for a in wind.select(".related .card__title a")]
    assert any("town-museum" in h for h in related)  # shares the tag Port Elden
    prev = wind.select_one(".section-nav__prev a")
    assert prev is not None and "delta-towns" in prev["href"]  # older, same section
    assert wind.select_one(".section-nav__next") is None


def test_front_page_has_lead_top_stories_and_section_blocks(site):
    front = soup(site / "index.html")
    lead = front.select_one(".lead .lead__title a")
    assert lead is not None and "kazakhstan" in lead["href"]  # the newest story
    # Its opening paragraphs, after the deck (which is the summary).
    opening = front.select(".lead__opening p")
    assert opening and "government statement" in opening[0].get_text()
    assert len(front.select(".front-top__list .card")) == 4
    assert front.select(".front-sections .module")
    shown = [a["href"] for a in front.select(".lead__title a, .card__title a")]
    assert len(shown) == len(set(shown)), "a story appears twice on the front page"


def test_archive_lists_years_and_months(site):
    archive = soup(site / "archive" / "index.html")
    hrefs = {a["href"] for a in archive.select(".archive-year a")}
    assert "../archive/2026/" in hrefs and "../archive/2026/03/" in hrefs
    assert (site / "archive/2026/03/index.html").is_file()


def test_older_list_pages_are_numbered_from_the_oldest(site):
    """Six stories, two a page: the front page holds the newest two, page 1 the
    first two ever published, page 2 the two between."""
    section = soup(site / "section" / "environment" / "index.html")
    assert section.select_one(".pagination") is None  # two stories, two per page
    front = soup(site / "index.html")
    assert front.select_one(".more-link a")["href"] == "./page/2/"
    oldest = soup(site / "page" / "1" / "index.html")
    assert oldest.select_one(".pagination__where").get_text() == "Page 1"
    assert oldest.select_one(".pagination__older") is None
    assert oldest.select_one(".pagination__newer")["href"] == "../../page/2/"
    middle = soup(site / "page" / "2" / "index.html")
    assert middle.select_one(".pagination__newer")["href"] == "../../index.html"
    def dates(page):
        return [t["datetime"] for t in soup(site / page / "index.html").select("article time")]

    assert len(dates("page/1")) == len(dates("page/2")) == 2
    assert max(dates("page/1")) < min(dates("page/2"))


def test_a_page_number_the_old_numbering_used_sends_readers_to_the_newest(site):
    """Pelican numbered six stories, two a page, up to page 3."""
    moved = soup(site / "page" / "3" / "index.html")
    refresh = moved.find("meta", attrs={"http-equiv": "refresh"})
    assert refresh["content"].endswith("url=../../index.html")
    assert moved.find("meta", attrs={"name": "robots"})["content"] == "noindex"


def test_a_storys_code_box_is_shown_as_code(site):
    museum = soup(site / "2026/03/town-museum-opens-its-film-archive-to-the-public/index.html")
    assert [pre.get_text() for pre in museum.select(".story__body pre")] == [
        'curl -O https://example.org/port-elden/catalogue.csv\ngrep -c ",195" catalogue.csv\n']
    text = museum.select_one(".story__body").get_text()
    assert "Copy" not in text and "bash" not in text
    assert "every reel had been cleaned" in text  # the story goes on under the box
