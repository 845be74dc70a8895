"""Stage 6, metadata: title, date, authors, summary, section, tags and counts."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter

from . import rules
from .dates import date_from_filename, find_date
from .judging import ends_sentence
from .language import stoplist_for, words
from .model import Block, Judged, Label, Metadata
from .settings import ConverterSettings

# A summary cut from the first paragraph stops at a sentence end within this many words.
SUMMARY_MAX_WORDS = 60
# How far into the seed a date counts as the story's (later ones are in other stories).
DATE_SEARCH_LINES = 40
# A capitalised run of words is a name: "Nursultan Nazarbayev", "Central Asian Electric".
NAME = re.compile(r"\b(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*[\w])(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*[\w]))*")
# A name must be mentioned this often to become a tag.
TAG_MIN_MENTIONS = 2
POSSESSIVE = re.compile(r"['’]s?$")
NAME_SPLIT = re.compile(r"\s*(?:,|\band\b|&|\bund\b|\bet\b|\by\b|\be\b)\s*")
BYLINE_TAIL = re.compile(r"\s+(?:[-|–—•]|on|\d).*$")


def extract(
    lines: tuple[Judged, ...],
    body: tuple[Block, ...],
    title: str,
    seed_name: str,
    lang: str,
    settings: ConverterSettings,
) -> Metadata:
    """Return the article's metadata from its labelled lines and body."""
    text = " ".join(b.text for b in body)
    date, source = _date(lines, seed_name)
    n_words = len(words(text))
    return Metadata(
        title=title,
        date=date,
        date_source=source,
        category=_section(text, settings),
        tags=_tags(title, body, lang, settings.max_tags),
        summary=_summary(body),
        authors=_authors(lines),
        lang=lang,
        words=n_words,
        reading_minutes=max(1, math.ceil(n_words / settings.words_per_minute)),
    )


def _date(lines: tuple[Judged, ...], seed_name: str) -> tuple[dt.datetime | None, str]:
    """A date written near the headline wins, then one in the file name."""
    for j in lines[:DATE_SEARCH_LINES]:
        if j.label in (Label.DATELINE, Label.BYLINE, Label.TITLE, Label.DECK):
            found = find_date(j.line.text)
            if found is not None:
                return found, "text"
    for j in lines[:DATE_SEARCH_LINES]:
        found = find_date(j.line.text)
        if found is not None:
            return found, "text"
    found = date_from_filename(seed_name)
    if found is not None:
        return found, "file name"
    return None, "none"


def _authors(lines: tuple[Judged, ...]) -> tuple[str, ...]:
    for j in lines:
        if j.label is Label.BYLINE:
            m = rules.BYLINE.match(j.line.text)
            names = BYLINE_TAIL.sub("", m.group("names")) if m else ""
            return tuple(n.strip() for n in NAME_SPLIT.split(names) if n.strip())
    return ()


def _summary(body: tuple[Block, ...]) -> str:
    for block in body:
        if block.label is Label.DECK:
            return block.text
    for block in body:
        if block.label is Label.PARAGRAPH:
            return _first_sentences(block.text)
    return ""


def _first_sentences(text: str) -> str:
    out: list[str] = []
    for word in text.split():
        out.append(word)
        if len(out) >= SUMMARY_MAX_WORDS // 2 and ends_sentence(word):
            break
        if len(out) >= SUMMARY_MAX_WORDS:
            return " ".join(out) + "…"
    return " ".join(out)


def _section(text: str, settings: ConverterSettings) -> str:
    counts = Counter(words(text))
    scores = {
        name: sum(counts[k] for k in keywords) for name, keywords in settings.sections.items()
    }
    best = max(scores, key=lambda name: scores[name], default=None)
    return best if best is not None and scores[best] > 0 else settings.default_section


def _tags(title: str, body: tuple[Block, ...], lang: str, limit: int) -> tuple[str, ...]:
    """The names the story mentions most (mentions in the headline count double)."""
    stops = stoplist_for(lang)
    counts: Counter[str] = Counter()
    for text, weight in [(title, 2)] + [(b.text, 1) for b in body]:
        for m in NAME.finditer(text):
            name = _trim_name(m.group(0), stops)
            if name:
                counts[name] += weight
    ranked = [n for n, c in counts.most_common() if c >= TAG_MIN_MENTIONS]
    return tuple(ranked[:limit])


def _trim_name(name: str, stops: frozenset[str]) -> str:
    """Drop stopwords at either end: "The Government" is not a name, "Kazakhstan" is."""
    parts = POSSESSIVE.sub("", name.rstrip(".")).split()
    while parts and parts[0].lower() in stops:
        parts.pop(0)
    while parts and parts[-1].lower() in stops:
        parts.pop()
    return " ".join(parts) if parts and len(" ".join(parts)) > 2 else ""
