"""The Pagefind full-text index, one shard per year of stories (a quarter, for the
newest year).

Pagefind holds every page it indexes in memory (about 0.2 MB a page) and has no
incremental mode. So stories are indexed a year at a time, each year its own
bundle under pagefind/<year>/, and the search page merges them (Pagefind's
mergeIndex): memory is bounded by the biggest years being indexed at once, and
a new or edited story re-indexes only its own year. The newest year is indexed a
quarter at a time (pagefind/<year>q<quarter>/): a newsroom's new story is nearly
always of the newest year, and Pagefind's time grows with the pages it reads, so
adding one re-indexes a quarter's pages, not a year's; the search page merges at
most three bundles more. Last build's bundles are kept in Pelican's cache folder;
a shard links its kept bundle instead of indexing again when

- its pages are all as last indexed (each HTML file's path, size, time and
  inode: a page the incremental writer kept keeps all four), or else when
- what Pagefind reads of them is unchanged: a new story changes the related
  stories listed on pages in many years, which Pagefind does not index.

The index is built by a generator, after every page is on disk; the shards to
index again are indexed side by side, one Pagefind process per core, as long as
the pages being indexed at once stay within NEWS_PAGEFIND_MAX_PAGES (a shard
bigger than that is indexed alone): with years of a few hundred stories both
cores index, and an archive whose years hold thousands does not hold two of
them in memory at once.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from .search_bundles import (
    DIGEST_FILE,
    ENTRY_FILE,
    INDEXED_DIGEST_FILE,
    PAGE_TABLE_FILE,
    file_stamp,
    indexed_digest,
    keep,
    link_kept,
    link_or_copy,
    page_table,
    pages_digest,
    remember,
    sort_entry,
)

log = logging.getLogger(__name__)

INDEX_DIR = "pagefind"
# In CACHE_PATH: each year's last bundle and the digests of the pages it indexed.
CACHED_INDEX = "pagefind-shards"
# How long to wait for a Pagefind run before looking at the others again.
POLL_SECONDS = 0.05


# The newest year's shards: a quarter's stories each (see the module's docstring).
MONTHS_PER_NEWEST_SHARD = 3


def shard_key(article, default_lang: str, newest_year: int | None = None) -> str:
    """A story's index: its year's ("2023"), or in the newest year its quarter's
    ("2024q4"); a story in another language, its year's in that language ("2024-de":
    Pagefind indexes each language apart, and the search page merges a language's
    index only from a bundle of its own)."""
    year = article.date.year
    lang = getattr(article, "lang", None) or default_lang
    if lang != default_lang:
        return f"{year:04d}-{lang}"
    if year == newest_year:
        return f"{year:04d}q{(article.date.month - 1) // MONTHS_PER_NEWEST_SHARD + 1}"
    return f"{year:04d}"


def plan_shards(articles, default_lang: str = "en") -> dict[str, tuple[str, ...]]:
    """Each index's story pages: the site's language first, then the others; each
    newest first ("2024q2" before "2024q1" before "2023" before "2024-de")."""
    newest = max((a.date.year for a in articles
                  if (getattr(a, "lang", None) or default_lang) == default_lang), default=None)
    shards: dict[str, list[str]] = defaultdict(list)
    for article in articles:
        shards[shard_key(article, default_lang, newest)].append(article.save_as)
    order = sorted(shards, key=_newest_first)
    return {key: tuple(shards[key]) for key in order}


def _newest_first(key: str) -> tuple:
    """Sort key of a shard: the site's language first, then newest year, quarter."""
    quarter = int(key[5:]) if key[4:5] == "q" else 0
    return ("-" in key, -int(key[:4]), -quarter, key[5:] if "-" in key else "")


class SearchIndexGenerator:
    """A Pelican generator that indexes the story pages once they are written.

    Pelican runs generators' output in order, after every context is built; the
    writer may still hold pages back to render them on all cores (the
    incremental plugin's), so this one asks it to write everything first."""

    def __init__(self, context, settings, path, theme, output_path, *args, **kwargs):
        self.context = context
        self.settings = settings
        self.output_path = output_path

    def generate_context(self):
        """Nothing to read: the shards were planned with the stories."""

    def generate_output(self, writer) -> None:
        """Index each shard not kept from the last build. Pagefind comes from the
        pinned pagefind-bin wheel; a failed index is logged as an error, so
        `--fatal errors` fails the build."""
        if not self.settings["NEWS_PAGEFIND"]:
            return
        flush = getattr(writer, "flush", None)
        if flush is not None:
            flush()
        # A staged build (the incremental plugin's) keeps unchanged pages where
        # they are, outside this build's folder: its writer says where each is.
        site_file = getattr(writer, "site_file", None)
        keeps = getattr(writer, "keeps", None)
        # The bundles' files are named under the output folder (Indexer.output).
        under = len(str(Path(self.output_path).resolve())) + 1
        indexer = Indexer.for_site(
            self.settings, self.output_path, self.context.get("search_pages", {}),
            site_file, (lambda path, source: keeps(str(path)[under:], str(source)))
            if keeps else None)
        if indexer.run():
            log.info("news_site: pagefind: %d index(es) built, %d kept from the "
                     "last build", indexer.built, indexer.kept)


@dataclass
class _Run:
    """One Pagefind process indexing one shard, from a scratch site of its pages."""

    shard: str
    pages: list[str]
    files: dict[str, str]  # digests and page table, kept with the bundle
    scratch: tempfile.TemporaryDirectory
    log: IO[bytes]
    process: subprocess.Popen


