"""The one place this project reaches into Pelican and Jinja beyond their public API.

Every private name, every copy of a Pelican method and every monkeypatch the fast
paths need is here, each with a comment naming the Pelican (or Jinja) code it
mirrors or relies on; tests/contract/test_seam.py has a test per entry that fails
when that code changes. Everything else in the project talks to this module and
to Pelican's public signals, settings and classes.

It was written against the versions pinned in requirements.txt (PINNED). Under
any other version `mismatch()` says so, the plugin logs one warning and switches
the fast paths off: the site is then built by Pelican's own code paths, slower
and byte for byte the same (tests/integration/test_fast_paths.py).
"""

from __future__ import annotations

import functools
import importlib.metadata
import logging
import os
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from itertools import groupby
from operator import attrgetter
from typing import Any

from jinja2.runtime import Context
from markdown import Markdown
from pelican import generators as pelican_generators
from pelican import signals
from pelican.contents import Article, Content, Page
from pelican.readers import DUPLICATES_DEFINITIONS_ALLOWED, MarkdownReader, SkipStub
from pelican.urlwrappers import URLWrapper
from pelican.utils import get_original_items, get_relative_path, order_content, path_to_url
from pelican.writers import FileOverwriteFailedError, Writer

from .packed import pack, unpack

# Pelican's readers' logger: a warning metadata_from gives is the one MarkdownReader
# gives, where a site's log filters look for it.
READERS_LOG = logging.getLogger("pelican.readers")
# Pelican's generators' logger (fast_group_pages logs what they log, where they log it).
PELICAN_GENERATORS_LOG = logging.getLogger("pelican.generators")

PINNED = {"pelican": "4.12.0", "jinja2": "3.1.6", "markdown": "3.11.3"}


def mismatch(installed: Callable[[str], str] = importlib.metadata.version) -> str | None:
    """Why the fast paths cannot be trusted here (another version installed), or None."""
    found = {name: installed(name) for name in PINNED}
    wrong = [f"{name} {found[name]} (written for {want})"
             for name, want in PINNED.items() if found[name] != want]
    return ", ".join(wrong) or None


# --- Writer ----------------------------------------------------------------------


def local_context(context: dict, name: str, kwargs: Mapping, relative_urls: bool) -> dict:
    """The context a page is rendered with.

    Mirrors the function `_get_localcontext` nested in pelican/writers.py
    Writer.write_file, line for line."""
    local = context.copy()
    local["localsiteurl"] = local.get("localsiteurl", None)
    if relative_urls:
        relative_url = path_to_url(get_relative_path(name))
        local["SITEURL"] = relative_url
        local["localsiteurl"] = relative_url
    local["output_file"] = name
    local.update(kwargs)
    return local


def point_links_at(context: dict, local: dict) -> None:
    """Before a page renders, stories resolve their links against it.

    Mirrors the first lines of `_write_file` nested in Writer.write_file: Content's
    `content` and `summary` read `localsiteurl` from the shared context."""
    if local["localsiteurl"]:
        context["localsiteurl"] = local["localsiteurl"]


class OutputClaims:
    """Which of several writes of one output file wins, decided when they are asked for.

    Mirrors Writer._open_w's bookkeeping (its `_written_files` and
    `_overridden_files`): a second write fails unless one, and only one, of the
    writes overrides; an override after a plain write replaces it, a plain write
    after an override is skipped. Pages are written later, by other processes,
    so the decision is taken here, in the order Pelican asked."""

    def __init__(self) -> None:
        self.written: set[str] = set()
        self.overridden: set[str] = set()

    def claim(self, path: str, override: bool) -> bool:
        """True: this write goes ahead; False: skipped. Raises as Pelican does."""
        if path in self.overridden:
            if override:
                raise FileOverwriteFailedError(
                    f'Failed to overwrite "{path}" a second time (was previously overwritten)')
            return False
        if path in self.written and not override:
            raise FileOverwriteFailedError(
                f'Failed to overwrite "{path}" as Pelican has already written to it '
                "previously (set `override=True` if intended)")
        if override:
            self.overridden.add(path)
        self.written.add(path)
        return True


