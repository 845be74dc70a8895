"""Dates written in common forms, found in a line of text or a file name."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable

from .judging import cached_when_short

MONTHS: dict[str, int] = {}
# Month names in the languages news is most often written in (full, abbreviated,
# genitive): English, German, French, Spanish, Italian, Portuguese, Dutch,
# Indonesian/Malay, Polish, Russian, Turkish, Swedish/Norwegian/Danish, Czech,
# Romanian, Hungarian, Finnish, Greek, Ukrainian, Arabic (the Egyptian and Gulf
# names, and the Levantine ones of one word: "آذار", not "تشرين الأول"); and each one's usual
# abbreviations ("janv.", "févr.", "dic", "dez.", "mrt"). A month word counts only
# between a day and a year, so abbreviations that are words elsewhere ("set",
# "out") cannot make a date of a sentence.
for number, names in enumerate(
    (
        "january jan januar janvier enero gennaio janeiro januari stycznia января ocak "
        "jänner janv ene gen ledna ianuarie január tammikuuta ιανουαρίου січня يناير",
        "february feb februar février fevrier febrero febbraio fevereiro februari lutego "
        "февраля şubat subat févr fevr fev února unora februarie február helmikuuta "
        "φεβρουαρίου лютого فبراير",
        "march mar märz maerz mars marzo março marco maart marca maret марта mart mär mrt "
        "marts března brezna martie március maaliskuuta μαρτίου березня مارس آذار",
        "april apr avril abril aprile kwietnia апреля nisan avr abr dubna aprilie április "
        "huhtikuuta απριλίου квітня أبريل ابريل نيسان",
        "may mai mayo maggio maio mei maja мая mayıs mayis maj mag května kvetna május "
        "toukokuuta μαΐου μαίου травня مايو أيار",
        "june jun juni juin junio giugno junho czerwca июня haziran giu června cervna iunie "
        "június kesäkuuta ιουνίου червня يونيو يونيه حزيران",
        "july jul juli juillet julio luglio julho lipca июля temmuz juil lug července "
        "cervence iulie július heinäkuuta ιουλίου липня يوليو يوليه تموز",
        "august aug août aout agosto augustus agustus sierpnia августа ağustos agustos "
        "augusti ago agu srpna augusztus elokuuta αυγούστου серпня أغسطس اغسطس آب",
        "september sep sept septembre septiembre settembre setembro września сентября eylül "
        "set září zari septembrie szeptember syyskuuta σεπτεμβρίου вересня سبتمبر أيلول",
        "october oct oktober octobre octubre ottobre outubro okt października октября ekim "
        "ott out října rijna octombrie október lokakuuta οκτωβρίου жовтня أكتوبر اكتوبر",
        "november nov novembre noviembre novembro listopada ноября kasım kasim listopadu "
        "noiembrie marraskuuta νοεμβρίου листопада نوفمبر",
        "december dec dezember décembre decembre diciembre dicembre dezembro grudnia desember "
        "декабря aralık aralik déc dic dez des prosince decembrie joulukuuta δεκεμβρίου "
        "грудня ديسمبر",
    ),
    start=1,
):
    for name in names.split():
        MONTHS[name] = number

_MONTH = "(?P<month>" + "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True)) + r")\.?"
# A year ends at a word boundary, or runs straight into a time ("Nov 15, 20195:45 AM")
# or into a capitalised word where a page's markup had nothing between them
# ("June 29, 2020November 12, 2021", "Dec 17, 2025Julian Arni").
_YEAR_END = r"(?:\b|(?=\d{1,2}:\d{2})|(?=(?-i:[A-ZÀ-Ý])))"
# The word for "at" before a time, in the languages of the month names above:
# "à 08h15", "um 07:45 Uhr", "a las 13:05", "alle 9.30", "às 10h02", "om 14:00".
_AT = r"(?:at|à|a\s+las?|um|alle|ore|às|om|kl\.?)"
# A clock's hour and minute ("08:15", "8.15", "08h15", Japanese and Chinese "18時30分" /
# "18时30分"), and a 12-hour clock's half.
_HOUR_MINUTE = r"(?P<hour>\d{1,2})[:.h時时](?P<minute>\d{2})"
_AMPM = r"\s*(?P<ampm>[ap]\.?m\.?)?"
_TIME = rf"(?:,?\s*(?:{_AT}\s+|[|·•-]\s*)?{_HOUR_MINUTE}{_AMPM})?"

# Each form, in the order tried: unambiguous ones first.
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<mnum>\d{2})-(?P<day>\d{2})"
                       r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2}))?")),
    ("day-month-year", re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\.?\s+(?:de\s+)?"
                                  rf"{_MONTH},?\s+(?:de\s+)?(?P<year>(?:19|20)\d{{2}}){_YEAR_END}{_TIME}",
                                  re.IGNORECASE)),
    ("month-day-year", re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
                                  rf"(?P<year>(?:19|20)\d{{2}}){_YEAR_END}{_TIME}", re.IGNORECASE)),
    ("year-first", re.compile(r"\b(?P<year>(?:19|20)\d{2})[./](?P<mnum>\d{1,2})[./]"
                              r"(?P<day>\d{1,2})\b" + _TIME)),
    # Chinese and Japanese "2019年11月20日", Korean "2019년 11월 20일".
    ("year-month-day-cjk", re.compile(r"(?P<year>(?:19|20)\d{2})\s*[年년]\s*(?P<mnum>\d{1,2})"
                                      r"\s*[月월]\s*(?P<day>\d{1,2})\s*[日일]?" + _TIME)),
    # Hungarian "2019. november 20.".
    ("year-month-name-day", re.compile(rf"\b(?P<year>(?:19|20)\d{{2}})\.\s+{_MONTH}\s+"
                                       rf"(?P<day>\d{{1,2}})\b\.?{_TIME}", re.IGNORECASE)),
    ("dotted", re.compile(r"\b(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?P<year>(?:19|20)\d{2})\b"
                          + _TIME)),
    ("slashed", re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>(?:19|20)?\d{2})\b"
                           + _TIME, re.IGNORECASE)),
)

# File names like 2019-11-19-story.txt or 20191119_story.txt carry the day.
FILENAME_DATE = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d{2})-?(?P<mnum>\d{2})-?(?P<day>\d{2})(?!\d)")


DOTTED = dict(PATTERNS)["dotted"]
SLASHED = dict(PATTERNS)["slashed"]
DAY_MONTH_YEAR = dict(PATTERNS)["day-month-year"]
MONTH_DAY_YEAR = dict(PATTERNS)["month-day-year"]


# Languages whose pages may write numeric dates month first ("03/05/2026", 5 March
# in the US): where the page shows no order of its own, such a date is read as its
# separator suggests (slashes month first, dots day first). Every other language
# writes the day first ("05/03/2026 às 18h40" is 5 March in Portuguese).
MONTH_FIRST_LANGUAGES = frozenset({"en"})


class PageOrder:
    """Whether a page writes its numeric dates day first, as its own unambiguous
    ones show: "11.24.2025" elsewhere on the page makes its "09.10.2024" September
    10th; else as its language does (MONTH_FIRST_LANGUAGES). Worked out from the
    page's lines when first asked, once."""

    def __init__(self, texts: Iterable[str], lang: str | None = None) -> None:
        self._texts = texts
        self._language_day_first = (None if lang is None or lang in MONTH_FIRST_LANGUAGES
                                    else True)

    @functools.cached_property
    def day_first(self) -> bool | None:
        """True or False where the page's numeric dates over 12 agree; else where its
        dates written with a month's name all put the day on the same side ("31
        January 2023" on a British page makes its "03/10/2023" 3 October); else as the
        page's language writes them (None for English: each separator's own order)."""
        votes, named = set(), set()
        for text in self._texts:
            if not MAYBE_DATE.search(text):
                continue
            for pattern in (DOTTED, SLASHED):
                for m in pattern.finditer(text):
                    a, b = int(m.group("a")), int(m.group("b"))
                    if (a > 12) != (b > 12) and max(a, b) <= 31:
                        votes.add(a > 12)
            for pattern, day_first in ((DAY_MONTH_YEAR, True), (MONTH_DAY_YEAR, False)):
                if pattern.search(text):
                    named.add(day_first)
        if len(votes) == 1:
            return votes.pop()
        if not votes and len(named) == 1:
            return named.pop()
        return self._language_day_first


