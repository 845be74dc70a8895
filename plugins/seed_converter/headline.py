"""Find the headline: the headline-shaped line above the main text that scores best.

A page dump has many headline-shaped lines above the story: the site's name,
menu items, other stories' headlines, the author's name, "Key Points". The
story's own headline is told from them by what it shares with the story: it
names the same things as the opening paragraphs, it is often repeated in the
page (the <title>, a breadcrumb, "Share … for: <headline>"), and a byline or a
date sits next to it. Each of these adds a named weight; distance costs a little.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from . import rules
from .bylines import byline_names, is_byline, is_name_line
from .dates import find_date, find_relative
from .judging import CACHE_LINES, CACHE_MAX_CHARS, cached_when_short, ends_sentence
from .language import DENSE_SCRIPT, WORDS_CACHE_CHARS, words
from .model import PROSE_SHAPES, Judged, Shape


@dataclass(frozen=True)
class HeadlineWeights:
    """What each piece of evidence adds to a candidate's score."""

    # Content words shared with the opening paragraphs: half the share of the
    # line's words, half their number (up to SHARED_ENOUGH), so that neither a
    # two-word label nor a long caption wins on overlap alone.
    lede_overlap: float = 3.0
    # The line appears again elsewhere in the page: the <title>, a breadcrumb
    # (only for lines of GOOD_WORDS: menu labels repeat too).
    repeated: float = 1.0
    # A byline or a date line within META_REACH lines below (the usual order) …
    meta_below: float = 2.0
    # … or only above ("Published 2 hours ago" over the headline).
    meta_above: float = 0.5
    # Between GOOD_WORDS words: most headlines; labels and names are shorter.
    good_length: float = 0.5
    short_line: float = -0.5
    # The seed's first line: a copied page often starts with its <title>.
    first_line: float = 0.5
    # Per line between the candidate and the main text.
    distance: float = -0.02
    # Only a person's name, or the line after a "By"/"Author:" label: the byline
    # sits beside the date as a headline does, but names the writer.
    author_line: float = -2.0


WEIGHTS = HeadlineWeights()
# How far above the main text to look, in lines (share rows and galleries can be long).
LOOKBACK = 40
# How far into the main text the headline may sit (a run can open with it).
LOOKAHEAD = 2
# A headline has between these many words; most have between GOOD_WORDS.
TITLE_WORDS = (2, 30)
GOOD_WORDS = (4, 25)
# Dense scripts (CJK) have no spaces: count characters instead.
DENSE_TITLE_CHARS = (5, 80)
# The opening paragraphs compared with a candidate: this many words of the main text.
LEDE_WORDS = 250
# How near a byline or date line must be to count, in non-furniture lines.
META_REACH = 4
# This many shared content words is full evidence of overlap.
SHARED_ENOUGH = 4
# A line this close under a "Related"/"Most read" header is an item of that list.
LIST_REACH = 3
# Below this score no line is trusted as the headline.
MIN_SCORE = 0.8
# A date line has at most this many words besides numbers.
DATELINE_WORDS = 10
# Addresses, handles and e-mail are never a headline.
# Breadcrumbs ("News > World > Asia") neither.
NOT_TITLE = re.compile(r"https?://|www\.|@\w|\w@\w|\.(?:com|org|net)\b|\s[>›»]\s", re.IGNORECASE)
# A line is found again in its page by this many characters of it.
KEY_CHARS = 300
# A label line that introduces the writer's name on the next line.
AUTHOR_LABEL = re.compile(r"^(?:by|author|written by|words|reporter|von|par|por|di|door)\s*:?$",
                          re.IGNORECASE)
NOT_TITLE_END = (".", ",", ":", ";", "›", ">", "»", "|", "/", "-")


def find_headline(judged: tuple[Judged, ...], start: int, end: int,
                  stops: frozenset[str]) -> int | None:
    """Return the index of the headline of the main text [start, end), if any."""
    best, best_score = None, MIN_SCORE
    for i, score in headline_scores(judged, start, end, stops).items():
        if score > best_score:
            best, best_score = i, score
    return best


