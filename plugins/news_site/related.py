"""Related stories by shared tags, found through a tag index, not all pairs."""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict


def index_by_tag(articles, max_tag_size: int) -> dict[str, list[int]]:
    """Map each tag's slug to its articles' positions, leaving out tags too common to tell."""
    index: dict[str, list[int]] = defaultdict(list)
    for position, article in enumerate(articles):
        for tag in getattr(article, "tags", ()):
            index[tag.slug].append(position)
    return {slug: items for slug, items in index.items() if len(items) <= max_tag_size}


def add_related(articles, count: int, max_tag_size: int, only=None) -> None:
    """Set article.related: the stories sharing most tags, newest first on ties;
    on the stories in `only` alone, when given (found among all `articles`)."""
    # Positions in this order break ties: newest first, then by source path.
    ordered = sorted(articles, key=lambda a: (-a.date.timestamp(), a.source_path))
    index = index_by_tag(ordered, max_tag_size)
    chosen = None if only is None else {id(a) for a in only}
    for position, article in enumerate(ordered):
        if chosen is not None and id(article) not in chosen:
            continue
        shared: Counter[int] = Counter()
        for tag in getattr(article, "tags", ()):
            # Counter.update counts a whole list in C: this loop is the hot one.
            shared.update(index.get(tag.slug, ()))
        shared.pop(position, None)
        best = heapq.nsmallest(count, shared.items(), key=lambda item: (-item[1], item[0]))
        article.related = [ordered[other] for other, _ in best]
