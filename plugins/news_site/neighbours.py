"""Previous and next story within the same section."""

from __future__ import annotations


def add_section_neighbours(categories) -> None:
    """Set prev_in_section (older) and next_in_section (newer) on every article."""
    for _category, articles in categories:
        ordered = sorted(articles, key=lambda a: (a.date, a.source_path))
        for i, article in enumerate(ordered):
            article.prev_in_section = ordered[i - 1] if i > 0 else None
            article.next_in_section = ordered[i + 1] if i + 1 < len(ordered) else None
