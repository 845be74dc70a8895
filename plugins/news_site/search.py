"""The Pagefind full-text index, built over the written site."""

from __future__ import annotations

import logging
import subprocess
import sys

from .settings import merged

log = logging.getLogger(__name__)


def build_index(pelican) -> None:
    """Run pagefind (from the pinned pagefind-bin wheel) over the output folder.

    A failed index is logged as an error, so `--fatal errors` fails the build.
    """
    news = merged(pelican.settings)
    if not news["NEWS_PAGEFIND"]:
        return
    command = [sys.executable, "-m", "pagefind_bin", "--site", str(pelican.output_path)]
    command += list(news["NEWS_PAGEFIND_ARGS"])
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=False)
    except OSError as exc:
        log.error("news_site: could not run pagefind: %s", exc)
        return
    if done.returncode != 0:
        output = done.stderr.strip() or done.stdout.strip()
        log.error("news_site: pagefind failed (%s): %s", done.returncode, output)
    else:
        log.info("news_site: pagefind index written to %s/pagefind", pelican.output_path)
