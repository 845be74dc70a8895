"""Pelican wiring: register() only connects signals; the receivers share state
through one Incremental object per Pelican instance (see build.py)."""

from __future__ import annotations

import logging

from pelican import signals

from . import seam
from .build import Build, Site
from .grouping import StoryList
from .heap import collect_garbage
from .live import GO_LIVE, Live
from .settings import PELICAN_DEFAULT_CACHE, cache_beside, from_pelican
from .uptodate import UpToDate

log = logging.getLogger(__name__)


class Incremental:
    """The receivers of one registration. Pelican registers plugins once per
    Pelican instance (again when autoreload re-reads a changed settings file),
    and blinker sends every signal to every registration: each serves only the
    Pelican it was initialised with, known by its settings dict."""

    def __init__(self) -> None:
        self.site: Site | None = None
        self.build: Build | None = None
        # The last build's stories, kept until the next build starts (live.py).
        self.live: Live | None = None

    def _mine(self, settings) -> bool:
        return self.site is not None and settings is self.site.settings

    def initialized(self, pelican) -> None:
        """Keep Pelican's cache beside the site (settings.py); check the fast paths
        can be trusted with this Pelican; let readers typogrify."""
        if self.site is not None:
            return
        settings = pelican.settings
        options = from_pelican(settings)
        if settings.get("CACHE_PATH") in (None, PELICAN_DEFAULT_CACHE):
            settings["CACHE_PATH"] = str(cache_beside(options.previous_output))
        fast = options.fast_paths
        problem = seam.mismatch()
        if fast and problem:
            log.warning("incremental: fast paths off, %s; the site is built by Pelican's "
                        "own code paths (slower, same pages)", problem)
            fast = False
        load_cache = bool(settings.get("LOAD_CONTENT_CACHE"))
        typogrify = (seam.take_typogrify_from_pelican(settings) if fast
                     else bool(settings.get("TYPOGRIFY")))
        self.site = Site(settings, options, typogrify, load_cache, fast)

    def build_starts(self, pelican) -> None:
        """A build starts: drop what a build that never finished left behind."""
        if not self._mine(pelican.settings):
            return
        earlier = self.build is not None or self.live is not None
        if self.build is not None:
            self.build.abandon()
        self.live = None
        if earlier:
            collect_garbage()
        self.build = Build(self.site)
        try:
            # The seeds are converted (seed_converter answers this signal first):
            # every input is final.
            self.build.check_up_to_date(pelican.output_path)
        except UpToDate:
            self.build = None
            raise
        self.build.start()
        # Modules and settings, and what the converter keeps (it converts at this
        # same signal, before this when listed first, as the site lists it):
        # kept to the end of the build. Order only makes this cheaper.
        self.build.keep_made()

    def readers_made(self, readers) -> None:
        if self._mine(readers.settings) and self.build is not None:
            self.build.install_readers(readers)

    def articles_generator_made(self, generator) -> None:
        """The articles generator is made, nothing read: it takes the last build's
        stories of unchanged files (kept_stories.py)."""
        if self._mine(generator.settings) and self.build is not None:
            self.build.serve_kept_stories(generator)

    def article_about_to_be_read(self, generator) -> None:
        """The first article is about to be read: Markdown bodies rendered and
        the output's folders made on the other cores while reading goes on."""
        if not (self._mine(generator.settings) and self.build):
            return
        # Forked first, before the body workers' pool starts its threads.
        self.build.begin_reading(generator.output_path)
        if self.build.bodies:
            self.build.bodies.start(generator)

    def content_made(self, content) -> None:
        """An article or page is made: its save_as and url are worked out once;
        its tags, section, authors and short texts are the build's one object
        per name or text (labels.py)."""
        if self._mine(content.settings) and self.site.fast:
            if self.build is not None:
                seam.locate_once(content, self.build.packed)
                self.build.made(content)
                seam.share_labels(content, self.build.labels.one, self.build.labels.text)
            else:
                seam.locate_once(content)

    def articles_listed(self, generator) -> None:
        """Every article is read, not yet grouped: the stories, kept to the end
        of the build, left out of the garbage collector's walks; the period
        archives' stories found by their place; the stories kept for the next
        build (kept_stories.py)."""
        if not (self._mine(generator.settings) and self.build):
            return
        self.build.keep_made()
        if self.site.fast:
            seam.fast_period_archives(generator)
        self.build.keep_stories(generator)

    def articles_read(self, generator) -> None:
        """Every article is read and grouped: stop the body workers; drop the
        readers' copy of every story's HTML (Pelican has saved it); group
        membership tested from a set, each group's stories put in date order by
        their place."""
        if not (self._mine(generator.settings) and self.build and self.site.fast):
            return
        if self.build.bodies is not None:
            self.build.bodies.close()
        seam.forget_read_files(generator)
        seam.fast_membership(generator, StoryList)
        seam.fast_group_pages(generator)
        # Kept for the devserver (live.py).
        self.build.live = Live(generator, self.build.started_ns)

    def generators_done(self, generators) -> None:
        """Every generator has made its context (they share one)."""
        if generators and self._mine(generators[0].settings) and self.build is not None:
            self.build.context = generators[0].context
            # Every context and enrichment is made: kept to the end of the build.
            self.build.keep_made()

    def writer(self, pelican):
        if self._mine(pelican.settings) and self.build is not None:
            return self.build.writer_class(pelican.output_path)
        return None

    def build_ends(self, pelican) -> None:
        if self._mine(pelican.settings) and self.build is not None:
            self.build.finish(pelican.output_path)
            self.live = self.build.live
            self.build = None

    def go_live(self, pelican, paths=None):
        """The devserver saw a change: put new and changed stories live (live.py)."""
        if self._mine(pelican.settings) and self.live is not None and self.build is None:
            return self.live.update(paths)
        return None


def register() -> None:
    plugin = Incremental()
    # Held strongly: blinker would drop a bound method's object otherwise.
    connect = [
        # initialized: settings are final and no generator has opened the cache yet.
        (signals.initialized, plugin.initialized),
        # get_generators: the first signal of every build, autoreload's too.
        (signals.get_generators, plugin.build_starts),
        # readers_init: once per set of readers (articles, pages), before any is made.
        (signals.readers_init, plugin.readers_made),
        # content_object_init: at the end of Content.__init__, before the object is
        # checked (is_valid reads its save_as) or listed.
        (signals.content_object_init, plugin.content_made),
        # article_generator_init: the articles generator is made, before it reads.
        (signals.article_generator_init, plugin.articles_generator_made),
        # article_generator_preread: before each article is read (after Pelican
        # emptied the output folder, if it does); the first one starts rendering
        # every uncached Markdown body on all cores and making the output's folders.
        (signals.article_generator_preread, plugin.article_about_to_be_read),
        # article_generator_pretaxonomy: every article is read, nothing grouped
        # yet (the period archives are built next).
        (signals.article_generator_pretaxonomy, plugin.articles_listed),
        # article_generator_finalized: every article is read and grouped, and no
        # page is written yet.
        (signals.article_generator_finalized, plugin.articles_read),
        # all_generators_finalized: every context is made; the stories' own
        # fingerprints are started when the writer is asked for, next.
        (signals.all_generators_finalized, plugin.generators_done),
        # get_writer: Pelican asks for a writer once per build, after every context is read.
        (signals.get_writer, plugin.writer),
        # finalized: every file is written.
        (signals.finalized, plugin.build_ends),
        # Sent by `make devserver` between builds (devserver.py).
        (GO_LIVE, plugin.go_live),
    ]
    for signal, receiver in connect:
        signal.connect(receiver, weak=False)
