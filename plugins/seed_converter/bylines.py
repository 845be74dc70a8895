"""Who wrote the story: names from a byline ("By Jane Doe | Reuters") or a name line.

A byline names its authors first and then, after a separator, their titles,
outlets, handles and the date; only the names are kept. Without a "By", a line
of two to four capitalised words beside the story's date line is the author's
name ("Jane Doe" over "Nov. 19, 2019 8:03 am ET"), as pages set it.
"""

from __future__ import annotations

import re

from .dates import MONTHS, strip_dates
from .language import words

# "By …", "Words by …", "Analysis by …", "Von …", "Par …", "Reporter: …".
BYLINE = re.compile(
    r"^(?:(?:words|written|reported|posted|story|text|analysis|commentary|opinion|review|"
    r"interview|edited|compiled|photos?)\s+)?"
    r"(?:by|von|par|por|di|door|av|af|от|reporter|author|autor|autora|auteur|"
    r"texto|text)\s*[:\-–]?\s+(?P<names>.+)$",
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
# Names run into the outlet in some dumps: "Jonathan GarberFOXBusiness".
GLUED = re.compile(r"(?<=[a-z])(?=[A-Z]{2,}|[A-Z][a-z]+[A-Z])")
# Two names in one byline: "Jane Doe and John Roe", "Jane Doe, John Roe & Ann Poe".
NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b|\bi\b)\s*")
# Words that make a part of a byline a job title or an outlet, not a name.
ROLE_WORDS = frozenset(
    "writer reporter editor correspondent contributor staff columnist journalist producer "
    "analyst photographer intern senior chief special associated press agency news "
    "redakteur redakteurin redaktion rédaction journaliste redacción redação periodista "
    "giornalista redactie redakcja корреспондент".split()
)
# A name: two to four capitalised words, particles and initials allowed.
NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞА-Я][\w'’.-]*|van|von|de|da|del|der|di|le|la|bin|al|el)$")
NAME_WORDS = (2, 4)
# A byline is short; a long line starting with "By" is a sentence.
BYLINE_MAX_WORDS = 16
NAME_LINE_MAX_WORDS = 8
CALENDAR_WORDS = frozenset(MONTHS) | frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday".split()
)


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
    m = BYLINE.match(text) or INNER_BY.search(text)
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
    raw = GLUED.sub(" | ", raw.strip())
    raw = NAMES_END.sub("", raw)
    found: list[str] = []
    for part in NAME_SPLIT.split(raw):
        tokens = part.strip(" .,:;").split()
        # "Bruce Lee Senior Contributor", "Kevin McCoy USA TODAY": title, outlet after.
        while len(tokens) > 1 and (_is_role(tokens[-1]) or _is_caps_after_name(tokens)
                                   or not NAME_WORD.match(tokens[-1])
                                   or tokens[-1].lower() in CALENDAR_WORDS):
            tokens.pop()
        if not tokens or all(t.lower() in CALENDAR_WORDS for t in tokens):
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
    for t in tokens:
        low = t.lower().strip(".")
        if not NAME_WORD.match(t) or low in CALENDAR_WORDS:
            return False
        # "The Wall Street Journal", "New Products": short capitalised function words.
        if low in stops and len(low) <= 3 and t[0].isupper():
            return False
    return True
