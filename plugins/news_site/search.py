"""The Pagefind full-text index, one shard per year of stories.

Pagefind holds every page it indexes in memory (about 0.2 MB a page) and has no
incremental mode. So stories are indexed a year at a time, each year its own
bundle under pagefind/<year>/, and the search page merges them (Pagefind's
mergeIndex): memory is bounded by the biggest year, and a new or edited story
re-indexes only its own year. A year whose pages are all as last indexed (each
HTML file's path, size, time and inode: a page the incremental writer kept keeps
all four) links last build's bundle, kept in Pelican's cache folder, instead.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from .settings import merged

log = logging.getLogger(__name__)

INDEX_DIR = "pagefind"
# In CACHE_PATH: each year's last bundle and the digest of the pages it indexes.
CACHED_INDEX = "pagefind-shards"
DIGEST_FILE = "pages.digest"
# Stories to index, by output folder and year: filled when stories are read,
# used once every page is written.
_PENDING: dict[str, dict[str, list[str]]] = {}


def shard_key(article) -> str:
    return f"{article.date.year:04d}"


def plan_shards(articles, output_path: str) -> list[str]:
    """Remember which story pages go in which year's index; return the years, newest first."""
    shards: dict[str, list[str]] = defaultdict(list)
    for article in articles:
        shards[shard_key(article)].append(article.save_as)
    _PENDING[str(Path(output_path).resolve())] = dict(shards)
    return sorted(shards, reverse=True)


def build_index(pelican) -> None:
    """Index each year's story pages with pagefind (from the pinned pagefind-bin wheel).

    A failed index is logged as an error, so `--fatal errors` fails the build.
    """
    news = merged(pelican.settings)
    output = Path(pelican.output_path).resolve()
    shards = _PENDING.pop(str(output), {})
    if not news["NEWS_PAGEFIND"]:
        return
    args = [str(a) for a in news["NEWS_PAGEFIND_ARGS"]]
    cache = Path(pelican.settings.get("CACHE_PATH") or output.parent / ".pelican-cache")
    cache = cache.resolve() / CACHED_INDEX
    # Pagefind writes into files it finds: never through links to a cached bundle.
    shutil.rmtree(output / INDEX_DIR, ignore_errors=True)
    built = kept = 0
    for year, pages in sorted(shards.items()):
        pages = sorted(p for p in pages if (output / p).is_file())
        digest = pages_digest(output, pages, args)
        if _link(cache / year, output / INDEX_DIR / year, digest):
            kept += 1
        elif _index(output, pages, year, args, cache):
            _keep(output / INDEX_DIR / year, cache / year, digest)
            built += 1
        else:
            return
    for stale in (cache.iterdir() if cache.is_dir() else ()):
        if stale.name not in shards:
            shutil.rmtree(stale, ignore_errors=True)
    log.info("news_site: pagefind: %d yearly index(es) built, %d kept from the last build",
             built, kept)


def pages_digest(output: Path, pages: list[str], args: list[str]) -> str:
    """A digest of the pages' paths and stats, and of how pagefind is run."""
    h = hashlib.sha256("\0".join(args).encode())
    for rel in pages:
        st = os.stat(output / rel)
        h.update(f"{rel}\0{st.st_size}\0{st.st_mtime_ns}\0{st.st_ino}\n".encode())
    return h.hexdigest()


def _index(output: Path, pages: list[str], year: str, args: list[str], work: Path) -> bool:
    """Run pagefind over just these pages, linked at their own paths into a scratch site."""
    work.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="pagefind-", dir=work) as scratch:
        for rel in pages:
            target = Path(scratch, rel)
            target.parent.mkdir(parents=True, exist_ok=True)
            _link_or_copy(output / rel, target)
        command = [sys.executable, "-m", "pagefind_bin", "--site", scratch,
                   "--output-path", str(output / INDEX_DIR / year), *args]
        try:
            done = subprocess.run(command, capture_output=True, text=True, check=False)
        except OSError as exc:
            log.error("news_site: could not run pagefind: %s", exc)
            return False
    if done.returncode != 0:
        text = done.stderr.strip() or done.stdout.strip()
        log.error("news_site: pagefind failed for %s (%s): %s", year, done.returncode, text)
        return False
    return True


def _link(kept: Path, target: Path, digest: str) -> bool:
    """Link last build's bundle into the site if it indexed these very pages."""
    try:
        if not kept.is_dir() or (kept / DIGEST_FILE).read_text() != digest:
            return False
        shutil.copytree(kept, target, copy_function=_link_or_copy,
                        ignore=shutil.ignore_patterns(DIGEST_FILE))
    except OSError:
        shutil.rmtree(target, ignore_errors=True)
        return False
    return True


def _keep(bundle: Path, kept: Path, digest: str) -> None:
    """Keep this bundle (as hard links) and its digest for the next build."""
    try:
        shutil.rmtree(kept, ignore_errors=True)
        shutil.copytree(bundle, kept, copy_function=_link_or_copy)
        (kept / DIGEST_FILE).write_text(digest)
    except OSError as exc:
        log.warning("news_site: could not keep the pagefind index for reuse: %s", exc)


def _link_or_copy(source, target) -> None:
    """A hard link (no bytes copied), or a copy where links cannot go (another disk)."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)
