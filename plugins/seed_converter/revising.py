"""Stage 4, revise: judge each line again by its neighbours and its place in the page.

The article is the densest run of prose (a maximum-sum segment over line scores);
everything outside it is furniture, except the headline above it and a byline or
dateline between the two. Inside it, end markers cut the run, short lines before
prose become subheadings, runs of bulleted lines become lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import quotes, rules
from .bylines import is_by_alone, is_byline, is_name_line
from .dates import find_date
from .headline import find_headline, is_dateline, is_headline_shaped
from .judging import ends_sentence
from .language import stoplist_for, words
from .model import Judged, Label, Shape


@dataclass(frozen=True)
class Weights:
    """What each shape adds to a run of lines: prose adds its length, furniture costs."""

    prose: float = 1.0  # per character
    near_prose: float = 0.5  # per character
    short: float = -30.0  # per line: menus are many short lines in a row
    furniture: float = -60.0  # per line


WEIGHTS = Weights()
# How far above the main text to look for the headline, in lines.
TITLE_LOOKBACK = 12
# A bare date line starts with the date, maybe after a weekday and a month name.
BARE_DATE_START = re.compile(r"^(?:[^\W\d_]+\.?,?\s+){0,2}\d")
# A related-stories box inside a story: its header and links, at most this many
# lines; the story resumes with this many paragraphs in a row.
BOX_LINES = 4
BOX_RESUME = 2
BOX_HEADERS = rules.LIST_HEADERS + tuple(r for r in rules.END_MARKERS if r.name == "end:related")
PROSE_SHAPES = (Shape.PROSE, Shape.NEAR_PROSE)
# Bylines and date lines sit this many lines above the headline, or below the
# start of the text, at most.
HEADER_ABOVE = 3
HEADER_BELOW = 3
# A bare name is the author's when a date line is this near (lines).
NAME_DATE_REACH = 2
# A subheading is short; longer lines without a full stop are captions or teasers.
HEADING_MAX_WORDS = 14
# A deck (standfirst) is one or two sentences under the headline.
DECK_MAX_WORDS = 50


@dataclass(frozen=True)
class Revised:
    """The judged lines with their final labels, and the headline if one was found."""

    lines: tuple[Judged, ...]
    title: str | None


def revise(judged: tuple[Judged, ...], lang: str = "en") -> Revised:
    """Find the main run, the headline and the structure inside the run."""
    if not judged:
        return Revised((), None)
    start, end = _densest_run(judged, _barriers(judged))
    start, end = _bridge_boxes(judged, start, end)
    labels = [_outside(j) for j in judged]
    for i in range(start, end):
        labels[i] = _inside(judged, i)
    title_at = find_headline(judged, start, end, stoplist_for(lang))
    if title_at is None:
        title_at = _fallback_title(judged, start)
    if title_at is not None:
        for i in range(start, title_at):
            labels[i] = replace(judged[i], label=Label.BOILERPLATE, rule="above-headline")
        labels[title_at] = replace(judged[title_at], label=Label.TITLE, rule="headline")
        _mark_header(judged, labels, title_at, start, stoplist_for(lang))
        _mark_deck(labels, title_at)
    _mark_lists(judged, labels)
    quotes.mark_block_quotes(labels)
    quotes.drop_pull_quotes(labels)
    title = judged[title_at].line.text if title_at is not None else None
    return Revised(tuple(labels), title)


def _score(j: Judged) -> float:
    w = WEIGHTS
    return {
        Shape.PROSE: w.prose * len(j.line.text),
        Shape.NEAR_PROSE: w.near_prose * len(j.line.text),
        Shape.SHORT: w.short,
        Shape.FURNITURE: w.furniture,
    }[j.shape]


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
    return [
        rules.match(rules.END_MARKERS, j.line.text) is not None or _bare_date(j.line.text)
        for j in judged
    ]


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
    goes on after it with at least BOX_RESUME paragraphs in a row, where a list
    of teasers would alternate headline and excerpt.
    """
    while True:
        k = _across_box(judged, end, 1)
        if k is None or not _prose_run(judged, k, 1, BOX_RESUME):
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
    for n in range(BOX_LINES + 1):
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


def _prose_run(judged, k: int, step: int, count: int) -> bool:
    """`count` prose lines in a row from k on."""
    for n in range(count):
        i = k + n * step
        if not 0 <= i < len(judged) or judged[i].shape is not Shape.PROSE:
            return False
    return True


