"""The state the plugin's signal receivers share: what is known of the site (made
when Pelican is set up) and of one build (made when a build starts, dropped when
it ends). Nothing of it lives at module level."""

from __future__ import annotations

import dataclasses
import functools
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import seam, staging, uptodate
from .cache_check import discard_broken
from .files import Output
from .heap import Heap
from .kept_stories import FILE as KEPT_STORIES_FILE
from .kept_stories import KeptStories, kept_key
from .labels import Labels
from .manifest import Manifest, build_digest, file_name
from .prerender import Bodies
from .reading import (
    cache_made_alike,
    note_cache_made,
    reader_classes,
    reading_digest,
    stamp_path,
)
from .relink import relink_unchanged
from .settings import IncrementalSettings, state_dir
from .skeleton import Skeleton
from .workers import Later
from .writer import SiteWriter
from .writing import Writing

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Site:
    """What the plugin learnt when Pelican was set up (`initialized`)."""

    settings: dict  # Pelican's settings: every signal's sender reaches this very dict
    options: IncrementalSettings  # the plugin's own, merged once
    typogrify: bool  # the site's TYPOGRIFY (Pelican's own pass is off on fast paths)
    load_cache: bool  # the site's LOAD_CONTENT_CACHE
    fast: bool  # fast paths on: asked for, and Pelican is the version they were written for


