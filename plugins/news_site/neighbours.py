"""Previous and next story within the same section."""

from __future__ import annotations


def add_section_neighbours(categories, only=None) -> None:
    """Set prev_in_section (older) and next_in_section (newer) on every article,
    or on the articles in `only` alone."""
    chosen = None if only is None else {id(a) for a in only}
    for _category, articles in categories:
        ordered = sorted(articles, key=lambda a: (a.date, a.source_path))
        for i, article in enumerate(ordered):
            if chosen is not None and id(article) not in chosen:
                continue
            article.prev_in_section = ordered[i - 1] if i > 0 else None
            article.next_in_section = ordered[i + 1] if i + 1 < len(ordered) else None
