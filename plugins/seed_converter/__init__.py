"""Turn raw page dumps (seeds) into structured Markdown articles for Pelican."""

from .plugin import register

__all__ = ["register"]
