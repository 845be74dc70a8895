"""A test per reach-in of plugins/incremental/seam.py: each fails when the Pelican
(or Jinja) behaviour the entry mirrors or relies on changes."""

from __future__ import annotations

import io
from pathlib import Path

import jinja2
import pytest
from helpers import REPO
from incremental import seam
from markdown import Markdown
from pelican import signals
from pelican.contents import Article, Content, Page
from pelican.generators import ArticlesGenerator
from pelican.readers import MarkdownReader, Readers
from pelican.settings import read_settings
from pelican.writers import FileOverwriteFailedError, Writer


def settings(tmp_path: Path, **overrides) -> dict:
    return read_settings(str(REPO / "pelicanconf.py"), override={
        "CACHE_PATH": str(tmp_path / "cache"), "CACHE_CONTENT": False, **overrides})


class Capture:
    """A template that records the context each render gets (and the shared
    context's localsiteurl at that moment)."""

    name = "capture.html"

    def __init__(self, shared: dict | None = None) -> None:
        self.renders: list[dict] = []
        self.shared = shared

    def render(self, context) -> str:
        seen = dict(context)
        if self.shared is not None:
            seen["shared localsiteurl"] = self.shared.get("localsiteurl")
        self.renders.append(seen)
        return "x"


def stories(tmp_path: Path, count: int) -> list[Article]:
    chosen = settings(tmp_path)
    return [Article(f"<p>{i}</p>", {"title": f"Story {i}", "slug": f"s{i}",
                                    "date": __import__("datetime").datetime(2024, 1, i + 1)},
                    settings=chosen, source_path=f"s{i}.md") for i in range(count)]


# --- Writer ----------------------------------------------------------------------


@pytest.mark.parametrize("relative", [True, False])
def test_local_context_is_the_context_pelicans_writer_renders_with(tmp_path, relative):
    chosen = settings(tmp_path)
    context = {**chosen, "localsiteurl": "http://example.org", "extra": 1}
    template = Capture()
    Writer(str(tmp_path / "out"), chosen).write_file(
        "a/b/index.html", template, dict(context), relative_urls=relative, story="s")
    assert template.renders == [
        seam.local_context(dict(context), "a/b/index.html", {"story": "s"}, relative)]


def test_stories_resolve_links_against_the_page_being_rendered(tmp_path):
    chosen = settings(tmp_path)
    shared = {**chosen, "localsiteurl": ""}
    template = Capture(shared)
    Writer(str(tmp_path / "out"), chosen).write_file("a/b/index.html", template, shared,
                                                     relative_urls=True)
    pelicans = template.renders[0]["shared localsiteurl"]
    ours = {**chosen, "localsiteurl": ""}
    seam.point_links_at(ours, seam.local_context(ours, "a/b/index.html", {}, True))
    assert pelicans == ours["localsiteurl"] == "../.."


@pytest.mark.parametrize("first,second", [(False, False), (False, True), (True, False),
                                          (True, True)])
def test_output_claims_decide_second_writes_as_pelican_does(tmp_path, first, second):
    path = str(tmp_path / "a.html")
    writer = Writer(str(tmp_path), settings(tmp_path))
    pelicans = []
    for override in (first, second):
        try:
            with writer._open_w(path, "utf-8", override) as f:
                pelicans.append(f.name == path)
        except FileOverwriteFailedError:
            pelicans.append("fails")
    claims, ours = seam.OutputClaims(), []
    for override in (first, second):
        try:
            ours.append(claims.claim(path, override))
        except FileOverwriteFailedError:
            ours.append("fails")
    assert ours == pelicans


def test_a_feed_is_built_without_a_path_and_not_written(tmp_path):
    chosen = settings(tmp_path, FEED_DOMAIN="http://example.org")
    listed = stories(tmp_path, 3)
    context = {**chosen, "SITEURL": "http://example.org"}
    out = tmp_path / "out"
    written = Writer(str(out), chosen).write_feed(listed, context, "feeds/all.atom.xml")
    assert sorted(p.name for p in out.rglob("*") if p.is_file()) == ["all.atom.xml"]
    built = seam.build_feed(Writer(str(out), chosen), listed, context, "feeds/all.atom.xml",
                            "atom", None)
    assert sorted(p.name for p in out.rglob("*") if p.is_file()) == ["all.atom.xml"]
    ours, theirs = io.StringIO(), io.StringIO()
    built.write(ours, "utf-8")
    written.write(theirs, "utf-8")
    assert ours.getvalue() == theirs.getvalue() == (out / "feeds/all.atom.xml").read_text()


# --- Readers ---------------------------------------------------------------------

