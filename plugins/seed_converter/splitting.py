"""Stage 2, split: clean text becomes lines, each knowing the gap above it."""

from __future__ import annotations

import re

from .bylines import is_byline
from .model import Line

# A hard-wrapped sentence: the line stops without closing punctuation and the next
# one, directly below, carries on in lower case. Such lines are one line of text.
OPEN_END = re.compile(r"[\w,;–—-]$")
LOWER_START = re.compile(r"^[a-zà-öø-ÿ(]")
# … but a byline opens in lower case in most languages ("di Giulia Bianchi", "von
# Sabine Krüger", "par Jean Dupont"): under a standfirst without a full stop it is a
# line of its own, not the standfirst's last words. ("by …" is left joined: the credit
# search reads "… by Jane Doe" at a line's end, and the labeller learned from such lines.)
OTHER_LANGUAGE_BY = re.compile(r"^(?:von|par|por|di|door|av|af|от)\s", re.IGNORECASE)
# Hard-wrapped text fills its lines to a width (60 to 80 characters, less the next
# word): a shorter line is one of its own, whatever follows it: a heading over a
# paragraph that opens with a lower-case name ("Step 2: Create the repository" over
# "restic is in …"), a button's label or a line of code over the next line of code, a
# headline over its "by …" line.
WRAPPED_MIN_CHARS = 40


def split_lines(text: str) -> tuple[Line, ...]:
    """Return the non-empty lines, trimmed, with the count of blank lines before each."""
    # (line number, blank lines before, pieces): pieces of a wrapped line are
    # joined once at the end, so a long wrapped paragraph costs linear time.
    found: list[tuple[int, int, list[str]]] = []
    blanks = 0
    for number, raw in enumerate(text.split("\n"), start=1):
        stripped = raw.strip()
        if not stripped:
            blanks += 1
            continue
        if found and blanks == 0 and _wrapped(found[-1][2][-1], stripped):
            found[-1][2].append(stripped)
            continue
        found.append((number, blanks, [stripped]))
        blanks = 0
    return tuple(
        Line(index=i, number=number, text=" ".join(pieces), blank_before=blank,
             pieces=tuple(map(len, pieces)) if len(pieces) > 1 else ())
        for i, (number, blank, pieces) in enumerate(found)
    )


def _wrapped(previous: str, line: str) -> bool:
    # OPEN_END is anchored at the end, and `previous` (trimmed) has no line break:
    # only its last character can match, so the search starts there, not at a
    # long paragraph's first character; the cheap test of the next line goes first.
    return bool(LOWER_START.match(line) and len(previous) >= WRAPPED_MIN_CHARS
                and OPEN_END.search(previous, len(previous) - 1)) \
        and not (OTHER_LANGUAGE_BY.match(line) and is_byline(line))
