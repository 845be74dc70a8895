"""The story's main run of prose: the densest stretch of prose lines in the page.

A maximum-sum segment over line scores (prose adds its length, short lines and
furniture cost), cut at end markers and bare date lines, and carried over a
"Related" box set inside the story. The line labeller reads where a line stands
relative to this run as one of its features.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import rules
from .dates import find_date
from .headline import is_dateline
from .judging import cached_when_short, ends_sentence
from .model import PROSE_SHAPES, Judged, Shape


@dataclass(frozen=True)
class Weights:
    """What each shape adds to a run of lines: prose adds its length, furniture costs."""

    prose: float = 1.0  # per character
    near_prose: float = 0.5  # per character
    short: float = -30.0  # per line: menus are many short lines in a row
    furniture: float = -60.0  # per line


WEIGHTS = Weights()
# A bare date line starts with the date, maybe after a weekday and a month name.
BARE_DATE_START = re.compile(r"^(?:[^\W\d_]+\.?,?\s+){0,2}\d")
# A related-stories box inside a story: its header and links, at most this many
# lines, and the subheading the story may resume under; the story resumes with this
# many paragraphs in a row, an interview's question perhaps between them.
BOX_LINES = 4
RESUME_UNDER_HEADING = 1
BOX_RESUME = 2
BOX_HEADERS = rules.LIST_HEADERS + tuple(r for r in rules.END_MARKERS if r.name == "end:related")


def densest_run(judged: tuple[Judged, ...]) -> tuple[int, int]:
    """[start, end) of the story's main run of prose, carried over related boxes."""
    start, end = _densest_run(judged, _barriers(judged))
    return _bridge_boxes(judged, start, end)


def _score(j: Judged) -> float:
    w = WEIGHTS
    shape = j.shape
    if shape is Shape.PROSE:
        return w.prose * len(j.line.text)
    if shape is Shape.NEAR_PROSE:
        return w.near_prose * len(j.line.text)
    if shape is Shape.SHORT:
        return w.short
    if shape is Shape.FURNITURE:
        return w.furniture
    raise ValueError(f"no run weight for {shape}")


def _densest_run(judged: tuple[Judged, ...], barriers: list[bool]) -> tuple[int, int]:
    """Return [start, end) of the segment with the highest total score (Kadane).

    No segment crosses a barrier line: the story is on one side of it.
    """
    best, best_span = float("-inf"), (0, 0)
    total, run_start = 0.0, 0
    for i, j in enumerate(judged):
        if barriers[i]:
            total, run_start = 0.0, i + 1
            continue
        if total <= 0:
            total, run_start = 0.0, i
        total += _score(j)
        if total > best:
            best, best_span = total, (run_start, i + 1)
    return best_span


def _barriers(judged: tuple[Judged, ...]) -> list[bool]:
    """End markers ("Related", "Comments") and bare date lines divide a page.

    A line holding only a date, in the middle of prose, is a list of other
    stories (headline, date, teaser) or a comment thread, not the story: the
    story's own date line sits above it, between headline and text.
    """
    return [is_barrier(j.line.text) for j in judged]


# Menus and footers repeat from page to page of a site: short lines are looked at
# once per process.
@cached_when_short
def is_barrier(text: str) -> bool:
    """An end marker or a bare date line: the story is on one side of it."""
    return rules.match(rules.END_MARKERS, text) is not None or _bare_date(text)


def _bare_date(text: str) -> bool:
    """A line that opens with a date and holds little else ("Tuesday November 19, 2019").

    Not a tweet's signature ("— Jane Doe (@jane) November 19, 2019") nor a
    caption's "(Published Monday, Nov. 18, 2019)": those sit inside stories.
    """
    if not BARE_DATE_START.match(text) or not is_dateline(text):
        return False
    found = find_date(text)
    return found is not None


def _bridge_boxes(judged: tuple[Judged, ...], start: int, end: int) -> tuple[int, int]:
    """Carry the run over a "Related" box set inside the story, either side.

    A box is the header and a few links (at most BOX_LINES lines); the story
    goes on after it, perhaps under a subheading, with at least BOX_RESUME
    paragraphs (_story_resumes), where a list of teasers would alternate headline
    and excerpt.
    """
    while True:
        k = _across_box(judged, end, 1)
        if k is None or not _story_resumes(judged, k):
            break
        end = k
        while end < len(judged) and judged[end].shape in PROSE_SHAPES:
            end += 1
    while True:
        k = _across_box(judged, start - 1, -1)
        if k is None or not _prose_run(judged, k, -1, 1):
            break
        start = k
        while start > 0 and judged[start - 1].shape in PROSE_SHAPES:
            start -= 1
    return start, end


def _across_box(judged, i: int, step: int) -> int | None:
    """The first prose line past a related-stories box starting at i, if one is there."""
    boxed = False
    for n in range(BOX_LINES + RESUME_UNDER_HEADING + 1):
        k = i + n * step
        if not 0 <= k < len(judged):
            return None
        j = judged[k]
        if j.shape is Shape.PROSE:
            return k if boxed else None
        if rules.match(BOX_HEADERS, j.line.text):
            boxed = True
        elif _bare_date(j.line.text) or rules.match(rules.END_MARKERS, j.line.text):
            return None
    return None


def _story_resumes(judged, k: int) -> bool:
    """BOX_RESUME paragraphs from k on (k itself is prose: _across_box found it), in a
    row or either side of one sentence (an interview's question): a list of teasers
    alternates them with headlines."""
    if _prose_run(judged, k, 1, BOX_RESUME):
        return True
    between = judged[k + 1] if k + 1 < len(judged) else None
    return (between is not None and between.shape in PROSE_SHAPES
            and ends_sentence(between.line.text)
            and _prose_run(judged, k + 2, 1, BOX_RESUME - 1))


def _prose_run(judged, k: int, step: int, count: int) -> bool:
    """`count` prose lines in a row from k on."""
    for n in range(count):
        i = k + n * step
        if not 0 <= i < len(judged) or judged[i].shape is not Shape.PROSE:
            return False
    return True
