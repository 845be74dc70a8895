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

A year is indexed as soon as Pelican has written its last story page, in the
background, while Pelican writes the section, tag and list pages on one core:
Pagefind takes the other.
"""

from __future__ import annotations

import collections
import json
import logging
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from .search_bundles import (
    DIGEST_FILE,
    INDEXED_DIGEST_FILE,
    PAGE_TABLE_FILE,
    indexed_digest,
    keep,
    link_kept,
    link_or_copy,
    page_table,
    pages_digest,
    remember,
)
from .settings import merged

log = logging.getLogger(__name__)

INDEX_DIR = "pagefind"
# In CACHE_PATH: each year's last bundle and the digests of the pages it indexed.
CACHED_INDEX = "pagefind-shards"
# Stories to index, by output folder and year: filled when stories are read.
_PENDING: dict[str, dict[str, list[str]]] = {}
# The indexer of a build under way, by output folder: made when the first story
# page is written.
_ACTIVE: dict[str, Indexer] = {}
# Each story's page by the story's identity, and each output folder as given and
# resolved: Pelican announces 5,000 pages, and both cost a syscall or a strftime.
_PAGE_OF: dict[int, str] = {}
_RESOLVED: dict[str, str] = {}
# Whether the Pagefind run under way ended is asked once in this many pages.
POLL_EVERY = 32


def shard_key(article) -> str:
    return f"{article.date.year:04d}"


def plan_shards(articles, output_path: str) -> list[str]:
    """Remember which story pages go in which year's index; return the years, newest first."""
    shards: dict[str, list[str]] = defaultdict(list)
    _PAGE_OF.clear()
    for article in articles:
        _PAGE_OF[id(article)] = article.save_as
        shards[shard_key(article)].append(article.save_as)
    output = _resolve(output_path)
    _PENDING[output] = dict(shards)
    stale = _ACTIVE.pop(output, None)  # a build before this one that never finished
    if stale:
        stale.abandon()
    return sorted(shards, reverse=True)


def story_page_next(generator, content) -> None:
    """At `article_generator_write_article`: Pelican writes this story's page next,
    so the one announced before it is on disk."""
    output = _resolve(generator.output_path)
    indexer = _ACTIVE.get(output)
    if indexer is None:
        if output not in _PENDING or not merged(generator.settings)["NEWS_PAGEFIND"]:
            return
        indexer = _ACTIVE[output] = Indexer.for_site(generator.settings, output, _PENDING[output])
    indexer.about_to_write(_PAGE_OF.get(id(content)) or content.save_as)


def _resolve(output_path: str) -> str:
    if output_path not in _RESOLVED:
        _RESOLVED[output_path] = str(Path(output_path).resolve())
    return _RESOLVED[output_path]


def build_index(pelican) -> None:
    """At `finalized`: index the years not indexed yet, wait for every run.

    Pagefind comes from the pinned pagefind-bin wheel. A failed index is logged
    as an error, so `--fatal errors` fails the build.
    """
    output = _resolve(pelican.output_path)
    shards = _PENDING.pop(output, {})
    indexer = _ACTIVE.pop(output, None)
    if not merged(pelican.settings)["NEWS_PAGEFIND"]:
        return
    indexer = indexer or Indexer.for_site(pelican.settings, output, shards)
    if indexer.finish():
        log.info("news_site: pagefind: %d yearly index(es) built, %d kept from the last build",
                 indexer.built, indexer.kept)


@dataclass
class _Run:
    """One Pagefind process indexing one year, from a scratch site of its pages."""

    year: str
    files: dict[str, str]  # digests and page table, kept with the bundle
    scratch: tempfile.TemporaryDirectory
    log: IO[bytes]
    process: subprocess.Popen


