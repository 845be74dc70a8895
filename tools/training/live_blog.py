"""A page dump's story set out as a live blog: a form of seed the eval folders lack.

A live page (an election night, a storm, a match) gives its story as updates, newest
first: each opens with the time it was posted, holds a paragraph or a few, and often
ends with its own share row. Copied from a browser, every update's time stamp and
share row stands between the story's paragraphs. No eval page is a live blog, and
a model that has only seen stories run unbroken took that rhythm for a list of
teasers: made from held-out pages, with a share row after each update it kept a half
to three quarters of the story (docs/extraction.md, "Live blogs").

The page made here is the whole-page dump with its story's lines (from the first to
the last the truth holds) replaced by the truth's paragraphs set out as updates. The
page's own top and foot stay. Time stamps and share rows are chosen per page, from a
random stream named by the page and a salt, so the same pages give the same file.
"""

from __future__ import annotations

import random
from collections.abc import Callable

# A story's line is found in a seed by its first characters: the dump may run it on
# into page furniture, or end it otherwise, further along.
PROBE_CHARS = 50
# A story shorter than this is no live blog.
MIN_LINES = 6
# Paragraphs per update.
UPDATE_SIZES = (1, 2, 3)
# The newest update's time; each update before it is 3 to 20 minutes older (a long
# story's updates run back over midnight into the day before).
LATEST = (17, 55)
MINUTES_APART = (3, 20)
# How each update's time is written, as newsrooms write it (hour, minute -> text).
STAMPS: tuple[Callable[[int, int], str], ...] = (
    lambda h, m: f"{h:02d}:{m:02d}",  # a 24-hour clock
    lambda h, m: f"{h:02d}.{m:02d} GMT",  # British papers
    lambda h, m: f"{(h - 1) % 12 + 1}:{m:02d}{'pm' if h >= 12 else 'am'}",  # American papers
    lambda h, m: f"{h:02d}:{m:02d} CET",  # with the zone
    lambda h, m: f"{(LATEST[0] - h) % 24 + 1}h ago",  # relative, as a page shows it copied
    lambda h, m: f"{m % 50 + 2} min ago",
)
# What a copy keeps after each update: nothing, or its share row as themes write it
# ("{stamp}": the update's own time).
SHARE_ROWS = (
    (),
    ("Share",),
    ("Share", "Updated at {stamp}"),
    ("Facebook", "Twitter"),
    ("Copy link",),
)


def live_blog(text: str, story: list[str], name: str, salt: str = "") -> str | None:
    """The seed `text` with its story (the truth's paragraphs) set out as a live
    blog's updates; None when the story is too short or the seed does not hold its
    first and last lines."""
    if len(story) < MIN_LINES:
        return None
    lines = text.split("\n")
    starts, ends = lines_holding(lines, story[0]), lines_holding(lines, story[-1])
    if not starts or not ends or ends[-1] < starts[0]:
        return None
    rnd = random.Random(f"{salt}{name}")
    stamp, after = rnd.choice(STAMPS), rnd.choice(SHARE_ROWS)
    updates: list[str] = []
    hour, minute = LATEST
    k = 0
    while k < len(story):
        size = rnd.choice(UPDATE_SIZES)
        posted = stamp(hour, minute)
        updates.append(posted)
        for line in story[k:k + size]:
            updates += [line, ""]
        updates += [row.replace("{stamp}", posted) for row in after]
        if after:
            updates.append("")
        k += size
        minute -= rnd.randint(*MINUTES_APART)
        if minute < 0:
            hour, minute = (hour - 1) % 24, minute + 60
    return "\n".join([*lines[:starts[0]], "", *updates, *lines[ends[-1] + 1:]])


def lines_holding(lines: list[str], story_line: str) -> list[int]:
    """The seed's lines (by index) that hold a line of the story (PROBE_CHARS)."""
    probe = story_line[:PROBE_CHARS]
    return [i for i, line in enumerate(lines) if probe in line]
