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
_TIME = r"(?:,?\s*(?:at\s+)?(?P<hour>\d{1,2})[:.h](?P<minute>\d{2})\s*(?P<ampm>[ap]\.?m\.?)?)?"

# Each form, in the order tried: unambiguous ones first.
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<mnum>\d{2})-(?P<day>\d{2})"
                       r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2}))?")),
    ("day-month-year", re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\.?\s+(?:de\s+)?"
                                  rf"{_MONTH}\s+(?:de\s+)?(?P<year>(?:19|20)\d{{2}})\b{_TIME}",
                                  re.IGNORECASE)),
    ("month-day-year", re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
                                  rf"(?P<year>(?:19|20)\d{{2}})\b{_TIME}", re.IGNORECASE)),
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
