"""Issue 11, points 1, 2, 8, 9 and 10, end to end with the real Makefile.

A newsroom commits seeds/ and content/ (README: What to commit); a fresh clone
built on a later day — the clock itself faked with Debian's faketime — gives the
same site, byte for byte, but for what depends on the day by design (the Google
News part of the sitemap). Deleted, renamed and corrected seeds, a story dated
far ahead, and `make publish`'s address are checked on real builds too.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from helpers import make_command, make_env, run_pelican, tree

DAY = 1780000000  # 2026-05-28 20:26:40 UTC
DAY_TEXT = "28 May 2026"
LATER = DAY + 40 * 86400
STORY = (
    "{title}\n\n{dateline}"
    "The new harbour bridge opened to traffic on Saturday morning, four years after "
    "the city council approved its construction in a close vote.\n\n"
    "Thousands of people walked across the bridge before the first cars were allowed "
    "on it, and the mayor thanked the engineers who had worked through two winters.\n"
)
ATOM = "{http://www.w3.org/2005/Atom}"
FAKETIME = shutil.which("faketime")


def seed(title: str, date: str = "", **changes: str) -> str:
    text = STORY.format(title=title, dateline=f"{date}\n\n" if date else "")
    for old, new in changes.items():
        text = text.replace(old, new)
    return text


def make(site: Path, target: str = "html", *extra: str, epoch: int | None = DAY,
         faketime: int | None = None) -> subprocess.CompletedProcess[str]:
    env = make_env()
    env.pop("SOURCE_DATE_EPOCH", None)
    if epoch is not None:
        env["SOURCE_DATE_EPOCH"] = str(epoch)
    command = make_command(target, site, *extra)
    if faketime is not None:
        command = [FAKETIME, f"@{faketime}", *command]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def page(output: Path, slug: str) -> Path:
    [found] = output.glob(f"*/*/{slug}/index.html")
    return found


def json_ld(path: Path) -> dict:
    doc = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    return json.loads(doc.find("script", type="application/ld+json").string)


def atom_entry(output: Path, slug: str) -> ET.Element:
    feed = ET.parse(output / "feeds" / "all.atom.xml").getroot()
    return next(e for e in feed.findall(f"{ATOM}entry")
                if slug in e.find(f"{ATOM}link").get("href"))


def without_news(sitemap: str) -> str:
    return re.sub(r"    <news:news>.*?</news:news>\n", "", sitemap, flags=re.S)


@pytest.fixture
def newsroom(tmp_path) -> Path:
    site = tmp_path / "newsroom"
    (site / "seeds").mkdir(parents=True)
    (site / "seeds" / "undated.txt").write_text(seed("Harbour bridge opens to traffic"),
                                                encoding="utf-8")
    (site / "seeds" / "dated.txt").write_text(
        seed("City budget passes after a long night", "3 March 2026"), encoding="utf-8")
    (site / "seeds" / "2026-05-20-named.txt").write_text(
        seed("School year starts with new teachers"), encoding="utf-8")
    return site


def git(*args: str, cwd: Path) -> None:
    env = make_env(GIT_AUTHOR_NAME="Newsroom", GIT_AUTHOR_EMAIL="desk@news.test",
                   GIT_COMMITTER_NAME="Newsroom", GIT_COMMITTER_EMAIL="desk@news.test")
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, env=env)


def test_a_fresh_clone_builds_the_same_site_on_a_later_day(newsroom, tmp_path):
    if FAKETIME is None:
        # .ci/run installs it; CI (NEWS_REQUIRE_ALL_CHECKS=1) fails without it.
        if os.environ.get("NEWS_REQUIRE_ALL_CHECKS") == "1":
            pytest.fail("NEWS_REQUIRE_ALL_CHECKS=1 but faketime is not installed")
        pytest.skip("faketime not available (apt-get install faketime)")
    make(newsroom)
    article = newsroom / "content" / "articles" / "undated.md"
    text = article.read_text(encoding="utf-8")
    assert "Date: 2026-05-28 20:26" in text  # no date in the seed: the first conversion's
    article.write_text(text.replace("Thousands of people", "Thousands of neighbours"),
                       encoding="utf-8")
    make(newsroom)  # the hand edit is published
    first = newsroom / "output"
    git("init", "-q", cwd=newsroom)
    git("add", "seeds", "content", cwd=newsroom)
    git("commit", "-q", "-m", "Seeds and their stories", cwd=newsroom)
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(newsroom), str(clone)], check=True)
    # Forty days later on another machine: no SOURCE_DATE_EPOCH, the clock itself moved.
    make(clone, epoch=None, faketime=LATER)
    later = clone / "output"
    a, b = tree(first), tree(later)
    assert sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k)) == ["sitemap.xml"]
    sitemap_then = (first / "sitemap.xml").read_text(encoding="utf-8")
    sitemap_now = (later / "sitemap.xml").read_text(encoding="utf-8")
    assert "<news:news>" in sitemap_then and "<news:news>" not in sitemap_now
    assert without_news(sitemap_then) == without_news(sitemap_now)
    story = page(later, "harbour-bridge-opens-to-traffic")
    assert story.parent.parent.name == "05" and story.parent.parent.parent.name == "2026"
    assert "Thousands of neighbours" in story.read_text(encoding="utf-8")


def test_a_deleted_seed_leaves_the_site_and_a_renamed_one_keeps_its_url(newsroom):
    make(newsroom)
    output = newsroom / "output"
    kept = page(output, "city-budget-passes-after-a-long-night").relative_to(output)
    (newsroom / "seeds" / "undated.txt").unlink()
    (newsroom / "seeds" / "dated.txt").rename(newsroom / "seeds" / "2026-budget.txt")
    make(newsroom, epoch=LATER)
    assert not list(output.glob("*/*/harbour-bridge-opens-to-traffic"))
    assert page(output, "city-budget-passes-after-a-long-night").relative_to(output) == kept
    assert len(list(output.glob("[12]*/*/*/index.html"))) == 2
    report = BeautifulSoup((output / "report" / "index.html").read_text(encoding="utf-8"),
                           "html.parser").get_text(" ")
    assert "The site publishes 2 stories: 2 from seeds, 0 written by hand." in report
    assert "2026-budget.txt" in report and "undated.txt" not in report


def test_a_deleted_seeds_page_goes_from_a_site_built_in_place(newsroom):
    # make devserver builds into output/ itself, not into a fresh folder.
    seeds, content, output = newsroom / "seeds", newsroom / "content", newsroom / "output"
    content.mkdir()
    run_pelican(seeds, content, output)
    assert list(output.glob("*/*/harbour-bridge-opens-to-traffic/index.html"))
    (seeds / "undated.txt").unlink()
    run_pelican(seeds, content, output)
    assert not list(output.glob("*/*/harbour-bridge-opens-to-traffic"))
    assert len(list(output.glob("[12]*/*/*/index.html"))) == 2


def test_a_corrected_seed_keeps_url_id_and_date_and_shows_the_update(newsroom):
    make(newsroom)
    output = newsroom / "output"
    slug = "harbour-bridge-opens-to-traffic"
    before_page = page(output, slug).relative_to(output)
    before_entry = atom_entry(output, slug)
    before_ld = json_ld(page(output, slug))
    (newsroom / "seeds" / "undated.txt").write_text(
        seed("Harbour bridge opens to traffic", Saturday="Sunday"), encoding="utf-8")
    make(newsroom, epoch=DAY + 3 * 86400)
    story = page(output, slug)
    assert story.relative_to(output) == before_page
    doc = BeautifulSoup(story.read_text(encoding="utf-8"), "html.parser")
    byline = " ".join(doc.select_one(".byline__dateline").get_text(" ").split())
    assert "Updated 31 May 2026" in byline and byline.startswith(DAY_TEXT)
    entry = atom_entry(output, slug)
    for name in ("id", "published"):
        assert entry.findtext(f"{ATOM}{name}") == before_entry.findtext(f"{ATOM}{name}")
    assert entry.findtext(f"{ATOM}updated") == "2026-05-31T20:26:00+00:00"
    ld = json_ld(story)
    assert ld["datePublished"] == before_ld["datePublished"] == "2026-05-28T20:26:00+00:00"
    assert ld["dateModified"] == "2026-05-31T20:26:00+00:00"
    rss = ET.parse(output / "feeds" / "all.rss.xml").getroot()
    item = next(i for i in rss.iter("item") if slug in i.findtext("link"))
    assert item.findtext("guid") == before_entry.findtext(f"{ATOM}id")
    assert item.findtext("pubDate") == "Thu, 28 May 2026 20:26:00 +0000"


def test_a_story_dated_far_ahead_is_published_but_never_the_lead(newsroom):
    (newsroom / "seeds" / "future.txt").write_text(
        seed("Tunnel under the bay opens at last", "1 January 2099"), encoding="utf-8")
    make(newsroom)
    output = newsroom / "output"
    assert page(output, "tunnel-under-the-bay-opens-at-last").is_file()
    front = BeautifulSoup((output / "index.html").read_text(encoding="utf-8"), "html.parser")
    lead = front.select_one("article.lead .lead__title a")["href"]
    assert "harbour-bridge-opens-to-traffic" in lead
    sitemap = (output / "sitemap.xml").read_text(encoding="utf-8")
    news = re.findall(r"<loc>([^<]*)</loc>\s*<lastmod>[^<]*</lastmod>\s*<news:news>", sitemap)
    # The two-day window ends on the build's day: today's story, not the one of 2099.
    assert [u.rsplit("/", 2)[1] for u in news] == ["harbour-bridge-opens-to-traffic"]


def test_make_publish_refuses_the_placeholder_address(newsroom):
    result = subprocess.run(make_command("publish", newsroom), capture_output=True, text=True,
                            env=make_env(), timeout=600)
    assert result.returncode != 0
    message = " ".join((result.stdout + result.stderr).split())
    assert ("SITEURL is https://news.example.org, a placeholder address: the public "
            "site needs its real address. Set SITEURL in publishconf.py, or run: make "
            "publish SITEURL=https://your.site") in message
    assert not (newsroom / "output").exists()
    assert not (newsroom / "content" / "articles").exists()  # stopped before converting


def test_make_publish_with_the_sites_address_makes_every_url_absolute(newsroom):
    make(newsroom, "publish", "SITEURL=https://seedtimes.test")
    output = newsroom / "output"
    story = page(output, "harbour-bridge-opens-to-traffic")
    doc = BeautifulSoup(story.read_text(encoding="utf-8"), "html.parser")
    url = "https://seedtimes.test/" + story.parent.relative_to(output).as_posix() + "/"
    assert doc.find("link", rel="canonical")["href"] == url
    entry = atom_entry(output, "harbour-bridge-opens-to-traffic")
    assert entry.find(f"{ATOM}link").get("href") == url
    assert entry.findtext(f"{ATOM}id").startswith("tag:seedtimes.test,2026-05-28:")
    assert "Sitemap: https://seedtimes.test/sitemap.xml" in (
        output / "robots.txt").read_text(encoding="utf-8")
