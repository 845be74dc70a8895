"""Take the README's screenshots of a built site in headless Chromium.

Usage: python tools/screenshots.py OUTPUT_DIR SCREENSHOT_DIR
Writes front.png (the front page) and article.png (the shipped seed's story).
"""

from __future__ import annotations

import functools
import http.server
import sys
import threading
from pathlib import Path

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


def main(site: Path, target: Path) -> None:
    """Write front.png and article.png."""
    target.mkdir(parents=True, exist_ok=True)
    server, base = serve(site)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page(viewport=VIEWPORT, color_scheme="light")
            for name, path in (("front", ""), ("article", article_path(site))):
                page.goto(base + path, wait_until="networkidle")
                page.screenshot(path=str(target / f"{name}.png"))
                print(f"wrote {target / f'{name}.png'}")
            browser.close()
    finally:
        server.shutdown()


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(Path(sys.argv[1]), Path(sys.argv[2]))
