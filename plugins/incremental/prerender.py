"""Markdown articles rendered on all cores.

Pelican reads articles one after another on one core: Markdown and typogrify
were 14 s of a cold 5,000-story build, while the other core waited. When the
first article is about to be read, every Markdown article the content cache
does not hold is handed to a process pool, which renders its body (Markdown,
then typogrify when the site asks for it) exactly as the reader would. The
reader (reading.py) then only parses each file's metadata header itself and
takes the body from its worker, while the workers go on with the next ones.

A body is used only if the file still has the text the worker rendered (same
digest) and the reader is Pelican's own MarkdownReader (a plugin's subclass
may read differently); anything else, or a worker that failed, is read as
Pelican reads it.
"""

from __future__ import annotations

import logging
import os
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from markdown import Markdown
from pelican.readers import MarkdownReader
from pelican.utils import file_suffix, pelican_open

from .fingerprint import digest as text_digest
from .settings import from_pelican

log = logging.getLogger(__name__)

# Fewer articles than this to read: starting workers costs more than it saves.
MIN_ARTICLES = 48
# Bodies handed to a worker at a time: fewer round trips, still an even spread.
CHUNK = 8

# One pool and its pending bodies (path -> future of (digest, html)) per build.
_FUTURES: dict[str, Future] = {}
_POOLS: list[ProcessPoolExecutor] = []
_SERVING: list[int] = []  # the generator these are for: a build that stopped
# half-way (autoreload) must not hand its bodies to the next one
_TAKEN: list[str] = []  # files whose body a worker rendered, this build


def start(generator) -> None:
    """At the first `article_generator_preread` of a build: render the bodies of
    the Markdown articles the cache does not hold, in the background."""
    if id(generator) in _SERVING:
        return
    stop()
    _SERVING.append(id(generator))
    settings = generator.settings
    workers = from_pelican(settings).read_workers or os.cpu_count() or 1
    reader = generator.readers.readers.get("md")
    if workers < 2 or reader is None or not _renders_as_pelican(type(reader)):
        return
    todo = [
        path for path in sorted(_article_paths(generator))
        if file_suffix(path) in MarkdownReader.file_extensions
        and type(generator.readers.readers.get(file_suffix(path))) is type(reader)
        and generator.readers.get_cached_data(path, None) is None
    ]
    if len(todo) < MIN_ARTICLES:
        return
    config = worker_config(settings)
    pool = ProcessPoolExecutor(max_workers=workers)
    _POOLS.append(pool)
    for first in range(0, len(todo), CHUNK):
        chunk = todo[first:first + CHUNK]
        batch = pool.submit(render_bodies, chunk, config)
        for i, path in enumerate(chunk):
            _FUTURES[path] = _Part(batch, i)


def stop(_generator=None) -> None:
    """At `article_generator_finalized`: every article is read; drop what is left."""
    if _POOLS:
        log.info("incremental: %d article bodies rendered on all cores", len(_TAKEN))
    _TAKEN.clear()
    _FUTURES.clear()
    _SERVING.clear()
    while _POOLS:
        _POOLS.pop().shutdown(wait=False, cancel_futures=True)


def take(reader, reader_class: type, source_path: str) -> tuple[str, dict] | None:
    """(body, metadata) of a file whose body a worker rendered, else None."""
    pending = _FUTURES.pop(source_path, None)
    if pending is None or not _renders_as_pelican(reader_class):
        return None
    try:
        digest, html = pending.result()
    except Exception:  # the reader will meet the same problem and report it
        return None
    with pelican_open(source_path) as text:
        if text_digest(text) != digest:
            return None
    # MarkdownReader.read, with only the header converted here: the metadata
    # extension reads nothing past the first blank line.
    reader._source_path = source_path
    reader._md = Markdown(**reader.settings["MARKDOWN"])
    reader._md.convert(header(text))
    metadata = reader._parse_metadata(reader._md.Meta) if hasattr(reader._md, "Meta") else {}
    _TAKEN.append(source_path)
    return html, metadata


def worker_config(settings: dict[str, Any]) -> dict[str, Any]:
    """What a worker needs to render a body as the reader would."""
    from .reading import CHOICE_KEY, TYPOGRIFY_SETTINGS

    typogrify = None
    if settings.get(CHOICE_KEY):
        typogrify = {key: settings[key] for key in TYPOGRIFY_SETTINGS}
    return {"markdown": settings["MARKDOWN"], "typogrify": typogrify}


def render_bodies(paths: list[str], config: dict[str, Any]) -> list[tuple[str, str]]:
    """In a worker: each file's (text digest, body HTML), as MarkdownReader and
    the typogrify pass make it."""
    from .reading import typogrifier

    apply = typogrifier(config["typogrify"]) if config["typogrify"] else None
    out = []
    for path in paths:
        with pelican_open(path) as text:
            html = Markdown(**config["markdown"]).convert(text)
        if apply and html:
            html = apply(html)
        out.append((text_digest(text), html))
    return out


def header(text: str) -> str:
    """The lines before the first blank one: all the metadata extension reads."""
    lines = []
    for line in text.split("\n"):
        if not line.strip():
            break
        lines.append(line)
    return "\n".join(lines)


class _Part:
    """One file's result inside a chunk's future."""

    def __init__(self, batch: Future, index: int) -> None:
        self.batch, self.index = batch, index

    def result(self) -> tuple[str, str]:
        return self.batch.result()[self.index]


def _renders_as_pelican(reader_class: type) -> bool:
    """Pelican's MarkdownReader itself, under reading.py's subclass or not."""
    base = getattr(reader_class, "base_reader", reader_class)
    return issubclass(base, MarkdownReader) and base.read is MarkdownReader.read


def _article_paths(generator) -> list[str]:
    files = generator.get_files(
        generator.settings["ARTICLE_PATHS"], exclude=generator.settings["ARTICLE_EXCLUDES"]
    )
    return [os.path.abspath(os.path.join(generator.path, f)) for f in files]
