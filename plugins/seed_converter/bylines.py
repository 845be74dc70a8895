"""Who wrote the story: names from a byline ("By Jane Doe | Reuters") or a name line.

A byline names its authors first and then, after a separator, their titles,
outlets, handles and the date; only the names are kept. Without a "By", a line
of two to four capitalised words beside the story's date line is the author's
name ("Jane Doe" over "Nov. 19, 2019 8:03 am ET"), as pages set it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .dates import MONTHS, strip_dates
from .language import words
from .model import Judged, Label

# "By …", "Words by …", "Analysis by …", "Von …", "Par …", "Reporter: …".
BYLINE = re.compile(
    r"^(?:(?:words|written|reported|posted|story|text|analysis|commentary|opinion|review|"
    r"interview|edited|compiled|photos?)\s+)?"
    r"(?:(?:by|von|par|por|di|door|av|af|от|reporter|author|autor|autora|auteur|"
    r"texto|text)\s*[:\-–]?\s+|(?-i:By(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])))(?P<names>.+)$",
    re.IGNORECASE,
)
# "February 1, 2019 | BY: Jane Doe": a byline after a separator.
INNER_BY = re.compile(r"(?:^|[|•·–—/]\s*|\s-\s*)by:?\s+(?P<names>[A-ZÀ-ÖØ-Þ].*)$", re.IGNORECASE)
SEPARATORS = re.compile(r"\s*(?:[|•·–—/]|\s-\s)\s*")
# A line holding only "By": the names are on the next line.
BY_ALONE = re.compile(r"^(?:by|von|par|por|di|door)\s*:?$", re.IGNORECASE)
# Where the names end: a separator, a handle, a date, "on Monday", "Updated".
NAMES_END = re.compile(
    r"\s*(?:[|–—•·/(\[]|\s-\s|@|\b(?:on|updated|published|posted|am|le|el|il|em|den)\b|"
    r"\d).*$",
    re.IGNORECASE,
)
# Names run into the outlet in some dumps: "Jonathan GarberFOXBusiness". Two
# capitals after a lower-case letter are a handle's ("BeauHD"), not an outlet.
# Labels run into the name too: "Korin MillerPublished: Jan 29, 2025".
GLUED = re.compile(r"(?<=[a-z])(?=[A-Z]{3,}|[A-Z][a-z]+[A-Z]|(?:Published|Updated|Posted|"
                   r"Modified|Reviewed|Edited|Fact|Photo|Image|Last)\b|"
                   # A date run into the name: "Kathryn GiuffridaMar 3, 2025".
                   r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*\d)")
# Two dates run together: "August 25, 2025August 29, 2025" (published, updated).
DIGIT_GLUED = re.compile(r"(?<=\d)(?=[A-ZÀ-ÖØ-Þ])")
# Two names in one byline: "Jane Doe and John Roe", "Jane Doe, John Roe & Ann Poe".
NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b|\bi\b)\s*")
# Words that make a part of a byline a job title or an outlet, not a name.
ROLE_WORDS = frozenset(
    "writer reporter editor correspondent contributor staff columnist journalist producer "
    "analyst photographer intern senior chief special associated press agency news "
    "expert specialist manager director founder ceo consultant strategist coordinator "
    "marketing content team desk "
    "redakteur redakteurin redaktion rédaction journaliste redacción redação periodista "
    "giornalista redactie redakcja корреспондент".split()
)
# A name: two to four capitalised words, particles and initials allowed.
NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞА-Я][\w'’.-]*|van|von|de|da|del|der|di|le|la|bin|al|el)$")
NAME_WORDS = (2, 4)
# A byline is short; a long line starting with "By" is a sentence.
BYLINE_MAX_WORDS = 16
NAME_LINE_MAX_WORDS = 8
# How far from the headline a "By …" line the model did not tag is still its byline.
BYLINE_SEARCH_LINES = 12
WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday".split()
)
CALENDAR_WORDS = frozenset(MONTHS) | WEEKDAYS


# A label over an author box ("About the author", "Written by") names the writer next.
AUTHOR_BOX = re.compile(r"^(?:about the authors?|about the writer|the author|author|"
                        r"written by|über (?:den|die) autor(?:in)?|à propos de l'auteur|"
                        r"sobre el autor|sobre o autor)\s*:?$", re.IGNORECASE)


def story_authors(lines: tuple[Judged, ...], stops: frozenset[str]) -> tuple[str, ...]:
    """Who wrote the story: the byline nearest the headline, else names beside its date,
    else a "By …" line near the headline, else the name under an author box's label."""
    for names in _candidate_names(lines, stops):
        if names:
            return tuple(dict.fromkeys(names))
    return ()


