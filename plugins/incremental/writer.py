"""A Pelican writer that renders a page only when what it read last time has changed.

Every page written records the context names its templates read (and how far;
see tracking.py) and the fingerprint of those values. On the next build the same
names are fingerprinted from the new context before rendering: equal means the
page would come out byte for byte the same, so last build's file is kept (hard-
linked into a fresh output folder, or left alone when building in place).
"""

from __future__ import annotations

import io
import logging
import os
import shutil

from pelican import signals
from pelican.paginator import Paginator
from pelican.utils import get_relative_path, path_to_url, sanitised_join
from pelican.writers import Writer

from .fingerprint import Fingerprinter, digest
from .manifest import Entry, Manifest, build_digest
from .settings import from_pelican
from .tracking import install, recording

log = logging.getLogger(__name__)

# Only the most recent writer is saved at `finalized` (Pelican makes one per build).
ACTIVE: list[IncrementalWriter] = []


class IncrementalWriter(Writer):
    def __init__(self, output_path, settings=None):
        super().__init__(output_path, settings)
        self.options = from_pelican(self.settings)
        self.fp = Fingerprinter()
        self.build = build_digest(self.settings)
        self.previous = Manifest.load(self.options.state_dir, self.options.previous_output)
        if self.previous.build != self.build:
            self.previous = Manifest(self.build)  # settings, theme or code changed: all new
        self.manifest = Manifest(self.build)
        self.kept = self.rendered = self.same = 0
        self._made_dirs: set[str] = set()
        ACTIVE[:] = [self]

    # -- pages ---------------------------------------------------------------

    def write_file(self, name, template, context, relative_urls=False, paginated=None,
                   template_name=None, override_output=False, url=None, **kwargs):
        """Pelican's write_file, page by page through _emit (same pagination)."""
        if not name:
            return
        install(template.environment)
        if paginated is None:
            paginated = {k: v for k, v in kwargs.items() if k in {"articles", "dates"}}
        if paginated and template_name in self.settings["PAGINATED_TEMPLATES"]:
            per_page = (self.settings["PAGINATED_TEMPLATES"][template_name]
                        or self.settings["DEFAULT_PAGINATION"])
            paginators = {k: Paginator(name, url, v, self.settings, per_page)
                          for k, v in paginated.items()}
            for page_num in range(next(iter(paginators.values())).num_pages):
                paged = kwargs.copy()
                for key, paginator in paginators.items():
                    page = paginator.page(page_num + 1)
                    paged.update({
                        f"{key}_paginator": paginator,
                        f"{key}_page": page,
                        f"{key}_previous_page": paginator.page(page_num) if page_num > 0 else None,
                        f"{key}_next_page": paginator.page(page_num + 2)
                        if page_num + 1 < paginator.num_pages else None,
                    })
                self._emit(template, context, page.save_as, paged, relative_urls, override_output)
        else:
            self._emit(template, context, name, kwargs, relative_urls, override_output)

    def _emit(self, template, context, name, kwargs, relative_urls, override) -> None:
        local = _local_context(context, name, kwargs, relative_urls)
        key = "page:" + name
        before = self.previous.files.get(key)
        if before is not None and before.template == template.name:
            fp = self.fp.reads(local, before.reads)
            if fp == before.fp and self._keep(key, name, before, override):
                return
        if local["localsiteurl"]:
            # As Pelican does: stories resolve their links against this page.
            context["localsiteurl"] = local["localsiteurl"]
        with recording() as reads:
            output = template.render(local)
        reads = reads.result()
        path = self._write_or_link(name, output, override)
        signals.content_written.send(path, context=local)
        self._record(key, name, Entry(self.fp.reads(local, reads), reads, template.name))

    # -- feeds ---------------------------------------------------------------

    def write_feed(self, elements, context, path=None, url=None, feed_type="atom",
                   override_output=False, feed_title=None):
        if not path:
            return super().write_feed(elements, context, path, url, feed_type,
                                      override_output, feed_title)
        items = elements[: self.settings["FEED_MAX_ITEMS"]]
        head = [path, url, feed_type, feed_title] + [
            context.get(k) for k in ("SITEURL", "FEED_DOMAIN", "SITENAME", "SITESUBTITLE")]
        fp = digest(repr(head) + "|".join(self.fp.own(item) for item in items))
        key = "feed:" + path
        before = self.previous.files.get(key)
        unchanged = before is not None and before.fp == fp
        if unchanged and self._keep(key, path, before, override_output):
            return None
        # Pelican builds the feed (and sends feed_generated) without writing it.
        feed = super().write_feed(elements, context, None, url or path, feed_type,
                                  override_output, feed_title)
        buffer = io.StringIO()
        feed.write(buffer, "utf-8")
        complete = self._write_or_link(path, buffer.getvalue(), override_output)
        signals.feed_written.send(complete, context=context, feed=feed)
        self._record(key, path, Entry(fp, {}, ""))
        return feed

    # -- files ---------------------------------------------------------------

    def _open_fresh(self, name: str) -> str:
        """The path to write, unlinked first: never write through a hard link."""
        path = sanitised_join(self.output_path, name)
        self._make_dir(os.path.dirname(path))
        if path not in self._written_files and os.path.lexists(path):
            os.unlink(path)
        return path

    def _write_or_link(self, name: str, text: str, override: bool) -> str:
        """Write a rendered file, or link last build's if it has exactly these bytes."""
        path = self._open_fresh(name)
        data = text.encode("utf-8")
        old = os.path.join(self.options.previous_output, name)
        if os.path.abspath(old) != os.path.abspath(path) and path not in self._written_files:
            try:
                if os.path.getsize(old) == len(data) and _read(old) == data:
                    os.link(old, path)
                    self._written_files.add(path)
                    if override:
                        self._overridden_files.add(path)
                    self.same += 1
                    return path
            except OSError:
                pass
        with self._open_w(path, "utf-8", override=override) as f:
            f.write(text)
        log.info('Writing "%s"', path)
        self.rendered += 1
        return path

    def _keep(self, key: str, name: str, before: Entry, override: bool) -> bool:
        """Reuse last build's file if it is still the one we wrote; False to render."""
        old = os.path.join(self.options.previous_output, name)
        path = sanitised_join(self.output_path, name)
        if path in self._written_files:
            return False  # a second write of one name: let Pelican decide
        try:
            if _stat(old) != before.stat:
                return False
            if os.path.abspath(old) != os.path.abspath(path):
                self._make_dir(os.path.dirname(path))
                if os.path.lexists(path):
                    os.unlink(path)
                try:
                    os.link(old, path)
                except OSError:
                    shutil.copy2(old, path)
        except OSError:
            return False
        self._written_files.add(path)
        if override:
            self._overridden_files.add(path)
        self._record(key, name, before)
        self.kept += 1
        return True

    def _make_dir(self, folder: str) -> None:
        """Create a folder once per build: thousands of pages share few folders' parents."""
        if folder not in self._made_dirs:
            os.makedirs(folder, exist_ok=True)
            self._made_dirs.add(folder)

    def _record(self, key: str, name: str, entry: Entry) -> None:
        path = sanitised_join(self.output_path, name)
        self.manifest.files[key] = entry.with_stat(_stat(path))

    def save(self) -> None:
        self.manifest.save(self.options.state_dir, self.options.previous_output)
        log.info("incremental: %d files written, %d kept unrendered, %d rendered but "
                 "unchanged (kept)", self.rendered, self.kept, self.same)


def _read(path: str) -> bytes:
    with open(path, "rb") as f:
        return f.read()


def _stat(path: str) -> tuple[int, int, int]:
    st = os.stat(path)
    return (st.st_size, st.st_mtime_ns, st.st_ino)


def _local_context(context, name, kwargs, relative_urls):
    """Pelican's Writer._get_localcontext, unchanged."""
    local = context.copy()
    local["localsiteurl"] = local.get("localsiteurl", None)
    if relative_urls:
        relative_url = path_to_url(get_relative_path(name))
        local["SITEURL"] = relative_url
        local["localsiteurl"] = relative_url
    local["output_file"] = name
    local.update(kwargs)
    return local
