"""A new or changed story live in a second: the last build kept in memory
(`make devserver`), and only the story's page and the list pages that show it
written, before the complete rebuild brings the rest of the site along.

The last build's articles generator is kept when a build ends: its stories,
context, readers and templates. When the devserver sees a change it asks for an
update: each article file that is new or changed since that build is read
(Pelican's readers), the stories are ordered and grouped again as Pelican
groups them (seam.grouped, no re-reading of the archive), the site's plugins
fill in what they attach to a story (LIVE_STORIES), and the story's own page
and the pages of the latest list, its section's, its tags' and its authors'
lists that show it are rendered. They are the pages the complete rebuild
writes; the complete rebuild then finds them written.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from blinker import signal
from pelican import signals

from . import seam
from .files import Output
from .writer import SiteWriter

log = logging.getLogger(__name__)

# Sent with the articles generator, the updated stories, their Groups and the
# context their pages render with: a plugin attaches what it attaches to every
# story at article_generator_finalized (news_site: related stories, neighbours,
# share cards, the front page). Named, so a plugin connects without importing this one.
LIVE_STORIES = signal("incremental.live_stories")
# Sent by the devserver with the Pelican instance between builds, and `paths`:
# the content files it saw change (None: look at all). The receiver returns the
# Update it made.
GO_LIVE = signal("incremental.go_live")


@dataclass(frozen=True)
class Update:
    stories: tuple  # the stories put live
    written: tuple[str, ...]  # the files written, story pages first


class LiveWriter(SiteWriter):
    """Writes the pages asked for that show one of `shows` (a story's own page is
    asked for only for that story), in place; moved-page notices are left to the
    complete rebuild."""

    shows: frozenset[int] = frozenset()
    output: Output | None = None
    written: list[str] | None = None

    def _page(self, name, template, context, variables, relative_urls, override, url) -> None:
        page = variables.get("articles_page")
        if page is not None and not any(id(s) in self.shows for s in page.object_list):
            return
        local = seam.local_context(context, name, variables, relative_urls)
        seam.point_links_at(context, local)
        path, _same = self.output.write(name, template.render(local))
        signals.content_written.send(path, context=local)
        self.written.append(path)

    def _moved(self, page, template, context, relative_urls) -> None:
        return


class Live:
    """The last build's stories, ready to take a new or changed one."""

    def __init__(self, generator, started_ns: int) -> None:
        self.generator = generator
        self.output_path = generator.output_path
        # When the build started: an article file modified since may be newer
        # than what the build read.
        self.started_ns = started_ns

    def changed_files(self, candidates: list[str] | None = None) -> list[str]:
        """Article files new, or changed since the last build started: among all,
        or among `candidates` (paths in the content folder, as a watcher saw them)."""
        generator, settings = self.generator, self.generator.settings
        paths = (generator.get_files(settings["ARTICLE_PATHS"],
                                     exclude=settings["ARTICLE_EXCLUDES"])
                 if candidates is None else self._articles_among(candidates))
        read = {os.path.abspath(story.source_path) for story in (
            *generator.articles, *generator.translations, *generator.hidden_articles,
            *generator.hidden_translations, *generator.drafts, *generator.drafts_translations)}
        changed = []
        for path in paths:
            full = os.path.abspath(os.path.join(generator.path, path))
            try:
                modified = os.stat(full).st_mtime_ns
            except OSError:
                continue
            if full not in read or modified >= self.started_ns:
                changed.append(path)
        return sorted(changed)

    def _articles_among(self, candidates: list[str]) -> list[str]:
        """The candidates Pelican would read as articles (get_files on each)."""
        settings, base = self.generator.settings, self.generator.path
        found = []
        for path in candidates:
            rel = os.path.relpath(path, base)
            if not any(rel.startswith(root.rstrip("/") + os.sep)
                       for root in settings["ARTICLE_PATHS"]):
                continue
            found += self.generator.get_files([rel], exclude=settings["ARTICLE_EXCLUDES"])
        return found

    def update(self, candidates: list[str] | None = None) -> Update:
        """Put every new or changed published story live (among `candidates`, when
        given); the rest is the complete rebuild's (a deleted, hidden or
        translated story, a new page)."""
        generator, settings = self.generator, self.generator.settings
        by_source = {story.source_path: story for story in generator.articles}
        fresh = []
        for path in self.changed_files(candidates):
            story = seam.read_story(generator, path)
            if story is None or story.status != "published" or not self._fits(story, by_source):
                continue
            by_source[story.source_path] = story
            fresh.append(story)
        if not fresh:
            return Update((), ())
        groups = seam.grouped(settings, list(by_source.values()))
        context = dict(generator.context)
        context.update(articles=groups.articles, dates=groups.dates,
                       categories=groups.categories, tags=list(groups.tags.items()),
                       authors=groups.authors)
        LIVE_STORIES.send(generator, stories=tuple(fresh), groups=groups, context=context)
        writer = self._writer(fresh)
        writes: dict[str, tuple] = {}  # by file: a list two stories join is written once
        for story in fresh:
            for name, template, kwargs in seam.story_writes(settings, groups, story,
                                                            generator.get_template):
                writes.setdefault(name, (template, kwargs))
        for name, (template, kwargs) in writes.items():
            writer.write_file(name, template, context, relative_urls=settings["RELATIVE_URLS"],
                              **kwargs)
        return Update(tuple(fresh), tuple(writer.written))

    def _fits(self, story, by_source: dict) -> bool:
        """A story whose slug no other story has (a shared slug is a translation or
        a clash: the complete rebuild says which)."""
        return all(other.slug != story.slug for source, other in by_source.items()
                   if source != story.source_path)

    def _writer(self, fresh: list) -> LiveWriter:
        settings = self.generator.settings
        writer = LiveWriter(self.output_path, settings=settings)
        writer.shows = frozenset(map(id, fresh))
        writer.output = Output(self.output_path, self.output_path)
        writer.written = []
        return writer
