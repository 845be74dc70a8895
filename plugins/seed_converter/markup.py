"""Seed text is data: escape everything Markdown or HTML would read as syntax.

Python-Markdown only honours a backslash before its own ESCAPED_CHARS; other
syntax characters are written as numeric character references instead.
"""

from __future__ import annotations

import re

# HTML: the entity and tag openers; "&" first so the others are not escaped twice.
HTML_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))
# Syntax anywhere in a line: code, emphasis, links, footnotes, attribute lists,
# headings' closing hashes. All are in Python-Markdown's ESCAPED_CHARS.
INLINE_SYNTAX = re.compile(r"([\\`*_{}\[\]#])")
# Syntax only at the start of a block: list markers, ordered-list numbers, and
# the definition-list and fenced-code openers (":" and "~" are not escapable).
LEADING_SYNTAX: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^([+-])"), r"\\\1"),
    (re.compile(r"^(\d+)\."), r"\1\\."),
    (re.compile(r"^:"), "&#58;"),
    (re.compile(r"^~"), "&#126;"),
)
WHITESPACE = re.compile(r"\s+")


def escape_html(text: str) -> str:
    for char, entity in HTML_ESCAPES:
        text = text.replace(char, entity)
    return text


def escape_markdown(text: str) -> str:
    """Return Markdown that renders as exactly this text, on one line."""
    text = escape_html(WHITESPACE.sub(" ", text).strip())
    text = INLINE_SYNTAX.sub(r"\\\1", text)
    for pattern, replacement in LEADING_SYNTAX:
        text = pattern.sub(replacement, text, count=1)
    return text


def header_value(text: str) -> str:
    """A metadata value on one line: no newline may start a new key."""
    return WHITESPACE.sub(" ", text).strip()


def header_list(items: tuple[str, ...]) -> str:
    """Tags and authors split on ';' when one is present, so names keep their commas."""
    joined = "; ".join(header_value(i).replace(";", ",") for i in items)
    # Pelican splits on "," when no ";" is present: keep one lone "Doe, Jane" whole.
    return joined + ";" if len(items) == 1 and "," in joined else joined
