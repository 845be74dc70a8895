"""Plain text and reading time for every article and page."""

from __future__ import annotations

import math

from markupsafe import Markup


def plain(html: str | None) -> str:
    """Return the text of an HTML fragment: tags stripped, entities decoded, spaces plain.

    Autoescape escapes it again wherever a template prints it, so a title
    typogrify turned into HTML is safe text in <title>, attributes and meta tags.
    """
    text = Markup(html or "").striptags()
    # typogrify's widont glues the last two words with a no-break space.
    return " ".join(text.replace("\xa0", " ").split())


def add_plain_text(content) -> None:
    """Give a content object plain_title and plain_summary for text-only places."""
    content.plain_title = plain(getattr(content, "title", ""))
    content.plain_summary = plain(getattr(content, "summary", ""))


def add_reading_time(article, words_per_minute: int) -> None:
    """Set reading_minutes, the one reading time every page shows: a Reading_time
    header written by hand, else the words (the converter's Words header, or
    counted from the body) at the site's reading speed."""
    given = str(getattr(article, "reading_time", "") or "").strip()
    if given.isdigit() and int(given) > 0:
        article.reading_minutes = int(given)
        return
    counted = str(getattr(article, "words", "") or "").strip()
    words = int(counted) if counted.isdigit() else len(plain(article.content).split())
    article.reading_minutes = max(1, math.ceil(words / words_per_minute))


# A seed's path is shortened to this many characters in the report: long dump
# names (a 64-character digest and more) would wrap over lines in a table cell.
SHORT_PATH = 44


def shorten_middle(text: str, limit: int = SHORT_PATH) -> str:
    """Keep the start and the end of a long name (its folder and its extension)."""
    text = str(text)
    if len(text) <= limit:
        return text
    tail = (limit - 1) * 2 // 5
    return f"{text[: limit - 1 - tail]}…{text[len(text) - tail :]}"
