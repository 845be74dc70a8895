"""Issue 11, point 8: one setting holds the site's address; a public build refuses a
placeholder."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from news_site.address import SiteAddressError, problem, settle_address


@pytest.mark.parametrize("url", ["https://news.example.org", "http://example.com/news",
                                 "https://www.example.net", "", "/news", "news.site"])
def test_placeholders_and_relative_addresses_are_not_a_public_sites(url):
    assert problem(url)


@pytest.mark.parametrize("url", ["https://seedtimes.test", "https://news.site/local/",
                                 "http://127.0.0.1:8765"])
def test_real_and_local_addresses_are(url):
    assert problem(url) is None


def test_feeds_take_the_sites_address():
    pelican = SimpleNamespace(settings={"SITEURL": "https://seedtimes.test/"})
    settle_address(pelican)
    assert pelican.settings["FEED_DOMAIN"] == "https://seedtimes.test"


def test_a_public_build_with_the_placeholder_stops_with_how_to_fix_it():
    pelican = SimpleNamespace(settings={"SITEURL": "https://news.example.org",
                                        "NEWS_PUBLIC_BUILD": True})
    with pytest.raises(SiteAddressError, match=r"make publish SITEURL=https://your.site"):
        settle_address(pelican)
