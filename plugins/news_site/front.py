"""The front page's lead, top stories and section blocks, chosen once in Python."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SectionBlock:
    category: object
    articles: tuple


@dataclass(frozen=True)
class FrontPage:
    lead: object | None
    top: tuple
    sections: tuple


def is_featured(article) -> bool:
    """True when the article's header says Featured: true (or yes/1)."""
    return str(getattr(article, "featured", "")).strip().lower() in {"true", "yes", "1"}


def front_page(articles, categories, top_count: int, per_section: int) -> FrontPage:
    """Lead = newest featured story, else newest; then top stories; then sections.

    `articles` are newest first, as Pelican sorts them. A story shown as lead or
    top story is not repeated in its section block.
    """
    if not articles:
        return FrontPage(None, (), ())
    lead = next((a for a in articles if is_featured(a)), articles[0])
    top = tuple(a for a in articles if a is not lead)[:top_count]
    shown = {id(lead), *map(id, top)}
    blocks = []
    for category, items in sorted(categories, key=lambda pair: pair[0].name.lower()):
        newest = sorted(items, key=lambda a: (a.date, a.source_path), reverse=True)
        rest = tuple(a for a in newest if id(a) not in shown)[:per_section]
        if rest:
            blocks.append(SectionBlock(category, rest))
    return FrontPage(lead, top, tuple(blocks))
