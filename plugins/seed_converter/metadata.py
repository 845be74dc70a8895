"""Stage 6, metadata: title, date, authors, summary, section, tags and counts."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from .bylines import byline_names, dateline_names
from .dates import date_from_filename, find_date, find_relative
from .judging import ends_sentence
from .language import stoplist_for, words
from .model import Block, Judged, Label, Metadata
from .settings import ConverterSettings
from .tags import find_tags

# A summary cut from the first paragraph stops at a sentence end within this many words.
SUMMARY_MAX_WORDS = 60
# Lines whose date is the story's: its date line, byline, headline, deck.
HEADER_DATE_LABELS = (Label.DATELINE, Label.BYLINE, Label.TITLE, Label.DECK)
# A dateline opens the text ("WASHINGTON, Nov. 19, 2019 —"): look this far into
# the first paragraphs for one.
OPENING_PARAGRAPHS = 2
DATELINE_PREFIX_CHARS = 80


def extract(
    lines: tuple[Judged, ...],
    body: tuple[Block, ...],
    title: str,
    seed_name: str,
    lang: str,
    settings: ConverterSettings,
    reference: dt.datetime | None = None,
) -> Metadata:
    """Return the article's metadata from its labelled lines and body."""
    text = " ".join(b.text for b in body)
    date, source = _date(lines, seed_name, reference)
    n_words = len(words(text))
    return Metadata(
        title=title,
        date=date,
        date_source=source,
        category=_section(text, settings),
        tags=find_tags(title, body, settings.max_tags),
        summary=_summary(body),
        authors=_authors(lines, stoplist_for(lang)),
        lang=lang,
        words=n_words,
    )


def _date(
    lines: tuple[Judged, ...], seed_name: str, reference: dt.datetime | None
) -> tuple[dt.datetime | None, str]:
    """The story's date line wins; then its text's opening; then the page; then the file name.

    A relative date ("3 hours ago") counts only against a reference date (the
    seed file's time), which the caller may not have.
    """
    header = [j for j in lines if j.label in HEADER_DATE_LABELS]
    for j in header:
        found = find_date(j.line.text)
        if found is not None:
            return found, "date line"
    if reference is not None:
        for j in header:
            ago = find_relative(j.line.text)
            if ago is not None:
                return reference - ago, "relative date line"
    opening = [j for j in lines if j.label is Label.PARAGRAPH][:OPENING_PARAGRAPHS]
    for j in opening:
        found = find_date(j.line.text[:DATELINE_PREFIX_CHARS])
        if found is not None:
            return found, "dateline in text"
    for j in lines:
        found = find_date(j.line.text)
        if found is not None:
            return found, "first date in page"
    found = date_from_filename(seed_name)
    if found is not None:
        return found, "file name"
    return None, "none"


def _authors(lines: tuple[Judged, ...], stops: frozenset[str]) -> tuple[str, ...]:
    """Names from the first byline that has any, else from beside the date."""
    for j in lines:
        if j.label is Label.BYLINE:
            names = byline_names(j.line.text)
            if names:
                return tuple(dict.fromkeys(names))
    for j in lines:
        if j.label is Label.DATELINE:
            names = dateline_names(j.line.text, stops)
            if names:
                return tuple(dict.fromkeys(names))
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
