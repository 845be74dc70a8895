"""Names in a line: a byline ("By Jane Doe | Reuters"), a credit ("… Written by Jane
Doe"), or a name line.

A byline names its authors first and then, after a separator, their titles,
outlets, handles and the date; only the names are kept. Which line names the
story's writer is decided in `authorship`; the names a credit holds are read in
`names`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .dates import strip_dates
from .judging import cached_when_short
from .language import words
from .names import (
    AND_WORDS,
    CALENDAR_WORDS,
    CASELESS_START,
    CREDIT,
    DIGIT_GLUED,
    PICTURE_WORDS,
    WRITER_VERBS,
    caseless_names,
    looks_like_name,
    names_in,
    writer_names_in,
)

# "By …", "Words by …", "Analysis by …", "Von …", "Par …", "Reporter: …".
BYLINE = re.compile(
    r"^(?:(?:words|written|authored|reported|posted|story|text|analysis|commentary|opinion|review|"
    r"interview|edited|compiled|photos?|recipe|guide)\s+)?"
    r"(?:(?:by|von|par|por|di|door|av|af|от|reporter|authors?|autor|autora|auteur|contributors?|"
    r"texto|text)(?:\s*[:\-–]\s*|\s+)|(?-i:By(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])))(?P<names>.+)$",
    re.IGNORECASE,
)
# Where a credit inside a line starts: the line's start or a separator.
AFTER_SEPARATOR = r"(?:^|[|•·–—/]\s*|\s-\s*)"
# "February 1, 2019 | BY: Jane Doe": a byline after a separator.
INNER_BY = re.compile(rf"(?:{AFTER_SEPARATOR}|\b(?:posted|written|published)\s+)by:?\s+"
                      r"(?P<names>[A-ZÀ-ÖØ-Þ].*)$", re.IGNORECASE)
# The same after a date in the other languages news is most written in: "18 ottobre
# 2024 di Giulia Fontana", "12. März 2025 | von Sabine Krüger" (read of date lines only:
# the line features and the headline's evidence keep INNER_BY as they learned it).
OTHER_INNER_BY = re.compile(rf"{AFTER_SEPARATOR}(?i:von|di|da|par|por|door|av|af|przez)"
                            r"\s+(?P<names>[A-ZÀ-ÖØ-Þ].*)$")
SEPARATORS = re.compile(r"\s*(?:[|•·–—/]|\s-\s)\s*")
# A line holding only "By": the names are on the next line.
BY_ALONE = re.compile(r"^(?:by|von|par|por|di|door)\s*:?$", re.IGNORECASE)
# A credit opening the line in a language BYLINE does not read: Arabic "بقلم:" (by the
# pen of), "كتب:" (wrote; with its colon, as a sentence opens with the verb too),
# Hebrew "מאת" (by), Chinese and Japanese "记者"/"記者" (reporter), "作者" (author),
# "文/" (text by), "撰文", "筆者", Indonesian and Malay "Oleh" (by), "Penulis:",
# "Wartawan:", Russian "Автор:" (author), Turkish "Yazan:", "Yazar:", "Muhabir:",
# Hungarian "Szerző:", "Írta:", Finnish "Kirjoittanut", "Teksti:", Polish
# "Napisał(a)", "Tekst:", Czech "Napsal(a)", Danish and Norwegian "Skrevet af/av",
# Vietnamese "Bởi", "Tác giả:" (a label that is also a word or a name, "Yazan", only
# with its colon); a Chinese or Japanese label with its colon also after the date and
# the source on the same line ("2025年3月12日 09:15 来源：港城日报 作者：李明"). Read by
# the authors only (credited_names): the line features, which read BYLINE, stay as
# the model learned them.
OTHER_CREDIT = re.compile(
    r"(?:^(?:(?i:oleh|автор|kirjoittanut|napisała?|napsala?|skrevet\s+a[fv]|bởi|"
    r"(?:penulis|wartawan|yazan|yazar|muhabir|szerző|írta|teksti?|tác giả)(?=\s*:))|"
    r"بقلم|(?:كتبه|كتب)(?=\s*:)|מאת|记者|記者|作者|撰文|筆者|文(?=\s*[/／:：]))"
    r"(?:\s*[:\-–—：/／]\s*|\s+)|(?<=\s)(?:记者|記者|作者|撰文|筆者|文)\s*[:：/／]\s*)"
    r"(?P<names>\S.*)$")
# A byline is short; a long line starting with "By" is a sentence.
BYLINE_MAX_WORDS = 16
NAME_LINE_MAX_WORDS = 8
# One capitalised word beside the date on a date line: the outlet's or the writer's credit.
ONE_WORD_CREDIT = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’-]+$")


def is_byline(text: str) -> bool:
    """The line is a byline: "By …" and names, short."""
    m = BYLINE.match(text)
    return bool(m) and len(words(text)) <= BYLINE_MAX_WORDS and names_in(m.group("names")) != ()


def is_by_alone(text: str) -> bool:
    return BY_ALONE.match(text) is not None


# Between names credited one to a line (each a link on the page), the list's commas
# and "and" stand on lines of their own: "By" / "Thomas Broderick" / "," / "Nalea Ko"
# (and Catalan "i", Danish and Norwegian "og", Swedish "och").
JOINER_LINE = re.compile(rf"^(?:[,;&]|,?\s*(?:{'|'.join((*AND_WORDS, 'i', 'og', 'och'))}))$",
                         re.IGNORECASE)


def names_from(texts: Sequence[str], start: int, stops: frozenset[str]) -> tuple[str, ...]:
    """The names on the name line texts[start], and on each name line after it that a
    line holding only a comma or "and" joins to it."""
    found = list(byline_writers(texts[start]))
    at = start
    while at + 2 < len(texts) and JOINER_LINE.match(texts[at + 1].strip()) \
            and is_name_line(texts[at + 2], stops):
        found += byline_writers(texts[at + 2])
        at += 2
    return tuple(found)


# WordPress runs the post's categories into the byline: "By Jane DoeIn Travel, Tips".
GLUED_CATEGORIES = re.compile(r"(?<=[a-z])In\s+[A-Z].*$")
# What every credit credited_names reads holds: a "by", or an author label's start.
CREDIT_BY = re.compile("by", re.IGNORECASE)
LABEL_START = re.compile("au", re.IGNORECASE)


def credited_names(text: str) -> tuple[str, ...]:
    """The writers a line credits in so many words: "By Jane Doe", "Posted on June 1
    by Jane Doe", "Medically reviewed by … — Written by Jane Doe". A long line is a
    sentence unless the credit opens it (CREDIT_LEAD_WORDS) or ends it
    (TRAILING_CREDIT)."""
    # Every credit has a "by" (CREDIT, TRAILING_CREDIT) or opens with an author
    # label (AUTHOR_LABEL), and taking the dates out adds neither: a line with
    # none (most of a story's paragraphs) credits nobody, and its dates are not
    # looked for.
    other = OTHER_CREDIT.search(text)
    if other and len(words(text)) <= BYLINE_MAX_WORDS:
        names = other.group("names")
        return caseless_names(names) if CASELESS_START.match(names) else writer_names_in(names)
    posted = POSTED_IN_OTHER_LANGUAGE.match(text)
    if is_by_alone(text) or not (CREDIT_BY.search(text) or LABEL_START.match(text) or posted):
        return ()
    undated = strip_dates(DIGIT_GLUED.sub(" ", text))
    labelled = AUTHOR_LABEL.match(undated) or (posted and DATED_CREDIT.match(undated))
    if labelled and len(words(undated)) <= BYLINE_MAX_WORDS:
        return writer_names_in(labelled.group("names"))
    # A long category list does not make a byline a sentence.
    short = len(words(GLUED_CATEGORIES.sub("", text))) <= BYLINE_MAX_WORDS
    for m in _writer_credits(undated):
        if not short and len(words(LEAD_SEPARATOR.split(undated[:m.start()])[-1])) \
                > CREDIT_LEAD_WORDS:
            break
        if not short and SENTENCE_AFTER_BY.match(undated, m.end()):
            # "By adapting to each student's needs, …, ITS can transform learning":
            # a sentence that opens with "By", naming nobody.
            continue
        names = writer_names_in(m.string[m.end():])
        if names:
            return names
    if short:
        return ()
    # A second round for two dates of one form side by side (strip_dates).
    m = TRAILING_CREDIT.search(strip_dates(undated))
    return writer_names_in(m.group("names") or m.group("dated")) if m else ()


# A word in lower case after "by" in a long line: a sentence's "by doing", no credit.
SENTENCE_AFTER_BY = re.compile(r"[a-z]{2,}\s+[a-z]")
# A long line opening with a credit is a byline with more after it: "Published:
# Mar 8, 2024 · Modified: May 19, 2025 by Jessica Robinson · This post may …"; the
# words are counted from the last dash or bullet ("Medically reviewed by … — Written
# by"; not from a "|", which also stands where a date was taken out of a sentence).
CREDIT_LEAD_WORDS = 6
LEAD_SEPARATOR = re.compile(r"\s[–—•·]\s")
# A blog's credit line in the other languages news is most written in, the date
# (taken out, leaving a "|") between the verb and the name or after the name:
# "Veröffentlicht am 2. März 2025 von Sabine Krüger", "Publié le … par Jean Dupont",
# "Publicado por Ana García el …", "Geplaatst op … door Jan de Vries", and the
# Polish, Swedish, Norwegian and Danish forms.
POSTED_IN_OTHER_LANGUAGE = re.compile(
    r"^(?:veröffentlicht|geschrieben|verfasst|publié|écrit|rédigé|publicado|escrito|"
    r"pubblicato|scritto|geplaatst|geschreven|postado|opublikowano|napisano|dodano|"
    r"publicerad|publicerat|skriven|publisert|skrevet|udgivet)\b", re.IGNORECASE)
# (Polish "przez", Swedish and Norwegian "av", Danish "af": "Opublikowano 3 listopada
# 2024 przez Magdalena Król", "Publicerad 12 mars 2025 av Elin Sjöberg".)
DATED_CREDIT = re.compile(
    rf"{POSTED_IN_OTHER_LANGUAGE.pattern}(?:\s+(?:am|le|el|il|em|op|den))?[\s|]*"
    r"(?:von|par|por|da|door|przez|av|af)\s+(?P<names>(?-i:[A-ZÀ-ÖØ-Þ]).*)$", re.IGNORECASE)
# A label crediting the writer: "Author: Jane Doe", "Authors:Jane Doe, John Roe".
AUTHOR_LABEL = re.compile(r"^(?:authors?|autor(?:in|es|a)?|auteur|autrice|autore|autori)\s*:\s*"
                          r"(?P<names>\S.*)$",
                          re.IGNORECASE)
# A byline the dump ran onto the end of a longer line: "By" opening a sentence
# after the standfirst's ("… and Canada. By Lisa Jennings on"), or names and
# nothing but their dates after a "by" ("… a real difference by Jill Barshay
# August 25, 2025", a hard-wrapped line joined to the byline under it). Dates
# are taken out first (each leaves a "|").
TRAILING_CREDIT = re.compile(
    r"(?:[.!?][\"”’)]?\s+(?-i:By)\s+(?P<names>[A-ZÀ-ÖØ-Þ][^.!?]*)$)"
    r"|(?:\sby\s+(?P<dated>[A-ZÀ-ÖØ-Þ][^|.!?]*?)\s*(?:\|\s*)+$)")


# An account credited in lower case: "by jsteinhardt", "Posted on July 1, 2024 by infuy",
# "by whova | Apr 21, 2025" (a short line: "by default" in a sentence is no credit).
LOWER_HANDLE = re.compile(r"(?P<handle>[a-z][a-z0-9_.-]{2,29})\s*(?:$|[|•·–—/,(])")
HANDLE_CREDIT_MAX_WORDS = 8


def credited_handle(text: str) -> str | None:
    """The account a short line credits in lower case, if that is all it credits."""
    if not CREDIT_BY.search(text):
        return None
    undated = strip_dates(text)
    if len(words(undated)) > HANDLE_CREDIT_MAX_WORDS:
        return None
    for m in _writer_credits(undated):
        found = LOWER_HANDLE.match(undated, m.end())
        if found:
            return found.group("handle")
    return None


def _writer_credits(text: str) -> Iterator[re.Match[str]]:
    """Each "by" of the text that credits a writer: no verb before it, or a writer's."""
    for m in CREDIT.finditer(text):
        verb = (m.group("verb") or "").lower()
        if not verb or verb in WRITER_VERBS:
            yield m


