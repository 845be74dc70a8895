"""The typed values that pass between the converter's stages."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Seed:
    """A seed file, decoded and normalised to clean text."""

    relpath: str  # path relative to the seed folder, with "/" separators
    digest: str  # sha256 of the file's bytes
    text: str
    modified_repairs: tuple[str, ...] = ()  # what decoding repaired, for the audit


@dataclass(frozen=True)
class Line:
    """One non-empty line of a seed, with how many blank lines came before it."""

    index: int  # position among the non-empty lines
    number: int  # 1-based line number in the seed, for the audit trail
    text: str
    blank_before: int
    # The lengths of the seed's lines a hard-wrapped sentence was joined from
    # (splitting); none when the text is one line of the seed.
    pieces: tuple[int, ...] = ()
    # A code box was set apart right under this line (code_boxes): its colon, if it
    # ends in one, announced the box, not the lines under it.
    box_under: bool = False

    @property
    def last_piece(self) -> int:
        """How long the seed's line that ends this one is."""
        return self.pieces[-1] if self.pieces else len(self.text)

    @property
    def widest_piece(self) -> int:
        """How long the longest of the seed's lines in this one is."""
        return max(self.pieces) if self.pieces else len(self.text)


class Label(enum.Enum):
    """What a line is, as judged and then revised."""

    TITLE = "title"
    DECK = "deck"
    BYLINE = "byline"
    DATELINE = "dateline"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list item"
    QUOTE = "quote"
    QUOTE_SOURCE = "quote source"  # the "– Name" line under a block quote
    CODE = "code"  # a line of a code box (code_boxes.py), written as it stands
    BOILERPLATE = "boilerplate"

    @property
    def kept(self) -> bool:
        return self is not Label.BOILERPLATE


class Shape(enum.Enum):
    """A line judged alone, before its neighbours are considered (jusText's classes)."""

    PROSE = "prose"  # long, sentence-like: article text on its own
    NEAR_PROSE = "near prose"  # sentence-like but short, or long but with few stopwords
    SHORT = "short"  # a few words: a heading, a menu item, a label
    FURNITURE = "furniture"  # matched a furniture rule: never article text


# The shapes of story text, as the hand rules judge a line alone.
PROSE_SHAPES = (Shape.PROSE, Shape.NEAR_PROSE)


@dataclass(frozen=True)
class Judged:
    """A line with its shape, its label and the name of the rule that decided it."""

    line: Line
    shape: Shape
    label: Label
    rule: str

    def relabelled(self, label: Label, rule: str) -> Judged:
        """The line with a new label and rule (every line of a page passes through here:
        the constructor is several times cheaper than dataclasses.replace)."""
        return Judged(self.line, self.shape, label, rule)


@dataclass(frozen=True)
class Block:
    """A unit of the article body as it will be written: a paragraph, heading, item…"""

    label: Label
    text: str


@dataclass(frozen=True)
class Dropped:
    """A line left out of the article, and the rule that dropped it (the audit trail)."""

    line: int
    text: str
    rule: str


@dataclass(frozen=True)
class Metadata:
    """Everything the article's header says."""

    title: str
    date: dt.datetime | None
    date_source: str
    category: str
    tags: tuple[str, ...]
    summary: str
    authors: tuple[str, ...]
    lang: str
    words: int
    # The page's own "Updated …" date, when it shows one beside the published date.
    modified: dt.datetime | None = None


@dataclass(frozen=True)
class Article:
    """A converted seed: its metadata, its body blocks and what was dropped."""

    seed: Seed
    meta: Metadata
    body: tuple[Block, ...]
    dropped: tuple[Dropped, ...] = field(default=())
