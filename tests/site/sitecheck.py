"""What the site checks share: where things are, tool gating, readers of the built pages."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

REPO = Path(__file__).resolve().parents[2]
SHIPPED_SEEDS = REPO / "seeds"
TEST_SEEDS = REPO / "tests" / "fixtures" / "seeds"
SITEURL = "https://news.example.org"
# What `make html` builds for: `make serve`'s address (pelicanconf.py's SITEURL).
LOCAL_SITEURL = "http://127.0.0.1:8000"
ARTIFACTS = REPO / "test-artifacts"
CHROMIUM = os.environ.get("NEWS_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def build(content: Path, output: Path, seeds: Path, *, absolute: bool = True) -> None:
    """Run the real pelican with the repo's pelicanconf.py, as `make html` does.

    absolute=True sets SITEURL and FEED_DOMAIN as `make publish` would; False
    builds exactly what `make html` builds.
    """
    command = [
        sys.executable,
        "-m",
        "pelican",
        str(content),
        "-o",
        str(output),
        "-s",
        str(REPO / "pelicanconf.py"),
        "--fatal",
        "errors",
        "-e",
        f'SEED_DIR="{seeds}"',
        "DEFAULT_PAGINATION=2",
    ]
    if absolute:
        command += [f'SITEURL="{SITEURL}"', f'FEED_DOMAIN="{SITEURL}"']
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"pelican failed:\n{done.stdout}\n{done.stderr}"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@contextlib.contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Serve a built site on a free localhost port; yield its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()


def require_all_checks() -> bool:
    """CI sets NEWS_REQUIRE_ALL_CHECKS=1: there a missing tool fails, never skips."""
    return os.environ.get("NEWS_REQUIRE_ALL_CHECKS") == "1"


def need(available: bool, what: str, how: str) -> None:
    """Skip (or in CI fail) a check whose tool is missing, saying which and how to get it."""
    if available:
        return
    reason = f"{what} not available ({how})"
    if require_all_checks():
        pytest.fail(f"NEWS_REQUIRE_ALL_CHECKS=1 but {reason}", pytrace=False)
    pytest.skip(reason)


# Attributes that make a browser fetch or navigate.
URL_ATTRIBUTES = (
    ("a", "href"),
    ("link", "href"),
    ("script", "src"),
    ("img", "src"),
    ("source", "src"),
    ("form", "action"),
    ("iframe", "src"),
)


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def page_url(site: Path, path: Path) -> str:
    """The URL a page is served at, e.g. http://site/2026/03/slug/ for .../index.html."""
    rel = path.relative_to(site).as_posix()
    if rel.endswith("index.html"):
        rel = rel[: -len("index.html")]
    return f"{SITEURL}/{rel}"


def local_file(site: Path, url: str, siteurl: str = SITEURL) -> Path | None:
    """The file a URL on our site maps to, or None when the URL leaves the site.

    URLs are read against SITEURL (relative ones are resolved there); an absolute
    URL on `siteurl`, the build's own address, is the site's too.
    """
    parts = urlsplit(url)
    if f"{parts.scheme}://{parts.netloc}" not in (SITEURL, siteurl):
        return None
    target = site / unquote(parts.path).lstrip("/")
    if parts.path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target


def links(site: Path, path: Path) -> list[tuple[str, str, str]]:
    """Every (element name, raw value, absolute URL) a page points at, honouring <base>."""
    doc = soup(path)
    base = page_url(site, path)
    tag = doc.find("base", href=True)
    if tag is not None:
        base = urljoin(base, tag["href"])
    found = []
    for name, attr in URL_ATTRIBUTES:
        for element in doc.find_all(name):
            value = element.get(attr)
            if value is not None:
                found.append((name, value, urljoin(base, value)))
    return found


def ids(path: Path) -> set[str]:
    return {el["id"] for el in soup(path).find_all(id=True)}