ARTICLE = """Title: NASA & AT&T "agree" -- on relays
Date: 2024-03-12 09:00
Summary: The deal covers NASA's relays & ground stations.

NASA said AT&T would carry relay traffic. "It is the largest," an official said -- twice.

<p>R&D costs & a <abbr>GPS</abbr> upgrade.</p>
"""


def read(readers: Readers, path: Path):
    article = readers.read_file(str(path.parent), path.name)
    return article._content, article.metadata["title"], article.metadata["summary"]


@pytest.mark.parametrize("omit", [["smartypants", "widont"], []])
def test_typogrifier_is_pelicans_typogrify_pass(tmp_path, omit):
    path = tmp_path / "story.md"
    path.write_text(ARTICLE, encoding="utf-8")
    chosen = settings(tmp_path, TYPOGRIFY=True, TYPOGRIFY_OMIT_FILTERS=omit)
    content, title, summary = read(Readers(chosen), path)
    plain = settings(tmp_path, TYPOGRIFY=False, TYPOGRIFY_OMIT_FILTERS=omit)
    raw = read(Readers(plain), path)
    apply = seam.typogrifier(chosen)
    assert '<span class="caps">NASA</span>' in content
    assert (content, title, summary) == tuple(apply(x) for x in raw)


def test_pelicans_typogrify_pass_reads_the_setting_for_every_file(tmp_path):
    path = tmp_path / "story.md"
    path.write_text(ARTICLE, encoding="utf-8")
    chosen = settings(tmp_path, TYPOGRIFY=True)
    readers = Readers(chosen)
    assert seam.take_typogrify_from_pelican(chosen) is True
    assert 'class="caps"' not in read(readers, path)[0]


def test_an_article_is_named_after_its_readers_class_name(tmp_path):
    path = tmp_path / "story.md"
    path.write_text(ARTICLE, encoding="utf-8")
    readers = Readers(settings(tmp_path))
    sub = seam.reader_subclass(MarkdownReader, {})
    readers.readers["md"] = sub(readers.settings)
    assert readers.read_file(str(tmp_path), "story.md").metadata["reader"] == "markdown"
    assert seam.reads_as_pelicans_markdown(sub)
    assert not seam.reads_as_pelicans_markdown(
        type("Other", (MarkdownReader,), {"read": lambda self, path: ("", {})}))


TRICKY = [
    "Title: Plain\nDate: 2024-01-02\nTags: a, b\n\nNASA and AT&T, with a [link][r].\n\n"
    "[r]: https://example.org\n",
    "\ufeffTitle: With a BOM & an ampersand\nDate: 2024-01-03\nSummary: **Bold** summary\n"
    "    carried on a second line\n\nBody\twith a tab.\n",
    "---\nTitle: YAML-style fences\nDate: 2024-01-04\n---\n\nBody after fences.\n",
    "Title: Header only, no body\nDate: 2024-01-05\n",
    "Title: Spaces line ends the header\nDate: 2024-01-07\n   \nTags: not a tag\n\nBody.\n",
    "Title: Twice\nTitle: again\nDate: 2024-01-08\n\nBody.\n",
    "Title: Tags twice\nTags: first\nTags: second\nDate: 2024-01-09\nSummary: *One*\n\n"
    "Body with a footnote.[^1]\n\n[^1]: The note.\n",
]


@pytest.mark.parametrize("text", TRICKY)
def test_metadata_from_a_workers_markdown_is_what_markdown_reader_reads(tmp_path, text, caplog):
    # Two files of the same text: Pelican's log filter drops a warning it gave before.
    pelicans, ours = tmp_path / "a.md", tmp_path / "b.md"
    for path in (pelicans, ours):
        path.write_text(text, encoding="utf-8")
    chosen = settings(tmp_path)
    _content, want = MarkdownReader(chosen).read(str(pelicans))
    warned = [(r.name, r.getMessage().replace("a.md", "b.md")) for r in caplog.records]
    caplog.clear()
    md = Markdown(**MarkdownReader(chosen).settings["MARKDOWN"])
    with open(ours, encoding="utf-8-sig") as f:
        md.convert(f.read())
    parts = seam.markdown_metadata(md, chosen["FORMATTED_FIELDS"])
    got = seam.metadata_from(MarkdownReader(chosen), str(ours), parts)
    assert got == want
    assert [(r.name, r.getMessage()) for r in caplog.records] == warned


# --- Content ---------------------------------------------------------------------


