"""Real headless Chromium: pages load cleanly at phone and desktop widths, search
finds the shipped seed, and axe-core finds no serious accessibility problem."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from sitecheck import need

WIDTHS = (375, 1280)
SCHEMES = ("light", "dark")
PAGES = {
    "front": "",
    "article": "2026/03/harbour-wind-farm-doubles-output-after-winter-storms/",
    "section": "section/environment/",
    "search": "search/",
}
SERIOUS = {"serious", "critical"}


def open_page(browser, url: str, width: int, scheme: str = "light"):
    """Open url; return the page, its console errors and any request to another host."""
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    errors: list[str] = []
    outside: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    host = urlsplit(url).netloc
    page.on(
        "request",
        lambda r: (
            outside.append(r.url)
            if urlsplit(r.url).netloc not in ("", host) and not r.url.startswith("data:")
            else None
        ),
    )
    page.goto(url, wait_until="networkidle")
    return page, errors, outside


@pytest.mark.browser
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", PAGES)
def test_page_loads_without_console_errors(browser, served, artifacts, name, width):
    page, errors, outside = open_page(browser, served + PAGES[name], width)
    try:
        assert page.locator("main h1, main h2").count() > 0
        # Nothing wider than the viewport: readable from phones up.
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        page.screenshot(path=str(artifacts / f"{name}-{width}.png"), full_page=True)
    finally:
        page.context.close()
    assert not errors, errors
    assert not outside, f"requests left the site: {outside}"
    assert overflow <= 0, f"page is {overflow}px wider than a {width}px screen"


@pytest.mark.browser
def test_search_finds_the_shipped_seed(browser, served, artifacts):
    page, errors, _ = open_page(browser, served + "search/?q=Kazakhstan", 1280)
    try:
        result = page.locator(".pagefind-ui__result-link").first
        result.wait_for(timeout=10_000)
        href = result.get_attribute("href")
        page.screenshot(path=str(artifacts / "search-results-1280.png"), full_page=True)
    finally:
        page.context.close()
    assert "a-crackdown-in-kazakhstan" in href
    assert not errors, errors


@pytest.mark.browser
def test_reading_needs_no_javascript(browser, served):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(served + PAGES["article"])
        text = page.locator(".story__body").inner_text()
    finally:
        context.close()
    assert "Port Elden wind farm" in text


def axe_or_skip():
    try:
        from axe_playwright_python.sync_playwright import Axe
    except ImportError:
        need(False, "axe-playwright-python", "pip install -r requirements-test.txt")
    return Axe()


@pytest.mark.browser
@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("name", PAGES)
def test_axe_finds_no_serious_violations(browser, served, name, scheme):
    axe = axe_or_skip()
    url = served + PAGES[name] + ("?q=Kazakhstan" if name == "search" else "")
    page, _, _ = open_page(browser, url, 1280, scheme)
    try:
        if name == "search":
            page.locator(".pagefind-ui__result-link").first.wait_for(timeout=10_000)
        violations = axe.run(page).response["violations"]
    finally:
        page.context.close()
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} at "
        + ", ".join(str(n["target"]) for n in v["nodes"][:5])
        for v in violations
        if v["impact"] in SERIOUS
    ]
    assert not serious, "\n".join(serious)