def build_feed(writer: Writer, elements, context: dict, url: str, feed_type: str,
               feed_title: str | None):
    """Pelican's feed object for these stories (feed_generated is sent), not written.

    Relies on Writer.write_feed writing nothing when `path` is None, and taking
    the feed's own URL from `url`."""
    return Writer.write_feed(writer, elements, context, None, url, feed_type, False, feed_title)


# --- Readers ---------------------------------------------------------------------

# The metadata fields Pelican typogrifies besides the content (Readers.read_file).
TYPOGRIFIED_FIELDS = ("title", "summary")
# What the typogrify pass reads from the settings (Readers.read_file).
TYPOGRIFY_SETTINGS = ("TYPOGRIFY_IGNORE_TAGS", "TYPOGRIFY_OMIT_FILTERS", "TYPOGRIFY_DASHES")


def typogrifier(settings: Mapping[str, Any]) -> Callable[[str], str]:
    """Pelican's typogrify pass as one function of a text.

    Mirrors the typogrify block of Readers.read_file, its global change of
    smartypants.Attr.default included (typogrify reads it)."""
    # Imported here, as Pelican does: typogrify is needed only when it is on.
    import smartypants
    from typogrify.filters import typogrify

    dashes = {"oldschool": smartypants.Attr.set2, "oldschool_inverted": smartypants.Attr.set3}
    smartypants.Attr.default = dashes.get(settings["TYPOGRIFY_DASHES"], smartypants.Attr.set1)
    # Docutils writes double quotes as &quot; before this runs (see Pelican).
    smartypants.Attr.default |= smartypants.Attr.w
    omitted = dict.fromkeys(settings["TYPOGRIFY_OMIT_FILTERS"], False)
    return functools.partial(typogrify, ignore_tags=settings["TYPOGRIFY_IGNORE_TAGS"], **omitted)


def take_typogrify_from_pelican(settings: dict) -> bool:
    """Turn Pelican's typogrify pass off (the readers run it instead); return
    whether the site asked for it.

    Relies on Readers.read_file reading settings["TYPOGRIFY"] for every file it
    reads, after the content cache: with it off, what the cache holds is served
    as it is."""
    chosen = bool(settings.get("TYPOGRIFY"))
    settings["TYPOGRIFY"] = False
    return chosen


def reader_subclass(reader_class: type, namespace: dict[str, Any]) -> type:
    """A subclass of a reader class, under the reader's own class name.

    Relies on Readers.read_file naming an article's `reader` metadata after its
    reader's class name (MarkdownReader: "markdown")."""
    return type(reader_class.__name__, (reader_class,), {**namespace, "base_reader": reader_class})


def reads_as_pelicans_markdown(reader_class: type) -> bool:
    """Pelican's MarkdownReader itself, under reader_subclass or not.

    Relies on MarkdownReader.read being the whole of how a Markdown file is read
    (markdown_metadata and metadata_from below copy it)."""
    base = getattr(reader_class, "base_reader", reader_class)
    return issubclass(base, MarkdownReader) and base.read is MarkdownReader.read


# What a read worker takes from Markdown for MarkdownReader._parse_metadata: the meta
# extension's fields (each a list of the lines given), and each formatted field's HTML.
MarkdownMeta = tuple[dict[str, list[str]], dict[str, str]]


def markdown_metadata(md: Markdown, formatted_fields) -> MarkdownMeta | None:
    """In a read worker, once `md` has converted a whole file as MarkdownReader.read
    converts it: what MarkdownReader._parse_metadata takes from Markdown, worked out as
    it works it out (the meta preprocessor deregistered, the instance reset before each
    formatted field is converted). None where Markdown kept no `Meta` (read then gives
    no metadata). Mirrors the Markdown half of MarkdownReader._parse_metadata."""
    if not hasattr(md, "Meta"):
        return None
    meta = md.Meta
    md.preprocessors.deregister("meta")
    formatted = {}
    for name, value in meta.items():
        name = name.lower()
        if name in formatted_fields:
            md.reset()
            formatted[name] = md.convert("\n".join(value))
    return meta, formatted


