"""The site's own name, as the page's copyright line gives it: "© 2025 Notes from the
Allotment", "Copyright © The Little Oven 2025. All rights reserved.". A blog's name
heads the page above its menu and its story, and where the story's headline reads
less like one (a quotation, a question) the headline model can take the name for it;
a headline is never the name of the site it is published on."""

from __future__ import annotations

import re
from collections.abc import Iterable

# What a copyright line says besides the owner's name: the sign, the word, the years
# ("2019–2025"), "All rights reserved".
NOT_THE_NAME = re.compile(
    r"©|\(c\)|\bcopyright\b|\ball rights reserved\b"
    r"|\b(?:19|20)\d\d\b(?:\s*[-–—]\s*(?:19|20)?\d\d\b)?", re.IGNORECASE)
# "Copyright 2025 by Jane Doe": the name follows "by".
BY = re.compile(r"^by\s+", re.IGNORECASE)
# Where a copyright line runs on to something else: "© 2025 Blog · Powered by
# WordPress", "© Example Ltd. All rights reserved", "© 2025 Example | Privacy".
PARTS = re.compile(r"\s[|·•–—-]\s|[|·•]|\.(?:\s|$)")
# The ends of a part that are no part of the name.
EDGES = " \t.,;:!?'\"“”‘’()[]"


def site_names(copyright_lines: Iterable[str]) -> frozenset[str]:
    """The names a page's copyright lines (rules.COPYRIGHT_LINE) give, case-folded."""
    names = set()
    for text in copyright_lines:
        for part in PARTS.split(NOT_THE_NAME.sub(" ", text)):
            name = _key(BY.sub("", part.strip()))
            if len(name) > 1:
                names.add(name)
    return frozenset(names)


def is_site_name(text: str, names: frozenset[str]) -> bool:
    """The line says only the site's name."""
    return bool(names) and _key(text) in names


def _key(text: str) -> str:
    return " ".join(text.split()).strip(EDGES).casefold()
