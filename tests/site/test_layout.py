"""The layout as readers see it, measured in real Chromium at phone, tablet and
desktop widths: columns that end together, grid rows that are never more than
half empty, no sideways scrolling, and the lead headline in view on a phone."""

from __future__ import annotations

import pytest
from sitecheck import soup

# (width, height): a small phone, a tablet held upright, a laptop.
SCREENS = ((375, 667), (768, 1024), (1280, 800))
PAGES = {
    "front": "",
    "article": "2026/03/harbour-wind-farm-doubles-output-after-winter-storms/",
    "section": "section/environment/",
    "tag with one story": "tag/elden-rovers/",
    "tag with two stories": "tag/port-elden/",
    "author": "author/amina-okafor/",
    "front page 2": "page/2/",
    "report": "report/",
    "audit": "report/harbour-wind-farm-doubles-output-after-winter-storms/",
}

# Every grid in <main>, row by row: how much of the grid's width its items take.
# An item spanning rows counts in each row it crosses. Hidden and out-of-flow
# children (visually-hidden headings) are not grid items a reader sees.
GRID_ROWS = """() => {
  const rows = [];
  for (const grid of document.querySelectorAll("main *")) {
    const style = getComputedStyle(grid);
    if (!style.display.endsWith("grid")) continue;
    const items = [...grid.children].filter((el) => {
      const s = getComputedStyle(el);
      return s.display !== "none" && !["absolute", "fixed"].includes(s.position)
        && el.getBoundingClientRect().width > 1;
    });
    if (!items.length) continue;
    const inner = grid.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const gap = parseFloat(style.columnGap) || 0;
    const tops = [...new Set(items.map((el) => Math.round(el.getBoundingClientRect().top)))];
    for (const top of tops) {
      const inRow = items.filter((el) => {
        const r = el.getBoundingClientRect();
        return r.top <= top + 1 && r.bottom > top + 1;
      });
      const used = inRow.reduce((sum, el) => sum + el.getBoundingClientRect().width, 0)
        + gap * (inRow.length - 1);
      rows.push({grid: grid.className || grid.tagName, top, items: inRow.length,
                 fill: used / inner});
    }
  }
  return rows;
}"""


def open_at(browser, url: str, width: int, height: int):
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.goto(url, wait_until="networkidle")
    return page


def half_empty_rows(page) -> list[dict]:
    return [row for row in page.evaluate(GRID_ROWS) if row["fill"] < 0.5]


@pytest.mark.browser
@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s[0]}px")
@pytest.mark.parametrize("name", PAGES)
def test_no_grid_row_is_more_than_half_empty_and_nothing_scrolls_sideways(
    browser, served, name, screen
):
    page = open_at(browser, served + PAGES[name], *screen)
    try:
        empty = half_empty_rows(page)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    finally:
        page.context.close()
    assert not empty, f"rows more than half empty: {empty}"
    assert overflow <= 0, f"page is {overflow}px wider than the screen"


@pytest.mark.browser
@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s[0]}px")
def test_a_story_grid_fills_its_rows_with_any_number_of_stories(browser, served, screen):
    """A section or tag page shows 1 to 12 cards under its lead; any count fills its rows."""
    page = open_at(browser, served + PAGES["section"], *screen)
    problems = {}
    try:
        card = page.locator("main .card").first.evaluate("el => el.outerHTML")
        for count in range(1, 14):
            page.evaluate(
                """([card, count]) => {
                  const grid = document.createElement("div");
                  grid.className = "card-grid fill-grid";
                  grid.innerHTML = card.repeat(count);
                  document.querySelector("main").replaceChildren(grid);
                }""",
                [card, count],
            )
            empty = half_empty_rows(page)
            if empty:
                problems[count] = empty
    finally:
        page.context.close()
    assert not problems, f"rows more than half empty, by number of cards: {problems}"


@pytest.mark.browser
@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s[0]}px")
def test_lead_and_top_stories_columns_end_within_a_quarter_screen(browser, served, screen):
    width, height = screen
    page = open_at(browser, served, width, height)
    try:
        lead = page.locator(".front-top .lead").bounding_box()
        top = page.locator(".front-top__list").bounding_box()
    finally:
        page.context.close()
    side_by_side = top["x"] >= lead["x"] + lead["width"] - 1
    if not side_by_side:
        assert width < 768, "lead and top stories should stand side by side from 768px"
        return
    lead_end, top_end = lead["y"] + lead["height"], top["y"] + top["height"]
    assert abs(lead_end - top_end) <= height / 4, (lead_end, top_end)


@pytest.mark.browser
def test_lead_headline_is_in_view_on_a_small_phone_without_scrolling(browser, served):
    page = open_at(browser, served, 375, 667)
    try:
        headline = page.locator(".lead__title").bounding_box()
    finally:
        page.context.close()
    assert headline["y"] >= 0 and headline["y"] + headline["height"] <= 667, headline


def test_section_kicker_is_shown_only_where_sections_mix(site):
    section = soup(site / "section" / "environment" / "index.html")
    assert not section.select("main .card__section")
    tag = soup(site / "tag" / "port-elden" / "index.html")
    assert len(tag.select("main .card__section")) == len(tag.select("main .card"))
    front = soup(site / "index.html")
    assert not front.select(".module .card__section")
    assert front.select(".front-top__list .card__section")
