"""Share cards: a 1200 x 630 picture per story, named by its content, linked from
the page's Open Graph and Twitter tags and its JSON-LD."""

from __future__ import annotations

import json

from PIL import Image
from sitecheck import local_file, soup


def meta_content(page, key: str) -> str | None:
    tag = soup(page).find("meta", attrs={"property": key}) or soup(page).find(
        "meta", attrs={"name": key})
    return tag["content"] if tag else None


def test_every_article_has_its_own_1200_by_630_card(site, article_files):
    seen = {}
    for page in article_files:
        url = meta_content(page, "og:image")
        assert url, f"{page}: no og:image"
        path = local_file(site, url)
        assert path is not None and path.is_file(), f"{page}: {url} is not in the site"
        with Image.open(path) as image:
            assert image.format == "PNG" and image.size == (1200, 630), (url, image.size)
        seen[page] = path.read_bytes()
    assert len(set(seen.values())) == len(seen), "two stories share one card"


def test_the_card_is_named_in_twitter_tags_and_json_ld(article_files):
    for page in article_files:
        url = meta_content(page, "og:image")
        assert meta_content(page, "twitter:card") == "summary_large_image"
        assert meta_content(page, "twitter:image") == url
        [script] = soup(page).find_all("script", type="application/ld+json")
        image = json.loads(script.string)["image"][0]
        assert (image["url"], image["width"], image["height"]) == (url, 1200, 630)


def test_the_publisher_has_a_logo_in_the_site(site, article_files):
    [script] = soup(article_files[0]).find_all("script", type="application/ld+json")
    logo = json.loads(script.string)["publisher"]["logo"]["url"]
    path = local_file(site, logo)
    assert path is not None and path.is_file()
    with Image.open(path) as image:
        assert image.size == (600, 60)


def test_pages_that_are_not_stories_share_the_sites_card(site):
    url = meta_content(site / "index.html", "og:image")
    assert url and url == meta_content(site / "tags" / "index.html", "og:image")
    with Image.open(local_file(site, url)) as image:
        assert image.size == (1200, 630)

