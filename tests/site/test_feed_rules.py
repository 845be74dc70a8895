"""Issue 11, point 8: feeds and URLs valid in both builds.

Every feed of the `make publish`-like build (`site`) and of the `make html`
build (`dev_site`) passes the W3C feed validator's rules (feedrules.py: RFC
4287's RELAX NG schema and its Schematron rules, absolute IRIs, valid tag: ids,
RSS 2.0's guid and date rules); canonical, og:url, the sitemap and robots.txt
name absolute URLs on the site's one address.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from feedrules import TAG_URI, absolute, problems
from sitecheck import LOCAL_SITEURL, SITEURL, soup


@pytest.fixture(params=["publish", "html"])
def built(request, site, dev_site):
    """Each build with the address its URLs must start with."""
    return (site, SITEURL) if request.param == "publish" else (dev_site, LOCAL_SITEURL)


def test_every_feed_passes_the_feed_validators_rules(built):
    output, siteurl = built
    feeds = sorted((output / "feeds").rglob("*.xml"))
    assert len(feeds) > 6
    found = {}
    for path in feeds:
        rel = path.relative_to(output).as_posix()
        broken = problems(path, f"{siteurl}/{rel}")
        if broken:
            found[rel] = broken
    assert found == {}


def test_feed_ids_are_tag_uris_of_the_sites_own_host(built):
    output, siteurl = built
    host = urlsplit(siteurl).hostname
    ids = []
    for path in sorted((output / "feeds").rglob("*.xml")):
        for element in ET.parse(path).iter():
            if element.tag in ("{http://www.w3.org/2005/Atom}id", "guid"):
                ids.append(element.text)
    entry_ids = [i for i in ids if i.startswith("tag:")]
    assert entry_ids
    for value in entry_ids:
        assert TAG_URI.fullmatch(value), value
        assert value.startswith(f"tag:{host},"), value


def test_canonical_og_url_sitemap_and_robots_are_absolute(built):
    output, siteurl = built
    pages = sorted(output.glob("[12][0-9][0-9][0-9]/[01][0-9]/*/index.html"))
    assert pages
    for page in pages:
        doc = soup(page)
        canonical = doc.find("link", rel="canonical")["href"]
        assert canonical == siteurl + "/" + page.parent.relative_to(output).as_posix() + "/"
        assert doc.find("meta", property="og:url")["content"] == canonical
    locs = re.findall(r"<loc>([^<]*)</loc>", (output / "sitemap.xml").read_text(encoding="utf-8"))
    assert locs and all(absolute(loc) and loc.startswith(siteurl + "/") for loc in locs)
    robots = (output / "robots.txt").read_text(encoding="utf-8")
    assert f"Sitemap: {siteurl}/sitemap.xml" in robots.splitlines()