# A CMS account credited as the writer: one word with capitals inside ("TurboTaxLisa").
HANDLE = re.compile(r"^\S*[a-z][A-Z]\S*[a-z][A-Z]\S*$")


def is_handle(names: tuple[str, ...]) -> bool:
    """The names are one account's handle, not a person's or a group's name."""
    return len(names) == 1 and HANDLE.match(names[0]) is not None


def byline_names(text: str) -> tuple[str, ...]:
    """Return the names in a byline, or in a name line; () if there are none."""
    raw = _byline_part(text)
    return names_in(raw) if raw else ()


# A picture's credit shaped as a byline: "Photo by Jane Doe/Lakemont University",
# "Photos by …". The line evidence reads it as a byline (BYLINE); its names are the
# photographer's, never the writer's.
PICTURE_CREDIT = re.compile(rf"^(?:{'|'.join(sorted(PICTURE_WORDS))})\s+by\b", re.IGNORECASE)


def byline_writers(text: str) -> tuple[str, ...]:
    """The writers a byline or a name line names: its names without the employer after
    a writer's title (names.writer_names_in), none in a picture's credit. The line
    evidence the models read keeps byline_names, the names as written."""
    if PICTURE_CREDIT.match(text):
        return ()
    raw = _byline_part(text)
    return writer_names_in(raw) if raw else ()


