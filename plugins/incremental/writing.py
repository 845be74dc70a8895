"""One build's pages, feeds and files on the fast paths: from the writer asking for
each (writer.py) to the manifest of what was written, rendered on all cores."""

from __future__ import annotations

import collections
import logging

from . import seam
from .files import Output
from .heap import Heap
from .manifest import Manifest
from .render import Done, Job, Outcome, Renderer, stories_in, stories_of
from .settings import IncrementalSettings
from .skeleton import Skeleton
from .workers import MIN_JOBS, Ahead, run_all

log = logging.getLogger(__name__)


class Writing:
    """The jobs the writer asked for, and what became of each."""

    def __init__(self, options: IncrementalSettings, output: Output, previous: Manifest,
                 digest: str, feed_max_items, heap: Heap) -> None:
        self.options, self.output, self.heap = options, output, heap
        self.renderer = Renderer(output, previous, feed_max_items)
        self.manifest = Manifest(digest)
        self.claims = seam.OutputClaims()
        # Jobs held back until every page is asked for, then rendered by workers
        # (workers.py); by output path, where each one is in the list.
        self.jobs: list[Job] = []
        self.queued: dict[str, int] = {}
        # Stories' own fingerprints worked out while pages are asked for.
        self.ahead: Ahead | None = None
        self.counts: collections.Counter[Outcome] = collections.Counter()

    def fingerprint_ahead(self, context: dict | None) -> None:
        """Start working out the stories' own fingerprints on another core while
        this process asks for every page: Pelican asks for the writer after the
        last change to any story (refresh_metadata_intersite_links), and asking
        for pages leaves the other core idle."""
        if self.options.render_workers < 2 or context is None:
            return
        # However few the stories: the fork costs this process a few milliseconds,
        # and the site's tests then check the fingerprints worked out this way.
        stories = stories_in([context])
        if stories:
            self.ahead = Ahead(stories, self._own_fingerprint, self.heap)

    def submit(self, job: Job, override: bool) -> None:
        """Write one page, feed or file, unless an earlier write of it wins; with
        more than one render worker, hold it until the next flush."""
        target = self.output.target(job.name)
        if not self.claims.claim(target, override):
            log.info('Skipping "%s", not overwriting', target)
            return
        if self.options.render_workers < 2:
            self._record(self.renderer.run(job))
        elif target in self.queued:  # an override: it replaces the write it overrides
            self.jobs[self.queued[target]] = job
        else:
            self.queued[target] = len(self.jobs)
            self.jobs.append(job)

    def flush(self, skeleton: Skeleton | None) -> None:
        """Render every job held back so far, on all cores, once the output's
        folders are made (`skeleton`, if it is making them)."""
        jobs, self.jobs, self.queued = self.jobs, [], {}
        workers = self.options.render_workers
        # What generators asked of stories' HTML so far is not inherited by the
        # render processes (see seam.forget_rendered_content).
        seam.forget_rendered_content()
        if skeleton is not None:
            skeleton.wait()
        if self.ahead is not None:
            self.renderer.fp.remember(self.ahead.jobs, self.ahead.finish())
            self.ahead = None
        if workers > 1:
            self._know_stories(stories_of(jobs), workers)
        for done in run_all(jobs, self.renderer.run, workers, self.heap):
            self._record(done)
        if jobs and workers > 1 and len(jobs) >= MIN_JOBS:
            log.info("incremental: %d pages, feeds and files rendered by %d processes",
                     len(jobs), workers)

    def _know_stories(self, stories: list, workers: int) -> None:
        """Work out the stories' own fingerprints once, on all cores, before the
        render processes are forked: each of them would otherwise work out every
        story's for itself (a page or feed shows stories from all over the site)."""
        fp = self.renderer.fp
        fresh = [story for story in stories if not fp.knows(story)]
        fp.remember(fresh, run_all(fresh, self._own_fingerprint, workers, self.heap))

    def _own_fingerprint(self, story) -> tuple[int, str]:
        """A story's own fingerprint, with the story it is of (fp.remember's pairs)."""
        return id(story), self.renderer.fp.own(story)

    def _record(self, done: Done) -> None:
        self.manifest.files[done.key] = done.entry
        self.counts[done.outcome] += 1

    def summary(self) -> str:
        """What the log says of the files: written, kept, rendered the same."""
        return (f"{self.counts[Outcome.WRITTEN]} files written, "
                f"{self.counts[Outcome.KEPT]} kept unrendered, "
                f"{self.counts[Outcome.SAME]} rendered but unchanged (kept)")

    def stop(self) -> None:
        """The build stopped half-way: the fingerprints ahead are not waited for."""
        if self.ahead is not None:
            self.ahead.stop()
