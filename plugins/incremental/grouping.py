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


# Every list method that changes what the list holds renews its membership set
# (each returns what list's own returns: None, the item popped, or the list).
MUTATORS = ("append", "extend", "insert", "remove", "pop", "clear",
            "__setitem__", "__delitem__", "__iadd__", "__imul__")


def _renewing(name: str):
    change = getattr(list, name)

    def method(self: StoryList, *args: Any) -> Any:
        out = change(self, *args)
        self._renew()
        return out

    method.__name__ = method.__qualname__ = name
    return method


for _name in MUTATORS:
    setattr(StoryList, _name, _renewing(_name))

