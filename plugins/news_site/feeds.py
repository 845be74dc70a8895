"""RSS guids that validate."""

from __future__ import annotations


def mark_guids_not_permalinks(context, feed) -> None:
    """Say isPermaLink="false": Pelican's guids are tag: URIs, not URLs.

    Without the attribute RSS readers and the W3C validator take a guid for a
    permalink and reject it (getpelican/pelican#1263). Atom ignores the flag.
    """
    for item in feed.items:
        item["unique_id_is_permalink"] = False
