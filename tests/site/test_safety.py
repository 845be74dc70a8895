"""A seed holding markup and quotes shows them as text and runs nothing."""

from __future__ import annotations

import json

from sitecheck import soup

HOSTILE = "2026/03/council-says-quotes-brackets-break-nothing/index.html"


def test_no_page_has_a_script_the_theme_did_not_put_there(site, html_files):
    for page in html_files:
        for script in soup(page).find_all("script"):
            assert script.get("type") == "application/ld+json" or script.get("src"), page


def test_script_in_a_seed_is_shown_as_text(site):
    doc = soup(site / HOSTILE)
    assert "<script>alert(1)</script>" in doc.select_one(".story__body").get_text()
    assert "alert(1)" not in "".join(str(s) for s in doc.find_all("script"))


def test_quotes_and_angles_in_a_title_are_text_everywhere(site):
    doc = soup(site / HOSTILE)
    title = doc.title.get_text()
    assert "quotes" in title and "& <angle> brackets" in title
    assert doc.h1.find("angle") is None and "<angle>" in doc.h1.get_text()
    [ld] = doc.find_all("script", type="application/ld+json")
    assert "<angle>" not in ld.string  # escaped as \u003c so it cannot end the script
    assert "& <angle>" in json.loads(ld.string)["headline"]
    og = doc.find("meta", property="og:title")["content"]
    assert "& <angle>" in og


def test_the_headline_is_plain_text_in_every_list(site):
    # The story's section page: whichever section lists it.
    sections = [p for p in sorted((site / "section").glob("*/index.html"))
                if "angle&gt; brackets" in p.read_text(encoding="utf-8")]
    assert len(sections) == 1
    for page in (site / "index.html", *sections, site / "archive/index.html"):
        doc = soup(page)
        assert doc.find("angle") is None
        assert "<angle>" in doc.get_text()