def find_date(text: str, order: PageOrder | None = None) -> dt.datetime | None:
    """Return the first date written in a common form in the text, if any; a numeric
    date that could be read either way is read in the page's `order` where known."""
    found = _find_dates(text)
    if not found:
        return None
    start, _end, value = min(found)
    m = (DOTTED.match(text, start) or SLASHED.match(text, start)) if order else None
    if m and int(m.group("a")) <= 12 and int(m.group("b")) <= 12 and \
            order.day_first is not None:
        value = _to_datetime(m, order.day_first) or value
    return _time_before(text, start, value)


# A time written before its date, as wire services write it: "Published 4:12 PM EST,
# March 12, 2025", "Updated 18:40 GMT, 12 March 2025".
# A colon only: "Score 3.45, March 12" holds no time.
TIME_BEFORE = re.compile(r"\b(?P<hour>\d{1,2}):(?P<minute>\d{2})"
                         rf"{_AMPM}(?:\s+[a-z]{{2,5}})?\s*[,|·•–—-]?\s*$", re.IGNORECASE)


def _time_before(text: str, start: int, value: dt.datetime) -> dt.datetime:
    """The date at the time written right before it, where the date gave none."""
    if value.hour or value.minute:
        return value
    m = TIME_BEFORE.search(text, max(0, start - 24), start)
    at = _clock_time(m.groupdict()) if m else None
    return value.replace(hour=at.hour, minute=at.minute) if at is not None else value