class Build:
    """Everything one build shares between Pelican's signals."""

    def __init__(self, site: Site) -> None:
        self.site = site
        self.options = site.options
        self.state_dir = state_dir(site.options, site.settings["CACHE_PATH"])
        self.reading = reading_digest(site.settings, site.typogrify, readers_typogrify=site.fast)
        self.bodies = (Bodies(self.options.read_workers, site.typogrify)
                       if site.fast and self.options.read_workers > 1 else None)
        # One tag, section and author object per name (labels.py).
        self.labels = Labels()
        # The readers' content caches (articles', pages'), once made.
        self.read_caches: list[seam.ReadersCache] = []
        # The pages, feeds and files asked for (fast paths only), once the writer is.
        self.writing: Writing | None = None
        self.last_written: frozenset[str] = frozenset()
        self._previous: Manifest | None = None
        self.skeleton: Skeleton | None = None
        self.folders_asked = False
        # Whether the first article has been about to be read.
        self.reading_started = False
        # The generators' shared context, once every generator has made it.
        self.context: dict | None = None
        self.site_walk: Later | None = None  # the site's uptodate.file_lines()
        # The collector kept off what the build has made so far (heap.py).
        self.heap = Heap()
        # The last build's stories for the devserver (live.py), once read and grouped.
        self.live = None
        self.started_ns = time.time_ns()
        # What this build reads, as uptodate.py digests it: worked out at the start
        # of a fresh-folder build, and stamped with the site when it ends well.
        self.inputs: str | None = None
        self.stamp = uptodate.stamp_path(self.state_dir, self.options.previous_output)
        # Whether this build stages only what changed over last build's site (staging.py).
        self.staged = False
        # Files others link in from a cache that the site already holds (keeps()).
        self.kept_links: set[str] = set()
        # Puts Pelican's own translation finder back when the build ends (start()).
        self.restore_translations: Callable[[], None] = lambda: None
        # Stories read in the last build, served again (kept_stories.py).
        self.kept_stories: KeptStories | None = None

    def check_up_to_date(self, output_path: str) -> None:
        """Raise UpToDate when nothing this build reads changed since the last build
        and its site is as it left it (uptodate.py); else forget the last build's
        stamp until this build ends well."""
        previous = self.options.previous_output
        if self.options.enabled and Path(output_path).resolve() != previous.resolve():
            self.inputs = uptodate.inputs_digest(self.site.settings)
            if self.options.skip_unchanged and uptodate.is_current(
                    uptodate.load(self.stamp), self.inputs, previous):
                raise uptodate.UpToDate(str(previous))
            self.staged = self.options.staged and self.site.fast and previous.is_dir()
            if self.staged:
                staging.prepare(Path(output_path))
                # The commit's plan needs every file of the site, which the build
                # leaves as it is until then: walked on another core meanwhile
                # (with one core, where the plan needs it, as it would wait anyway).
                if self.options.render_workers >= 2:
                    self.site_walk = Later([previous], uptodate.file_lines, self.heap)
        self.stamp.unlink(missing_ok=True)

    def start(self) -> None:
        """Load Pelican's content cache only if the same reading settings made it
        and it is whole; until this build has saved one, none is trusted."""
        settings = self.site.settings
        # An empty or cut-short cache file would fail Pelican's load (EOFError).
        discard_broken(Path(settings["CACHE_PATH"]), bool(settings.get("GZIP_CACHE")))
        alike = cache_made_alike(settings, self.reading)
        settings["LOAD_CONTENT_CACHE"] = self.site.load_cache and alike
        if not alike:
            stamp_path(settings).unlink(missing_ok=True)
        if self.site.fast:
            self.restore_translations = seam.linear_translations()

    def install_readers(self, readers) -> None:
        """Readers typogrify and take bodies rendered on all cores; their cache
        keeps stories' HTML packed and is saved only when added to (fast paths only)."""
        if self.site.fast:
            reader_classes(readers, self.site.typogrify, self.bodies)
            self.read_caches.append(seam.ReadersCache(readers))

    def packed(self, text: str) -> bytes | None:
        """A story's HTML as a readers' cache packed it, if one did (seam.locate_once)."""
        for cache in self.read_caches:
            found = cache.packed(text)
            if found is not None:
                return found
        return None

    @property
    def fast(self) -> bool:
        return self.site.fast

    @functools.cached_property
    def build_digest(self) -> str:
        """Settings, theme templates, plugin code and Pelican's version (manifest.py)."""
        return build_digest(self.site.settings)

    def begin_reading(self, output_path: str) -> None:
        """The first article is about to be read or taken from the last build: the
        output's folders are made on another core (make_folders_ahead)."""
        if not self.reading_started:
            self.reading_started = True
            # Modules, settings and the previous build's manifest and cache are
            # in memory: kept to the end of the build.
            self.keep_made()
        self.make_folders_ahead(output_path)

    def serve_kept_stories(self, generator) -> None:
        """The articles generator is made: it takes the last build's story of each
        unchanged file instead of reading it (kept_stories.py; fast paths only)."""
        if not (self.site.fast and self.options.enabled):
            return
        kept = self.kept_stories = KeptStories(
            self.state_dir / KEPT_STORIES_FILE, kept_key(self.build_digest, self.reading),
            self.heap)
        kept.load(generator.settings, generator.context, self.labels)

        def take(source: str):
            # Pelican asks for a file's story once it has emptied the output folder
            # (if it does): reading has begun, whether the story is kept or read.
            self.begin_reading(generator.output_path)
            # Only a story whose file the content cache holds too: a cache lost or
            # cut short is filled again by reading, for the build that cannot take
            # the kept stories (another theme or setting).
            if not seam.holds_cached(generator.readers, source):
                return None
            return kept.take(source)

        seam.serve_kept_stories(generator, take)

    def made(self, content) -> None:
        """A story was read from its file this build (its stamp, for kept_stories.py)."""
        if self.kept_stories is not None:
            self.kept_stories.note(content)

    def keep_stories(self, generator) -> None:
        """Every story is read: kept for the next build, on another core."""
        if self.kept_stories is not None:
            # The body workers are done (every article is read): none of their
            # threads runs while the process is forked.
            if self.bodies is not None:
                self.bodies.close()
            self.kept_stories.keep([*generator.articles, *generator.translations,
                                    *generator.hidden_articles,
                                    *generator.hidden_translations])
            log.info("incremental: %d stories taken from the last build",
                     self.kept_stories.taken)

    def previous_manifest(self) -> Manifest:
        """What the last build wrote (loaded once a build); empty when off."""
        if self._previous is None:
            self._previous = Manifest("")
            if self.options.enabled:
                self._previous = Manifest.load(self.state_dir, self.options.previous_output)
        return self._previous

    def make_folders_ahead(self, output_path: str) -> None:
        """Start making the fresh output folder's folders on another core
        (skeleton.py): only on the fast paths, into a folder that is not last
        build's, when last build had the same settings, theme and code."""
        if self.folders_asked or not self.site.fast or self.staged:
            return
        self.folders_asked = True
        previous = self.options.previous_output
        if Path(output_path).resolve() == previous.resolve() or not previous.is_dir():
            return
        manifest = self.previous_manifest()
        if not manifest.files or manifest.build != self.build_digest:
            return
        self.skeleton = Skeleton.start(output_path, map(file_name, manifest.files))

    def writer_class(self, output_path: str) -> type:
        """The writer for this build: the site's, with or without the fast paths."""
        writer = type("SiteWriter", (SiteWriter,), {"build": self})
        if not self.site.fast:
            return writer
        digest = self.build_digest
        previous = self.previous_manifest()
        # Every file the last build wrote, whatever changed since: what an in-place
        # build (make devserver) deletes if this one does not write it again.
        self.last_written = frozenset(previous.files)
        if previous.build != digest:
            previous = Manifest(digest)  # settings, theme or code changed: all new
        output = Output(output_path, self.options.previous_output, staged=self.staged)
        self.writing = Writing(self.options, output, previous, digest,
                               self.site.settings["FEED_MAX_ITEMS"], self.heap)
        self.writing.fingerprint_ahead(self.context)
        return writer

    def flush(self) -> None:
        """Render every page, feed and file asked for so far, on all cores."""
        self.writing.flush(self.skeleton)

    def keep_made(self) -> None:
        """What the build has made so far lives until it ends: left out of the
        garbage collector's walks from now on (heap.py)."""
        self.heap.hold()

    def finish(self, output_path: str) -> None:
        """Every file is written: note what made the cache, what each page read,
        and keep unchanged files the writer does not own."""
        if self.writing is not None:
            self.flush()
        self.heap.release()
        self.restore_translations()
        settings = self.site.settings
        note_cache_made(settings, self.reading)
        if self.kept_stories is not None:
            self.kept_stories.wait()
        settings["LOAD_CONTENT_CACHE"] = self.site.load_cache
        if self.writing is None:
            return
        manifest = self.writing.manifest
        manifest.save(self.state_dir, self.options.previous_output)
        if self.staged:
            self._plan_commit(output_path)
            return
        self.writing.output.remove_stale(self.last_written - set(manifest.files))
        if self.skeleton is not None:
            self.skeleton.finish(map(file_name, manifest.files))
        log.info("incremental: %s", self.writing.summary())
        relink_unchanged(output_path, Path(self.options.previous_output), manifest)
        if self.inputs is not None:
            holds_until = (self.context or {}).get(uptodate.HOLDS_UNTIL)
            uptodate.save(self.stamp, self.inputs, Path(output_path), holds_until)

    def keeps(self, name: str, source: str) -> bool:
        """Whether this build's file `name`, a link to `source` (a cache's file), is
        that very file in the site already: a staged build then leaves it there,
        and the caller need not link it into the stage."""
        if not self.staged or not staging.same_file(self.options.previous_output / name, source):
            return False
        self.kept_links.add(os.path.normpath(name))
        return True

    def _plan_commit(self, output_path: str) -> None:
        """Leave the plan of the commit in the staged folder; the build's command
        commits it once the build has succeeded (staging.py)."""
        staged, site = Path(output_path), self.options.previous_output
        lines = None
        if self.site_walk is not None:
            lines, = self.site_walk.results()
            self.site_walk = None
        plan = staging.plan(staged, site, [*map(file_name, self.writing.manifest.files),
                                           *self.kept_links], lines)
        holds_until = (self.context or {}).get(uptodate.HOLDS_UNTIL)
        plan = dataclasses.replace(
            plan, stamp=str(self.stamp), inputs=self.inputs,
            holds_until=holds_until.timestamp() if holds_until is not None else None)
        staging.save(staged, plan)
        log.info("incremental: %s; staged: %d files to put in the site, %d to remove",
                 self.writing.summary(), len(plan.moves), len(plan.deletes))

    def abandon(self) -> None:
        """A build that stopped half-way (autoreload goes on): let nothing of it run on."""
        if self.bodies is not None:
            self.bodies.close()
        if self.skeleton is not None:
            self.skeleton.wait()
        if self.writing is not None:
            self.writing.stop()
        if self.site_walk is not None:
            self.site_walk.stop()
        if self.kept_stories is not None:
            self.kept_stories.stop()
        self.heap.release()
        self.restore_translations()
