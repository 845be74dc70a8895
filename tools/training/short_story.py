"""A page dump whose story is cut short: a form of seed the eval folders hold too few of.

A local brief, a wire item or a short blog post holds three or four paragraphs
between the page's top and foot. The eval pages' stories are mostly long (31 of the
705 recent ones hold under 300 words), and a model that learned from them is least
sure of a short story's first and last paragraphs: made pages of four short
paragraphs lost one or both. make train measures how much of such stories the fold
models keep (made_pages.short_stories); learning from them too did not help
(docs/extraction.md, "Short stories").

The page made here is the whole-page dump with its story cut after its k-th
paragraph: the page's lines from its top to the line holding that paragraph, then
the page's foot after the story's last line; the truth is the first k paragraphs.
k is drawn per page from a random stream named by the page and a salt, so the same
pages give the same file.
"""

from __future__ import annotations

import random

from .live_blog import lines_holding

# Paragraphs the short story keeps.
SIZES = (2, 3, 4, 5)
# Paragraphs cut beyond those kept, at the least: a story barely cut is no short one.
MIN_CUT = 3


def short_story(text: str, story: list[str], name: str,
                salt: str = "") -> tuple[str, list[str]] | None:
    """The seed `text` with its story (the truth's paragraphs) cut to its first few,
    and those paragraphs; None when the story is too short or the seed does not hold
    the lines needed, in order."""
    size = random.Random(f"{salt}{name}").choice(SIZES)
    if len(story) < size + MIN_CUT:
        return None
    lines = text.split("\n")
    starts, ends = lines_holding(lines, story[0]), lines_holding(lines, story[-1])
    if not starts or not ends:
        return None
    last = next((i for i in lines_holding(lines, story[size - 1]) if i >= starts[0]), None)
    if last is None or last >= ends[-1]:
        return None
    return "\n".join([*lines[:last + 1], *lines[ends[-1] + 1:]]), story[:size]
