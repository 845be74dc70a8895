"""What the headline and byline models see: a line's features, and where it stands
relative to the story the body model found.

The headline is the candidate that names what the story's opening names, sits just
above it, and is shaped like a headline; the byline and date lines are short lines
close to the headline. Both are judged after the body, so each candidate knows its
distance to the body's first line and to the headline.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .features import LINE_INDEX, Group, Page, _f, log1p_table, signed_logs
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
# Kept lines this few lines apart are one block of story: a subheading, a photo
# credit or a share row between two paragraphs does not split the story.
BLOCK_GAP = 3
# The story a headline heads starts within this many lines under it.
HEADS_LINES = 20

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
    _f("to_main_story", H, "signed lines to the first line of the block of story text "
       "with the most words: a teaser kept above the story is not where it starts"),
    _f("words_headed", H, "words of story text in the lines right under it: a headline "
       "heads the story, a promo's heading a paragraph"),
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
    is_body = body >= BODY_PROBABILITY
    above = np.cumsum(is_body) - is_body
    n, k = len(body), len(lines)
    at = np.array(lines)
    log1p = log1p_table(max(n, k) + 1)
    own = np.empty((k, len(TITLE_NAMES)), dtype=np.float32)
    own[:, 0] = body[at]
    own[:, 1] = signed_logs(at - start, FAR)
    own[:, 2] = np.array(log1p)[above[at]]
    own[:, 3:5] = [_opening_shared(page.lines[i].text, stops, opening) for i in lines]
    own[:, 5] = log1p[k]
    own[:, 6] = 0.0
    own[0, 6] = 1.0
    own[:, 7] = log1p[:k]
    # The body model's view of the lines just above and below (-1 past the page).
    padded = np.concatenate([[-1.0], body, [-1.0] * 3])
    for col, o in enumerate((-1, 1, 2, 3), start=8):
        own[:, col] = padded[at + o + 1]
    own[:, 12] = log1p[start]
    main = _main_block(is_body, n_words)
    own[:, 13] = signed_logs(at - main, FAR)
    kept_words = np.concatenate([[0.0], np.cumsum(np.where(is_body, n_words, 0.0))])
    own[:, 14] = np.log1p(kept_words[np.minimum(n, at + 1 + HEADS_LINES)] - kept_words[at + 1])
    return Candidates(lines, np.hstack([own, m[list(lines)]]))


def _main_block(is_body: np.ndarray, n_words: np.ndarray) -> int:
    """The first line of the block of kept lines (no more than BLOCK_GAP lines apart)
    that holds the most words; the end of the page if none is kept."""
    kept = np.flatnonzero(is_body)
    if not len(kept):
        return len(is_body)
    starts = np.concatenate([[0], np.flatnonzero(np.diff(kept) > BLOCK_GAP + 1) + 1])
    words = np.add.reduceat(n_words[kept], starts)
    return int(kept[starts[int(np.argmax(words))]])


def _opening_shared(text: str, stops: frozenset[str], opening: frozenset[str],
                    ) -> tuple[float, float]:
    """opening_share and opening_count of a line."""
    mine = content_words(text, stops)
    shared = len(mine & opening)
    return (shared / len(mine) if mine else 0.0, min(shared, SHARED_ENOUGH) / SHARED_ENOUGH)


def meta_candidates(page: Page, body: np.ndarray, title: int | None) -> Candidates:
    """Short lines near the headline, with META_FEATURES and line features."""
    m = page.matrix
    n = len(body)
    centre = title if title is not None else body_start(body)
    lo, hi = max(0, centre - META_ABOVE), min(n, centre + META_BELOW + 1)
    n_words = np.expm1(m[:, LINE_INDEX["log_words"]])
    near = np.arange(lo, hi)
    fits = (n_words[lo:hi] >= 1) & (n_words[lo:hi] <= META_MAX_WORDS + 0.5)
    if title is not None:
        fits &= near != title
    at = near[fits]
    if not len(at):
        return Candidates((), np.zeros((0, len(META_NAMES) + m.shape[1]), dtype=np.float32))
    own = np.empty((len(at), len(META_NAMES)), dtype=np.float32)
    own[:, 0] = signed_logs(at - centre, FAR)
    own[:, 1] = at < centre
    own[:, 2] = body[at]
    own[:, 3] = signed_logs(at - body_start(body), FAR)
    return Candidates(tuple(int(i) for i in at), np.hstack([own, m[at]]))


def _opening(page: Page, body: np.ndarray, stops: frozenset[str]) -> frozenset[str]:
    """Content words of the opening of what the body model takes for the story."""
    story = np.flatnonzero(body >= BODY_PROBABILITY)
    return opening_words((page.lines[int(i)].text for i in story), stops)
