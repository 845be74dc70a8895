"""The Pagefind full-text index, one shard per year of stories.

Pagefind holds every page it indexes in memory (about 0.2 MB a page) and has no
incremental mode. So stories are indexed a year at a time, each year its own
bundle under pagefind/<year>/, and the search page merges them (Pagefind's
mergeIndex): memory is bounded by the biggest year, and a new or edited story
re-indexes only its own year. Last build's bundles are kept in Pelican's cache
folder; a year links its kept bundle instead of indexing again when

- its pages are all as last indexed (each HTML file's path, size, time and
  inode: a page the incremental writer kept keeps all four), or else when
- what Pagefind reads of them is unchanged: a new story changes the related
  stories listed on pages in many years, which Pagefind does not index.
"""

from __future__ import annotations

import filecmp
import hashlib
import logging
import os
import re
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
INDEXED_DIGEST_FILE = "indexed.digest"
# What Pagefind reads of a page, taken generously (a part too many only costs an
# index run): the <html> tag (its lang), every tag with a data-pagefind- attribute
# wherever it is (meta and filters count outside the body too), and each
# data-pagefind-body element whole. A page without one is read whole.
HTML_TAG = re.compile(rb"<html\b[^>]*>", re.IGNORECASE)
PAGEFIND_TAG = re.compile(rb"<[^>]*\bdata-pagefind-[^>]*>")
BODY_START = re.compile(rb"<([a-zA-Z][\w-]*)\b[^>]*\bdata-pagefind-body\b")
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
        digests = {DIGEST_FILE: pages_digest(output, pages, args)}
        if _link(cache / year, output / INDEX_DIR / year, digests):
            kept += 1
            continue
        digests[INDEXED_DIGEST_FILE] = indexed_digest(output, pages, args)
        if _link(cache / year, output / INDEX_DIR / year, digests):
            (cache / year / DIGEST_FILE).write_text(digests[DIGEST_FILE])
            kept += 1
        elif _index(output, pages, year, args, cache):
            _keep(output / INDEX_DIR / year, cache / year, digests)
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


def indexed_digest(output: Path, pages: list[str], args: list[str]) -> str:
    """A digest of what Pagefind reads of the pages, and of how it is run."""
    h = hashlib.sha256("\0".join(args).encode())
    for rel in pages:
        h.update(f"{rel}\0".encode())
        for part in indexed_parts((output / rel).read_bytes()):
            h.update(hashlib.sha256(part).digest())
    return h.hexdigest()


def indexed_parts(page: bytes) -> list[bytes]:
    """The parts of a page Pagefind reads (see BODY_START); the whole page when unsure."""
    parts = [m.group() for m in HTML_TAG.finditer(page)]
    parts += PAGEFIND_TAG.findall(page)
    starts = list(BODY_START.finditer(page))
    for start in starts:
        end = _element_end(page, start)
        if end is None:
            return [page]
        parts.append(page[start.start():end])
    return parts if starts else [page]


def _element_end(page: bytes, start: re.Match) -> int | None:
    """Where the element opened at start closes, counting nested ones of its name."""
    name = re.escape(start.group(1))
    depth = 0
    for tag in re.finditer(rb"<(/?)" + name + rb"(?=[\s>/])", page[start.start():], re.I):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            close = page.find(b">", start.start() + tag.end())
            return None if close < 0 else close + 1
    return None


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


def _link(kept: Path, target: Path, digests: dict[str, str]) -> bool:
    """Link last build's bundle into the site if one of the digests matches its own."""
    try:
        if not kept.is_dir() or not any(
            _read(kept / name) == digest for name, digest in digests.items()
        ):
            return False
        shutil.copytree(kept, target, copy_function=_link_or_copy,
                        ignore=shutil.ignore_patterns(DIGEST_FILE, INDEXED_DIGEST_FILE))
    except OSError:
        shutil.rmtree(target, ignore_errors=True)
        return False
    return True


def _read(path: Path) -> str | None:
    try:
        return path.read_text()
    except OSError:
        return None


def _keep(bundle: Path, kept: Path, digests: dict[str, str]) -> None:
    """Keep this bundle (as hard links) and its digests for the next build."""
    try:
        _adopt_unchanged(bundle, kept)
        shutil.rmtree(kept, ignore_errors=True)
        shutil.copytree(bundle, kept, copy_function=_link_or_copy)
        for name, digest in digests.items():
            (kept / name).write_text(digest)
    except OSError as exc:
        log.warning("news_site: could not keep the pagefind index for reuse: %s", exc)


def _adopt_unchanged(bundle: Path, kept: Path) -> None:
    """Files of a new bundle identical to last build's become links to them: the site
    showed those very files, so an unchanged index file keeps its inode."""
    if not kept.is_dir():
        return
    for new in bundle.rglob("*"):
        old = kept / new.relative_to(bundle)
        if new.is_file() and old.is_file() and filecmp.cmp(old, new, shallow=False):
            tmp = new.with_name(new.name + ".adopt")
            os.link(old, tmp)
            os.replace(tmp, new)


def _link_or_copy(source, target) -> None:
    """A hard link (no bytes copied), or a copy where links cannot go (another disk)."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)
