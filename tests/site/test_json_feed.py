"""JSON Feed 1.1 for the site and each section: the specification's required
fields and types, absolute URLs, full text, the ids Atom gives the same stories,
and a link from every page."""

from __future__ import annotations

import datetime as dt
import json

import feedparser
import pytest
from bs4 import BeautifulSoup
from sitecheck import SITEURL, local_file, soup

VERSION = "https://jsonfeed.org/version/1.1"
# Optional top-level and item fields, and the JSON types the specification gives them.
TOP_TYPES = {"home_page_url": str, "feed_url": str, "description": str, "icon": str,
             "favicon": str, "language": str, "authors": list, "next_url": str}
ITEM_TYPES = {"url": str, "title": str, "content_html": str, "content_text": str,
              "summary": str, "image": str, "date_published": str, "date_modified": str,
              "authors": list, "tags": list, "language": str}


def json_feeds(site):
    return sorted((site / "feeds").rglob("*.json"))


def text_of(html: str) -> str:
    return " ".join(BeautifulSoup(html, "html.parser").get_text(" ").split())


def test_the_site_and_every_section_have_a_json_feed(site):
    names = {p.relative_to(site).as_posix() for p in json_feeds(site)}
    sections = {p.stem.split(".")[0] for p in (site / "feeds" / "section").glob("*.atom.xml")}
    assert "feeds/all.json" in names
    assert {f"feeds/section/{s}.json" for s in sections} <= names and sections


@pytest.mark.parametrize("which", ["all", "section"])
def test_every_json_feed_has_the_specifications_required_fields(site, which):
    paths = [p for p in json_feeds(site) if (p.name == "all.json") == (which == "all")]
    assert paths
    for path in paths:
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["version"] == VERSION
        assert isinstance(data["title"], str) and data["title"]
        assert isinstance(data["items"], list) and data["items"]
        for key, kind in TOP_TYPES.items():
            assert key not in data or isinstance(data[key], kind), (path, key)
        assert data["feed_url"] == f"{SITEURL}/{path.relative_to(site).as_posix()}"
        assert data["home_page_url"] == f"{SITEURL}/"
        ids = [entry["id"] for entry in data["items"]]
        assert len(ids) == len(set(ids)), "ids are unique in a feed"
        for entry in data["items"]:
            assert isinstance(entry["id"], str) and entry["id"]
            assert "content_html" in entry or "content_text" in entry
            for key, kind in ITEM_TYPES.items():
                assert key not in entry or isinstance(entry[key], kind), (path, key)
            assert entry["url"].startswith(SITEURL + "/")
            dt.datetime.fromisoformat(entry["date_published"])  # RFC 3339
            assert all(isinstance(a.get("name"), str) for a in entry.get("authors", ()))
            assert all(isinstance(t, str) for t in entry.get("tags", ()))


def test_json_feed_items_carry_the_full_text_of_their_page(site):
    data = json.loads((site / "feeds" / "all.json").read_text(encoding="utf-8"))
    for entry in data["items"]:
        page = local_file(site, entry["url"])
        assert page is not None and page.is_file(), entry["url"]
        body = " ".join(soup(page).select_one(".story__body").get_text(" ").split())
        assert text_of(entry["content_html"]) == body, entry["title"]


def test_json_feed_ids_are_the_ids_atom_gives_the_same_stories(site):
    atom = {e.link: e.id for e in feedparser.parse(
        (site / "feeds" / "all.atom.xml").read_bytes()).entries}
    data = json.loads((site / "feeds" / "all.json").read_text(encoding="utf-8"))
    assert {entry["url"]: entry["id"] for entry in data["items"]} == atom


def test_every_page_links_the_sites_json_feed(site, html_files):
    for page in html_files:
        links = soup(page).find_all("link", rel="alternate", type="application/feed+json")
        assert any(link["href"].endswith("feeds/all.json") for link in links), page


def test_a_section_page_links_its_own_json_feed(site):
    page = soup(site / "section" / "environment" / "index.html")
    hrefs = [link["href"] for link in page.find_all("link", type="application/feed+json")]
    assert any(h.endswith("feeds/section/environment.json") for h in hrefs)
