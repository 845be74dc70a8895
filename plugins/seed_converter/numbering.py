"""An item the story's numbering skips: "2." between a kept "1." and "3." is the story's,
and so are the "1." right above a kept "2." and the "5." right after a kept "4.".

Listicles and how-tos number their parts ("1. Pick a site", "Step 2: …", "#3 …");
the body model sometimes drops one of them, a short line among long ones. Where the
kept story numbers the items on either side of it, the dropped one is kept. The body
model is least sure at the story's ends, and drops a first or last part with its
text ("1. Eat your way round the market" and its paragraph over a kept "2. …"): the
numbering leads to it, and it is kept with the prose under it.
"""

from __future__ import annotations

import bisect

from . import rules
from .model import PROSE_SHAPES, Judged, Label

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
    if kept:
        out = _keep_edge_item(out, numbers, kept[0], -1, story)
        out = _keep_edge_item(out, numbers, kept[-1], +1, story)
    return tuple(out)


def _keep_edge_item(lines: list[Judged], numbers: list[int | None], edge: int, step: int,
                    story: frozenset[Label]) -> list[Judged]:
    """The item the story's numbering leads to beyond its first (step -1) or last (+1)
    kept numbered line: the nearest numbered line that way, numbered one less or one
    more, within NEIGHBOUR_ITEM_LINES, dropped; kept with the prose under it, up to
    the next numbered, kept or other than prose line (rules.NUMBERED_PART_TEXT)."""
    n = numbers[edge]
    at = next((i for i in range(edge + step, edge + step * (NEIGHBOUR_ITEM_LINES + 1), step)
               if 0 <= i < len(lines) and numbers[i] is not None), None)
    if at is None or numbers[at] != n + step or lines[at].label in story:
        return lines
    out = list(lines)
    out[at] = out[at].relabelled(Label.PARAGRAPH, rules.NUMBERED)
    for i in range(at + 1, len(lines)):
        if lines[i].label in story or numbers[i] is not None \
                or lines[i].shape not in PROSE_SHAPES:
            break
        out[i] = out[i].relabelled(Label.PARAGRAPH, rules.NUMBERED_PART_TEXT)
    return out


def _number(text: str) -> int | None:
    found = rules.NUMBERED_ITEM.match(text.strip())
    return int(found[1]) if found else None
