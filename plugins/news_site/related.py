"""Related stories by shared tags, found through a tag index, not all pairs."""

from __future__ import annotations

from collections import defaultdict

import numpy as np


def index_by_tag(articles, max_tag_size: int) -> dict[str, np.ndarray]:
    """Map each tag's slug to its articles' positions, leaving out tags too common to tell."""
    index: dict[str, list[int]] = defaultdict(list)
    for position, article in enumerate(articles):
        for tag in getattr(article, "tags", ()):
            index[tag.slug].append(position)
    return {slug: np.array(items, dtype=np.int64) for slug, items in index.items()
            if len(items) <= max_tag_size}


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
        found = [index[tag.slug] for tag in getattr(article, "tags", ()) if tag.slug in index]
        article.related = [ordered[other] for other in _most_shared(found, position, count)]


def _most_shared(found: list[np.ndarray], position: int, count: int) -> list[int]:
    """The `count` positions met most often in `found` (one array per tag the story
    has), lowest position first on ties; the story's own position left out.
    Counted over whole arrays at once: with common tags a story meets much of
    the archive."""
    if not found:
        return []
    shared = np.bincount(np.concatenate(found))
    if position < len(shared):
        shared[position] = 0
    best: list[int] = []
    for times in range(int(shared.max()), 0, -1):
        # flatnonzero lists positions in ascending order: the newest first.
        best.extend(np.flatnonzero(shared == times)[: count - len(best)].tolist())
        if len(best) >= count:
            break
    return best
