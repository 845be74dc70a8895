"""A story the page holds twice: the later copies are dropped.

Some pages carry their story more than once (a tabbed or collapsed copy, the
desktop and the mobile layout in one document); a dump of them holds the story
two or three times over, and a reader would read it again. A run of kept lines
that each repeat, word for word, a line kept higher up is such a copy, once it is
long enough not to be a refrain or a list's repeated entries ("Book now", "Pros").
"""

from __future__ import annotations

from . import rules
from .model import Judged, Label

# A copy of the story is at least this many lines in a row, each a repeat …
COPY_MIN_LINES = 3
# … and this many words: a story's refrain or a repeated list of two or three short
# entries is shorter, and stays.
COPY_MIN_WORDS = 60


def drop_repeated_story(lines: tuple[Judged, ...], story: frozenset[Label]) -> tuple[Judged, ...]:
    """Every run of kept story lines that repeats lines kept above it, at least
    COPY_MIN_LINES lines and COPY_MIN_WORDS words, is dropped as a copy."""
    kept = [i for i, j in enumerate(lines) if j.label in story]
    seen: set[str] = set()
    repeat = []
    for i in kept:
        key = " ".join(lines[i].line.text.split()).casefold()
        repeat.append(key in seen)
        seen.add(key)
    copies: list[int] = []
    run: list[int] = []
    for i, again in zip((*kept, None), (*repeat, False), strict=True):
        if again:
            run.append(i)
            continue
        if len(run) >= COPY_MIN_LINES and \
                sum(len(lines[k].line.text.split()) for k in run) >= COPY_MIN_WORDS:
            copies.extend(run)
        run = []
    if not copies:
        return lines
    out = list(lines)
    for i in copies:
        out[i] = lines[i].relabelled(Label.BOILERPLATE, rules.REPEATED_STORY)
    return tuple(out)
