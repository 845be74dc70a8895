"""The site side of the news theme: metadata, navigation and files for machines."""

from .plugin import register

__all__ = ["register"]
