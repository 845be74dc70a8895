"""A subheading the page's table of contents lists is the story's.

A guide or an itinerary lists its subheadings under "Table of Contents" above the
story, and each again where its part starts. The body model reads a line found twice on
the page as the page's frame (a menu's label), and drops the subheadings with the
list; the list itself is the evidence that they are the story's own. The contents
list stays dropped (its heading is `rules.CONTENTS_HEADINGS`).
"""

from __future__ import annotations

from . import rules
from .headline import key
from .language import words
from .model import PROSE_SHAPES, Judged, Label, Shape

# A table of contents lists the subheadings one to a line under its heading, up to the
# story's first prose: at most this many lines.
CONTENTS_MAX_LINES = 60
# A subheading is a few words (revising.HEADING_MAX_WORDS keeps the same bound).
LISTED_MAX_WORDS = 14


def keep_listed_subheadings(lines: tuple[Judged, ...],
                            story: frozenset[Label]) -> tuple[Judged, ...]:
    """A dropped line inside the kept story (between its first and last kept lines)
    whose text a table of contents lists, not a sentence and with the story's prose
    right under it, is kept (rules.LISTED_SUBHEADING); headings are marked after."""
    listed, entries = _contents(lines)
    if not listed:
        return lines
    kept = [i for i, j in enumerate(lines) if j.label in story]
    if not kept:
        return lines
    out = list(lines)
    for i in range(kept[0] + 1, kept[-1]):
        j = lines[i]
        if j.label in story or i in entries or j.shape in PROSE_SHAPES \
                or j.shape is Shape.FURNITURE:
            continue
        below = lines[i + 1]
        if below.label in story and below.shape in PROSE_SHAPES \
                and len(words(j.line.text)) <= LISTED_MAX_WORDS and key(j.line.text) in listed:
            out[i] = j.relabelled(Label.PARAGRAPH, rules.LISTED_SUBHEADING)
    return tuple(out)


def _contents(lines: tuple[Judged, ...]) -> tuple[frozenset[str], frozenset[int]]:
    """The keys of the lines the page's tables of contents list, and those lines."""
    entries: set[int] = set()
    for i, j in enumerate(lines):
        if j.shape is not Shape.PROSE and rules.match(rules.CONTENTS_HEADINGS, j.line.text):
            for k in range(i + 1, min(len(lines), i + 1 + CONTENTS_MAX_LINES)):
                if lines[k].shape in PROSE_SHAPES:
                    break
                entries.add(k)
    return frozenset(key(lines[k].line.text) for k in entries), frozenset(entries)
