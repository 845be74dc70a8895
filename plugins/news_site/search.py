"""The Pagefind full-text index, built over the written site.

Indexing is the slowest step of a rebuild in which no page changed, so the
last index is kept in Pelican's cache folder with a digest of the pages it was
built from (each HTML file's path, size, time and inode: a page kept from the
last build keeps all four). Same digest: the kept index is linked into the site
instead of building it again.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from .settings import merged

log = logging.getLogger(__name__)

INDEX_DIR = "pagefind"
# In CACHE_PATH: the last index built and the digest of the pages it indexes.
CACHED_INDEX = "pagefind-index"
CACHED_DIGEST = "pagefind-pages.digest"


def build_index(pelican) -> None:
    """Run pagefind (from the pinned pagefind-bin wheel) over the output folder.

    A failed index is logged as an error, so `--fatal errors` fails the build.
    """
    news = merged(pelican.settings)
    if not news["NEWS_PAGEFIND"]:
        return
    output = Path(pelican.output_path)
    args = [str(a) for a in news["NEWS_PAGEFIND_ARGS"]]
    cache = Path(pelican.settings.get("CACHE_PATH") or output.parent / ".pelican-cache")
    digest = pages_digest(output, args)
    if _reuse(cache, output, digest):
        log.info("news_site: no page changed, pagefind index kept from the last build")
        return
    # Pagefind writes into files it finds: never through links to the cached copy.
    shutil.rmtree(output / INDEX_DIR, ignore_errors=True)
    (cache / CACHED_DIGEST).unlink(missing_ok=True)
    command = [sys.executable, "-m", "pagefind_bin", "--site", str(output), *args]
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=False)
    except OSError as exc:
        log.error("news_site: could not run pagefind: %s", exc)
        return
    if done.returncode != 0:
        output_text = done.stderr.strip() or done.stdout.strip()
        log.error("news_site: pagefind failed (%s): %s", done.returncode, output_text)
        return
    log.info("news_site: pagefind index written to %s/%s", output, INDEX_DIR)
    _remember(cache, output, digest)


def pages_digest(output: Path, args: list[str]) -> str:
    """A digest of every HTML page's path and stat, and of how pagefind is run."""
    h = hashlib.sha256("\0".join(args).encode())
    for root, dirs, files in os.walk(output):
        dirs[:] = sorted(d for d in dirs if not (root == str(output) and d == INDEX_DIR))
        for name in sorted(files):
            if name.endswith(".html"):
                path = os.path.join(root, name)
                st = os.stat(path)
                rel = os.path.relpath(path, output)
                h.update(f"{rel}\0{st.st_size}\0{st.st_mtime_ns}\0{st.st_ino}\n".encode())
    return h.hexdigest()


def _reuse(cache: Path, output: Path, digest: str) -> bool:
    """Link the cached index into the site if it was built from these very pages."""
    kept, stamp = cache / CACHED_INDEX, cache / CACHED_DIGEST
    try:
        if not kept.is_dir() or stamp.read_text() != digest:
            return False
        target = output / INDEX_DIR
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(kept, target, copy_function=os.link)
    except OSError:
        return False
    return True


def _remember(cache: Path, output: Path, digest: str) -> None:
    """Keep this index (as hard links) and its digest for the next build."""
    kept, stamp = cache / CACHED_INDEX, cache / CACHED_DIGEST
    try:
        cache.mkdir(parents=True, exist_ok=True)
        stamp.unlink(missing_ok=True)
        if kept.exists():
            shutil.rmtree(kept)
        shutil.copytree(output / INDEX_DIR, kept, copy_function=os.link)
        stamp.write_text(digest)
    except OSError as exc:
        log.warning("news_site: could not keep the pagefind index for reuse: %s", exc)