def metadata_from(reader: MarkdownReader, source_path: str, parts: MarkdownMeta | None) -> dict:
    """MarkdownReader.read's metadata, from what markdown_metadata took in a worker: the
    rest of MarkdownReader._parse_metadata, mirrored (each field processed by the
    reader's process_metadata; a field that may not repeat keeps its first value, with
    Pelican's own warning from Pelican's own logger). Sets `_source_path`, as read does."""
    if parts is None:
        return {}
    meta, formatted = parts
    reader._source_path = source_path
    formatted_fields = reader.settings["FORMATTED_FIELDS"]
    output = {}
    for name, value in meta.items():
        name = name.lower()
        if name in formatted_fields:
            output[name] = reader.process_metadata(name, formatted[name])
        elif not DUPLICATES_DEFINITIONS_ALLOWED.get(name, True):
            if len(value) > 1:
                READERS_LOG.warning("Duplicate definition of `%s` for %s. Using first one.",
                                    name, reader._source_path)
            output[name] = reader.process_metadata(name, value[0])
        elif len(value) > 1:
            output[name] = reader.process_metadata(name, value)
        else:
            output[name] = reader.process_metadata(name, value[0])
    return output


# --- Content ---------------------------------------------------------------------

# Attributes of a Content object that are the whole site's, not the story's:
# Content.__init__ keeps the settings and the generators' shared context.
SITE_ATTRIBUTES = frozenset({"settings", "_context"})


def story_state(content: Content) -> dict[str, Any]:
    """Everything a story carries but the site it belongs to (its HTML unpacked,
    as `_content`, when LocatedOnce keeps it packed).

    Relies on Content keeping what it is made of as instance attributes
    (Content.__init__ sets one per metadata field, plus `_content`, `_summary`)."""
    state = {k: v for k, v in vars(content).items() if k not in SITE_ATTRIBUTES}
    if _PACKED in state:
        state["_content"] = unpack(state.pop(_PACKED))
    return state


class LocatedOnce:
    """A story's or page's `save_as` and `url`, worked out once and kept; and
    its HTML kept packed (packed.py).

    Pelican's Content.save_as and Content.url are properties that format the URL
    settings anew on every read (Content.get_url_setting -> _expand_settings ->
    url_format: a copy of the metadata, the source path made relative, the date
    through Pelican's strftime); a story's are read when it is checked
    (Content.is_valid), listed for search, written, and by every card, feed entry
    and neighbour link that shows it. Here both are worked out on the first read,
    from one url_format, by Pelican's own properties, and kept with the status and
    language they were worked out for (Article.__init__ makes a future story a
    draft after content_object_init, and a draft's URL settings differ).

    Relies on Content.save_as and Content.url being get_url_setting("save_as")
    and get_url_setting("url"), which read `url_format`, and on nothing changing
    a story's slug, date, category, author or metadata once it is read.

    The HTML: relies on Content keeping it in `_content` (set by Content.__init__,
    read by Content.get_content and nowhere else in Pelican), which here is a
    property over the packed text."""

    @property
    def _content(self) -> str:
        return unpack(self.__dict__[_PACKED])

    @_content.setter
    def _content(self, text: str) -> None:
        self.__dict__[_PACKED] = pack(text)

    @property
    def save_as(self) -> str:
        return self._locations()[0]

    @property
    def url(self) -> str:
        return self._locations()[1]

    @property
    def url_format(self) -> dict[str, Any]:
        fields = self.__dict__.get(_URL_FIELDS)
        return super().url_format if fields is None else fields

    def _locations(self) -> tuple[str, str]:
        shaped_by = (self.status, self.in_default_lang)
        found = self.__dict__.get(_LOCATIONS)
        if found is None or found[0] != shaped_by:
            self.__dict__[_URL_FIELDS] = super().url_format
            try:
                found = (shaped_by, super().save_as, super().url)
            finally:
                del self.__dict__[_URL_FIELDS]
            self.__dict__[_LOCATIONS] = found
        return found[1], found[2]


# Where LocatedOnce keeps its work, and the packed HTML, in a story's attributes.
_LOCATIONS = "_located"
_URL_FIELDS = "_url_fields"
_PACKED = "_packed_content"


class LocatedArticle(LocatedOnce, Article):
    pass


class LocatedPage(LocatedOnce, Page):
    pass


