"""The site's writer: Pelican's Writer with list pages that stay put (pagination.py),
whose pages, feeds and files become jobs of the build (render.py, build.py) on
the fast paths, and go through Pelican's own write_file and write_feed off them."""

from __future__ import annotations

import logging
import os

from jinja2 import TemplateNotFound
from pelican.writers import Writer

from .pagination import Moved, paginate
from .render import FeedJob, PageJob, TextJob

log = logging.getLogger(__name__)

# The theme's page for a page number that moved (pagination.py); without it,
# none is written.
MOVED_TEMPLATE = "page_moved.html"


class SiteWriter(Writer):
    """Pelican instantiates the writer class; `build` is set on a subclass made
    per build (Build.writer_class)."""

    build = None

    def write_file(self, name, template, context, relative_urls=False, paginated=None,
                   template_name=None, override_output=False, url=None, **kwargs):
        """Pelican's write_file, list pages numbered from the oldest."""
        if not name:
            return
        if paginated is None:
            paginated = {k: v for k, v in kwargs.items() if k in {"articles", "dates"}}
        templates = self.settings["PAGINATED_TEMPLATES"]
        if not (paginated and template_name in templates):
            self._page(name, template, context, kwargs, relative_urls, override_output, url)
            return
        per_page = templates[template_name] or self.settings["DEFAULT_PAGINATION"]
        pages, moved = paginate(self.settings, name, url, paginated, per_page)
        for page_name, variables in pages:
            self._page(page_name, template, context, {**kwargs, **variables}, relative_urls,
                       override_output, url)
        for page in moved:
            self._moved(page, template, context, relative_urls)

    def _page(self, name, template, context, variables, relative_urls, override, url) -> None:
        if self.build.fast:
            self.build.writing.submit(
                PageJob(name, template, context, variables, relative_urls), override)
        else:
            super().write_file(name, template, context, relative_urls, paginated={},
                               override_output=override, url=url, **variables)

    def _moved(self, page: Moved, template, context, relative_urls) -> None:
        """A page Pelican's numbering published: it sends the reader on."""
        try:
            moved_template = template.environment.get_template(MOVED_TEMPLATE)
        except TemplateNotFound:
            return
        self._page(page.save_as, moved_template, context, {"moved": page}, relative_urls,
                   False, page.url)

    def write_feed(self, elements, context, path=None, url=None, feed_type="atom",
                   override_output=False, feed_title=None):
        """Pelican's write_feed: a job on the fast paths (and without a path, Pelican's
        own, which writes nothing)."""
        if not path or not self.build.fast:
            return super().write_feed(elements, context, path, url, feed_type,
                                      override_output, feed_title)
        job = FeedJob(path, self, elements, context, url, feed_type, feed_title)
        self.build.writing.submit(job, override_output)
        return None

    def write_text(self, name: str, produce) -> None:
        """A file made by `produce()`, written as any page is (the sitemap uses it)."""
        if self.build.fast:
            self.build.writing.submit(TextJob(name, produce), False)
            return
        path = os.path.join(self.output_path, name)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(produce())
        log.info('Writing "%s"', path)

    def site_file(self, name: str) -> str:
        """Where a file this build wrote or kept is (a staged build keeps unchanged
        files in last build's folder: staging.py)."""
        if self.build.fast:
            return self.build.writing.output.site_file(name)
        return os.path.join(self.output_path, name)

    def keeps(self, name: str, source: str) -> bool:
        """Whether the file `name` of this build, which the caller would link from
        `source` (a cache's file), is already that very file where the site is: a
        staged build leaves it there (staging.py). False: link it as usual."""
        return bool(self.build.fast and self.build.keeps(name, source))

    def flush(self) -> None:
        """Write every page, feed and file asked for so far (the search index reads them)."""
        if self.build.fast:
            self.build.flush()
