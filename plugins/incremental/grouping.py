"""Story lists that answer `story in group` at once.

Pelican writes each tag, section and author page with the group's stories in
date order, found as `[a for a in self.dates if a in group]`: every story tested
against a plain list of the group, for every group: work that grows with the
square of the archive (docs/performance.md has the figures). Pelican compares
stories by identity (Content defines neither __eq__ nor __hash__), so a list
that looks them up in a set of the same stories gives the same answer
(seam.fast_membership puts these lists in the generator's place).
"""

from __future__ import annotations

from typing import Any


class StoryList(list):
    """A list of stories whose membership test is a set lookup.

    Each list is made an instance of its own subclass, whose __contains__ is its
    set's: `story in group` then runs in C alone (a Python __contains__ would be
    one Python call per story per group). Every change to the list renews it."""

    __slots__ = ()

    def __new__(cls, items: Any = ()) -> StoryList:
        own = type(cls.__name__, (cls,), {"__slots__": (), "__module__": cls.__module__})
        return list.__new__(own)

    def __init__(self, items: Any = ()) -> None:
        super().__init__(items)
        self._renew()

    def _renew(self) -> None:
        # A bound method, not a function: called as it is, without `self`.
        type(self).__contains__ = frozenset(self).__contains__

    def append(self, item: Any) -> None:
        super().append(item)
        self._renew()

    def extend(self, items: Any) -> None:
        super().extend(items)
        self._renew()

    def insert(self, index: Any, item: Any) -> None:
        super().insert(index, item)
        self._renew()

    def remove(self, item: Any) -> None:
        super().remove(item)
        self._renew()

    def pop(self, index: Any = -1) -> Any:
        item = super().pop(index)
        self._renew()
        return item

    def clear(self) -> None:
        super().clear()
        self._renew()

    def __setitem__(self, index: Any, value: Any) -> None:
        super().__setitem__(index, value)
        self._renew()

    def __delitem__(self, index: Any) -> None:
        super().__delitem__(index)
        self._renew()

    def __iadd__(self, items: Any) -> StoryList:
        super().__iadd__(items)
        self._renew()
        return self

    def __imul__(self, times: Any) -> StoryList:
        super().__imul__(times)
        self._renew()
        return self