def _candidate_names(lines: tuple[Judged, ...], stops: frozenset[str]
                     ) -> Iterator[tuple[str, ...]]:
    title = next((i for i, j in enumerate(lines) if j.label is Label.TITLE), 0)
    near = sorted(range(len(lines)), key=lambda i: (abs(i - title), i < title))
    for label in (Label.BYLINE, Label.DATELINE):
        for i in near:
            if lines[i].label is label:
                text = lines[i].line.text
                # "Dec. 19, 2025 · Jane Doe": a byline may be names beside a date.
                yield (byline_names(text) if label is Label.BYLINE else ()) or \
                    dateline_names(text, stops)
    # The model may miss a byline on a site unlike those it learned from; the hand
    # rule's "By …" near the headline still names the writer.
    for i in near[:2 * BYLINE_SEARCH_LINES + 1]:
        text = lines[i].line.text
        if is_byline(text) or (INNER_BY.search(text) and len(words(text)) <= BYLINE_MAX_WORDS):
            yield byline_names(text)
    for i in range(len(lines) - 1):
        if AUTHOR_BOX.match(lines[i].line.text) and is_name_line(lines[i + 1].line.text, stops):
            yield byline_names(lines[i + 1].line.text)


def is_byline(text: str) -> bool:
    """The line is a byline: "By …" and names, short."""
    m = BYLINE.match(text)
    return bool(m) and len(words(text)) <= BYLINE_MAX_WORDS and _names(m.group("names")) != ()


def is_by_alone(text: str) -> bool:
    return BY_ALONE.match(text) is not None


def byline_names(text: str) -> tuple[str, ...]:
    """Return the names in a byline, or in a name line; () if there are none."""
    if is_by_alone(text):
        return ()
    # "June 26, 2018 by Alex Haley": a date before the "by" is taken out first.
    m = BYLINE.match(text) or INNER_BY.search(text) or INNER_BY.search(strip_dates(text))
    return _names(m.group("names") if m else text)


def dateline_names(text: str, stops: frozenset[str]) -> tuple[str, ...]:
    """Names written beside the date: "Jane Doe - Nov 19, 2019", "21/06/2014 Jane Doe"."""
    m = INNER_BY.search(text)
    if m:
        return _names(m.group("names"))
    for chunk in SEPARATORS.split(strip_dates(text)):
        if is_name_line(chunk.strip(), stops):
            return _names(chunk)
    return ()


def is_name_line(text: str, stops: frozenset[str]) -> bool:
    """Two to four capitalised words, maybe a title after a separator: "Jane Doe, Reuters"."""
    if len(words(text)) > NAME_LINE_MAX_WORDS:
        return False
    names = _names(text)
    return len(names) >= 1 and all(_looks_like_name(n, stops) for n in names)


def _names(raw: str) -> tuple[str, ...]:
    # Dates go first, so that a month left behind ("Tom May") is part of a name.
    raw = GLUED.sub(" | ", strip_dates(DIGIT_GLUED.sub(" ", raw)).strip())
    raw = NAMES_END.sub("", raw)
    found: list[str] = []
    for part in NAME_SPLIT.split(raw):
        tokens = part.strip(" .,:;").split()
        # "Bruce Lee Senior Contributor", "Kevin McCoy USA TODAY": title, outlet after.
        # A title or an outlet after the name goes, but never the name's last word:
        # "Jane Reporter" stays whole, "Jane Doe Staff Writer" loses "Staff Writer".
        while len(tokens) > 1 and (not NAME_WORD.match(tokens[-1])
                                   or tokens[-1].lower() in WEEKDAYS
                                   or (len(tokens) > 2 and (_is_role(tokens[-1])
                                                            or _is_caps_after_name(tokens)))):
            tokens.pop()
        if not tokens or all(t.lower() in CALENDAR_WORDS for t in tokens) \
                or all(_is_role(t) for t in tokens) or not NAME_WORD.match(tokens[0]):
            continue
        # After the first name, a one-word part or one with a job title is the
        # outlet or the title: "Jane Doe, CNN", "Tom Krisher, AP Auto Writer".
        if found and (len(tokens) == 1 or any(_is_role(t) for t in part.split())):
            continue
        found.append(" ".join(tokens))
    return tuple(found)


def _is_role(token: str) -> bool:
    return any(p in ROLE_WORDS for p in token.lower().split("-"))


def _is_caps_after_name(tokens: list[str]) -> bool:
    """An all-capitals last word after mixed-case ones is an outlet: "… McCoy USA TODAY"."""
    last = tokens[-1]
    return last.isupper() and len(last) > 1 and any(not t.isupper() for t in tokens[:-1])


def _looks_like_name(name: str, stops: frozenset[str]) -> bool:
    tokens = name.split()
    if not NAME_WORDS[0] <= len(tokens) <= NAME_WORDS[1]:
        return False
    lows = [t.lower().strip(".") for t in tokens]
    # "June Park" is a name, "March April" is not, and a weekday never is.
    if all(low in CALENDAR_WORDS for low in lows):
        return False
    for t, low in zip(tokens, lows, strict=True):
        if not NAME_WORD.match(t) or low in WEEKDAYS:
            return False
        # "The Wall Street Journal", "New Products": short capitalised function words.
        if low in stops and len(low) <= 3 and t[0].isupper():
            return False
    return True
