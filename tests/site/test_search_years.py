"""Search across yearly index bundles in real headless Chromium: a story from an
older year is found from the search page, which merges every year's bundle."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sitecheck import build, serve
from test_browser import open_page

STORY = (
    "{headline}\n\n"
    "Published {date}\n\n"
    "The city council postponed its vote on the new harbour bridge on Tuesday, after "
    "engineers asked for more time to study the {word} under the old pier.\n\n"
    "Officials said a new date would be set within a month, once the report is ready "
    "and every member of the council has had the chance to read it in full.\n"
)


@pytest.fixture(scope="module")
def two_year_site(tmp_path_factory) -> Iterator[str]:
    """Two stories, 2019 and 2021, built and served; yield the base URL."""
    root = tmp_path_factory.mktemp("two-years")
    seeds = root / "seeds"
    seeds.mkdir()
    for name, headline, date, word in (
        ("old.txt", "Pier survey finds old sediment", "14 June 2019", "sediment"),
        ("new.txt", "Quarry plan splits the valley", "3 March 2021", "limestone"),
    ):
        (seeds / name).write_text(STORY.format(headline=headline, date=date, word=word),
                                  encoding="utf-8")
    output = root / "output"
    (root / "content").mkdir()
    build(root / "content", output, seeds, absolute=False)
    assert sorted(p.name for p in (output / "pagefind").iterdir()) == ["2019", "2021q1"]
    with serve(output) as url:
        yield url


@pytest.mark.browser
@pytest.mark.parametrize("word, slug", [("limestone", "quarry-plan"), ("sediment", "pier-survey")])
def test_search_finds_stories_of_every_year(browser, two_year_site, word, slug):
    page, errors, outside = open_page(browser, two_year_site + f"search/?q={word}", 1280)
    try:
        result = page.locator(".pagefind-ui__result-link").first
        result.wait_for(timeout=10_000)
        hrefs = [a.get_attribute("href") for a in page.locator(".pagefind-ui__result-link").all()]
    finally:
        page.context.close()
    assert len(hrefs) == 1 and slug in hrefs[0], hrefs
    assert not errors, errors
    assert not outside, outside