def test_a_story_holds_the_site_only_in_its_settings_and_context(tmp_path):
    context = {"marker": object()}
    story = Article("<p>x</p>", {"title": "T", "date": __import__("datetime").datetime(2024, 1, 1),
                                 "tags": []}, settings=settings(tmp_path), context=context)
    held = {k for k, v in vars(story).items() if v is context or v is story.settings}
    assert held == seam.SITE_ATTRIBUTES
    assert seam.story_state(story)["_content"] == "<p>x</p>"


def located_as_read(make):
    """make() with seam.locate_once at content_object_init, as the plugin does."""
    signals.content_object_init.connect(seam.locate_once)
    try:
        return make()
    finally:
        signals.content_object_init.disconnect(seam.locate_once)


FUTURE = __import__("datetime").datetime(2999, 1, 1)
# (class, metadata): a story, a story in another language, a future story (a
# draft by Article.__init__, after content_object_init), a draft, a story and a
# page with their own save_as and url, a page, a page in another language, a
# draft page.
LOCATED_CASES = [
    (Article, {"title": "T", "slug": "s", "date": __import__("datetime").datetime(2024, 3, 9)}),
    (Article, {"title": "T", "slug": "s", "date": __import__("datetime").datetime(2024, 3, 9),
               "lang": "de"}),
    (Article, {"title": "T", "slug": "s", "date": FUTURE}),
    (Article, {"title": "T", "slug": "s", "date": FUTURE, "status": "draft"}),
    (Article, {"title": "T", "slug": "s", "date": __import__("datetime").datetime(2024, 3, 9),
               "save_as": "x/y.html", "url": "x/y"}),
    (Page, {"title": "P", "slug": "p"}),
    (Page, {"title": "P", "slug": "p", "lang": "de"}),
    (Page, {"title": "P", "slug": "p", "status": "draft"}),
    (Page, {"title": "P", "slug": "p", "save_as": "q.html", "url": "q"}),
]


@pytest.mark.parametrize(("cls", "metadata"), LOCATED_CASES)
def test_a_save_as_and_url_worked_out_once_are_pelicans(tmp_path, cls, metadata):
    chosen = settings(tmp_path, WITH_FUTURE_DATES=False)
    pelicans = cls("<p>x</p>", dict(metadata), settings=chosen, source_path="a/s.md")
    ours = located_as_read(
        lambda: cls("<p>x</p>", dict(metadata), settings=chosen, source_path="a/s.md"))
    assert type(ours) is seam.LOCATED[cls] and type(ours).__name__ == cls.__name__
    assert ours.status == pelicans.status
    assert (ours.save_as, ours.url, ours.is_valid()) == (
        pelicans.save_as, pelicans.url, pelicans.is_valid())


def test_a_save_as_and_url_are_worked_out_once_for_their_status(tmp_path):
    story = located_as_read(lambda: stories(tmp_path, 1)[0])
    assert (story.save_as, story.url) == ("2024/01/s0/index.html", "2024/01/s0/")
    story.date = story.date.replace(year=1999)  # Pelican would format them again
    assert (story.save_as, story.url) == ("2024/01/s0/index.html", "2024/01/s0/")
    story.status = "draft"  # a draft's URL settings are another's
    assert (story.save_as, story.url) == ("drafts/s0/index.html", "drafts/s0/")


def test_a_located_story_is_pickled_and_read_back_as_it_was(tmp_path):
    import pickle

    story = located_as_read(lambda: stories(tmp_path, 1)[0])
    again = pickle.loads(pickle.dumps(story))
    assert type(again) is type(story)
    assert (again.save_as, again.url) == (story.save_as, story.url)


@pytest.mark.parametrize("html", ["<p>x</p>", "<p>Zoë — नमस्ते 😀 \ud800</p>", "", None])
def test_a_located_storys_html_is_kept_packed_and_read_as_pelicans(tmp_path, html):
    metadata = {"title": "T", "slug": "s", "date": __import__("datetime").datetime(2024, 3, 9)}
    pelicans = Article(html, dict(metadata), settings=settings(tmp_path), source_path="s.md")
    ours = located_as_read(
        lambda: Article(html, dict(metadata), settings=settings(tmp_path), source_path="s.md"))
    assert "_content" not in vars(ours)
    assert ours._content == pelicans._content and ours.content == pelicans.content
    assert seam.story_state(ours)["_content"] == html
    assert {k for k in seam.story_state(ours) if not k.startswith("_packed")} >= set(
        seam.story_state(pelicans))
    again = __import__("pickle").loads(__import__("pickle").dumps(ours))
    assert again._content == html
    ours._content = "<p>y</p>"  # as a plugin may set it
    assert ours._content == seam.story_state(ours)["_content"] == "<p>y</p>"


