"""Stage 5, structure: revised lines become body blocks and the audit of what was dropped."""

from __future__ import annotations

from . import rules
from .judging import ends_sentence
from .model import Block, Dropped, Judged, Label

# Labels that are part of the header, not the body.
HEADER_LABELS = (Label.TITLE, Label.BYLINE, Label.DATELINE)
# A line wrapped mid-sentence is about as long as the width it was wrapped at; a
# shorter line with no full stop is a row of a table or an item ("1 North Dakota
# 82.0", "Rank State Score"), and stays a line of its own. (A short line before
# prose is a subheading by then, and one carried on in lower case was joined when
# the seed was split.)
WRAPPED_MIN_CHARS = 40


def assemble(lines: tuple[Judged, ...]) -> tuple[tuple[Block, ...], tuple[Dropped, ...]]:
    """Join wrapped lines into paragraphs; a line break after a full sentence splits them."""
    blocks: list[Block] = []
    dropped: list[Dropped] = []
    previous: Judged | None = None
    for j in lines:
        if j.label is Label.BOILERPLATE:
            dropped.append(Dropped(j.line.number, j.line.text, j.rule))
            continue
        if j.label in HEADER_LABELS:
            previous = None
            continue
        text = j.line.text
        if j.label is Label.LIST_ITEM:
            text = rules.BULLET.sub("", text, count=1)
        if _continues(previous, j):
            blocks[-1] = Block(blocks[-1].label, f"{blocks[-1].text} {text}")
        else:
            blocks.append(Block(j.label, text))
        previous = j
    return tuple(blocks), tuple(dropped)


def _continues(previous: Judged | None, j: Judged) -> bool:
    """A paragraph wrapped mid-sentence over two lines is one paragraph."""
    return (
        previous is not None
        and previous.label is Label.PARAGRAPH
        and j.label is Label.PARAGRAPH
        and j.line.blank_before == 0
        and len(previous.line.text) >= WRAPPED_MIN_CHARS
        and not ends_sentence(previous.line.text)
    )
