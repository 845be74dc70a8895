"""What the headline and byline models see: a line's features, and where it stands
relative to the story the body model found.

The headline is the candidate that names what the story's opening names, sits just
above it, and is shaped like a headline; the byline and date lines are short lines
close to the headline. Both are judged after the body, so each candidate knows its
distance to the body's first line and to the headline.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .features import LINE_INDEX, Group, Page, _f, signed_log
from .headline import content_words, opening_words
from .language import stoplist_for

# A headline has at most this many words and characters (longer lines are prose).
TITLE_MAX_WORDS = 40
TITLE_MAX_CHARS = 300
# A line the body model gives at least this probability counts as the story's text.
BODY_PROBABILITY = 0.5
# Words shared with the opening: this many say as much as any more.
SHARED_ENOUGH = 4
# Byline and date lines sit this near the headline (lines above, lines below).
META_ABOVE = 10
META_BELOW = 15
META_MAX_WORDS = 25
FAR = 60

H = Group.HEADER
TITLE_FEATURES = (
    _f("body_probability", H, "the body model's view: a headline is not body text"),
    _f("to_body_start", H, "signed lines to the story's first line: the headline sits just above"),
    _f("body_lines_above", H, "lines of story text above: a headline comes before them"),
    _f("opening_share", H, "share of its content words the story's opening repeats"),
    _f("opening_count", H, "how many content words the opening repeats"),
    _f("candidates", H, "how many lines could be a headline: menus make many"),
    _f("first_candidate", H, "the first possible headline: a from-headline dump starts with it"),
    _f("candidate_rank", H, "how many candidates come before it"),
    *(_f(f"body_probability@{o:+d}", H, "is story text right below or above")
      for o in (-1, 1, 2, 3)),
    _f("body_start", H, "where the story starts: near the top, the page was copied from "
       "the headline down and its first line is the headline"),
)
META_FEATURES = (
    _f("to_title", H, "signed lines to the headline: bylines and dates sit beside it"),
    _f("above_title", H, "above the headline: kickers, dates, breadcrumbs"),
    _f("body_probability", H, "the body model's view of the line"),
    _f("to_body_start", H, "signed lines to the story's first line"),
)
TITLE_NAMES = tuple(f.name for f in TITLE_FEATURES)
META_NAMES = tuple(f.name for f in META_FEATURES)


@dataclass(frozen=True)
class Candidates:
    """Lines that could be the headline (or a byline), and their feature matrix."""

    lines: tuple[int, ...]
    matrix: np.ndarray


def body_start(body: np.ndarray) -> int:
    """The first line the body model takes for story text (the end if none)."""
    hits = np.flatnonzero(body >= BODY_PROBABILITY)
    return int(hits[0]) if len(hits) else len(body)


def title_candidates(page: Page, body: np.ndarray, lang: str) -> Candidates:
    """Every line short enough to be a headline, with TITLE_FEATURES and line features."""
    m = page.matrix
    n_words = np.expm1(m[:, LINE_INDEX["log_words"]])
    chars = np.expm1(m[:, LINE_INDEX["log_chars"]])
    lines = tuple(int(i) for i in np.flatnonzero(
        (n_words >= 1) & (n_words <= TITLE_MAX_WORDS + 0.5) & (chars <= TITLE_MAX_CHARS)))
    if not lines:
        return Candidates((), np.zeros((0, len(TITLE_NAMES) + m.shape[1]), dtype=np.float32))
    stops = stoplist_for(lang)
    start = body_start(body)
    opening = _opening(page, body, stops)
    above = np.cumsum(body >= BODY_PROBABILITY) - (body >= BODY_PROBABILITY)
    n = len(body)
    rows = []
    for rank, i in enumerate(lines):
        mine = content_words(page.lines[i].text, stops)
        shared = len(mine & opening)
        rows.append([
            float(body[i]),
            signed_log(i - start, FAR),
            math.log1p(float(above[i])),
            shared / len(mine) if mine else 0.0,
            min(shared, SHARED_ENOUGH) / SHARED_ENOUGH,
            math.log1p(len(lines)),
            float(rank == 0),
            math.log1p(rank),
            *(float(body[i + o]) if 0 <= i + o < n else -1.0 for o in (-1, 1, 2, 3)),
            math.log1p(start),
        ])
    own = np.array(rows, dtype=np.float32)
    return Candidates(lines, np.hstack([own, m[list(lines)]]))


def meta_candidates(page: Page, body: np.ndarray, title: int | None) -> Candidates:
    """Short lines near the headline, with META_FEATURES and line features."""
    m = page.matrix
    n = len(body)
    centre = title if title is not None else body_start(body)
    lo, hi = max(0, centre - META_ABOVE), min(n, centre + META_BELOW + 1)
    n_words = np.expm1(m[:, LINE_INDEX["log_words"]])
    lines = tuple(i for i in range(lo, hi)
                  if i != title and 1 <= n_words[i] <= META_MAX_WORDS + 0.5)
    if not lines:
        return Candidates((), np.zeros((0, len(META_NAMES) + m.shape[1]), dtype=np.float32))
    start = body_start(body)
    own = np.array([[signed_log(i - centre, FAR), float(i < centre), float(body[i]),
                     signed_log(i - start, FAR)] for i in lines], dtype=np.float32)
    return Candidates(lines, np.hstack([own, m[list(lines)]]))


def _opening(page: Page, body: np.ndarray, stops: frozenset[str]) -> frozenset[str]:
    """Content words of the opening of what the body model takes for the story."""
    story = np.flatnonzero(body >= BODY_PROBABILITY)
    return opening_words((page.lines[int(i)].text for i in story), stops)