def test_pelican_has_saved_the_readers_cache_when_articles_are_read(tmp_path):
    """forget_read_files runs at article_generator_finalized: Pelican saved its
    readers' cache before, and a story read again after reads its file."""
    seen = {}

    def finalized(generator):
        seen["saved"] = Path(generator.readers._cache_path).is_file()
        seen["cached"] = len(generator.readers._cache)
        seam.forget_read_files(generator)

    signals.article_generator_finalized.connect(finalized)
    try:
        content = tmp_path / "site"
        content.mkdir()
        (content / "s0.md").write_text("Title: Story 0\nDate: 2024-01-01\n\nText 0.\n",
                                       encoding="utf-8")
        chosen = settings(tmp_path, PATH=str(content), ARTICLE_PATHS=["."],
                          CACHE_CONTENT=True, CONTENT_CACHING_LAYER="reader")
        context = {**chosen, "generated_content": {}, "static_content": {},
                   "static_links": set()}
        generator = ArticlesGenerator(context=context, settings=chosen, path=str(content),
                                      theme=chosen["THEME"], output_path=str(tmp_path / "out"))
        generator.generate_context()
    finally:
        signals.article_generator_finalized.disconnect(finalized)
    assert seen == {"saved": True, "cached": 1}
    assert generator.readers.get_cached_data(str(content / "s0.md")) is None
    assert seam.read_story(generator, "s0.md").content == "<p>Text 0.</p>"


def read_articles_keeping_the_cache(tmp_path: Path, content: Path) -> ArticlesGenerator:
    """One build's reading of `content`, Pelican's cache loaded and saved, the
    readers' cache saved only when added to (as the plugin sets them up)."""
    chosen = settings(tmp_path, PATH=str(content), ARTICLE_PATHS=["."], CACHE_CONTENT=True,
                      LOAD_CONTENT_CACHE=True, CONTENT_CACHING_LAYER="reader")
    context = {**chosen, "generated_content": {}, "static_content": {},
               "static_links": set()}
    signals.readers_init.connect(seam.ReadersCache)
    try:
        generator = ArticlesGenerator(context=context, settings=chosen, path=str(content),
                                      theme=chosen["THEME"], output_path=str(tmp_path / "out"))
        generator.generate_context()
    finally:
        signals.readers_init.disconnect(seam.ReadersCache)
    return generator


def test_the_readers_cache_is_written_again_only_when_a_file_was_read(tmp_path):
    """Readers.__init__ sends readers_init before the cache is loaded, read_file
    adds to it only through cache_data, and save_cache writes it whole."""
    content = tmp_path / "site"
    content.mkdir()
    story = content / "s0.md"
    story.write_text("Title: Story 0\nDate: 2024-01-01\n\nText 0.\n", encoding="utf-8")
    (content / "s1.md").write_text("Title: Story 1\nDate: 2024-01-02\n\nText 1.\n",
                                   encoding="utf-8")
    first = read_articles_keeping_the_cache(tmp_path, content)
    cache = Path(first.readers._cache_path)
    written = cache.stat()
    again = read_articles_keeping_the_cache(tmp_path, content)
    assert [a.content for a in again.articles] == ["<p>Text 1.</p>", "<p>Text 0.</p>"]
    assert cache.stat().st_mtime_ns == written.st_mtime_ns, "nothing read: not written"
    assert cache.stat().st_ino == written.st_ino
    story.write_text("Title: Story 0\nDate: 2024-01-01\n\nText 0, edited.\n",
                     encoding="utf-8")
    read_articles_keeping_the_cache(tmp_path, content)
    assert (cache.stat().st_mtime_ns, cache.stat().st_ino) != (
        written.st_mtime_ns, written.st_ino), "a file read: the cache is written"
    last = read_articles_keeping_the_cache(tmp_path, content)
    assert last.readers.get_cached_data(str(story))[0] == "<p>Text 0, edited.</p>"


def test_the_readers_cache_keeps_html_packed_and_hands_it_on_once(tmp_path):
    """What Pelican caches for a file is what read_file gets back (the HTML
    unpacked); the packed form is handed on for that very text, once."""
    import pickle

    from incremental.packed import unpack

    content = tmp_path / "site"
    content.mkdir()
    story = content / "s0.md"
    story.write_text("Title: Story 0\nDate: 2024-01-01\n\nText 0.\n", encoding="utf-8")
    first = read_articles_keeping_the_cache(tmp_path, content)
    with open(first.readers._cache_path, "rb") as f:
        _stamp, (packed, metadata) = pickle.load(f)[str(story)]
    assert type(packed) is bytes and unpack(packed) == "<p>Text 0.</p>"
    assert metadata["title"] == "Story 0"
    readers = read_articles_keeping_the_cache(tmp_path, content).readers
    cache = readers.get_cached_data.__self__
    text, _metadata = readers.get_cached_data(str(story))
    assert text == "<p>Text 0.</p>"
    assert unpack(cache.packed(text)) == text
    assert cache.packed(text) is None, "handed on once"
    text, _metadata = readers.get_cached_data(str(story))
    equal = ("x" + text)[1:]
    assert equal == text and equal is not text
    assert cache.packed(equal) is None, "only the very text handed out"
    assert cache.packed(text) is None, "and only the last one asked for"


