"""The real pelican builds a site from seeds: index, article page, feeds, no furniture."""

from __future__ import annotations

import shutil
from pathlib import Path

import feedparser
import pytest
from bs4 import BeautifulSoup
from helpers import REPO, run_pelican

SHIPPED = REPO / "seeds" / "000_e0786d32627a8350.txt"
HEADLINE = "A crackdown in Kazakhstan has forced the closure of 106 more cryptocurrency mines"
LAST_PARAGRAPH = "202 megawatts of illegal crypto mining"
HOSTILE_SEED = (
    'Council "warns" <b>residents</b> about script & markup tricks\n\n'
    "The council said on Monday that a message reading <script>alert('seed')</script> "
    "had been posted on its noticeboard, and that nobody should run it.\n\n"
    "Officials added that the [link](javascript:alert(1)) in the message was harmless "
    "once printed, and that the police had been told about the incident.\n"
)
# Lines of the shipped seed's page furniture: none may reach any output file.
FURNITURE = [
    "Leave a Comment",
    "Your email address will not be published",
    "Recent Posts",
    "Follow Us",
    "should not be considered investment advice",
    "Telegram",
]


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("site")
    seeds, content, output = root / "seeds", root / "content", root / "output"
    seeds.mkdir()
    shutil.copy(SHIPPED, seeds)
    (seeds / "hostile.txt").write_text(HOSTILE_SEED, encoding="utf-8")
    if (REPO / "content" / "pages").is_dir():
        shutil.copytree(REPO / "content" / "pages", content / "pages")
    run_pelican(seeds, content, output)
    return output


def article_page(site: Path, slug_start: str) -> Path:
    [page] = [p for p in site.glob("*/*/*/index.html") if p.parent.name.startswith(slug_start)]
    return page


def visible_text(path: Path) -> str:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")


def test_index_links_to_the_story(site):
    index = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert HEADLINE in index.get_text(" ")
    hrefs = {a.get("href", "") for a in index.find_all("a")}
    assert any("a-crackdown-in-kazakhstan" in h for h in hrefs)


def test_article_page_has_headline_deck_and_full_text(site):
    page = article_page(site, "a-crackdown-in-kazakhstan")
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    assert soup.find("h1").get_text(" ", strip=True) == HEADLINE
    deck = soup.find(class_="deck")
    assert deck is not None and "Nursultan Nazarbayev" in deck.get_text()
    assert LAST_PARAGRAPH in soup.get_text(" ")
    assert HEADLINE in soup.title.get_text()


@pytest.mark.parametrize("name", ["all.atom.xml", "all.rss.xml"])
def test_feeds_parse_and_carry_the_full_story(site, name):
    feed = feedparser.parse((site / "feeds" / name).read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    entry = next(e for e in feed.entries if e.title == HEADLINE)
    assert entry.link and entry.id
    assert entry.get("published_parsed") or entry.get("updated_parsed")
    content = entry.content[0].value if "content" in entry else entry.summary
    assert LAST_PARAGRAPH in content


def test_no_furniture_in_any_output_file(site):
    for path in site.rglob("*"):
        if path.suffix not in (".html", ".xml", ".json", ".txt"):
            continue
        if path.relative_to(site).parts[0] == "report":
            continue  # the editor's report and audit pages quote what was dropped
        text = path.read_text(encoding="utf-8", errors="replace")
        for phrase in FURNITURE:
            assert phrase not in text, f"{phrase!r} in {path.relative_to(site)}"


def test_seed_markup_shows_as_text_and_runs_nothing(site):
    page = article_page(site, "council-warns")
    html = page.read_text(encoding="utf-8")
    soup = BeautifulSoup(html, "html.parser")
    assert "<script>alert('seed')</script>" in soup.get_text()
    for script in soup.find_all("script"):
        if script.get("type") == "application/ld+json":
            # Data, not code: the seed's words may be in it, but never a raw "<".
            assert "<" not in (script.string or "")
        else:
            assert "alert" not in (script.string or "")
    assert "javascript:" not in " ".join(a.get("href", "") for a in soup.find_all("a"))
    assert soup.find("b") is None or "residents" not in soup.find("b").get_text()
    assert 'Council "warns" <b>residents</b> about script & markup tricks' in soup.h1.get_text()


def test_converted_article_keeps_its_seed_and_digest(site):
    content = site.parent / "content" / "articles"
    header = (content / "000_e0786d32627a8350.md").read_text(encoding="utf-8").split("\n\n")[0]
    assert "Seed: 000_e0786d32627a8350.txt" in header
    assert "Seed_digest: sha256:" in header
    for key in ("Title", "Date", "Category", "Tags", "Summary", "Slug"):
        assert f"\n{key}:" in f"\n{header}"
    # The seed names no author: the key is left out rather than left empty, and
    # Pelican falls back to the site's AUTHOR.
    assert "\nAuthors:" not in header


def test_second_build_leaves_converted_articles_untouched(site):
    seeds, content = site.parent / "seeds", site.parent / "content"
    article = content / "articles" / "000_e0786d32627a8350.md"
    before = (article.read_bytes(), article.stat().st_mtime_ns)
    run_pelican(seeds, content, site.parent / "output2")
    assert (article.read_bytes(), article.stat().st_mtime_ns) == before
