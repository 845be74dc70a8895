"""Stage 6, metadata: title, date, authors, summary, section, tags and counts."""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter

from .authorship import story_authors
from .dating import story_dates
from .judging import ends_sentence, is_slight
from .language import UNSPACED_SCRIPT, joined_words, stoplist_for, words
from .model import Block, Judged, Label, Metadata
from .settings import ConverterSettings
from .tags import find_tags

# A headline word counts as this many words of the text when choosing a section:
# "… review" in the headline files a game review under Culture, however often
# its text says "team" and "season".
SECTION_HEADLINE_WEIGHT = 5
# A section needs at least this much evidence: the sum over its words of
# log(1 + uses), about three uses of its words, or a headline word and one more.
SECTION_EVIDENCE = 2.0
# A summary cut from the first paragraph stops at a sentence end within this many words.
SUMMARY_MAX_WORDS = 60
# Chinese and Japanese write no spaces between words (language.UNSPACED_SCRIPT), and a
# word there is about two characters: the story's word count (which sets its reading
# time) counts two of these characters as a word, not each run of them between
# punctuation as one.
UNSPACED_CHARS_PER_WORD = 2


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
    # The story's prose: a code box's names are no tags, no section's words, and
    # not read word by word.
    body = tuple(b for b in body if b.label is not Label.CODE)
    # The story's words: those of " ".join(its blocks), worked out block by block.
    story_words = joined_words(b.text for b in body)
    dates = story_dates(lines, seed_name, reference, lang)
    return Metadata(
        title=title,
        date=dates.published,
        date_source=dates.source,
        category=_section(title, story_words, settings),
        tags=find_tags(title, body, settings.max_tags, lang),
        summary=_summary(body),
        authors=story_authors(lines, stoplist_for(lang), lang),
        lang=lang,
        words=word_count(story_words),
        modified=dates.modified,
    )


def word_count(story_words: tuple[str, ...] | list[str]) -> int:
    """The story's words, Chinese and Japanese counted by their characters
    (UNSPACED_CHARS_PER_WORD)."""
    spaced = unspaced = 0
    for word in story_words:
        chars = len(UNSPACED_SCRIPT.findall(word)) if not word.isascii() else 0
        if chars:
            unspaced += chars
        else:
            spaced += 1
    return spaced + math.ceil(unspaced / UNSPACED_CHARS_PER_WORD)


def _summary(body: tuple[Block, ...]) -> str:
    """The deck, else the first paragraph that is not too slight to stand for the
    story (judging.is_slight), else the first paragraph."""
    for block in body:
        if block.label is Label.DECK:
            return block.text
    paragraphs = [block.text for block in body if block.label is Label.PARAGRAPH]
    if not paragraphs:
        return ""
    return _first_sentences(next((t for t in paragraphs if not is_slight(t)), paragraphs[0]))


def _first_sentences(text: str) -> str:
    out: list[str] = []
    for word in text.split():
        out.append(word)
        if len(out) >= SUMMARY_MAX_WORDS // 2 and ends_sentence(word):
            break
        if len(out) >= SUMMARY_MAX_WORDS:
            return " ".join(out) + "…"
    return " ".join(out)


def _section(title: str, story_words: list[str], settings: ConverterSettings) -> str:
    """The section whose words the story uses most; the headline's words count more.

    Each word counts by the logarithm of its uses, so many of a section's words
    say more than one word said often; a story with too little evidence for any
    section goes to the default one rather than to a guess."""
    counts = Counter(story_words)
    for w in words(title):
        counts[w] += SECTION_HEADLINE_WEIGHT
    scores = {
        name: sum(math.log1p(counts[k]) for k in keywords if k in counts)
        for name, keywords in settings.sections.items()
    }
    best = max(scores, key=lambda name: scores[name], default=None)
    if best is None or scores[best] < SECTION_EVIDENCE:
        return settings.default_section
    return best