def test_other_content_is_left_as_pelican_made_it(tmp_path):
    from pelican.contents import Static

    static = located_as_read(lambda: Static("", {"title": "x"}, settings=settings(tmp_path),
                                            source_path="img/a.png"))
    assert type(static) is Static


def test_pelican_memoizes_a_storys_html_per_siteurl_until_forgotten(tmp_path):
    linked = stories(tmp_path, 1)[0]
    story = Article('<p><a href="{filename}/s0.md">x</a></p>',
                    {"title": "T", "date": __import__("datetime").datetime(2024, 1, 1)},
                    settings=settings(tmp_path), source_path="s.md",
                    context={"generated_content": {"s0.md": linked}, "static_content": {}})
    memo = [Content.__dict__[name].cache for name in seam.MEMOIZED_CONTENT]
    seam.forget_rendered_content()
    deep, top = story.get_content("../.."), story.get_content("")
    summary = story.get_summary("../..")
    assert deep != top
    assert {key[1:] for key in memo[0] if key[0] is story} == {("../..",), ("",)}
    assert any(key[0] is story for key in memo[1])
    seam.forget_rendered_content()
    assert memo == [{}, {}]
    assert story.get_content("../..") == deep and story.get_summary("../..") == summary


# --- Generators ------------------------------------------------------------------


class Marked(list):
    """A list whose `in` is answered by a set, and says it was asked."""

    asked = 0

    def __contains__(self, item):
        Marked.asked += 1
        return super().__contains__(item)


