"""Markdown articles rendered on all cores.

Pelican reads articles one after another on one core. When the first article is
about to be read, every Markdown article the content cache does not hold is
handed to a process pool, which renders its body (Markdown, then typogrify when
the site asks for it) and what its metadata takes from Markdown (the header's
fields, the summary's HTML) exactly as the reader would. The reader (reading.py)
then only processes the header's fields (dates, tags, …) and takes the rest from
its worker, while the workers go on with the next ones.

A body is used only if the file still has the text the worker rendered (same
digest) and the reader is Pelican's own MarkdownReader (a plugin's subclass may
read differently); anything else, or a worker that failed, is read as Pelican
reads it.
"""

from __future__ import annotations

import logging
import os
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from markdown import Markdown
from pelican.readers import MarkdownReader
from pelican.utils import file_suffix, pelican_open

from . import seam
from .fingerprint import digest as text_digest

log = logging.getLogger(__name__)

# Fewer articles than this to read: starting workers costs more than it saves.
MIN_ARTICLES = 48
# Bodies handed to a worker at a time: fewer round trips, still an even spread.
CHUNK = 8


class Bodies:
    """The bodies rendered on all cores for one build: started at the first
    article read, closed when every article is read."""

    def __init__(self, workers: int, typogrify: bool) -> None:
        self.workers = workers
        self.typogrify = typogrify
        self.pending: dict[str, _Part] = {}  # path -> its body, to come
        self.pool: ProcessPoolExecutor | None = None
        self.started = False
        self.taken = 0

    def start(self, generator) -> None:
        """At the first `article_generator_preread`: render in the background the
        bodies of the Markdown articles the cache does not hold."""
        if self.started:
            return
        self.started = True
        reader = generator.readers.readers.get("md")
        if self.workers < 2 or reader is None or not seam.reads_as_pelicans_markdown(type(reader)):
            return
        # In the order the generator asks for them: the same get_files call gives a set
        # iterated in the same order. Sorted, the bodies came in another order than
        # asked for, and the build's process waited for one near the end of the queue
        # while the workers rendered the rest, then read every article alone.
        todo = [
            path for path in _article_paths(generator)
            if file_suffix(path) in MarkdownReader.file_extensions
            and type(generator.readers.readers.get(file_suffix(path))) is type(reader)
            and not seam.holds_cached(generator.readers, path)
        ]
        if len(todo) < MIN_ARTICLES:
            return
        config = worker_config(generator.settings, self.typogrify)
        self.pool = ProcessPoolExecutor(max_workers=self.workers)
        for first in range(0, len(todo), CHUNK):
            chunk = todo[first:first + CHUNK]
            batch = self.pool.submit(render_bodies, chunk, config)
            for i, path in enumerate(chunk):
                self.pending[path] = _Part(batch, i)

    def take(self, reader, source_path: str) -> tuple[str, dict] | None:
        """(body, metadata) of a file whose body a worker rendered, else None."""
        pending = self.pending.pop(source_path, None)
        if pending is None or not seam.reads_as_pelicans_markdown(type(reader)):
            return None
        try:
            digest, html, parts = pending.result()
        except Exception:  # the reader will meet the same problem and report it
            return None
        with pelican_open(source_path) as text:
            if text_digest(text) != digest:
                return None
        self.taken += 1
        return html, seam.metadata_from(reader, source_path, parts)

    def close(self) -> None:
        """Every article is read: drop what is left, stop the workers."""
        if self.pool is not None:
            log.info("incremental: %d article bodies rendered on all cores", self.taken)
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None
        self.pending.clear()


def worker_config(settings: dict[str, Any], typogrify: bool) -> dict[str, Any]:
    """What a worker needs to render a body as the reader would."""
    chosen = {key: settings[key] for key in seam.TYPOGRIFY_SETTINGS} if typogrify else None
    return {"markdown": settings["MARKDOWN"], "typogrify": chosen,
            "formatted": tuple(settings["FORMATTED_FIELDS"])}


def render_bodies(paths: list[str], config: dict[str, Any],
                  ) -> list[tuple[str, str, seam.MarkdownMeta | None]]:
    """In a worker: each file's (text digest, body HTML, what its metadata takes from
    Markdown), as MarkdownReader and the typogrify pass make them. The build's process
    only processes the metadata's fields: it reads every article, and with the
    Markdown work done here it is no longer what the read waits for."""
    apply = seam.typogrifier(config["typogrify"]) if config["typogrify"] else None
    out = []
    for path in paths:
        md = Markdown(**config["markdown"])
        with pelican_open(path) as text:
            html = md.convert(text)
        if apply and html:
            html = apply(html)
        out.append((text_digest(text), html, seam.markdown_metadata(md, config["formatted"])))
    return out


class _Part:
    """One file's result inside a chunk's future."""

    def __init__(self, batch: Future, index: int) -> None:
        self.batch, self.index = batch, index

    def result(self) -> tuple[str, str, seam.MarkdownMeta | None]:
        return self.batch.result()[self.index]


def _article_paths(generator) -> list[str]:
    files = generator.get_files(
        generator.settings["ARTICLE_PATHS"], exclude=generator.settings["ARTICLE_EXCLUDES"]
    )
    return [os.path.abspath(os.path.join(generator.path, f)) for f in files]