def headline_scores(judged: tuple[Judged, ...], start: int, end: int,
                    stops: frozenset[str], opening: frozenset[str] | None = None,
                    keys: tuple[str, ...] | None = None) -> dict[int, float]:
    """The evidence score of each headline candidate near the main text [start, end).

    `opening` is the run's _lede_words and `keys` every line's key(), when the
    caller has them already.
    """
    if opening is None:
        opening = _lede_words(judged, start, end, stops)
    if keys is None:
        keys = tuple(key(j.line.text) for j in judged)
    repeats = Counter(keys)
    scores = {}
    for i in range(max(0, start - LOOKBACK), min(start + LOOKAHEAD + 1, end, len(judged))):
        if not is_headline_shaped(judged[i]) or _in_story_list(judged, i):
            continue
        # A line inside the run is compared with what follows it, never with itself.
        lede = opening if i < start else _lede_words(judged, i + 1, end, stops)
        scores[i] = _score(judged, i, start, lede, (keys, repeats), stops)
    return scores


def is_headline_shaped(j: Judged) -> bool:
    """A line that could be a headline: the right length, not a sentence, not furniture."""
    return j.shape is not Shape.FURNITURE and headline_shaped_text(j.line.text)


# The same short lines are asked about by the features and the headline evidence,
# page after page (menus, teasers): each is looked at once.
@cached_when_short
def headline_shaped_text(text: str) -> bool:
    """The text could be a headline: the right length, not a sentence, not a byline."""
    if NOT_TITLE.search(text) or rules.BULLET.match(text):
        return False
    if text.endswith(NOT_TITLE_END) or (ends_sentence(text) and not text.endswith(("?", "!"))):
        return False
    if is_byline(text) or is_dateline(text):
        return False
    if DENSE_SCRIPT.search(text):
        return DENSE_TITLE_CHARS[0] <= len(text) <= DENSE_TITLE_CHARS[1]
    return TITLE_WORDS[0] <= len(words(text)) <= TITLE_WORDS[1]


def _in_story_list(judged, i: int) -> bool:
    """The line is an item of a "Related" or "Most read" list, not this story's headline.

    Unless a byline or date line follows it straight away, as one follows a headline.
    """
    if _meta_near(judged, i, 1, reach=1):
        return False
    for k in range(i - 1, max(i - LIST_REACH, 0) - 1, -1):
        text = judged[k].line.text
        if rules.match(rules.END_MARKERS, text) or rules.match(rules.LIST_HEADERS, text):
            return True
        if judged[k].shape in PROSE_SHAPES:
            return False
    return False


# The features, the run's barriers and the headline evidence ask of the same lines.
@cached_when_short
def is_dateline(text: str) -> bool:
    """A date with little else on the line: "Published Nov. 19, 2019 8:03 am ET"."""
    # The word count first: it is known already, and a relative date is looked for
    # by patterns that try every place of the line.
    if len(words(text)) <= DATELINE_WORDS and find_relative(text) is not None:
        return True
    if find_date(text) is None:
        return False
    return sum(1 for w in words(text) if not w.isdigit()) <= DATELINE_WORDS


def content_words(text: str, stops: frozenset[str]) -> frozenset[str]:
    """The words that carry meaning; character pairs for scripts without spaces."""
    if len(text) <= CACHE_MAX_CHARS:
        return _content_words_cached(text, stops)
    if len(text) <= WORDS_CACHE_CHARS:
        return _paragraph_content_words(text, stops)
    return _content_words(text, stops)


# Short lines (headlines, menus, bylines) are compared with the opening again and
# again: their words are worked out once.
@functools.lru_cache(maxsize=CACHE_LINES)
def _content_words_cached(text: str, stops: frozenset[str]) -> frozenset[str]:
    return _content_words(text, stops)


# The story's opening paragraphs are read by the line features, the headline
# evidence and the headline model in turn: a seed's worth of them is kept.
PARAGRAPH_CACHE = 256


@functools.lru_cache(maxsize=PARAGRAPH_CACHE)
def _paragraph_content_words(text: str, stops: frozenset[str]) -> frozenset[str]:
    return _content_words(text, stops)


