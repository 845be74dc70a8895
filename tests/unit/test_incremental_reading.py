"""Readers typogrify in place of Pelican's pass after the cache (plugins/incremental/reading.py),
and take bodies rendered on all cores (prerender.py)."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import pytest
from helpers import REPO
from incremental import prerender, reading, seam
from incremental.build import Build, Site
from incremental.settings import from_pelican
from pelican import signals
from pelican.readers import MarkdownReader, Readers
from pelican.settings import read_settings

ARTICLE = """Title: NASA & AT&T "agree" -- on relays
Date: 2024-03-12 09:00
Summary: The deal covers NASA's relays & ground stations.

NASA said AT&T would carry relay traffic. "It is the largest," an official said -- twice.

## What the FCC approved

<p>R&D costs & a <abbr>GPS</abbr> upgrade.</p>
"""

# Builds here start and are left unfinished.
pytestmark = pytest.mark.usefixtures("pelicans_translations_back")


def settings(tmp_path: Path, **overrides) -> dict:
    return read_settings(str(REPO / "pelicanconf.py"), override={
        "CACHE_PATH": str(tmp_path / "cache"), "CACHE_CONTENT": False, **overrides})


def read(readers: Readers, path: Path):
    article = readers.read_file(str(path.parent), path.name)
    return article._content, article.metadata["title"], article.metadata["summary"]


@contextmanager
def wired(*pairs):
    """Connect receivers as register() would, for the block only."""
    for signal, receiver in pairs:
        signal.connect(receiver)
    try:
        yield
    finally:
        for signal, receiver in pairs:
            signal.disconnect(receiver)


@pytest.mark.parametrize("omit", [["smartypants", "widont"], []])
def test_the_reader_typogrifies_exactly_as_pelicans_own_pass(tmp_path, omit):
    path = tmp_path / "story.md"
    path.write_text(ARTICLE, encoding="utf-8")
    pelicans = Readers(settings(tmp_path, TYPOGRIFY_OMIT_FILTERS=omit))
    ours_settings = settings(tmp_path, TYPOGRIFY_OMIT_FILTERS=omit)
    typogrify = seam.take_typogrify_from_pelican(ours_settings)

    def install(readers):
        reading.reader_classes(readers, typogrify, None)

    with wired((signals.readers_init, install)):
        ours = Readers(ours_settings)
    want, got = read(pelicans, path), read(ours, path)
    assert '<span class="caps">NASA</span>' in want[0]
    assert got == want
    assert ours.readers["md"].__class__.__name__ == "MarkdownReader"


def test_without_typogrify_or_read_workers_the_readers_are_pelicans(tmp_path):
    readers = Readers(settings(tmp_path, TYPOGRIFY=False))
    before = dict(readers.reader_classes)
    reading.reader_classes(readers, False, None)
    assert readers.reader_classes == before


def build_of(tmp_path: Path, **overrides) -> Build:
    chosen = settings(tmp_path, LOAD_CONTENT_CACHE=True, CACHE_CONTENT=True, **overrides)
    typogrify = seam.take_typogrify_from_pelican(chosen)
    build = Build(Site(chosen, from_pelican(chosen), typogrify, load_cache=True, fast=True))
    build.start()
    return build


def test_a_cache_made_with_other_reading_settings_is_not_loaded(tmp_path):
    first = build_of(tmp_path)
    assert first.site.settings["LOAD_CONTENT_CACHE"] is False, "no record of what made it"
    first.finish(str(tmp_path / "output"))
    assert first.site.settings["LOAD_CONTENT_CACHE"] is True, "the site's own choice is back"
    assert build_of(tmp_path).site.settings["LOAD_CONTENT_CACHE"] is True
    other = build_of(tmp_path, TYPOGRIFY_OMIT_FILTERS=["caps"])
    assert other.site.settings["LOAD_CONTENT_CACHE"] is False


def test_a_build_that_stopped_leaves_no_cache_to_trust(tmp_path):
    """A build with other settings saves Pelican's cache before it can fail; the
    stamp of the settings before must not vouch for that cache."""
    build_of(tmp_path).finish(str(tmp_path / "output"))
    build_of(tmp_path, TYPOGRIFY_OMIT_FILTERS=["caps"])  # stops before finalized
    assert build_of(tmp_path).site.settings["LOAD_CONTENT_CACHE"] is False


def test_readers_typogrifying_and_pelicans_pass_never_share_a_cache(tmp_path):
    build_of(tmp_path).finish(str(tmp_path / "output"))
    chosen = settings(tmp_path, LOAD_CONTENT_CACHE=True, CACHE_CONTENT=True)
    slow = Build(Site(chosen, from_pelican(chosen), bool(chosen["TYPOGRIFY"]), load_cache=True,
                      fast=False))
    slow.start()
    assert chosen["LOAD_CONTENT_CACHE"] is False


# --- Bodies rendered on all cores (prerender.py): the same articles as Pelican reads.

TRICKY = [
    "Title: Plain\nDate: 2024-01-02\n\nNASA and AT&T, with a [reference][r] and a footnote[^1].\n\n"
    "[r]: https://example.org\n[^1]: The note.\n",
    "\ufeffTitle: With a BOM & an ampersand\nDate: 2024-01-03\nSummary: **Bold** summary\n"
    "    carried on a second line\n\nBody\twith a tab.\n",
    "---\nTitle: YAML-style fences\nDate: 2024-01-04\n---\n\nBody after fences.\n",
    "Title: Header only, no body\nDate: 2024-01-05\n",
    "\nTitle: not metadata, the first line is blank\nDate: 2024-01-06\n\nBody.\n",
    "Title: Spaces line ends the header\nDate: 2024-01-07\n   \nTags: not a tag\n\nBody.\n",
    "Title: Tables & lists\nDate: 2024-01-08\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- x\n- y\n",
]


def read_all(tmp_path: Path, plugged: bool, bodies_class=None, **overrides) -> dict[str, tuple]:
    from pelican.generators import ArticlesGenerator

    chosen = settings(tmp_path, PATH=str(tmp_path / "content"), ARTICLE_PATHS=["."],
                      **overrides)
    typogrify = seam.take_typogrify_from_pelican(chosen) if plugged else False
    bodies = (bodies_class or prerender.Bodies)(2, typogrify)

    def install(readers):
        reading.reader_classes(readers, typogrify, bodies)

    wiring = [(signals.readers_init, install),
              (signals.article_generator_preread, bodies.start),
              (signals.article_generator_finalized, lambda _generator: bodies.close())]
    with wired(*(wiring if plugged else [])):
        context = {**chosen, "generated_content": {}, "static_content": {},
                   "static_links": set()}
        generator = ArticlesGenerator(context=context, settings=chosen, path=chosen["PATH"],
                                      theme=chosen["THEME"], output_path=str(tmp_path / "out"))
        generator.generate_context()
    return {a.source_path: (a._content, a.title, a.metadata.get("summary"),
                            sorted(map(str, a.metadata.get("tags", []))), a.date)
            for a in generator.articles}


def test_articles_read_on_all_cores_are_the_articles_pelican_reads(tmp_path, caplog):
    content = tmp_path / "content"
    content.mkdir()
    texts = TRICKY * (prerender.MIN_ARTICLES // len(TRICKY) + 1)
    for i, text in enumerate(texts):
        (content / f"a{i:03d}.md").write_text(
            text.replace("Date: 2024-01-0", f"Slug: s{i}\nDate: 2024-01-0"), encoding="utf-8")
    want = read_all(tmp_path, plugged=False)
    caplog.set_level("INFO", logger="incremental.prerender")
    got = read_all(tmp_path, plugged=True)
    assert got == want
    # Those with a blank first line have no metadata: Pelican skips them either way.
    assert len(want) == len(texts) - texts.count(TRICKY[4])
    assert f"{len(texts)} article bodies rendered on all cores" in caplog.text


class _Recording(prerender.Bodies):
    """Bodies that note the order they were handed to the workers and asked for in."""

    handed: list[str] | None = None

    def start(self, generator) -> None:  # at every article's preread; works at the first
        super().start(generator)
        if self.handed is None:
            self.handed, self.asked = list(self.pending), []

    def take(self, reader, source_path: str):
        self.asked.append(source_path)
        return super().take(reader, source_path)


def test_bodies_are_rendered_in_the_order_the_generator_asks_for_them(tmp_path):
    content = tmp_path / "content"
    for i in range(prerender.MIN_ARTICLES * 2):
        folder = content / f"section-{i % 5}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{(i * 37) % 101:03d}-story.md").write_text(
            f"Title: Story {i}\nSlug: s{i}\nDate: 2024-01-02\n\nBody {i}.\n", encoding="utf-8")
    recorded = []

    class Noting(_Recording):
        def __init__(self, *args):
            super().__init__(*args)
            recorded.append(self)

    read_all(tmp_path, plugged=True, bodies_class=Noting)
    bodies = recorded[0]
    assert len(bodies.handed) == prerender.MIN_ARTICLES * 2
    assert bodies.asked == bodies.handed, "a worker's next body is the one asked for next"


def test_a_body_is_taken_only_while_the_file_still_has_the_text_rendered(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(TRICKY[0], encoding="utf-8")
    chosen = settings(tmp_path)
    reader = MarkdownReader(chosen)
    body = prerender.render_bodies([str(path)], prerender.worker_config(chosen, True))[0]
    bodies = prerender.Bodies(2, True)
    bodies.pending[str(path)] = _Done(body)
    assert bodies.take(reader, str(path))[0] == body[1]
    path.write_text(TRICKY[0] + "\nA correction.\n", encoding="utf-8")
    bodies.pending[str(path)] = _Done(body)
    assert bodies.take(reader, str(path)) is None


class _Done:
    def __init__(self, value):
        self.value = value

    def result(self):
        return self.value
