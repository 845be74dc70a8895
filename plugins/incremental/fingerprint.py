"""Fingerprints of what a page is made from, computed without rendering it.

A story's own fingerprint covers everything it carries (metadata, HTML, URL and
whatever plugins attached); stories it points to (related, neighbours) count by
their own fingerprints, one level deep, which is as deep as a template can read
them through the story (story.related[0].title, not story.related[0].related).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import uuid
from typing import Any

from pelican.contents import Content
from pelican.paginator import Page, Paginator
from pelican.urlwrappers import URLWrapper

from .seam import SITE_ATTRIBUTES, story_state

PRIMITIVES = (str, int, float, bool, type(None), bytes)
# Exactly these types (no subclass): their repr is their whole value, and tells
# one type from another.
PLAIN = frozenset(PRIMITIVES)
# Containers inside containers followed before giving up (and rendering the page).
MAX_NESTING = 16
# The reads entry naming the story attributes a page read (see tracking.py).
LINKS_KEY = "@story-attributes"


def digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


class Fingerprinter:
    """Fingerprints for one build; a story's own is computed once and remembered."""

    def __init__(self) -> None:
        self.links: frozenset[str] = frozenset()  # story attributes read by this page
        self._link_names: tuple[str, ...] = ()  # the same, sorted
        self._fields: dict[type, tuple[str, ...]] = {}  # a dataclass's field names
        self._own: dict[int, str] = {}
        self._lists: dict[tuple[int, str], str] = {}
        self._values: dict[tuple[int, int, frozenset[str]], str] = {}
        self._keep: list[Any] = []  # keeps memoised objects alive so ids stay unique
        # Each set of story attributes once: the memos' keys hold it, and pages
        # of one template read the same ones (one set each would be kept per key).
        self._link_sets: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {}

    def reads(self, context: dict, reads: dict[str, str]) -> str:
        """The fingerprint of a page: every name it read, as far as it read it."""
        named = reads.get(LINKS_KEY, "")
        found = self._link_sets.get(named)
        if found is None:
            links = frozenset(filter(None, named.split(",")))
            found = self._link_sets[named] = (links, tuple(sorted(links)))
        self.links, self._link_names = found
        parts = [f"{LINKS_KEY}:{sorted(self.links)}"]
        for key in sorted(reads):
            if key == LINKS_KEY:
                continue
            level = reads[key]
            if key not in context:
                parts.append(f"{key}:missing")
                continue
            parts.append(f"{key}:{level}:{self.at_level(context[key], level)}")
        return digest("\n".join(parts))

    def at_level(self, value: Any, level: str) -> str:
        """A list's fingerprint as far as a template read it (see tracking.LEVELS)."""
        if not isinstance(value, (list, tuple)):
            return self.value(value)
        if level == "deep":
            return self._memo_list(value, "deep")
        if level == "name":
            return type(value).__name__
        if level == "len":
            return str(len(value))
        return self._memo_list(value, "outer")

    def _memo_list(self, value, level: str) -> str:
        key = (id(value), level, self.links)
        found = self._lists.get(key)
        if found is None:
            if level == "outer":
                items = [
                    tuple("list" if isinstance(x, list) else x for x in item)
                    if isinstance(item, tuple) else item
                    for item in value
                ]
                found = digest(self.value(items))
            else:
                found = digest(self.value(value))
            self._lists[key] = found
            self._keep.append(value)
        return found

    def knows(self, content: Content) -> bool:
        """Whether the story's own fingerprint is worked out already."""
        return id(content) in self._own

    def remember(self, stories: list[Content], owns: list[tuple[int, str]]) -> None:
        """Take own fingerprints worked out elsewhere (by forked processes, which
        name each story by its id in the memory they share with this one)."""
        by_id = {id(story): story for story in stories}
        for key, found in owns:
            self._own[key] = found
            self._keep.append(by_id[key])

    def own(self, content: Content) -> str:
        """A story's own fingerprint: all it carries except the stories it points to."""
        key = id(content)
        found = self._own.get(key)
        if found is None:
            parts = [type(content).__name__]
            for name, value in sorted(story_state(content).items()):
                # None is left out too: next_in_section is None until a newer story
                # exists; links count where read (see value()), not here.
                if value is not None and not _holds_content(value):
                    parts.append(f"{name}={self.value(value, depth=0)}")
            found = self._own[key] = digest("\x1f".join(parts))
            self._keep.append(content)
        return found

    def value(self, value: Any, depth: int = 1, _guard: int = MAX_NESTING) -> str:
        """A stable text for a template value; depth is how far to follow stories."""
        if _guard <= 0:
            # Too deep to follow: never equal to anything, so the page is rendered.
            return f"<unfollowed {uuid.uuid4()}>"
        nxt = _guard - 1
        if isinstance(value, PRIMITIVES):
            return repr(value)
        if isinstance(value, (Content, URLWrapper)):
            # A story or a tag appears on many pages: its text is worked out once
            # per build for each way a page can read it, and kept as its digest
            # (a story's text names the stories it points to: kept whole, for
            # every story and way of reading it, the texts filled each render
            # process's memory).
            key = (id(value), max(depth, 0), self.links)
            found = self._values.get(key)
            if found is None:
                found = self._values[key] = "#" + digest(self._story_or_label(value, depth, nxt))
                self._keep.append(value)
            return found
        if isinstance(value, (dt.datetime, dt.date)):
            return f"{type(value).__name__}({value.isoformat()}|{getattr(value, 'tzinfo', None)})"
        if isinstance(value, (list, tuple, set, frozenset)):
            items = value if isinstance(value, (list, tuple)) else sorted(value, key=repr)
            return "[" + ",".join(self.value(v, depth, nxt) for v in items) + "]"
        if isinstance(value, dict):
            return "{" + ",".join(
                f"{self.value(k, 0, nxt)}:{self.value(v, depth, nxt)}" for k, v in value.items()
            ) + "}"
        if isinstance(value, Page):
            return self.page(value)
        if isinstance(value, Paginator):
            return f"Paginator({value.name}|{value.count}|{value.num_pages}|{value.per_page})"
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return self._dataclass(value, depth, nxt)
        if callable(value):
            name = getattr(value, "__qualname__", type(value).__name__)
            return f"callable({getattr(value, '__module__', '')}.{name})"
        text = repr(value)
        if " at 0x" in text:
            # No stable text: fall back to the object's attributes.
            return type(value).__name__ + self.value(
                {k: v for k, v in vars(value).items() if k not in SITE_ATTRIBUTES}
                if hasattr(value, "__dict__") else {}, depth, nxt,
            )
        return text

    def _dataclass(self, value: Any, depth: int, nxt: int) -> str:
        """A dataclass instance by its fields; a frozen one (a card's palette, the
        front page's blocks) is worked out once per build for each way it is read."""
        cls = type(value)
        names = self._fields.get(cls)
        if names is None:
            names = self._fields[cls] = tuple(f.name for f in dataclasses.fields(value))
        items = [getattr(value, name) for name in names]
        if all(type(item) in PLAIN for item in items):
            # Nothing to follow (an audit's dropped line): the reprs say it all.
            return f"{cls.__name__}{names!r}{items!r}"
        fields = dict(zip(names, items, strict=True))
        params = getattr(cls, "__dataclass_params__", None)
        if params is None or not params.frozen:
            return cls.__name__ + self.value(fields, depth, nxt)
        key = (id(value), max(depth, 0), self.links)
        found = self._values.get(key)
        if found is None:
            found = self._values[key] = "#" + digest(cls.__name__ + self.value(fields, depth, nxt))
            self._keep.append(value)
        return found

    def _story_or_label(self, value: Content | URLWrapper, depth: int, nxt: int) -> str:
        if isinstance(value, URLWrapper):
            return f"{type(value).__name__}({value.name}|{value.slug}|{value.url}|{value.save_as})"
        if depth <= 0:
            return f"ref({value.source_path}|{getattr(value, 'url', '')}|{self.own(value)})"
        # Stories it points to count only where a template read that attribute
        # (story.related on an article page, never on a list of story cards).
        # Any other attribute read is in the story's own fingerprint already.
        state = vars(value)
        linked = []
        for name in self._link_names:
            if name in state:
                read = getattr(value, name)
                if read is not state[name] or _beyond_own(name, read):
                    linked.append(f"{name}={self.value(read, depth - 1, nxt)}")
        return f"content({self.own(value)}|{'|'.join(linked)})"

    def page(self, page: Page) -> str:
        """One page of a paginated list: its stories and where it sits among the pages."""
        return (
            f"Page({page.number}|{page.paginator.num_pages}|{page.save_as}|{page.url}|"
            + self.value(list(page.object_list), 1) + ")"
        )


def _beyond_own(name: str, value: Any) -> bool:
    """Whether a story's attribute is left out of its own fingerprint (see own())."""
    return name in SITE_ATTRIBUTES or value is None or _holds_content(value)


def _holds_content(value: Any) -> bool:
    if isinstance(value, Content):
        return True
    if isinstance(value, (list, tuple)):
        return any(isinstance(v, Content) for v in value)
    return False
