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
# Blank lines kept between two lines of a code box: code sets its parts apart with
# one or two (Python's style guide asks for two between functions), never more.
CODE_BLANK_LINES = 2


def assemble(lines: tuple[Judged, ...]) -> tuple[tuple[Block, ...], tuple[Dropped, ...]]:
    """Join wrapped lines into paragraphs; a line break after a full sentence splits them."""
    blocks: list[Block] = []
    dropped: list[Dropped] = []
    previous: Judged | None = None
    width = max((j.line.widest_piece for j in lines if j.label is Label.PARAGRAPH), default=0)
    for j in lines:
        if j.label is Label.BOILERPLATE:
            dropped.append(Dropped(j.line.number, j.line.text, j.rule))
            continue
        if j.label in HEADER_LABELS:
            previous = None
            continue
        text = j.line.text
        if j.label is Label.CODE and previous is not None and previous.label is Label.CODE:
            gap = "\n" * (1 + min(j.line.blank_before, CODE_BLANK_LINES))
            blocks[-1] = Block(Label.CODE, f"{blocks[-1].text}{gap}{text}")
            previous = j
            continue
        if j.label is Label.LIST_ITEM:
            text = rules.BULLET.sub("", text, count=1)
        if _continues(previous, j, width):
            blocks[-1] = Block(blocks[-1].label, f"{blocks[-1].text} {text}")
        else:
            blocks.append(Block(j.label, text))
        previous = j
    return tuple(blocks), tuple(dropped)


def _continues(previous: Judged | None, j: Judged, width: int) -> bool:
    """A paragraph wrapped mid-sentence over two lines is one paragraph: the seed's
    line was broken where the next one's first word would not fit in the story's
    width (the longest of its paragraphs' lines in the seed). A page copied from a
    browser sets each paragraph, list item and caption on one line of its own, of any
    length, and a line there that stops without a full stop is a line of its own
    ("Passionate about the business idea you've had for years" over the next item)."""
    if previous is None or previous.label is not Label.PARAGRAPH \
            or j.label is not Label.PARAGRAPH or j.line.blank_before:
        return False
    last = previous.line.last_piece
    first_word = j.line.text.split(None, 1)[0]
    return (last >= WRAPPED_MIN_CHARS and last + 1 + len(first_word) > width
            and not ends_sentence(previous.line.text))
