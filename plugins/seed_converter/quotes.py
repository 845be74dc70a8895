"""Quotations set apart from the text: block quotes with their source, pull quotes.

A block quote in a page dump is one whole quotation on its own line with its
source under it ("– Jane Doe, reader"); it is kept as a block quote. A pull
quote repeats a sentence of the story in large type; the sentence is already in
the story, so the repeat is dropped (a reader of the article would see it twice).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from . import rules
from .language import words as line_words
from .model import Judged, Label

# One quotation from its first character to its last, with no closing quote
# followed by an opening one inside ("“Yes,” he said. “No.”" is a paragraph).
WHOLE_QUOTATION = re.compile(r"^[“\"«„‘'](?!.*[”\"»“’']\s+\w.*[“\"«„‘']).{12,}[”\"»“’'][.!?]?$")
# A source line under a quotation: a dash, then a name and maybe a role.
ATTRIBUTION = re.compile(r"^[–—―-]\s*\S.{0,80}$")
ATTRIBUTION_MAX_WORDS = 10
# A pull quote is a sentence or a fragment: shorter lines are labels.
PULL_QUOTE_WORDS = (5, 40)
# Matching is on lower-case words, so quotes and punctuation do not matter.
KEY_WORDS = 4
MAX_PHRASES_PER_KEY = 8
# A subheading may repeat a phrase of the text; a pull quote is set as a paragraph.
CONTAINERS = (Label.PARAGRAPH, Label.DECK, Label.QUOTE)


def mark_block_quotes(lines: tuple[Judged, ...]) -> tuple[Judged, ...]:
    """A whole quotation followed by a dash-led source line is a block quote."""
    labels = list(lines)
    for i in range(len(labels) - 1):
        quote, source = labels[i], labels[i + 1]
        if (
            quote.label is Label.PARAGRAPH
            and WHOLE_QUOTATION.match(quote.line.text)
            and ATTRIBUTION.match(source.line.text)
            and len(source.line.text.split()) <= ATTRIBUTION_MAX_WORDS
        ):
            labels[i] = replace(quote, label=Label.QUOTE, rule=rules.QUOTATION_WITH_SOURCE)
            labels[i + 1] = replace(source, label=Label.QUOTE_SOURCE, rule=rules.QUOTE_SOURCE)
    return tuple(labels)


def drop_pull_quotes(labels: tuple[Judged, ...]) -> tuple[Judged, ...]:
    """Drop a short paragraph whose words all appear, in order, inside a longer one."""
    kept = [i for i, j in enumerate(labels) if j.label in CONTAINERS]
    words = {i: line_words(labels[i].line.text) for i in kept}
    # Candidates by their first KEY_WORDS words: one pass over the text finds them all.
    by_key: dict[tuple[str, ...], dict[tuple[str, ...], list[int]]] = {}
    for i in kept:
        if labels[i].label is Label.PARAGRAPH and \
                PULL_QUOTE_WORDS[0] <= len(words[i]) <= PULL_QUOTE_WORDS[1]:
            phrase = tuple(words[i])
            by_key.setdefault(phrase[:KEY_WORDS], {}).setdefault(phrase, []).append(i)
    # Many different lines opening alike are a pattern of the page, not pull quotes;
    # leaving them out keeps the scan linear in the text's length.
    by_key = {k: v for k, v in by_key.items() if len(v) <= MAX_PHRASES_PER_KEY}
    if not by_key:
        return labels
    repeats: set[int] = set()
    for k in kept:
        text = words[k]
        # Every run of KEY_WORDS words, made by zip at C speed; most lines hold no
        # candidate's opening, which one set operation tells.
        if by_key.keys().isdisjoint(_runs(text)):
            continue
        for start, run in enumerate(_runs(text)):
            if run not in by_key:
                continue
            for phrase, where in by_key[run].items():
                if len(text) > len(phrase) and tuple(text[start:start + len(phrase)]) == phrase:
                    repeats.update(where)
    return tuple(replace(j, label=Label.BOILERPLATE, rule=rules.PULL_QUOTE) if i in repeats
                 else j for i, j in enumerate(labels))


def _runs(text: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
    """Every run of KEY_WORDS words of a text, in order."""
    return zip(*(text[i:] for i in range(KEY_WORDS)), strict=False)  # shorter ones end it