def _outside(j: Judged) -> Judged:
    rule = j.rule if j.shape is Shape.FURNITURE else "outside-main-text"
    return replace(j, label=Label.BOILERPLATE, rule=rule)


def _inside(judged: tuple[Judged, ...], i: int) -> Judged:
    j = judged[i]
    if j.shape is Shape.FURNITURE:
        return j
    if j.shape in (Shape.PROSE, Shape.NEAR_PROSE):
        return replace(j, label=Label.PARAGRAPH)
    nxt = judged[i + 1] if i + 1 < len(judged) else None
    if (
        nxt is not None
        and nxt.shape in (Shape.PROSE, Shape.NEAR_PROSE)
        and len(words(j.line.text)) <= HEADING_MAX_WORDS
        and not ends_sentence(j.line.text)
        and not rules.BULLET.match(j.line.text)
    ):
        return replace(j, label=Label.HEADING, rule="short-line-before-prose")
    return replace(j, label=Label.BOILERPLATE, rule="short-line-in-text")


def _fallback_title(judged: tuple[Judged, ...], start: int) -> int | None:
    """With no line scoring as a headline: the nearest headline-shaped line above."""
    for i in range(start, max(start - TITLE_LOOKBACK, 0) - 1, -1):
        if is_headline_shaped(judged[i]):
            return i
    return None


def _mark_header(judged, labels: list[Judged], title_at: int, start: int,
                 stops: frozenset[str]) -> None:
    """Bylines and date lines around the headline; a bare name beside a date is a byline."""
    lo = max(0, title_at - HEADER_ABOVE)
    hi = min(len(judged), max(start, title_at + 1) + HEADER_BELOW)
    found_byline = False
    for i in range(lo, hi):
        text = judged[i].line.text
        if i == title_at or judged[i].shape is Shape.FURNITURE:
            continue
        if is_byline(text) or (is_by_alone(text) and i + 1 < hi):
            labels[i] = replace(judged[i], label=Label.BYLINE, rule="byline")
            found_byline = True
        elif i > 0 and is_by_alone(judged[i - 1].line.text):
            labels[i] = replace(judged[i], label=Label.BYLINE, rule="byline-after-by")
        elif is_dateline(text):
            labels[i] = replace(judged[i], label=Label.DATELINE, rule="dateline")
    if found_byline:
        return
    for i in range(title_at + 1, hi):
        if labels[i].label is Label.BOILERPLATE and labels[i].shape is not Shape.FURNITURE \
                and is_name_line(judged[i].line.text, stops) and _beside_date(labels, i):
            labels[i] = replace(judged[i], label=Label.BYLINE, rule="name-beside-date")
            return


def _beside_date(labels: list[Judged], i: int) -> bool:
    """A date line within NAME_DATE_REACH lines, furniture not counted."""
    for step in (1, -1):
        seen, k = 0, i + step
        while 0 <= k < len(labels) and seen < NAME_DATE_REACH:
            if labels[k].label is Label.DATELINE:
                return True
            if labels[k].shape is not Shape.FURNITURE:
                seen += 1
            k += step
    return False


def _mark_deck(labels: list[Judged], title_at: int) -> None:
    """The first paragraph under the headline is the deck if it is short."""
    for i in range(title_at + 1, len(labels)):
        j = labels[i]
        if j.label in (Label.BYLINE, Label.DATELINE, Label.BOILERPLATE):
            continue
        if j.label is Label.PARAGRAPH and len(words(j.line.text)) <= DECK_MAX_WORDS:
            later = any(x.label is Label.PARAGRAPH for x in labels[i + 1:])
            if later:
                labels[i] = replace(j, label=Label.DECK, rule="short-paragraph-under-headline")
        return


def _mark_lists(judged, labels: list[Judged]) -> None:
    """Two or more bulleted lines in a row, next to kept text, are a list."""
    i = 0
    while i < len(judged):
        k = i
        while k < len(judged) and rules.BULLET.match(judged[k].line.text):
            k += 1
        near_text = any(
            labels[x].label.kept for x in (i - 1, k) if 0 <= x < len(labels)
        )
        if k - i >= 2 and near_text:
            for x in range(i, k):
                if judged[x].shape is not Shape.FURNITURE:
                    labels[x] = replace(judged[x], label=Label.LIST_ITEM, rule="bulleted-run")
        i = max(k, i + 1)
