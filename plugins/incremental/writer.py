"""The site's writer: Pelican's Writer whose pages, feeds and files become jobs of
the build (see render.py and build.py), which keeps what has not changed."""

from __future__ import annotations

from pelican.writers import Writer

from . import seam
from .render import FeedJob, PageJob, TextJob


class SiteWriter(Writer):
    """Pelican instantiates the writer class; `build` is set on a subclass made
    per build (Build.writer_class)."""

    build = None

    def write_file(self, name, template, context, relative_urls=False, paginated=None,
                   template_name=None, override_output=False, url=None, **kwargs):
        """Pelican's write_file, one job per page."""
        if not name:
            return
        for page_name, variables in seam.pelican_pages(
                self.settings, name, url, paginated, template_name, kwargs):
            job = PageJob(page_name, template, context, variables, relative_urls)
            self.build.submit(job, override_output)

    def write_feed(self, elements, context, path=None, url=None, feed_type="atom",
                   override_output=False, feed_title=None):
        """Pelican's write_feed as a job; without a path, Pelican's own (it writes nothing)."""
        if not path:
            return super().write_feed(elements, context, path, url, feed_type,
                                      override_output, feed_title)
        job = FeedJob(path, self, elements, context, url, feed_type, feed_title)
        self.build.submit(job, override_output)
        return None

    def write_text(self, name: str, produce) -> None:
        """A file made by `produce()`, written as any page is (the sitemap uses it)."""
        self.build.submit(TextJob(name, produce), False)

    def flush(self) -> None:
        """Write every page, feed and file asked for so far (the search index reads them)."""
        self.build.flush()
