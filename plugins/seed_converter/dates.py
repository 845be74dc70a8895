"""Dates written in common forms, found in a line of text or a file name."""

from __future__ import annotations

import datetime as dt
import re

MONTHS: dict[str, int] = {}
for number, names in enumerate(
    (
        "january jan januar janvier enero gennaio janeiro januari stycznia",
        "february feb februar février fevrier febrero febbraio fevereiro februari lutego",
        "march mar märz maerz mars marzo março marco maart marca",
        "april apr avril abril aprile kwietnia",
        "may mai mayo maggio maio mei maja",
        "june jun juni juin junio giugno junho czerwca",
        "july jul juli juillet julio luglio julho lipca",
        "august aug août aout agosto augustus sierpnia",
        "september sep sept septembre septiembre settembre setembro września",
        "october oct oktober octobre octubre ottobre outubro okt października",
        "november nov novembre noviembre novembro listopada",
        "december dec dezember décembre decembre diciembre dicembre dezembro grudnia",
    ),
    start=1,
):
    for name in names.split():
        MONTHS[name] = number

_MONTH = "(?P<month>" + "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True)) + r")\.?"
# A year ends at a word boundary, or runs straight into a time ("Nov 15, 20195:45 AM").
_YEAR_END = r"(?:\b|(?=\d{1,2}:\d{2}))"
_TIME = r"(?:,?\s*(?:at\s+|[|·•-]\s*)?(?P<hour>\d{1,2})[:.h](?P<minute>\d{2})\s*(?P<ampm>[ap]\.?m\.?)?)?"

# Each form, in the order tried: unambiguous ones first.
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<mnum>\d{2})-(?P<day>\d{2})"
                       r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2}))?")),
    ("day-month-year", re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\.?\s+(?:de\s+)?"
                                  rf"{_MONTH}\s+(?:de\s+)?(?P<year>(?:19|20)\d{{2}}){_YEAR_END}{_TIME}",
                                  re.IGNORECASE)),
    ("month-day-year", re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
                                  rf"(?P<year>(?:19|20)\d{{2}}){_YEAR_END}{_TIME}", re.IGNORECASE)),
    ("dotted", re.compile(r"\b(?P<day>\d{1,2})\.(?P<mnum>\d{1,2})\.(?P<year>(?:19|20)\d{2})\b"
                          + _TIME)),
    ("slashed", re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>(?:19|20)?\d{2})\b"
                           + _TIME, re.IGNORECASE)),
)

# File names like 2019-11-19-story.txt or 20191119_story.txt carry the day.
FILENAME_DATE = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})-?(?P<mnum>\d{2})-?(?P<day>\d{2})(?!\d)")


def find_date(text: str) -> dt.datetime | None:
    """Return the first date written in a common form in the text, if any."""
    found = []
    for _name, pattern in PATTERNS:
        for m in pattern.finditer(text):
            value = _to_datetime(m)
            if value is not None:
                found.append((m.start(), value))
                break
    return min(found)[1] if found else None


def date_from_filename(name: str) -> dt.datetime | None:
    m = FILENAME_DATE.search(name)
    return _to_datetime(m) if m else None


def _to_datetime(m: re.Match[str]) -> dt.datetime | None:
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
        # Slashes are month-first in the US, day-first elsewhere; a number over 12 decides.
        month, day = (b, a) if a > 12 else (a, b)
    hour, minute = int(g.get("hour") or 0), int(g.get("minute") or 0)
    ampm = (g.get("ampm") or "").replace(".", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    try:
        return dt.datetime(year, month, day, hour, minute)
    except ValueError:
        return None


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
