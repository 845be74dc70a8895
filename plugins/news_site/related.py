"""Related stories by shared tags, found through a tag index, not all pairs."""

from __future__ import annotations

from collections import Counter, defaultdict


def index_by_tag(articles, max_tag_size: int) -> dict[str, list]:
    """Map each tag's slug to its articles, leaving out tags too common to tell."""
    index: dict[str, list] = defaultdict(list)
    for article in articles:
        for tag in getattr(article, "tags", ()):
            index[tag.slug].append(article)
    return {slug: items for slug, items in index.items() if len(items) <= max_tag_size}


def add_related(articles, count: int, max_tag_size: int) -> None:
    """Set article.related: the stories sharing most tags, newest first on ties."""
    index = index_by_tag(articles, max_tag_size)
    for article in articles:
        shared: Counter = Counter()
        for tag in getattr(article, "tags", ()):
            for other in index.get(tag.slug, ()):
                if other is not article:
                    shared[other.source_path] += 1
        by_path = {
            other.source_path: other
            for tag in getattr(article, "tags", ())
            for other in index.get(tag.slug, ())
        }
        ranked = sorted(
            shared,
            key=lambda path: (-shared[path], -by_path[path].date.timestamp(), path),
        )
        article.related = [by_path[path] for path in ranked[:count]]
