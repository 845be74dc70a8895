"""Slugs that are unique and never change once an article has one."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from .naming import path_digest
from .store import read_header

# Long headlines give long slugs; cut at a word boundary to stay readable and far
# inside the 255-byte file-name limit (the slug is a folder name in the site).
MAX_SLUG_CHARS = 80
# A clash's suffix: this many characters of the seed path's digest.
SLUG_DIGEST_CHARS = 6
FALLBACK_SLUG = "story"


def make_slug(title: str) -> str:
    """Pelican's own slugify, with its default substitutions, cut to a readable length."""
    slugify, substitutions = _pelicans_slugify()
    slug = slugify(title, regex_subs=substitutions)
    if len(slug) > MAX_SLUG_CHARS:
        slug = slug[:MAX_SLUG_CHARS].rsplit("-", 1)[0]
    return slug.strip("-") or FALLBACK_SLUG


def load_slugify() -> None:
    """Import what make_slug uses (all of Pelican, a quarter of a second, when the
    converter runs as a command), for a caller that has a core to spare before its
    first slug: while the first conversion worker loads the extraction stages."""
    _pelicans_slugify()


def _pelicans_slugify():
    """Pelican's slugify and its default substitutions. Imported when first wanted:
    Pelican's package imports all of Pelican, which a converter pass that makes no
    slug (nothing changed) need not load."""
    from pelican.settings import DEFAULT_CONFIG
    from pelican.utils import slugify

    return slugify, DEFAULT_CONFIG["SLUG_REGEX_SUBSTITUTIONS"]


class SlugRegistry:
    """The slugs already used in the content folder, and new ones claimed this run."""

    def __init__(self, taken: set[str]) -> None:
        self._taken = taken

    @classmethod
    def from_content(cls, content_dir: Path, known: Mapping[Path, dict] | None = None,
                     ) -> SlugRegistry:
        """Slugs of every article in the folder; headers in `known` are not read again."""
        taken = set()
        known = known or {}
        if content_dir.is_dir():
            for path in content_dir.rglob("*.md"):
                meta = known.get(path)
                if meta is None:
                    try:
                        meta = read_header(path)
                    except OSError:  # a folder named *.md, or unreadable: no slug
                        continue
                slug = meta.get("slug") or (make_slug(meta["title"]) if "title" in meta else "")
                if slug:
                    taken.add(slug)
        return cls(taken)

    def claim(self, title: str, seed: str) -> str:
        """Return a free slug for this headline; a clash gets a suffix from the seed's path."""
        base = make_slug(title)
        slug = base
        if slug in self._taken:
            # Derived from the seed's path, so the same seed gets the same URL every time.
            slug = f"{base}-{path_digest(seed, SLUG_DIGEST_CHARS)}"
        n = 2
        while slug in self._taken:
            slug = f"{base}-{n}"
            n += 1
        self._taken.add(slug)
        return slug
