"""Training labels: align a seed's lines with its page's true title, body, authors and date.

A line is body text when its words occur, in order, in the true body: each line
is located in the body by the 4-word sequences it shares with it (a short line by
its whole word sequence), and of all the places found, the heaviest chain that
runs forward through the body without overlapping is kept. A teaser that repeats
the lede further down the page, or a menu item that happens to be a word of the
story, cannot join that chain, so repeated text is labelled once, where it stands
in the story. The headline is the line that is the true title (or holds it with a
site name beside it) nearest above the body; bylines and date lines are short lines
outside the body that hold an author's name or the publication day.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

from seed_converter.dates import find_date
from seed_converter.model import Line

# The scorer's tokens: Han and kana characters one by one, else runs of letters/digits.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"
TOKEN = re.compile(f"[{_CJK}]|[^\\W_{_CJK}]+")
# Lines are located by sequences of this many tokens.
GRAM = 4
# A line is body text when at least this share of its tokens sits in the chain.
BODY_COVERAGE = 0.5
# A headline may carry a few more tokens than the title: "Title | Site Name".
TITLE_EXTRA_TOKENS = 6
# Bylines and date lines are short.
META_MAX_TOKENS = 20
# The truth's day is the metadata's, often UTC: the page may show the day before or after.
DATE_SLACK = dt.timedelta(days=1)


def tokens(text: str) -> list[str]:
    return TOKEN.findall(unicodedata.normalize("NFKC", text).casefold())


@dataclass(frozen=True)
class Truth:
    title: str
    body: str
    authors: tuple[str, ...] = ()
    date: dt.date | None = None


@dataclass(frozen=True)
class Aligned:
    """What each line is by the truth; `coverage` is the share of its tokens in the body."""

    body: tuple[bool, ...]
    coverage: tuple[float, ...]
    title: int | None
    bylines: tuple[int, ...]
    datelines: tuple[int, ...]


def align(lines: tuple[Line, ...], truth: Truth) -> Aligned:
    """Label every line of a seed from its page's truth."""
    line_tokens = [tokens(ln.text) for ln in lines]
    stream = [t for toks in line_tokens for t in toks]
    owner = [i for i, toks in enumerate(line_tokens) for _ in toks]
    counts = [0] * len(lines)
    for k in _aligned_tokens(stream, tokens(truth.body)):
        counts[owner[k]] += 1
    coverage = tuple(c / len(t) if t else 0.0 for c, t in zip(counts, line_tokens, strict=True))
    body = tuple(c >= BODY_COVERAGE for c in coverage)
    title = _title_line(line_tokens, tokens(truth.title), body)
    names = [tokens(a) for a in truth.authors if tokens(a)]
    bylines = tuple(
        i for i, toks in enumerate(line_tokens)
        if not body[i] and i != title and 0 < len(toks) <= META_MAX_TOKENS
        and any(_contains(toks, name) for name in names)
    )
    datelines = tuple(
        i for i, ln in enumerate(lines)
        if not body[i] and i != title and 0 < len(line_tokens[i]) <= META_MAX_TOKENS
        and truth.date is not None and _same_day(ln.text, truth.date)
    )
    return Aligned(body, coverage, title, bylines, datelines)


def _aligned_tokens(stream: list[str], body: list[str]) -> set[int]:
    """Positions of the seed's tokens that align with the body, in order.

    The seed's 4-grams (across line ends, so a subheading between two paragraphs
    is matched with them) are paired with where they occur in the body; the
    longest run of pairs increasing in both is the alignment (a longest
    increasing subsequence, each gram's body positions taken in decreasing order
    so that one gram is never used twice).
    """
    grams: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for k in range(len(body) - GRAM + 1):
        grams[tuple(body[k:k + GRAM])].append(k)
    tails: list[int] = []  # tails[n]: the smallest body position ending a run of n + 1
    ends: list[int] = []  # the pair at that tail
    pairs: list[int] = []  # the seed gram of each pair
    back: list[int] = []
    for j in range(len(stream) - GRAM + 1):
        for k in reversed(grams.get(tuple(stream[j:j + GRAM]), ())):
            at = bisect.bisect_left(tails, k)
            pairs.append(j)
            back.append(ends[at - 1] if at else -1)
            if at == len(tails):
                tails.append(k)
                ends.append(len(pairs) - 1)
            else:
                tails[at] = k
                ends[at] = len(pairs) - 1
    covered: set[int] = set()
    cur = ends[-1] if ends else -1
    while cur >= 0:
        covered.update(range(pairs[cur], pairs[cur] + GRAM))
        cur = back[cur]
    return covered


def _title_line(line_tokens: list[list[str]], title: list[str], body: tuple[bool, ...]):
    """The line that is the title, or holds it with a few more words, nearest above the body."""
    if not title:
        return None
    first_body = next((i for i, b in enumerate(body) if b), len(body))
    exact, loose = [], []
    for i, toks in enumerate(line_tokens):
        if toks == title:
            exact.append(i)
        elif len(toks) <= len(title) + TITLE_EXTRA_TOKENS and _contains(toks, title):
            loose.append(i)
    for found in (exact, loose):
        above = [i for i in found if i <= first_body]
        if above:
            return max(above)
        if found:
            return min(found)
    return None


def _contains(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(haystack[k:k + n] == needle for k in range(len(haystack) - n + 1))


def _same_day(text: str, day: dt.date) -> bool:
    found = find_date(text)
    return found is not None and abs(found.date() - day) <= DATE_SLACK