class Indexer:
    """Indexes each year once all its story pages are written: one Pagefind run at
    a time (memory), in the background (the other core)."""

    def __init__(self, output: Path, shards: dict[str, list[str]], args: list[str],
                 cache: Path) -> None:
        self.output, self.shards, self.args, self.cache = output, shards, args, cache
        self.unwritten = {year: set(pages) for year, pages in shards.items()}
        self.year_of = {page: year for year, pages in shards.items() for page in pages}
        self.writing: str | None = None
        self.announced = 0
        self.queue: collections.deque[tuple[str, list[str], dict[str, str]]] = collections.deque()
        self.running: _Run | None = None
        self.built = self.kept = 0
        self.failed = False
        # Pagefind writes into files it finds: never through links to a cached bundle.
        shutil.rmtree(output / INDEX_DIR, ignore_errors=True)

    @classmethod
    def for_site(cls, settings, output: str, shards: dict[str, list[str]]) -> Indexer:
        news = merged(settings)
        path = Path(output)
        cache = Path(settings.get("CACHE_PATH") or path.parent / ".pelican-cache")
        return cls(path, shards, [str(a) for a in news["NEWS_PAGEFIND_ARGS"]],
                   cache.resolve() / CACHED_INDEX)

    def about_to_write(self, page: str) -> None:
        """Pelican writes this page next; the page announced before it is written."""
        self._written(self.writing)
        self.writing = page
        self.announced += 1
        if self.queue or self.announced % POLL_EVERY == 0:
            self._poll()

    def finish(self) -> bool:
        """Every page is written: index what is left, wait for each run; True if all went well."""
        self._written(self.writing)
        self.writing = None
        for year in sorted(y for y, left in self.unwritten.items() if left):
            self.unwritten[year].clear()  # stories Pelican did not write (drafts, hidden)
            self._complete(year)
        while self.running or (self.queue and not self.failed):
            self._poll(wait=True)
        self._drop_stale_bundles()
        return not self.failed

    def abandon(self) -> None:
        if self.running:
            self.running.process.kill()
            self._close(self.running)
            self.running = None

    def _written(self, page: str | None) -> None:
        year = self.year_of.get(page)
        if year and page in self.unwritten[year]:
            self.unwritten[year].discard(page)
            if not self.unwritten[year]:
                self._complete(year)

    def _complete(self, year: str) -> None:
        """All of this year's pages are on disk: link its kept bundle, or queue a run."""
        pages = sorted(p for p in self.shards[year] if (self.output / p).is_file())
        target, kept = self.output / INDEX_DIR / year, self.cache / year
        digests = {DIGEST_FILE: pages_digest(self.output, pages, self.args)}
        if link_kept(kept, target, digests):
            self.kept += 1
            return
        digests[INDEXED_DIGEST_FILE], table = indexed_digest(
            self.output, pages, self.args, page_table(kept))
        files = {**digests, PAGE_TABLE_FILE: json.dumps(table)}
        if link_kept(kept, target, digests):
            remember(kept, files)
            self.kept += 1
        else:
            self.queue.append((year, pages, files))

    def _poll(self, wait: bool = False) -> None:
        """Collect the run under way if it ended (or wait for it); start the next."""
        if self.running:
            if not wait and self.running.process.poll() is None:
                return
            self._collect(self.running)
            self.running = None
        if self.queue and not self.failed:
            self.running = self._start(*self.queue.popleft())

    def _start(self, year: str, pages: list[str], files: dict[str, str]) -> _Run | None:
        """Run pagefind over just these pages, linked at their own paths into a scratch site."""
        self.cache.mkdir(parents=True, exist_ok=True)
        scratch = tempfile.TemporaryDirectory(prefix="pagefind-", dir=self.cache)
        for rel in pages:
            target = Path(scratch.name, rel)
            target.parent.mkdir(parents=True, exist_ok=True)
            link_or_copy(self.output / rel, target)
        command = [sys.executable, "-m", "pagefind_bin", "--site", scratch.name,
                   "--output-path", str(self.output / INDEX_DIR / year), *self.args]
        # Its report goes to a file: a pipe nobody reads while it runs could fill up.
        report = tempfile.TemporaryFile()  # noqa: SIM115 (closed when the run is collected)
        try:
            process = subprocess.Popen(command, stdout=report, stderr=subprocess.STDOUT)
        except OSError as exc:
            log.error("news_site: could not run pagefind: %s", exc)
            report.close()
            scratch.cleanup()
            self.failed = True
            return None
        return _Run(year, files, scratch, report, process)

    def _collect(self, run: _Run) -> None:
        code = run.process.wait()
        run.log.seek(0)
        text = run.log.read().decode("utf-8", "replace").strip()
        self._close(run)
        if code != 0:
            log.error("news_site: pagefind failed for %s (%s): %s", run.year, code, text)
            self.failed = True
            return
        problem = keep(self.output / INDEX_DIR / run.year, self.cache / run.year, run.files)
        if problem:
            log.warning("news_site: %s", problem)
        self.built += 1

    @staticmethod
    def _close(run: _Run) -> None:
        run.log.close()
        run.scratch.cleanup()

    def _drop_stale_bundles(self) -> None:
        for stale in (self.cache.iterdir() if self.cache.is_dir() else ()):
            if stale.name not in self.shards:
                shutil.rmtree(stale, ignore_errors=True)
