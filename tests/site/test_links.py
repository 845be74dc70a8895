"""No broken internal link or asset anywhere in the output; nothing loaded from elsewhere."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from sitecheck import LOCAL_SITEURL, SITEURL, ids, links, local_file, soup

# Values a reader's browser does not fetch from our site.
NOT_FETCHED = ("mailto:", "tel:", "javascript:", "data:")


def html_pages(site):
    return sorted(p for p in site.rglob("*.html") if "pagefind" not in p.parts)


@pytest.mark.parametrize("build", ["publish-like", "make-html"])
def test_every_href_and_src_resolves_to_a_file(request, build):
    site = request.getfixturevalue("site" if build == "publish-like" else "dev_site")
    # `make html` names its own address (make serve's) in canonical links.
    own = SITEURL if build == "publish-like" else LOCAL_SITEURL
    html_files = html_pages(site)
    broken = []
    checked = 0
    for page in html_files:
        where = page.relative_to(site)
        for name, raw, url in links(site, page):
            target = local_file(site, url, own)
            if raw.startswith(NOT_FETCHED) or (target is None and name == "a"):
                continue  # a story may link out; that is not a broken link of ours
            checked += 1
            fragment = urlsplit(url).fragment
            if target is None:
                broken.append(f"{where}: <{name}> {raw} loads from another host")
            elif not target.is_file():
                broken.append(f"{where}: <{name}> {raw} -> missing {target.relative_to(site)}")
            elif fragment and fragment not in ids(target):
                broken.append(f"{where}: <{name}> {raw} -> no element #{fragment}")
    assert checked > 100, "the check saw suspiciously few links"
    assert not broken, "\n".join(broken)


def test_the_404_page_resolves_links_from_the_site_root(site):
    base = soup(site / "404.html").find("base")
    assert base is not None and base["href"] == "/"


def test_every_page_has_feed_autodiscovery(site, html_files):
    missing = []
    for page in html_files:
        doc = soup(page)
        for kind in ("application/atom+xml", "application/rss+xml"):
            if not doc.find("link", rel="alternate", type=kind):
                missing.append(f"{page.relative_to(site)}: {kind}")
    assert not missing, "\n".join(missing)


def test_section_pages_offer_their_own_feeds(site):
    doc = soup(site / "section" / "sport" / "index.html")
    hrefs = {link["href"] for link in doc.find_all("link", rel="alternate")}
    assert any(h.endswith("feeds/section/sport.atom.xml") for h in hrefs)
    assert any(h.endswith("feeds/section/sport.rss.xml") for h in hrefs)