# Pelican names an object's URL settings after its class (Content._expand_settings:
# PAGE_SAVE_AS), and the fingerprints name a story by it: the located classes
# answer to Pelican's names. Pickled (Pelican's generator-layer cache) they are
# found by their own qualified names.
LocatedArticle.__name__ = Article.__name__
LocatedPage.__name__ = Page.__name__
LOCATED = {Article: LocatedArticle, Page: LocatedPage}


def locate_once(content: Content,
                packed_of: Callable[[str], bytes | None] = lambda text: None) -> None:
    """Make an article or page work its save_as and url out once (LocatedOnce).

    Called from `content_object_init`, which Content.__init__ sends at its end:
    the object is Pelican's Article or Page, and becomes the located subclass of
    it, its HTML packed (`packed_of`: the packed form of that very text, if
    already made: ReadersCache.packed); any other class (a Static file, a
    plugin's own) is left as it is."""
    located = LOCATED.get(type(content))
    if located is not None:
        # Content.__init__ set `_content` as an attribute of its own: packed
        # from now on (a class property, once it is the located class).
        text = content.__dict__.pop("_content")
        content.__class__ = located
        packed = packed_of(text)
        if packed is None:
            content._content = text
        else:
            content.__dict__[_PACKED] = packed


# The metadata fields Pelican makes labels of (readers.METADATA_PROCESSORS), one
# label or a list of them.
LABEL_FIELDS = ("category", "author", "authors", "tags")


def share_labels(content: Content, one: Callable[[URLWrapper], URLWrapper],
                 text: Callable[[str], str] = lambda text: text) -> None:
    """Put one(label) in place of each of a story's tags, section and authors
    whose slug is made from its name, and text(value) in place of each of its
    attributes that is a string.

    Called from `content_object_init`. Relies on Content.__init__ setting an
    attribute per metadata field to the very object its `metadata` holds (the
    tags' and authors' lists are shared, and changed in place here), and on
    URLWrapper working its slug out from its name unless `_slug_from_name` says
    it was given one."""
    def shared(label):
        if isinstance(label, URLWrapper) and label._slug_from_name:
            return one(label)
        return label

    state, metadata = content.__dict__, content.metadata
    for name in LABEL_FIELDS:
        value = state.get(name)
        if type(value) is list:
            value[:] = [shared(label) for label in value]
        elif value is not None:
            _replace(state, metadata, name, value, shared(value))
    for name, value in list(state.items()):
        if type(value) is str:
            _replace(state, metadata, name, value, text(value))


def _replace(state: dict, metadata: dict, name: str, value: Any, new: Any) -> None:
    """An attribute, and the metadata field that is the very same object, set to new."""
    if new is not value:
        state[name] = new
        if metadata.get(name) is value:
            metadata[name] = new


# Content's methods Pelican memoizes per (story, siteurl), in one dict per method
# for all stories (pelican/utils.py `memoized`, on Content.get_content and
# Content.get_summary in pelican/contents.py).
MEMOIZED_CONTENT = ("get_content", "get_summary")


def forget_rendered_content() -> None:
    """Empty the memo of every story's HTML as pages asked for it.

    Relies on `memoized` keeping its results in its `cache` dict, never emptied.
    With relative URLs each page asks for a story's HTML under its own siteurl
    ("../../.."), so by the end of a build the memo holds a second copy of every
    story's text for each depth of page that showed it: at 5,000 stories about
    70 MB in each process that renders. Worked out again when asked, it is one
    regular-expression pass over the text (about 13 µs a story)."""
    for name in MEMOIZED_CONTENT:
        Content.__dict__[name].cache.clear()


# --- Stories kept between builds ------------------------------------------------


def _labels(content: Content) -> Iterator[URLWrapper]:
    """The tags, section and authors a story holds (its attributes and metadata)."""
    for value in (*vars(content).values(), *content.metadata.values()):
        if isinstance(value, URLWrapper):
            yield value
        elif type(value) is list:
            yield from (v for v in value if isinstance(v, URLWrapper))


