"""Every feed parses as feed readers parse it and carries whole, identified stories."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import feedparser
import pytest
from bs4 import BeautifulSoup
from sitecheck import SITEURL, local_file, soup


def feeds(site):
    return sorted((site / "feeds").rglob("*.xml"))


def text_of(html: str) -> str:
    return " ".join(BeautifulSoup(html, "html.parser").get_text(" ").split())


def test_all_the_expected_feeds_exist(site):
    names = {p.relative_to(site).as_posix() for p in feeds(site)}
    for expected in (
        "feeds/all.atom.xml",
        "feeds/all.rss.xml",
        "feeds/section/environment.atom.xml",
        "feeds/section/environment.rss.xml",
        "feeds/tag/port-elden.atom.xml",
        "feeds/tag/port-elden.rss.xml",
    ):
        assert expected in names


def test_every_feed_parses_with_title_link_id_dates_and_full_text(site):
    problems = []
    for path in feeds(site):
        parsed = feedparser.parse(path.read_bytes())
        name = path.relative_to(site)
        if parsed.bozo:
            problems.append(f"{name}: {parsed.bozo_exception}")
            continue
        if not parsed.feed.get("title") or not parsed.feed.get("link"):
            problems.append(f"{name}: feed has no title or link")
        if not parsed.entries:
            problems.append(f"{name}: no entries")
        for entry in parsed.entries:
            for field in ("title", "link", "id"):
                if not entry.get(field):
                    problems.append(f"{name}: entry without {field}")
            if not (entry.get("published_parsed") or entry.get("updated_parsed")):
                problems.append(f"{name}: {entry.get('title')} has no date")
            if not entry.link.startswith(SITEURL + "/"):
                problems.append(f"{name}: relative link {entry.link}")
            page = local_file(site, entry.link)
            if page is None or not page.is_file():
                problems.append(f"{name}: {entry.link} is not a page of the site")
                continue
            body = " ".join(soup(page).select_one(".story__body").get_text(" ").split())
            html = entry.content[0].value if entry.get("content") else entry.get("summary", "")
            if text_of(html) != body:
                problems.append(f"{name}: {entry.title} does not carry the full text")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    "feed",
    ["feeds/all.rss.xml", "feeds/section/environment.rss.xml", "feeds/tag/port-elden.rss.xml"],
)
def test_rss_guids_are_marked_not_permalinks(site, feed):
    items = ET.parse(site / feed).getroot().findall("./channel/item")
    assert items
    for item in items:
        guid = item.find("guid")
        link = item.findtext("link")
        assert guid is not None
        assert guid.get("isPermaLink") == "false" or (
            guid.get("isPermaLink", "true") == "true" and guid.text == link
        )


def test_every_rss_guid_validates(site):
    for path in sorted((site / "feeds").rglob("*.rss.xml")):
        for guid in ET.parse(path).getroot().iter("guid"):
            assert guid.get("isPermaLink") == "false", path


def test_a_storys_id_is_the_same_in_every_feed(site):
    ids: dict[str, set[str]] = {}
    for path in feeds(site):
        for entry in feedparser.parse(path.read_bytes()).entries:
            ids.setdefault(entry.link, set()).add(entry.id)
    assert ids and all(len(found) == 1 for found in ids.values()), ids
