"""Story lists that answer `story in group` at once.

Pelican writes each tag, section and author page with the group's stories in
date order, found as `[a for a in self.dates if a in group]`: every story tested
against a plain list of the group, for every group: work that grows with the
square of the archive (docs/performance.md has the figures). Pelican compares
stories by identity (Content defines no __eq__), so a list that looks identities
up in a set gives the same answer (seam.fast_membership puts these lists in the
generator's place).
"""

from __future__ import annotations

from typing import Any


class StoryList(list):
    """A list of stories whose membership test is a set lookup of identities.

    The set is rebuilt when the length changed; the lists this replaces are not
    changed once Pelican has grouped the stories, so that is all it needs.
    """

    __slots__ = ("_ids",)

    def __init__(self, items: Any = ()) -> None:
        super().__init__(items)
        self._ids = frozenset(map(id, self))

    def __contains__(self, item: object) -> bool:
        if len(self._ids) != len(self):
            self._ids = frozenset(map(id, self))
        return id(item) in self._ids