def _byline_part(text: str) -> str:
    """The part of a byline or a name line that holds the names ("" for "By" alone)."""
    if is_by_alone(text):
        return ""
    # "June 26, 2018 by Alex Haley": a date before the "by" is taken out first.
    m = BYLINE.match(text) or INNER_BY.search(text) or INNER_BY.search(strip_dates(text))
    return m.group("names") if m else text


def dateline_names(text: str, stops: frozenset[str]) -> tuple[str, ...]:
    """Names written beside the date: "Jane Doe - Nov 19, 2019", "21/06/2014 Jane Doe"."""
    # "03/10/2023 by WSET Global": the date taken out, a "by" opens what is left.
    undated = strip_dates(text)
    m = INNER_BY.search(text) or INNER_BY.search(undated) or OTHER_INNER_BY.search(undated)
    if m:
        return names_in(m.group("names"))
    # "September 1, 2016September 8, 2016Autumn Adams": a name run into the second date.
    chunks = [c.strip() for c in SEPARATORS.split(strip_dates(DIGIT_GLUED.sub(" ", text),
                                                              rounds=2)) if c.strip()]
    for chunk in chunks:
        if is_name_line(chunk, stops):
            return names_in(chunk)
    # "LinkNaija October 06, 2018": one word and the date, the outlet's or the writer's.
    word = chunks[0].strip("-–—:,") if len(chunks) == 1 else ""
    if ONE_WORD_CREDIT.match(word) and word.lower() not in CALENDAR_WORDS:
        return (word,)
    return ()


# The line features, the headline's evidence and the authors ask of the same short
# lines: each is looked at once.
@cached_when_short
def is_name_line(text: str, stops: frozenset[str]) -> bool:
    """Two to four capitalised words, maybe a title after a separator: "Jane Doe, Reuters"."""
    if len(words(text)) > NAME_LINE_MAX_WORDS:
        return False
    names = names_in(text)
    return len(names) >= 1 and all(looks_like_name(n, stops) for n in names)
