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

from pelican.contents import Content

from . import seam
from .fingerprint import LINKS_KEY

# "name": the name was resolved and nothing read from it yet (for a list); any
# other value resolved by name counts whole.
LEVELS = ("name", "len", "outer", "deep")
RANK = {level: i for i, level in enumerate(LEVELS)}


class Reads(dict):
    """{context name: level} for one page, and the tracked copies handed out."""

    def __init__(self) -> None:
        super().__init__()
        self.wrapped: dict[tuple[str, int], TrackedList] = {}
        self.story_attrs: set[str] = set()  # attributes read from any story

    def note(self, key: str, level: str) -> None:
        current = self.get(key)
        if current is None or RANK[level] > RANK[current]:
            self[key] = level

    def result(self) -> dict[str, str]:
        out = dict(self)
        out[LINKS_KEY] = ",".join(sorted(self.story_attrs))
        return out


class Recorder:
    """What the page being rendered reads; one per rendering process."""

    def __init__(self) -> None:
        self.current: Reads | None = None

    def install(self, environment) -> None:
        """Have the templates of this Jinja environment report to this recorder."""
        seam.record_templates(environment, self.resolved, self.attribute)

    @contextmanager
    def recording(self) -> Iterator[Reads]:
        """Collect what the renders inside the block read."""
        reads, before = Reads(), self.current
        self.current = reads
        try:
            yield reads
        finally:
            self.current = before

    def resolved(self, key: str, value: Any) -> Any:
        """A template resolved a name: note it; hand lists out tracked, once per page."""
        reads = self.current
        if reads is None:
            return value
        if key not in reads:
            reads[key] = "name"
        if type(value) in (list, tuple):
            wrapped = reads.wrapped.get((key, id(value)))
            if wrapped is None:
                wrapped = reads.wrapped[(key, id(value))] = TrackedList(value, key, reads)
            return wrapped
        return value

    def attribute(self, obj: Any, name: Any) -> None:
        if self.current is not None and isinstance(obj, Content) and isinstance(name, str):
            self.current.story_attrs.add(name)


class TrackedList(list):
    """A list that notes whether a template read its length, its items, or inner lists."""

    def __init__(self, items, key: str, reads: Reads, inner: bool = False) -> None:
        super().__init__(items)
        self._key = key
        self._reads = reads
        self._inner = inner  # this is a list inside an item of the tracked list

    def _read(self, level: str) -> None:
        # Anything read from a list inside an item reads the whole value.
        self._reads.note(self._key, "deep" if self._inner else level)

    def _wrap(self, item: Any) -> Any:
        if self._inner:
            return item
        if isinstance(item, tuple) and any(isinstance(x, list) for x in item):
            return tuple(TrackedList(x, self._key, self._reads, inner=True)
                         if isinstance(x, list) else x for x in item)
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