def find_dates(text: str, order: PageOrder | None = None, most: int = 3) -> list[dt.datetime]:
    """The dates written in the text, in the order they stand, at most `most`."""
    found: list[dt.datetime] = []
    while len(found) < most:
        dates = _find_dates(text)
        if not dates:
            break
        start, end, value = min(dates)
        found.append(_time_before(text, start, find_date(text[start:end], order) or value))
        text = text[:start] + " | " + text[end:]
    return found


def strip_dates(text: str, rounds: int = 1) -> str:
    """The text with its dates (and their times) taken out.

    Each pattern finds its first date only: two dates of one form side by side
    ("September 1, 2016September 8, 2016") take a second round.
    """
    for _ in range(rounds):
        found = _find_dates(text)
        for start, end, _value in sorted(found, reverse=True):
            text = text[:start] + " | " + text[end:]
        if not found:
            break
    return text


# Every form above has a four-digit year or a slash between numbers: a line with
# neither (most prose) needs none of the patterns.
MAYBE_DATE = re.compile(r"(?:19|20)\d\d|\d/\d")


def _find_dates(text: str) -> tuple[tuple[int, int, dt.datetime], ...]:
    if not MAYBE_DATE.search(text):
        return ()
    return _dates_in(text)


# The line features, the headline's evidence, the story's date and the bylines' names
# all ask for the dates of the same short lines: each line's are found once.
@cached_when_short
def _dates_in(text: str) -> tuple[tuple[int, int, dt.datetime], ...]:
    """(start, end, value) of each form's first date in the text."""
    found = []
    for _name, pattern in PATTERNS:
        for m in pattern.finditer(text):
            value = _to_datetime(m)
            if value is not None:
                found.append((m.start(), m.end(), value))
                break
    return tuple(found)


def date_from_filename(name: str) -> dt.datetime | None:
    m = FILENAME_DATE.search(name)
    return _to_datetime(m) if m else None