def leave_site(content: Content) -> None:
    """Let go of the site a story holds (SITE_ATTRIBUTES, its labels' settings, the
    other stories it is a translation of), so that it can be pickled alone; only
    in a process about to end.

    Relies on Content holding the site in those attributes only, on URLWrapper
    holding it in `settings` only, and on Content.__init__ setting `translations`
    to [] (process_translations fills it in every build)."""
    for name in SITE_ATTRIBUTES:
        content.__dict__.pop(name, None)
    content.translations = []
    for label in _labels(content):
        label.settings = None


def rejoin_site(content: Content, settings: dict, context: dict) -> None:
    """A story leave_site() let go of, in this build's site again."""
    content.settings = settings
    content._context = context
    for label in _labels(content):
        label.settings = settings


def serve_kept_stories(generator, kept: Callable[[str], Content | None]) -> None:
    """Make an articles generator take the story `kept` gives for a file (by its
    absolute path, as Pelican's readers name it) instead of reading the file.

    Relies on ArticlesGenerator.generate_context asking `self.get_cached_data(f,
    None)` for each file (f relative to the generator's path) before reading it,
    and taking what it gets as the article as it is (Pelican's generator-layer
    cache): not read, checked or signalled again; on the reader caching layer,
    CachingGenerator.get_cached_data finds nothing."""
    pelicans = generator.get_cached_data
    base = generator.path

    def get_cached_data(filename, default=None):
        found = kept(os.path.abspath(os.path.join(base, filename)))
        return found if found is not None else pelicans(filename, default)

    generator.get_cached_data = get_cached_data


# --- Generators ------------------------------------------------------------------


class ReadersCache:
    """A readers' content cache that keeps each story's HTML packed (packed.py),
    hands the packed text on to the story it is read into (locate_once), and is
    written back only when the build added to it.

    Pelican's ArticlesGenerator and PagesGenerator save their readers' cache at
    the end of every generate_context (FileDataCacher.save_cache: every story's
    HTML pickled whole), even when every file was found in it; each story's
    HTML was then unpickled as text on the next build, and packed again when
    the story was made. Relies on Readers.__init__ sending readers_init before
    FileDataCacher.__init__ loads the cache whole into `_cache` (when
    LOAD_CONTENT_CACHE and the reader caching layer say so), on
    Readers.read_file reading the cache only through `get_cached_data` and
    adding to it only through `cache_data`, with (content, metadata), on
    save_cache writing `_cache` whole and on nothing removing from it: a cache
    that was loaded and had nothing added holds what its file holds. One that
    was not loaded is saved as Pelican saves it. The reading digest
    (reading.py) covers this code, so a cache packed here is never loaded by
    code that expects text."""

    def __init__(self, readers) -> None:
        settings = readers.settings
        self.added = not (settings["LOAD_CONTENT_CACHE"]
                          and settings["CONTENT_CACHING_LAYER"] == "reader")
        self._get, self._add, self._save = (readers.get_cached_data, readers.cache_data,
                                            readers.save_cache)
        # The text last handed out and its packed form: read_file makes the story
        # right after it takes a file's content, so only the last can be asked for.
        self._last: tuple[str, bytes] | None = None
        # Instance attributes: Readers.read_file and the generators call these.
        readers.get_cached_data = self.get_cached_data
        readers.cache_data = self.cache_data
        readers.save_cache = self.save_cache
        # Ours: prerender.py asks of every article whether it is cached.
        readers.holds_cached = self.holds

    def holds(self, filename) -> bool:
        """Whether the cache holds the file as it is now, its HTML left packed (a
        story's is unpacked only when Pelican reads it into the story)."""
        return self._get(filename, None) is not None

    def get_cached_data(self, filename, default=None):
        found = self._get(filename, default)
        if found is default:
            return found
        packed, metadata = found
        return self._hand_out(packed, unpack(packed)), metadata

    def cache_data(self, filename, data) -> None:
        self.added = True
        content, metadata = data
        packed = pack(content)
        self._hand_out(packed, content)
        self._add(filename, (packed, metadata))

    def save_cache(self) -> None:
        if self.added:
            self._save()

    def packed(self, text: str) -> bytes | None:
        """The packed form of the text this cache handed out last, if `text` is
        that very text (once), else None."""
        last, self._last = self._last, None
        return last[1] if last is not None and last[0] is text else None

    def _hand_out(self, packed, text):
        self._last = (text, packed) if type(packed) is bytes else None
        return text


