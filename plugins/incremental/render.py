"""What the writer is asked to write, as jobs, and the renderer that does one job.

A page is rendered only when what it read last time has changed: each page
records the context names its templates read (and how far; see tracking.py)
and the fingerprint of those values. The next build fingerprints the same names
from the new context before rendering: equal means the page would come out
byte for byte the same, so last build's file is kept (hard-linked into a fresh
output folder, or left alone when building in place).
"""

from __future__ import annotations

import enum
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from pelican import signals
from pelican.contents import Content

from . import seam
from .files import Output, stat
from .fingerprint import Fingerprinter, digest
from .manifest import Entry, Manifest
from .tracking import Recorder


@dataclass(frozen=True)
class PageJob:
    """One page: a template, the generator's context and this page's variables."""

    name: str
    template: Any
    context: dict
    kwargs: dict
    relative_urls: bool


@dataclass(frozen=True)
class FeedJob:
    """One feed, as Writer.write_feed is asked for it."""

    name: str
    writer: Any
    elements: list
    context: dict
    url: str | None
    feed_type: str
    title: str | None


@dataclass(frozen=True)
class TextJob:
    """A file made by a function of nothing (the sitemap, robots.txt)."""

    name: str
    produce: Callable[[], str]


Job = PageJob | FeedJob | TextJob


class Outcome(enum.Enum):
    KEPT = "kept unrendered"  # inputs unchanged: last build's file
    SAME = "rendered, unchanged"  # rendered to last build's very bytes: its file
    WRITTEN = "written"


@dataclass(frozen=True)
class Done:
    key: str
    entry: Entry
    outcome: Outcome


def stories_of(jobs: list[Job]) -> list[Content]:
    """The stories and pages the jobs can show, once each: the site's lists in
    the pages' context, and every feed's entries."""
    contexts = {id(job.context): job.context for job in jobs if isinstance(job, PageJob)}
    found = {id(story): story for story in stories_in(contexts.values())}
    for job in jobs:
        if isinstance(job, FeedJob):
            found.update((id(story), story) for story in job.elements)
    return list(found.values())


def stories_in(contexts: Iterable[dict]) -> list[Content]:
    """The stories and pages in the contexts' lists, once each."""
    # The contexts are copies of a few generators' contexts: they hold the
    # same lists, each looked through once.
    lists = {id(value): value for context in contexts for value in context.values()
             if type(value) is list and value and isinstance(value[0], Content)}
    found: dict[int, Content] = {}
    for value in lists.values():
        found.update((id(story), story) for story in value if isinstance(story, Content))
    return list(found.values())


class Renderer:
    """Renders jobs into the output folder, keeping what has not changed."""

    def __init__(self, output: Output, previous: Manifest, feed_max_items: int | None) -> None:
        self.output = output
        self.previous = previous
        self.feed_max_items = feed_max_items
        self.fp = Fingerprinter()
        self.recorder = Recorder()
        # Pages of one template mostly read the same names: one dict for all of
        # them makes the manifest, and what a worker sends back, small.
        self._reads: dict[tuple, dict] = {}

    def run(self, job: Job) -> Done:
        try:
            if isinstance(job, PageJob):
                return self.page(job)
            if isinstance(job, FeedJob):
                return self.feed(job)
            return self.text(job)
        finally:
            # A story's HTML as this page asked for it is not kept for the next.
            seam.forget_rendered_content()

    def page(self, job: PageJob) -> Done:
        local = seam.local_context(job.context, job.name, job.kwargs, job.relative_urls)
        key, template = "page:" + job.name, job.template
        before = self.previous.files.get(key)
        if before is not None and before.template == template.name:
            fp = self.fp.reads(local, before.reads)
            if fp == before.fp and self.output.keep(job.name, before.stat):
                return Done(key, before, Outcome.KEPT)
        seam.point_links_at(job.context, local)
        self.recorder.install(template.environment)
        with self.recorder.recording() as reads:
            text = template.render(local)
        reads = reads.result()
        reads = self._reads.setdefault(tuple(sorted(reads.items())), reads)
        path, same = self.output.write(job.name, text)
        signals.content_written.send(path, context=local)
        entry = Entry(self.fp.reads(local, reads), reads, template.name, stat(path))
        return Done(key, entry, Outcome.SAME if same else Outcome.WRITTEN)

    def feed(self, job: FeedJob) -> Done:
        items = job.elements[: self.feed_max_items]
        head = [job.name, job.url, job.feed_type, job.title] + [
            job.context.get(k) for k in ("SITEURL", "FEED_DOMAIN", "SITENAME", "SITESUBTITLE")]
        fp = digest(repr(head) + "|".join(self.fp.own(item) for item in items))
        key = "feed:" + job.name
        before = self.previous.files.get(key)
        if before is not None and before.fp == fp and self.output.keep(job.name, before.stat):
            return Done(key, before, Outcome.KEPT)
        feed = seam.build_feed(job.writer, job.elements, job.context, job.url or job.name,
                               job.feed_type, job.title)
        buffer = io.StringIO()
        feed.write(buffer, "utf-8")
        path, same = self.output.write(job.name, buffer.getvalue())
        signals.feed_written.send(path, context=job.context, feed=feed)
        return Done(key, Entry(fp, {}, "", stat(path)), Outcome.SAME if same else Outcome.WRITTEN)

    def text(self, job: TextJob) -> Done:
        text = job.produce()
        path, same = self.output.write(job.name, text)
        entry = Entry(digest(text), {}, "", stat(path))
        return Done("file:" + job.name, entry, Outcome.SAME if same else Outcome.WRITTEN)
