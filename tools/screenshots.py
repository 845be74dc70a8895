"""Take the README's screenshots of a built site in headless Chromium.

Usage: python tools/screenshots.py OUTPUT_DIR SCREENSHOT_DIR
Writes front.png (the front page at 1280 px), front-phone.png (at 375 x 667),
article.png (the shipped seed's story) and share-card.png (that story's card).
"""

from __future__ import annotations

import functools
import http.server
import shutil
import sys
import threading
from pathlib import Path

from bs4 import BeautifulSoup
from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
VIEWPORT = {"width": 1280, "height": 1000}
PHONE = {"width": 375, "height": 667}


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def serve(folder: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    """Serve folder on a free localhost port."""
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(folder))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}/"


def article_path(site: Path) -> str:
    """The shipped seed's article, found by its slug."""
    [page] = sorted(site.glob("*/*/a-crackdown-in-kazakhstan*/index.html"))
    return page.parent.relative_to(site).as_posix() + "/"


def share_card(site: Path, article: str) -> Path:
    """The card the article's og:image names, as a file in the built site."""
    page = BeautifulSoup((site / article / "index.html").read_text("utf-8"), "html.parser")
    url = page.find("meta", property="og:image")["content"]
    return site / "cards" / url.rsplit("/", 1)[1]


def main(site: Path, target: Path) -> None:
    """Write the front page (desktop and phone), the article and its share card."""
    target.mkdir(parents=True, exist_ok=True)
    article = article_path(site)
    server, base = serve(site)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            shots = (("front", "", VIEWPORT), ("front-phone", "", PHONE),
                     ("article", article, VIEWPORT))
            for name, path, viewport in shots:
                page = browser.new_page(viewport=viewport, color_scheme="light")
                page.goto(base + path, wait_until="networkidle")
                page.screenshot(path=str(target / f"{name}.png"))
                page.close()
                print(f"wrote {target / f'{name}.png'}")
            browser.close()
    finally:
        server.shutdown()
    shutil.copyfile(share_card(site, article), target / "share-card.png")
    print(f"wrote {target / 'share-card.png'}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(Path(sys.argv[1]), Path(sys.argv[2]))