def holds_cached(readers, path: str) -> bool:
    """Whether the readers' content cache holds this file as it is now: without
    unpacking its HTML where the cache is a ReadersCache."""
    holds = getattr(readers, "holds_cached", None)
    return holds(path) if holds is not None else \
        readers.get_cached_data(path, None) is not None


def forget_read_files(generator) -> None:
    """Empty the articles' readers' content cache, once Pelican has saved it.

    Relies on FileDataCacher keeping what it caches in its `_cache` dict, and on
    ArticlesGenerator.generate_context calling readers.save_cache() before it
    sends article_generator_finalized; nothing reads the cache after that in a
    build but a story read again (make devserver: read_story below), which then
    reads its file. The cache holds every story's metadata as the reader
    returned it, and its HTML packed (ReadersCache): the very bytes the story keeps."""
    generator.readers._cache = {}


def process_translations(content_list: list, translation_id=None) -> tuple[list, list]:
    """Pelican's utils.process_translations, its last step linear.

    Mirrors pelican/utils.py process_translations line for line, but for the
    translations: Pelican finds them as `[x for x in content_list if x not in
    index]`, each story looked for in the list of originals (a tenth of a second
    at 5,000 stories, seconds at 20,000); here in a set of the originals' ids.
    Content compares by identity, so the answer is the same."""
    if not translation_id:
        return content_list, []
    if isinstance(translation_id, str):
        translation_id = {translation_id}
    index = []
    try:
        content_list.sort(key=attrgetter(*translation_id))
    except TypeError:
        raise TypeError(
            f"Cannot unpack {translation_id}, 'translation_id' must be falsy, a"
            " string or a collection of strings"
        ) from None
    except AttributeError:
        raise AttributeError(
            f"Cannot use {translation_id} as 'translation_id', there "
            "appear to be items without these metadata "
            "attributes"
        ) from None
    for id_vals, items in groupby(content_list, attrgetter(*translation_id)):
        id_vals = (id_vals,) if len(translation_id) == 1 else id_vals
        with_str = "with" + ", ".join([' {} "{{}}"'] * len(translation_id)).format(
            *translation_id
        ).format(*id_vals)
        items = list(items)
        original_items = get_original_items(items, with_str)
        index.extend(original_items)
        for a in items:
            a.translations = [x for x in items if x != a]
    originals = {id(x) for x in index}
    translations = [x for x in content_list if id(x) not in originals]
    return index, translations


def linear_translations() -> Callable[[], None]:
    """Make the generators find translations with process_translations above, until
    the returned function is called.

    Relies on ArticlesGenerator.generate_context and PagesGenerator.generate_context
    calling `process_translations` as pelican.generators' module global."""
    pelicans = pelican_generators.process_translations
    pelican_generators.process_translations = process_translations

    def restore() -> None:
        pelican_generators.process_translations = pelicans

    return restore


def fast_membership(generator, make_list: Callable[[list], list]) -> None:
    """Tags', sections' and authors' story lists become make_list(stories), in place.

    Relies on ArticlesGenerator.generate_tags, generate_categories and
    generate_authors listing each group's stories as `[a for a in self.dates if
    a in articles]` over these very lists (the template context holds the same
    objects), Content comparing by identity."""
    for tag, stories in generator.tags.items():
        generator.tags[tag] = make_list(stories)
    for pairs in (generator.categories, generator.authors):
        for i, (group, stories) in enumerate(pairs):
            pairs[i] = (group, make_list(stories))


# Per kind of group page (ArticlesGenerator.generate_tags, generate_categories,
# generate_authors): the keyword its page is given the group by, whether Pelican
# gives it before the url, and what Pelican logs of a group with an invalid slug.
GROUP_PAGES = {
    "tag": ("tag", True, 'Tag "%s" has an invalid slug; skipping writing tag page...',
            "Further tags with invalid slugs.", 'Failed to write Tag page for "%s".'),
    "category": ("category", False,
                 'Category "%s" has an invalid slug; skipping writing category page...',
                 "Further categories with invalid slugs.",
                 'Failed to write Category page for "%s".'),
    "author": ("author", False,
               'Author "%s" has an invalid slug; skipping writing author page...',
               "Further authors with invalid slugs.", 'Failed to write Author page for "%s".'),
}


