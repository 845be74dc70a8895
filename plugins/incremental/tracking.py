"""Record what one render reads: the context names it resolves, and how far into lists.

A menu that loops over `categories` reads each section's name but never the list
of stories under it; recording that lets a new story leave every page that only
shows the menu untouched. Levels, from least to most:

- "len":   only the list's length (or truth) was read;
- "outer": the items were read, but lists inside (section, [stories]) pairs were not;
- "deep":  everything, the inner lists too.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from jinja2.runtime import Context
from pelican.contents import Content

from .fingerprint import LINKS_KEY

# "name": the name was resolved and nothing read from it yet (for a list); any
# other value resolved by name counts whole.
LEVELS = ("name", "len", "outer", "deep")


class Reads(dict):
    """{context name: level} for one page, and the tracked copies handed out."""

    def __init__(self) -> None:
        super().__init__()
        self.wrapped: dict[tuple[str, int], TrackedList] = {}
        self.story_attrs: set[str] = set()  # attributes read from any story

    def result(self) -> dict[str, str]:
        out = dict(self)
        out[LINKS_KEY] = ",".join(sorted(self.story_attrs))
        return out


def _note_attr(obj: Any, name: Any) -> None:
    if _stack and isinstance(obj, Content) and isinstance(name, str):
        _stack[-1].story_attrs.add(name)


_stack: list[Reads] = []


def _note(key: str, level: str) -> None:
    if _stack:
        reads = _stack[-1]
        current = reads.get(key)
        if current is None or LEVELS.index(level) > LEVELS.index(current):
            reads[key] = level


@contextmanager
def recording() -> Iterator[Reads]:
    """Collect what the renders inside the block read."""
    reads = Reads()
    _stack.append(reads)
    try:
        yield reads
    finally:
        _stack.pop()


class TrackingContext(Context):
    """Jinja's context, noting every name a template resolves (includes too)."""

    def resolve_or_missing(self, key: str) -> Any:
        value = super().resolve_or_missing(key)
        if not _stack:
            return value
        reads = _stack[-1]
        if key not in reads:
            reads[key] = "name"
        if type(value) in (list, tuple):
            # Copied only when a template asks for the list, once per page.
            wrapped = reads.wrapped.get((key, id(value)))
            if wrapped is None:
                wrapped = reads.wrapped[(key, id(value))] = TrackedList(value, key)
            return wrapped
        return value


class TrackedList(list):
    """A list that notes whether a template read its length, its items, or inner lists."""

    def __init__(self, items, key: str, inner: bool = False) -> None:
        super().__init__(items)
        self._key = key
        self._inner = inner  # this is a list inside an item of the tracked list

    def _read(self, level: str) -> None:
        # Anything read from a list inside an item reads the whole value.
        _note(self._key, "deep" if self._inner else level)

    def _wrap(self, item: Any) -> Any:
        if self._inner:
            return item
        if isinstance(item, tuple) and any(isinstance(x, list) for x in item):
            return tuple(TrackedList(x, self._key, inner=True) if isinstance(x, list) else x
                         for x in item)
        return item

    def __len__(self) -> int:
        self._read("len")
        return super().__len__()

    def __bool__(self) -> bool:
        self._read("len")
        return super().__len__() > 0

    def __iter__(self):
        self._read("outer")
        return (self._wrap(x) for x in super().__iter__())

    def __reversed__(self):
        self._read("outer")
        return (self._wrap(x) for x in super().__reversed__())

    def __getitem__(self, index):
        self._read("outer")
        got = super().__getitem__(index)
        if isinstance(index, slice):
            return [self._wrap(x) for x in got]
        return self._wrap(got)

    def __contains__(self, item) -> bool:
        self._read("outer")
        return super().__contains__(item)


def install(environment) -> None:
    """Make a Jinja environment's templates record what they resolve and which
    attributes of stories they read (templates and filters reach attributes
    through environment.getattr and environment.getitem)."""
    if environment.context_class is TrackingContext:
        return
    environment.context_class = TrackingContext
    getattr_, getitem_ = environment.getattr, environment.getitem

    def tracked_getattr(obj, attribute):
        _note_attr(obj, attribute)
        return getattr_(obj, attribute)

    def tracked_getitem(obj, argument):
        _note_attr(obj, argument)
        return getitem_(obj, argument)

    environment.getattr = tracked_getattr
    environment.getitem = tracked_getitem
