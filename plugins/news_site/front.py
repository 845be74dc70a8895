"""The front page's lead, top stories and section blocks, chosen once in Python."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bs4 import BeautifulSoup
from markupsafe import Markup

from .today import is_ahead

# The lead shows its opening paragraphs beside the top stories, as a paper's
# front page does. The page clips them to the top stories' column; these caps
# only keep the HTML small.
LEAD_PARAGRAPHS = 4
LEAD_WORDS = 220


@dataclass(frozen=True)
class SectionBlock:
    category: object
    articles: tuple


@dataclass(frozen=True)
class FrontPage:
    lead: object | None
    lead_opening: tuple  # the lead's first body paragraphs, rendered HTML
    top: tuple
    sections: tuple


def is_featured(article) -> bool:
    """True when the article's header says Featured: true (or yes/1)."""
    return str(getattr(article, "featured", "")).strip().lower() in {"true", "yes", "1"}


def opening_paragraphs(html: str, most: int = LEAD_PARAGRAPHS, words: int = LEAD_WORDS) -> tuple:
    """The body's first paragraphs after the deck (already shown as the summary)."""
    found, count = [], 0
    for p in BeautifulSoup(html or "", "html.parser").find_all("p", recursive=False):
        if "deck" in (p.get("class") or ()):
            continue
        found.append(Markup(str(p)))
        count += len(p.get_text().split())
        if len(found) >= most or count >= words:
            break
    return tuple(found)


def front_page(articles, categories, top_count: int, per_section: int,
               at: dt.datetime | None = None) -> FrontPage:
    """Lead = newest featured story, else newest; then top stories; then sections.

    `articles` are newest first, as Pelican sorts them. A story shown as lead or
    top story is not repeated in its section block. A story dated more than a
    day after `at` (the build's time) is published but never the lead.
    """
    if not articles:
        return FrontPage(None, (), (), ())
    current = [a for a in articles if at is None or not is_ahead(a, at)]
    lead = next((a for a in current if is_featured(a)), current[0] if current else None)
    top = tuple(a for a in articles if a is not lead)[:top_count]
    shown = {id(lead), *map(id, top)}
    blocks = []
    for category, items in sorted(categories, key=lambda pair: pair[0].name.lower()):
        newest = sorted(items, key=lambda a: (a.date, a.source_path), reverse=True)
        rest = tuple(a for a in newest if id(a) not in shown)[:per_section]
        if rest:
            blocks.append(SectionBlock(category, rest))
    return FrontPage(lead, opening_paragraphs(getattr(lead, "content", "")), top, tuple(blocks))