def fast_group_pages(generator) -> None:
    """Tag, section and author pages list each group's stories in the archive's date
    order found by each story's place in it, not by going over the whole archive
    for every group (a pass over every story per tag, section and author: a tenth
    of a second at 5,000 stories, a second and more at 20,000).

    Mirrors ArticlesGenerator.generate_tags, generate_categories and
    generate_authors line for line but for each page's `dates`, which Pelican
    makes as `[a for a in self.dates if a in articles]`: the group's stories,
    each once, in the order of self.dates (Content compares by identity)."""
    place: dict[int, int] = {}

    def in_date_order(articles) -> list:
        if not place:
            place.update((id(a), i) for i, a in enumerate(generator.dates))
        found = {id(a): a for a in articles if id(a) in place}
        return sorted(found.values(), key=lambda a: place[id(a)])

    def pages(kind: str, groups, write) -> None:
        keyword, first, invalid, further, failed = GROUP_PAGES[kind]
        template = generator.get_template(kind)
        for group, articles in groups:
            named = {keyword: group, "url": group.url} if first else \
                {"url": group.url, keyword: group}
            try:
                write(group.save_as, template, generator.context, **named,
                      articles=articles, dates=in_date_order(articles), template_name=kind,
                      blog=True, page_name=group.page_name, all_articles=generator.articles)
            except FileOverwriteFailedError:
                if not group.slug:
                    PELICAN_GENERATORS_LOG.info(invalid, group, extra={"limit_msg": further})
                    continue
                PELICAN_GENERATORS_LOG.error(failed, group)
                raise

    generator.generate_tags = lambda write: pages("tag", generator.tags.items(), write)
    generator.generate_categories = lambda write: pages("category", generator.categories, write)
    generator.generate_authors = lambda write: pages("author", generator.authors, write)


def fast_period_archives(generator) -> None:
    """The year and month archives' stories found by their place in the list, not
    by scanning a period's stories once per story, for every period.

    Relies on ArticlesGenerator._build_period_archives(sorted_articles, articles,
    settings), which generate_context calls after article_generator_pretaxonomy,
    using `articles` only for each archive's "articles", worked out as
    `[a for a in articles if a in dates]`; Content comparing by identity."""
    pelicans = generator._build_period_archives

    def build(sorted_articles, articles, settings):
        archives = pelicans(sorted_articles, [], settings)
        place = {id(story): i for i, story in enumerate(articles)}
        for archive in (a for granularity in archives.values() for a in granularity):
            found = {id(story): story for story in archive["dates"] if id(story) in place}
            archive["articles"] = sorted(found.values(), key=lambda story: place[id(story)])
        return archives

    generator._build_period_archives = build


# --- Jinja -----------------------------------------------------------------------


class Recorded(Context):
    """Jinja's context class, telling `on_resolve` every name a template resolves.

    Relies on Context.resolve_or_missing being the one lookup every template
    name goes through (includes and base templates too)."""

    on_resolve: Callable[[str, Any], Any]

    def resolve_or_missing(self, key: str) -> Any:
        return self.on_resolve(key, super().resolve_or_missing(key))


def record_templates(environment, on_resolve: Callable[[str, Any], Any],
                     on_attribute: Callable[[Any, Any], None]) -> None:
    """Make an environment's templates report the names they resolve and the
    attributes and items they read.

    Monkeypatches the environment's `context_class`, and its `getattr` and
    `getitem`, through which Jinja's generated code reads `a.b` and `a[b]`."""
    installed = environment.context_class
    if getattr(installed, "on_resolve", None) == on_resolve:
        return
    if issubclass(installed, Recorded):  # another build's recorder: start from Jinja's own
        getattr_, getitem_ = installed.jinja_getattr, installed.jinja_getitem
    else:
        getattr_, getitem_ = environment.getattr, environment.getitem
    environment.context_class = type("Recorded", (Recorded,), {
        "on_resolve": staticmethod(on_resolve),
        "jinja_getattr": staticmethod(getattr_), "jinja_getitem": staticmethod(getitem_)})

    def recorded_getattr(obj, attribute):
        on_attribute(obj, attribute)
        return getattr_(obj, attribute)

    def recorded_getitem(obj, argument):
        on_attribute(obj, argument)
        return getitem_(obj, argument)

    environment.getattr = recorded_getattr
    environment.getitem = recorded_getitem


