"""Stage 3, judge: each line alone gets a shape (prose, near prose, short, furniture).

The first of jusText's two passes, on plain-text lines: length and stopword
density tell prose from menus; furniture rules name what is never article text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from . import rules
from .language import DENSE_SCRIPT, stoplist_for, stopword_count, words
from .model import PROSE_SHAPES, Judged, Label, Line, Shape

T = TypeVar("T")


@dataclass(frozen=True)
class Thresholds:
    """Where the shapes divide; the numbers are jusText's, in characters."""

    # Under this length a line is too short to judge by its words: a menu item, a label.
    short_chars: int = 70
    # Over this length, with enough stopwords, a line is prose on its own.
    long_chars: int = 200
    # Share of stopwords in running text of a language jusText has a list for.
    stopwords_high: float = 0.30
    stopwords_low: float = 0.20
    # Scripts with no spaces between words (CJK) pack a sentence in few characters.
    dense_script_short_chars: int = 25
    # A line whose longer words are capitalised at least this often is a headline
    # in title case ("Can a Person Survive Eating Only Beef?"), not a sentence.
    title_case_share: float = 0.75
    title_case_min_words: int = 3
    title_case_word_chars: int = 4


THRESHOLDS = Thresholds()

# A full sentence ends with one of these, possibly inside a closing quote or bracket:
# the Latin marks and the ellipsis, and the full stops and question marks other
# scripts write (Unicode's Sentence_Terminal): the ideographic full stop and its
# half-width form, the fullwidth marks, the danda of Hindi, Marathi, Nepali and
# Bengali (and its double), the Urdu full stop and the Arabic question mark, the
# Armenian, Ethiopic, Myanmar and Khmer full stops, the doubled marks.
SENTENCE_MARKS = tuple(".!?…。｡．！？\u0964\u0965\u06d4\u061f\u0589\u1362\u1367\u104b"
                       "\u17d4\u203c\u2047\u2048\u2049")
SENTENCE_END = re.compile(rf"[{re.escape(''.join(SENTENCE_MARKS))}]['’\"”»)\]]*$")
TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")


# SENTENCE_END's parts: the mark (SENTENCE_MARKS), then only closing quotes and brackets.
CLOSING_MARKS = "'’\"”»)]"


def ends_sentence(text: str) -> bool:
    """What SENTENCE_END.search(text) says, without a search that tries every
    position of a long paragraph: strip the closing marks, look at the last one."""
    if text.endswith("\n"):  # "$" also matches before a final newline
        return bool(SENTENCE_END.search(text))
    return text.rstrip(CLOSING_MARKS).endswith(SENTENCE_MARKS)


# A line of at most this many words cannot stand for the story as its standfirst or
# summary: a label ("Top Questions"), a stamp ("Last Updated: December 2025."), a
# widget's text ("Share this article copied!").
SLIGHT_MAX_WORDS = 4
# Nor can a short line ending in a colon ("Contents:", "Okay, here goes, post numero
# uno:"); a paragraph that ends in one, leading into a list, can.
SLIGHT_COLON_MAX_WORDS = 11
# A line ending in one of these leads into what follows it.
LEADS_ON = (":", "：")
# Text written without spaces (Chinese, Japanese) is slight below this many characters.
SLIGHT_MAX_CHARS = 14


def is_slight(text: str) -> bool:
    """Too slight a line to stand for the story: every list, feed and share preview
    shows the standfirst or summary as what the story is about."""
    text = text.strip()
    spaced = len(text.split())
    if text.endswith(LEADS_ON) and spaced <= SLIGHT_COLON_MAX_WORDS:
        return True
    if spaced <= 2 and DENSE_SCRIPT.search(text):
        return len(text) <= SLIGHT_MAX_CHARS
    return spaced <= SLIGHT_MAX_WORDS


def is_title_case(text: str) -> bool:
    """Most longer words capitalised and no full stop: a headline, a teaser link."""
    t = THRESHOLDS
    if text.endswith("."):
        return False
    long_words = [w for w in TITLE_WORD.findall(text) if len(w) >= t.title_case_word_chars]
    if len(long_words) < t.title_case_min_words:
        return False
    capitalised = sum(1 for w in long_words if w[0].isupper())
    return capitalised / len(long_words) >= t.title_case_share


# Menus, share rows and footers repeat from page to page of a site: their lines are
# judged once per process. Only short lines are kept, so the memory stays small.
CACHE_LINES = 8192
CACHE_MAX_CHARS = 200


def cached_when_short(compute: Callable[..., T]) -> Callable[..., T]:
    """compute(text, *rest), worked out once per process for a short line
    (CACHE_MAX_CHARS); a long line, which seldom comes again, is worked out each time."""
    cached = functools.lru_cache(maxsize=CACHE_LINES)(compute)

    @functools.wraps(compute)
    def call(text: str, *rest) -> T:
        return cached(text, *rest) if len(text) <= CACHE_MAX_CHARS else compute(text, *rest)

    return call


def judge_lines(lines: tuple[Line, ...], lang: str) -> tuple[Judged, ...]:
    """Give every line a shape and a first label, each with the rule that decided it."""
    stops = stoplist_for(lang)
    judged = []
    for line in lines:
        text = line.text
        shape, rule = (_judge_cached(text, lang) if len(text) <= CACHE_MAX_CHARS
                       else judge_text(text, stops))
        label = Label.PARAGRAPH if shape in PROSE_SHAPES else \
            Label.BOILERPLATE
        judged.append(Judged(line, shape, label, rule))
    return tuple(judged)


@functools.lru_cache(maxsize=CACHE_LINES)
def _judge_cached(text: str, lang: str) -> tuple[Shape, str]:
    return judge_text(text, stoplist_for(lang))


def judge_text(text: str, stops: frozenset[str]) -> tuple[Shape, str]:
    """A line's shape alone, and the name of the rule that decided it."""
    furniture = rules.match(rules.FURNITURE_RULES, text)
    if furniture is not None:
        return Shape.FURNITURE, furniture.name
    return _shape(text, stops)


def _shape(text: str, stops: frozenset[str]) -> tuple[Shape, str]:
    t = THRESHOLDS
    if DENSE_SCRIPT.search(text):
        if len(text) >= t.dense_script_short_chars and ends_sentence(text):
            return Shape.PROSE, "dense-script-sentence"
        return Shape.SHORT, "dense-script-short"
    if len(text) < t.short_chars:
        if is_title_case(text):
            return Shape.SHORT, "title-case"
        if ends_sentence(text) and len(words(text)) >= 4:
            return Shape.NEAR_PROSE, "short-sentence"
        return Shape.SHORT, "short-line"
    if not stops:
        # No stoplist for this language: sentence shape is all we have.
        return (Shape.PROSE, "long-sentence") if ends_sentence(text) else (
            Shape.NEAR_PROSE, "long-line")
    tokens = words(text)
    density = stopword_count(text, stops) / max(len(tokens), 1)
    if density >= t.stopwords_high:
        if len(text) > t.long_chars or ends_sentence(text):
            return Shape.PROSE, "prose"
        return Shape.NEAR_PROSE, "near-prose"
    if density >= t.stopwords_low:
        return Shape.NEAR_PROSE, "few-stopwords"
    return Shape.SHORT, "no-stopwords"