def _content_words(text: str, stops: frozenset[str]) -> frozenset[str]:
    text = unicodedata.normalize("NFKC", text)
    if DENSE_SCRIPT.search(text):
        chars = [c for c in text if DENSE_SCRIPT.match(c)]
        return frozenset(a + b for a, b in itertools.pairwise(chars))
    # Each word once, then the stopwords off at once: a paragraph repeats its words.
    found = frozenset(words(text)).difference(stops)
    return frozenset(w for w in found if len(w) > 2 and not w.isdigit())


def opening_words(texts: Iterable[str], stops: frozenset[str]) -> frozenset[str]:
    """The content words of the first LEDE_WORDS words of a story's paragraphs."""
    found: set[str] = set()
    budget = LEDE_WORDS
    for text in texts:
        found |= content_words(text, stops)
        budget -= len(text.split())
        if budget <= 0:
            break
    return frozenset(found)


def _lede_words(judged, start: int, end: int, stops: frozenset[str]) -> frozenset[str]:
    return opening_words((j.line.text for j in judged[start:end]
                          if j.shape in PROSE_SHAPES), stops)


def key(text: str) -> str:
    """A line as its lower-case words, for finding it again in the page.

    A long line is known by its first KEY_CHARS characters: two paragraphs that
    open alike are the same paragraph.
    """
    return _key(text[:KEY_CHARS])


@functools.lru_cache(maxsize=CACHE_LINES)
def _key(prefix: str) -> str:
    return " ".join(words(unicodedata.normalize("NFKC", prefix)))


def _repeated(i: int, keys: tuple[str, ...], repeats: Counter[str]) -> bool:
    """The line occurs twice, or inside a longer line (breadcrumbs, share texts)."""
    key = keys[i]
    if repeats[key] > 1:
        return True
    if len(key.split()) < GOOD_WORDS[0]:
        return False
    return any(key in other for k, other in enumerate(keys) if k != i and len(other) > len(key))


def only_names(text: str, stops: frozenset[str]) -> bool:
    """The line is people's names and at most one more word ("Jane Doe Reuters")."""
    return is_name_line(text, stops) and names_fill_line(text)


# The line features and the headline's evidence ask of the same name lines.
@cached_when_short
def names_fill_line(text: str) -> bool:
    """The names of a line take all of it but at most one word."""
    named = sum(len(name.split()) for name in byline_names(text))
    return named >= len(text.split()) - 1


def _meta_near(judged, i: int, step: int, reach: int = META_REACH) -> bool:
    """A byline or a date line close by in one direction, skipping furniture."""
    seen, k = 0, i + step
    while 0 <= k < len(judged) and seen < reach:
        j = judged[k]
        if j.shape is not Shape.FURNITURE:
            if is_byline(j.line.text) or is_dateline(j.line.text):
                return True
            seen += 1
        k += step
    return False


def _score(judged, i: int, start: int, lede: set[str],
           page: tuple[tuple[str, ...], Counter[str]], stops: frozenset[str]) -> float:
    w = WEIGHTS
    text = judged[i].line.text
    mine = content_words(text, stops)
    shared = len(mine & lede)
    if mine:
        share, enough = shared / len(mine), min(shared, SHARED_ENOUGH) / SHARED_ENOUGH
        score = w.lede_overlap * (share + enough) / 2
    else:
        score = 0.0
    if _meta_near(judged, i, 1):
        score += w.meta_below
    elif _meta_near(judged, i, -1):
        score += w.meta_above
    n = len(words(text))
    if DENSE_SCRIPT.search(text) or GOOD_WORDS[0] <= n <= GOOD_WORDS[1]:
        score += w.good_length
        if _repeated(i, *page):
            score += w.repeated
    elif n < GOOD_WORDS[0]:
        score += w.short_line
    if i == 0:
        score += w.first_line
    if only_names(text, stops) or (i > 0 and AUTHOR_LABEL.match(judged[i - 1].line.text)):
        score += w.author_line
    return score + w.distance * abs(start - i)