# --- Live updates (make devserver) -----------------------------------------------


def read_story(generator, path: str):
    """One article file read as the articles generator reads it; None when Pelican
    would not list it (unreadable, skipped, invalid).

    Mirrors the body of the loop in ArticlesGenerator.generate_context (its
    content cache aside), with the same readers, context and signals."""
    try:
        story = generator.readers.read_file(
            base_path=generator.path, path=path, content_class=Article,
            context=generator.context,
            preread_signal=signals.article_generator_preread, preread_sender=generator,
            context_signal=signals.article_generator_context, context_sender=generator)
    except Exception:
        return None
    if isinstance(story, SkipStub) or not story.is_valid():
        return None
    return story


@dataclass(frozen=True)
class Groups:
    """The published stories and their lists, as generate_context makes them."""

    articles: list
    dates: list
    categories: list  # [(Category, [stories])], sorted as Pelican sorts them
    tags: dict  # {Tag: [stories]}
    authors: list  # [(Author, [stories])]


def grouped(settings: Mapping[str, Any], stories: list) -> Groups:
    """Published original stories ordered and grouped as Pelican does.

    Mirrors ArticlesGenerator.generate_context from `_process` (order_content by
    ARTICLE_ORDER_BY) to the sorting of categories and authors; stories here are
    published and none is a translation."""
    articles = order_content(list(stories), settings["ARTICLE_ORDER_BY"])
    categories, tags, authors = defaultdict(list), defaultdict(list), defaultdict(list)
    for article in articles:
        if hasattr(article, "category"):
            categories[article.category].append(article)
        if hasattr(article, "tags"):
            for tag in article.tags:
                tags[tag].append(article)
        for author in getattr(article, "authors", []):
            authors[author].append(article)
    dates = sorted(articles, key=attrgetter("date"), reverse=settings["NEWEST_FIRST_ARCHIVES"])
    categories = sorted(categories.items(), reverse=settings["REVERSE_CATEGORY_ORDER"])
    return Groups(articles, dates, categories, dict(tags), sorted(authors.items()))


def story_writes(settings: Mapping[str, Any], groups: Groups, story,
                 template_of: Callable[[str], Any]) -> list[tuple[str, Any, dict]]:
    """(name, template, keyword arguments) of each write_file call Pelican makes for
    the story's own page and for the lists it is in: the `index` direct template,
    its section's, its tags' and its authors'.

    Mirrors ArticlesGenerator.generate_articles, generate_direct_templates,
    generate_tags, generate_categories and generate_authors (the lists' `dates`
    as they work them out)."""
    writes = [(story.save_as, template_of(story.template), {
        "article": story, "category": getattr(story, "category", None),
        "override_output": hasattr(story, "override_save_as"), "url": story.url,
        "blog": True})]
    if "index" in settings["DIRECT_TEMPLATES"]:
        save_as = settings.get("INDEX_SAVE_AS", "index.html")
        if save_as:
            writes.append((save_as, template_of("index"), {
                "articles": groups.articles, "dates": groups.dates, "blog": True,
                "template_name": "index", "page_name": os.path.splitext(save_as)[0],
                "url": settings.get("INDEX_URL", "index.html")}))
    chosen = ([("category", c, s) for c, s in groups.categories if c == story.category]
              + [("tag", t, s) for t, s in groups.tags.items() if t in getattr(story, "tags", ())]
              + [("author", a, s) for a, s in groups.authors
                 if a in getattr(story, "authors", ())])
    for kind, group, stories in chosen:
        members = {id(s) for s in stories}
        writes.append((group.save_as, template_of(kind), {
            "url": group.url, kind: group, "articles": stories,
            "dates": [a for a in groups.dates if id(a) in members], "template_name": kind,
            "blog": True, "page_name": group.page_name, "all_articles": groups.articles}))
    return writes