class Indexer:
    """Indexes each shard of stories whose kept bundle no longer holds, up to
    `workers` Pagefind processes at once and, but for a shard indexed alone, up
    to `max_pages` pages (each process holds its shard in memory)."""

    def __init__(self, output: Path, shards: dict[str, tuple[str, ...]], args: list[str],
                 cache: Path, workers: int, max_pages: int | None = None,
                 locate: Callable[[str], str | Path] | None = None,
                 keeps: Callable[[Path, Path], bool] | None = None) -> None:
        self.output, self.shards, self.args, self.cache = output, shards, args, cache
        # Where a page of this build is (by default, in the output folder), and
        # which kept bundle files the site holds already (none by default).
        self.page = locate or output.joinpath
        self.keeps = keeps
        self.workers = max(1, workers)
        self.max_pages = max_pages
        self.running: list[_Run] = []
        self.built = self.kept = 0
        self.failed = False

    @classmethod
    def for_site(cls, settings, output: str, shards: dict[str, tuple[str, ...]],
                 locate: Callable[[str], str | Path] | None = None,
                 keeps: Callable[[Path, Path], bool] | None = None) -> Indexer:
        path = Path(output).resolve()
        cache = Path(settings.get("CACHE_PATH") or path.parent / ".pelican-cache")
        workers = settings["NEWS_PAGEFIND_WORKERS"] or os.cpu_count() or 1
        return cls(path, shards, [str(a) for a in settings["NEWS_PAGEFIND_ARGS"]],
                   cache.resolve() / CACHED_INDEX, workers, settings["NEWS_PAGEFIND_MAX_PAGES"],
                   locate, keeps)

    def run(self) -> bool:
        """Link each shard's kept bundle or index it again; True if all went well."""
        # Pagefind writes into files it finds: never through links to a cached bundle.
        shutil.rmtree(self.output / INDEX_DIR, ignore_errors=True)
        # Each shard's pages are read for its digests just before it would start: while
        # the first shards are indexed, this process reads the next ones (read all
        # first, every Pagefind waited for the whole site's digests).
        for shard in self.shards:
            job = self._kept_or_job(shard)
            if job is None or self.failed:
                continue  # after a failure, the kept shards are still linked
            pages, files = job
            while self.running and not self._room_for(len(pages)):
                self._collect_one()
            if not self.failed and (started := self._start(shard, pages, files)):
                self.running.append(started)
        while self.running:
            self._collect_one()
        self._drop_stale_bundles()
        return not self.failed

    def _room_for(self, pages: int) -> bool:
        """Whether a shard of this many pages may start beside the runs under way."""
        if len(self.running) >= self.workers:
            return False
        indexing = sum(len(run.pages) for run in self.running)
        return self.max_pages is None or indexing + pages <= self.max_pages

    def _kept_or_job(self, shard: str) -> tuple[list[str], dict[str, str]] | None:
        """Link the shard's kept bundle if its pages are as indexed; else what to index
        (its pages and the files its bundle is kept with)."""
        # Each page located and its stat taken once (in a staged build, a look in
        # the stage first).
        where = {p: self.page(p) for p in self.shards[shard]}
        stamps = {rel: found for rel, path in where.items()
                  if (found := file_stamp(path)) is not None}
        pages = sorted(stamps)
        target, kept = self.output / INDEX_DIR / shard, self.cache / shard
        digests = {DIGEST_FILE: pages_digest(where.__getitem__, pages, self.args, stamps)}
        if link_kept(kept, target, digests, self.keeps):
            self.kept += 1
            return None
        digests[INDEXED_DIGEST_FILE], table = indexed_digest(
            where.__getitem__, pages, self.args, page_table(kept), stamps)
        files = {**digests, PAGE_TABLE_FILE: json.dumps(table)}
        if link_kept(kept, target, digests, self.keeps):
            remember(kept, files)
            self.kept += 1
            return None
        return pages, files

    def _collect_one(self) -> None:
        """Wait until one of the runs under way has ended, and take its bundle."""
        while True:
            for run in self.running:
                if run.process.poll() is not None:
                    self.running.remove(run)
                    self._collect(run)
                    return
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.running[0].process.wait(timeout=POLL_SECONDS)

    def _start(self, shard: str, pages: list[str], files: dict[str, str]) -> _Run | None:
        """Run pagefind over just these pages, linked at their own paths into a scratch site."""
        self.cache.mkdir(parents=True, exist_ok=True)
        scratch = tempfile.TemporaryDirectory(prefix="pagefind-", dir=self.cache)
        for rel in pages:
            target = Path(scratch.name, rel)
            target.parent.mkdir(parents=True, exist_ok=True)
            link_or_copy(self.page(rel), target)
        command = [sys.executable, "-m", "pagefind_bin", "--site", scratch.name,
                   "--output-path", str(self.output / INDEX_DIR / shard), *self.args]
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
        return _Run(shard, pages, files, scratch, report, process)

    def _collect(self, run: _Run) -> None:
        code = run.process.wait()
        run.log.seek(0)
        text = run.log.read().decode("utf-8", "replace").strip()
        self._close(run)
        if code != 0:
            log.error("news_site: pagefind failed for %s (%s): %s", run.shard, code, text)
            self.failed = True
            return
        bundle = self.output / INDEX_DIR / run.shard
        try:
            sort_entry(bundle)
        except (OSError, ValueError) as exc:
            log.error("news_site: pagefind wrote no readable %s for %s: %s",
                      ENTRY_FILE, run.shard, exc)
            self.failed = True
            return
        problem = keep(bundle, self.cache / run.shard, run.files)
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