def test_pelican_tests_membership_of_tag_section_and_author_lists(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    for i in range(4):
        (content / f"s{i}.md").write_text(
            f"Title: Story {i}\nDate: 2024-01-{i + 1:02d}\nCategory: c{i % 2}\n"
            f"Author: a{i % 2}\nTags: t{i % 2}\n\nText {i}.\n", encoding="utf-8")
    chosen = settings(tmp_path, PATH=str(content), ARTICLE_PATHS=["."])
    context = {**chosen, "generated_content": {}, "static_content": {}, "static_links": set()}
    generator = ArticlesGenerator(context=context, settings=chosen, path=str(content),
                                  theme=chosen["THEME"], output_path=str(tmp_path / "out"))
    generator.generate_context()
    seam.fast_membership(generator, Marked)
    assert generator.context["categories"] is generator.categories

    def write(name, template, context, **kwargs):
        written.append((name, [a.title for a in kwargs["dates"]]))

    written: list = []
    Marked.asked = 0
    generator.get_template = lambda name: None
    generator.generate_tags(write)
    generator.generate_categories(write)
    generator.generate_authors(write)
    assert Marked.asked == 3 * 2 * 4  # every story asked of each group's list
    assert ("tag/t0/index.html", ["Story 2", "Story 0"]) in written


def test_stories_compare_and_hash_by_identity():
    """StoryList and fast_period_archives find stories in sets of stories."""
    assert Article.__eq__ is object.__eq__ and Article.__hash__ is object.__hash__


def translated_stories(tmp_path: Path) -> list[Article]:
    """Stories with translations by slug: a pair, a story with two translations, one
    marked a translation, two originals in one language, a lone story abroad."""
    chosen = settings(tmp_path)
    given = [("a", "en", {}), ("a", "de", {}), ("b", "fr", {}), ("b", "en", {}),
             ("b", "es", {}), ("c", "en", {"translation": "true"}), ("c", "de", {}),
             ("d", "en", {}), ("d", "en", {}), ("e", "de", {}), ("f", "en", {})]
    return [Article(f"<p>{i}</p>", {"title": f"{slug} {lang} {i}", "slug": slug, "lang": lang,
                                    "date": __import__("datetime").datetime(2024, 1, i + 1),
                                    **extra},
                    settings=chosen, source_path=f"{slug}-{i}.md")
            for i, (slug, lang, extra) in enumerate(given)]


@pytest.mark.parametrize("translation_id", ["slug", ("slug", "date"), None])
def test_translations_found_in_a_set_are_pelicans(tmp_path, translation_id):
    from pelican.utils import process_translations

    def found(finder):
        stories = translated_stories(tmp_path)
        index, translations = finder(stories, translation_id=translation_id)
        return ([a.title for a in stories], [a.title for a in index],
                [a.title for a in translations],
                [[t.title for t in getattr(a, "translations", [])] for a in stories])

    pelicans = found(process_translations)
    if translation_id == "slug":
        assert pelicans[2], "some stories are translations"
    assert found(seam.process_translations) == pelicans


def test_the_generators_find_translations_through_their_module_global():
    import inspect

    from pelican import generators, utils

    assert generators.process_translations is utils.process_translations
    for generator in (generators.ArticlesGenerator, generators.PagesGenerator):
        assert "process_translations(" in inspect.getsource(generator.generate_context)
    restore = seam.linear_translations()
    try:
        assert generators.process_translations is seam.process_translations
    finally:
        restore()
    assert generators.process_translations is utils.process_translations


def period_archives(tmp_path: Path, fast: bool) -> dict:
    """A small site's year, month and day archives, as plain data."""
    content = tmp_path / "content"
    content.mkdir(parents=True)
    for i in range(9):
        (content / f"s{i}.md").write_text(
            f"Title: Story {i}\nDate: 202{i % 2}-0{1 + i % 3}-0{1 + i % 2} 1{i}:00\n"
            f"Category: c{i % 2}\n\nText {i}.\n", encoding="utf-8")
    chosen = settings(tmp_path, PATH=str(content), ARTICLE_PATHS=["."],
                      DAY_ARCHIVE_SAVE_AS="archive/{date:%Y}/{date:%m}/{date:%d}/index.html")
    context = {**chosen, "generated_content": {}, "static_content": {}, "static_links": set()}
    generator = ArticlesGenerator(context=context, settings=chosen, path=str(content),
                                  theme=chosen["THEME"], output_path=str(tmp_path / "out"))
    if fast:
        seam.fast_period_archives(generator)
    generator.generate_context()
    return {granularity: [{key: [a.title for a in value] if key in ("dates", "articles")
                           else value for key, value in archive.items()}
                          for archive in archives]
            for granularity, archives in generator.period_archives.items()}


def group_page_writes(tmp_path: Path, fast: bool) -> list:
    """Every write the tag, section and author pages of a small site ask for, as data."""
    texts = {}
    for i in range(9):
        tags = "; ".join(["Harbour", f"t{i % 3}", "Harbour" if i == 4 else "x"])
        texts[f"s{i}.md"] = (f"Title: Story {i}\nDate: 202{i % 2}-0{1 + i % 3}-0{1 + i % 4} "
                             f"1{i}:00\nCategory: c{i % 2}\nTags: {tags}\n"
                             f"Authors: A{i % 2}; B\n\nText {i}.\n")
    generator = read_generator(tmp_path, texts)
    generator.generate_context()
    if fast:
        seam.fast_membership(generator, list)
        seam.fast_group_pages(generator)
    writes = []

    def write(name, template, context, **kwargs):
        writes.append((name, template.name, list(kwargs), {
            k: [a.title for a in v] if k in ("articles", "dates", "all_articles") else str(v)
            for k, v in kwargs.items()}))

    generator.generate_tags(write)
    generator.generate_categories(write)
    generator.generate_authors(write)
    return writes


def test_group_pages_list_their_stories_in_date_order_as_pelicans_own_do(tmp_path):
    pelicans = group_page_writes(tmp_path / "pelican", fast=False)
    assert {w[3]["template_name"] for w in pelicans} == {"tag", "category", "author"}
    assert any(len(w[3]["dates"]) > 2 for w in pelicans)
    assert group_page_writes(tmp_path / "fast", fast=True) == pelicans


def test_pelicans_group_pages_are_the_ones_fast_group_pages_mirrors():
    import inspect

    for kind, method in (("tag", ArticlesGenerator.generate_tags),
                         ("category", ArticlesGenerator.generate_categories),
                         ("author", ArticlesGenerator.generate_authors)):
        source = inspect.getsource(method)
        assert "dates = [article for article in self.dates if article in articles]" in source
        _keyword, _first, invalid, further, failed = seam.GROUP_PAGES[kind]
        for text in (invalid, further, failed):
            assert text in source, f"{kind}: {text}"


def test_period_archives_list_the_stories_pelicans_own_do(tmp_path):
    pelicans = period_archives(tmp_path / "pelican", fast=False)
    assert set(pelicans) == {"year", "month", "day"}
    assert any(len(archive["articles"]) > 1 for archive in pelicans["month"])
    assert period_archives(tmp_path / "fast", fast=True) == pelicans


# --- Stories kept between builds ------------------------------------------------


def read_generator(tmp_path: Path, texts: dict[str, str]) -> ArticlesGenerator:
    """An articles generator over these Markdown files, not yet read."""
    content = tmp_path / "content"
    content.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (content / name).write_text(text, encoding="utf-8")
    chosen = settings(tmp_path, PATH=str(content), ARTICLE_PATHS=["."])
    context = {**chosen, "generated_content": {}, "static_content": {}, "static_links": set()}
    return ArticlesGenerator(context=context, settings=chosen, path=str(content),
                             theme=chosen["THEME"], output_path=str(tmp_path / "out"))


LABELLED = ("Title: Harbour vote\nDate: 2024-03-09 10:00\nCategory: Politics\n"
            "Tags: Harbour; Mike Ford\nAuthors: Jane Doe; Ann Lee\n\nThe vote was put off.\n")


def test_a_story_let_go_of_its_site_pickles_alone_and_rejoins_it_as_read(tmp_path):
    import pickle

    from incremental.fingerprint import Fingerprinter

    def read():
        generator = read_generator(tmp_path, {"s.md": LABELLED})
        generator.generate_context()
        return generator, generator.articles[0]

    generator, story = read()
    site = {id(generator.settings), id(generator.context)}

    class SiteFree(pickle.Pickler):
        def persistent_id(self, obj):
            assert id(obj) not in site, "the site is pickled with the story"
            return None

    _other, alone = read()
    seam.leave_site(alone)
    buffer = io.BytesIO()
    SiteFree(buffer).dump(alone)
    again = pickle.loads(buffer.getvalue())
    seam.rejoin_site(again, generator.settings, generator.context)
    assert again.settings is generator.settings and again._context is generator.context
    assert {label.settings is generator.settings for label in
            (again.category, *again.tags, *again.authors)} == {True}
    assert Fingerprinter().own(again) == Fingerprinter().own(story)
    assert (again.url, again.tags, again.authors) == (story.url, story.tags, story.authors)


def test_a_generator_takes_a_served_story_instead_of_reading_its_file(tmp_path):
    generator = read_generator(tmp_path, {"a.md": LABELLED, "b.md": LABELLED.replace(
        "Harbour vote", "Bridge vote").replace("2024-03-09", "2024-03-10")})
    served = Article("<p>Kept.</p>", {"title": "Kept story", "date":
                                      __import__("datetime").datetime(2024, 1, 1)},
                     settings=generator.settings, source_path=str(tmp_path / "content" / "a.md"))
    asked = []

    def kept(path):
        asked.append(path)
        return served if path.endswith("/a.md") else None

    seam.serve_kept_stories(generator, kept)
    generator.generate_context()
    assert sorted(asked) == [str(tmp_path / "content" / "a.md"),
                             str(tmp_path / "content" / "b.md")]
    assert sorted(a.title for a in generator.articles) == ["Bridge vote", "Kept story"]
    assert served in generator.articles


# --- Jinja -----------------------------------------------------------------------


def test_templates_report_names_resolved_and_attributes_read():
    env = jinja2.Environment(loader=jinja2.DictLoader({
        "page.html": "{% extends 'base.html' %}{% block b %}{{ story.title }}"
                     "{{ story['url'] }}{% include 'part.html' %}{% endblock %}",
        "base.html": "{{ SITENAME }}{% block b %}{% endblock %}",
        "part.html": "{% if menu %}{{ menu|length }}{% endif %}",
    }))
    names, attributes = [], []

    def resolved(key, value):
        names.append(key)
        return value

    seam.record_templates(env, resolved, lambda obj, name: attributes.append(name))
    out = env.get_template("page.html").render(
        SITENAME="S", story={"title": "T", "url": "u"}, menu=[1, 2], unused=1)
    assert out == "STu2"
    assert {"SITENAME", "story", "menu"} <= set(names)
    assert "unused" not in names
    assert {"title", "url"} <= set(attributes)


# --- Versions --------------------------------------------------------------------


def test_the_fast_paths_are_trusted_only_with_the_pinned_versions():
    assert seam.mismatch() is None  # this checkout runs what requirements.txt pins
    pins = dict(line.split("==") for line in (REPO / "requirements.txt").read_text().split()
                if "==" in line)
    assert {k: pins.get(k, pins.get(k.capitalize())) for k in seam.PINNED} == seam.PINNED
    other = seam.mismatch(lambda name: "9.9" if name == "pelican" else seam.PINNED[name])
    assert other == "pelican 9.9 (written for 4.12.0)"


def test_signals_the_plugin_relies_on_exist():
    for name in ("initialized", "get_generators", "readers_init", "article_generator_preread",
                 "article_generator_finalized", "page_generator_finalized", "get_writer",
                 "finalized", "content_written", "feed_written"):
        assert hasattr(signals, name)


# --- Live updates ----------------------------------------------------------------


def tiny_generator(tmp_path: Path, count: int, name: str) -> ArticlesGenerator:
    """An articles generator over `count` stories (two sections, tags, authors)."""
    content = tmp_path / name
    content.mkdir()
    for i in range(count):
        (content / f"s{i}.md").write_text(
            f"Title: Story {i}\nDate: 2024-01-{i + 1:02d}\nCategory: c{i % 2}\n"
            f"Author: a{i % 3}\nTags: t{i % 2}, u{i % 3}\n\nText {i}.\n", encoding="utf-8")
    chosen = settings(tmp_path, PATH=str(content), ARTICLE_PATHS=["."])
    context = {**chosen, "generated_content": {}, "static_content": {}, "static_links": set()}
    generator = ArticlesGenerator(context=context, settings=chosen, path=str(content),
                                  theme=chosen["THEME"], output_path=str(tmp_path / "out"))
    generator.generate_context()
    generator.get_template = lambda template: template
    return generator


def shown(value):
    """A write's argument as text: stories by title, lists of them in order."""
    if isinstance(value, Article):
        return value.title
    if isinstance(value, list):
        return [shown(v) for v in value]
    return value if isinstance(value, (str, bool, type(None))) else str(value)


def test_a_story_read_alone_is_grouped_as_generate_context_groups_it(tmp_path):
    whole = tiny_generator(tmp_path, 5, "whole")
    before = tiny_generator(tmp_path, 4, "before")
    (Path(before.path) / "s4.md").write_text(
        (Path(whole.path) / "s4.md").read_text(encoding="utf-8"), encoding="utf-8")
    story = seam.read_story(before, "s4.md")
    assert story.title == "Story 4"
    got = seam.grouped(before.settings, [*before.articles, story])
    assert shown(got.articles) == shown(whole.articles)
    assert shown(got.dates) == shown(whole.dates)
    assert [(str(c), shown(s)) for c, s in got.categories] == [
        (str(c), shown(s)) for c, s in whole.categories]
    assert [(str(a), shown(s)) for a, s in got.authors] == [
        (str(a), shown(s)) for a, s in whole.authors]
    assert {str(t): shown(s) for t, s in got.tags.items()} == {
        str(t): shown(s) for t, s in whole.tags.items()}


def test_a_story_unreadable_or_invalid_is_not_read(tmp_path):
    generator = tiny_generator(tmp_path, 1, "site")
    (Path(generator.path) / "bad.md").write_text("No header here\n", encoding="utf-8")
    assert seam.read_story(generator, "bad.md") is None


def test_story_writes_are_the_writes_pelican_makes_for_a_story_and_its_lists(tmp_path):
    generator = tiny_generator(tmp_path, 5, "site")
    story = next(a for a in generator.articles if a.title == "Story 3")
    pelicans: dict[str, dict] = {}

    def write(name, template, context, **kwargs):
        pelicans[name] = {"template": template, **{k: shown(v) for k, v in kwargs.items()}}

    generator.generate_articles(write)
    generator.generate_direct_templates(write)
    generator.generate_tags(write)
    generator.generate_categories(write)
    generator.generate_authors(write)
    groups = seam.grouped(generator.settings, generator.articles)
    ours = {name: {"template": template, **{k: shown(v) for k, v in kwargs.items()}}
            for name, template, kwargs in seam.story_writes(
                generator.settings, groups, story, generator.get_template)}
    for name, call in ours.items():
        assert call == pelicans[name], name
    showing = {name for name, call in pelicans.items()
               if call.get("template") in ("tag", "category", "author")
               and "Story 3" in call["articles"]}
    assert set(ours) == {story.save_as, "index.html", *showing}


def test_a_storys_labels_are_its_metadatas_and_a_slug_given_by_hand_is_known(tmp_path):
    from pelican.readers import METADATA_PROCESSORS
    from pelican.urlwrappers import Tag

    chosen = settings(tmp_path)
    metadata = {k: METADATA_PROCESSORS[k](v, chosen) for k, v in
                {"category": "World", "authors": "Ann Lee; Bo Chen", "tags": "a; b"}.items()}
    story = Article("<p>x</p>", {"title": "T", "date": FUTURE, **metadata}, settings=chosen)
    for name in ("category", "authors", "tags"):
        assert getattr(story, name) is story.metadata[name]
    assert story.author is story.authors[0]
    tag = Tag("Hanoi", chosen)
    assert tag._slug_from_name
    tag.slug = "ha-noi"
    assert not tag._slug_from_name
