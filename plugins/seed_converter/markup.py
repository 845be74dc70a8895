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
# The characters INLINE_SYNTAX escapes: most paragraphs hold none of them, and a
# substring test for each finds that faster than the pattern's pass over the text.
INLINE_CHARS = "\\`*_{}[]#"
# Syntax only at the start of a block: list markers, ordered-list numbers, and
# the definition-list and fenced-code openers (":" and "~" are not escapable).
LEADING_SYNTAX: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^([+-])"), r"\\\1"),
    (re.compile(r"^(\d+)\."), r"\1\\."),
    (re.compile(r"^:"), "&#58;"),
    (re.compile(r"^~"), "&#126;"),
)
# The first characters LEADING_SYNTAX patterns start with, but for digits.
LEADING_CHARS = frozenset("+-:~")


def escape_html(text: str) -> str:
    for char, entity in HTML_ESCAPES:
        text = text.replace(char, entity)
    return text


def escape_markdown(text: str) -> str:
    """Return Markdown that renders as exactly this text, on one line."""
    text = escape_html(one_line(text))
    if any(map(text.__contains__, INLINE_CHARS)):
        text = INLINE_SYNTAX.sub(r"\\\1", text)
    # Each leading pattern needs one of these first characters (\d is str.isdecimal):
    # most blocks start with a letter or a quote, and none of them applies.
    first = text[:1]
    if first in LEADING_CHARS or first.isdecimal():
        for pattern, replacement in LEADING_SYNTAX:
            text = pattern.sub(replacement, text, count=1)
    return text


# A fenced code block's fence: at least three backticks (Python-Markdown's
# fenced_code, in "extra"), and longer than any run of them in the code, which
# would otherwise close it early.
BACKTICKS = re.compile(r"`+")
FENCE_MIN = 3


def code_block(text: str) -> str:
    """Markdown that shows these lines as code, exactly: Markdown escapes a code
    block's text itself (&, <, >), and nothing in it is read as Markdown."""
    longest = max((len(run) for run in BACKTICKS.findall(text)), default=0)
    fence = "`" * max(FENCE_MIN, longest + 1)
    return f"{fence}\n{text}\n{fence}"


def one_line(text: str) -> str:
    """Runs of white space (str.isspace, as the regex class \\s) made one space, none
    at either end; str.split does it several times faster than a regex."""
    return " ".join(text.split())


def header_value(text: str) -> str:
    """A metadata value on one line: no newline may start a new key."""
    return one_line(text)


def header_list(items: tuple[str, ...]) -> str:
    """Tags and authors split on ';' when one is present, so names keep their commas."""
    joined = "; ".join(header_value(i).replace(";", ",") for i in items)
    # Pelican splits on "," when no ";" is present: keep one lone "Doe, Jane" whole.
    return joined + ";" if len(items) == 1 and "," in joined else joined
