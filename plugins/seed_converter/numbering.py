"""An item the story's numbering skips: "2." between a kept "1." and "3." is the story's.

Listicles and how-tos number their parts ("1. Pick a site", "Step 2: …", "#3 …");
the body model sometimes drops one of them, a short line among long ones. Where the
kept story numbers the items on either side of it, the dropped one is kept.
"""

from __future__ import annotations

import bisect

from . import rules
from .model import Judged, Label

# How far the items on either side may stand from it, in lines: a numbered part
# holds a few paragraphs.
NEIGHBOUR_ITEM_LINES = 40
# What a numbered line can start with (rules.NUMBERED_ITEM): most lines start with
# none of these, and are not tried against the pattern.
NUMBER_STARTS = frozenset("0123456789#sSnN")


def keep_numbered(lines: tuple[Judged, ...], story: frozenset[Label]) -> tuple[Judged, ...]:
    """Every dropped line numbered n (rules.NUMBERED_ITEM) whose nearest numbered
    kept lines above and below, within NEIGHBOUR_ITEM_LINES, are n-1 and n+1 is kept
    (rules.NUMBERED)."""
    numbers = [_number(j.line.text) if j.line.text[:1] in NUMBER_STARTS else None
               for j in lines]
    kept = [i for i, j in enumerate(lines) if j.label in story and numbers[i] is not None]
    out = list(lines)
    for i, n in enumerate(numbers):
        if n is None or lines[i].label in story:
            continue
        # The kept numbered lines either side, found by bisection: a page of
        # thousands of numbered lines costs little more than reading it.
        at = bisect.bisect_left(kept, i)
        above = kept[at - 1] if at > 0 else None
        below = kept[at] if at < len(kept) else None
        if (above is not None and below is not None and numbers[above] == n - 1
                and numbers[below] == n + 1
                and max(i - above, below - i) <= NEIGHBOUR_ITEM_LINES):
            out[i] = out[i].relabelled(Label.PARAGRAPH, rules.NUMBERED)
    return tuple(out)


def _number(text: str) -> int | None:
    found = rules.NUMBERED_ITEM.match(text.strip())
    return int(found[1]) if found else None