def _to_datetime(m: re.Match[str], day_first: bool | None = None) -> dt.datetime | None:
    g = m.groupdict()
    year = int(g["year"])
    if year < 100:
        year += 2000
    if g.get("month"):
        month = MONTHS[g["month"].lower()]
        day = int(g["day"])
    elif g.get("mnum"):
        month, day = int(g["mnum"]), int(g["day"])
    else:
        a, b = int(g["a"]), int(g["b"])
        # Slashes are month-first in the US, day-first elsewhere, dots day-first but
        # for US pages ("11.15.2019"); a number over 12 decides, else the page's order
        # where the caller knows it.
        if day_first is None:
            day_first = m.re is DOTTED
        if a > 12:
            day_first = True
        elif b > 12:
            day_first = False
        month, day = (b, a) if day_first else (a, b)
    hour, minute = _clock(g)
    try:
        return dt.datetime(year, month, day, hour, minute)
    except ValueError:
        return None


def _clock(g: dict[str, str | None]) -> tuple[int, int]:
    """The hour (of 24) and minute of a match's time groups; 0:00 without them."""
    hour, minute = int(g.get("hour") or 0), int(g.get("minute") or 0)
    ampm = (g.get("ampm") or "").replace(".", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    return hour, minute


def _clock_time(g: dict[str, str | None]) -> dt.time | None:
    """A match's time groups as a time of day, if they make one."""
    hour, minute = _clock(g)
    return dt.time(hour, minute) if hour < 24 and minute < 60 else None


# A time with no date, as an update line gives it on the day the story was published:
# "Aggiornato alle 12:15", "Updated: 2:30 pm".
TIME_ALONE = re.compile(rf"\s*[:,–—-]?\s*(?:{_AT}\s+)?{_HOUR_MINUTE}(?!\d){_AMPM}",
                        re.IGNORECASE)


def time_alone(text: str) -> dt.time | None:
    """The time a text opens with, where it opens with a time and no date."""
    m = TIME_ALONE.match(text)
    if m is None or find_date(text) is not None:
        return None
    return _clock_time(m.groupdict())


# Relative dates ("3 hours ago", "vor 2 Tagen", "il y a 3 heures", "hace 2 días"):
# each unit word and its length.
UNITS: dict[str, dt.timedelta] = {}
for delta, names in (
    (dt.timedelta(minutes=1), "minute minutes min mins minuten minuto minutos minuti minuut"),
    (dt.timedelta(hours=1), "hour hours hr hrs stunde stunden heure heures hora horas ora ore "
                            "uur"),
    (dt.timedelta(days=1), "day days tag tagen tage jour jours día dias días dia giorno giorni "
                           "dag dagen"),
    (dt.timedelta(weeks=1), "week weeks woche wochen semaine semaines semana semanas "
                            "settimana settimane weken"),
):
    for name in names.split():
        UNITS[name] = delta
_UNIT = "(?P<unit>" + "|".join(sorted(map(re.escape, UNITS), key=len, reverse=True)) + ")"
_COUNT = r"(?P<count>\d{1,3}|an?|one|ein(?:er|em)?|une?|un)"
RELATIVE = (
    re.compile(rf"\b{_COUNT}\s+{_UNIT}\s+(?:ago|fa|geleden)\b", re.IGNORECASE),
    re.compile(rf"\b(?:vor|il y a|hace|há|ha)\s+{_COUNT}\s+{_UNIT}\b", re.IGNORECASE),
)
YESTERDAY = re.compile(r"\b(?:yesterday|gestern|hier|ayer|ontem|ieri|gisteren)\b", re.IGNORECASE)


def find_relative(text: str) -> dt.timedelta | None:
    """Return how long ago a relative date says ("3 hours ago" → 3 hours), if any."""
    for pattern in RELATIVE:
        m = pattern.search(text)
        if m:
            count = m.group("count")
            n = int(count) if count.isdigit() else 1
            return n * UNITS[m.group("unit").lower()]
    if YESTERDAY.search(text) and len(text) < 40:
        return dt.timedelta(days=1)
    return None
