"""A real site built once per session, and the tools that check it as readers would.

The site is built by the real `pelican` with the repo's pelicanconf.py from the
shipped seed plus the made-up seeds in tests/fixtures/seeds/. SITEURL is set so
feeds, sitemap and canonical URLs are absolute as in `make publish`, while
RELATIVE_URLS (from pelicanconf.py) keeps every page browsable from a local
server. DEFAULT_PAGINATION=2 makes every list paginate, so pagination pages are
checked too.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sitecheck import (
    ARTIFACTS,
    CHROMIUM,
    CHROMIUM_ARGS,
    REPO,
    SHIPPED_SEEDS,
    TEST_SEEDS,
    build,
    need,
    serve,
)


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """Build the test site once; return its output folder."""
    root = tmp_path_factory.mktemp("news-site")
    seeds, content, output = root / "seeds", root / "content", root / "output"
    seeds.mkdir()
    for folder in (SHIPPED_SEEDS, TEST_SEEDS):
        for seed in sorted(folder.glob("*.txt")):
            shutil.copy(seed, seeds / seed.name)
    shutil.copytree(REPO / "content" / "pages", content / "pages")
    build(content, output, seeds)
    return output


@pytest.fixture(scope="session")
def dev_site(site, tmp_path_factory) -> Path:
    """The same content built as `make html` builds it: no SITEURL, relative links."""
    output = tmp_path_factory.mktemp("news-dev-site") / "output"
    build(site.parent / "content", output, site.parent / "seeds", absolute=False)
    return output


@pytest.fixture(scope="session")
def html_files(site) -> list[Path]:
    """Every generated HTML page (Pagefind's own assets are not pages)."""
    return sorted(p for p in site.rglob("*.html") if "pagefind" not in p.parts)


@pytest.fixture(scope="session")
def article_files(site) -> list[Path]:
    """Article pages: saved as YYYY/MM/slug/index.html."""
    return sorted(site.glob("[12][0-9][0-9][0-9]/[01][0-9]/*/index.html"))


@pytest.fixture(scope="session")
def served(site) -> Iterator[str]:
    """Serve the built site on a free localhost port; yield its base URL."""
    with serve(site) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    """Headless Debian Chromium driven by Playwright (it cannot fetch its own here)."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        need(False, "Playwright", "pip install -r requirements-test.txt")
    need(Path(CHROMIUM).exists(), f"Chromium at {CHROMIUM}", "apt-get install chromium")
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Where screenshots go for a person to look at (gitignored)."""
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
