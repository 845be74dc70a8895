"""One exception family: every failure the converter expects is a SeedError."""

from __future__ import annotations


class SeedError(Exception):
    """A seed could not become an article; the message is the reason a person reads."""


class SeedSkipped(SeedError):
    """The seed is not an article (empty, not text, too large, no article text)."""


class ArticleConflict(SeedError):
    """The article on disk was edited by a person and must not be overwritten."""
