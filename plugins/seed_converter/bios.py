"""The writer's biography set under the story: "Jane Doe is a staff writer at …".

Sites close a story with a line on its writer, in the story's own type and with no
heading over it ("About the author" heads a box; see revising's closing sections),
so the line labeller keeps it. It names a person and says what she is; set among
the story's last paragraphs it is the writer's, not the story's: higher up, the
same sentence introduces someone the story is about, and stays. So is an author's
box set as the writer's name over her biography ("Karina Cohen" over "Karina holds
a Global Executive MBA …"), read as the byline search reads it
(persons.names_over_biography): from the name to the end of the story.
"""

from __future__ import annotations

import re

from . import rules
from .given_names import first_name, given_names
from .language import lower_case_words
from .model import Judged, Label
from .persons import may_head_biography, names_over_biography

# The writer's line is among the story's last paragraphs …
BIO_LAST_PARAGRAPHS = 3
# … under a story already told: a short piece that is mostly one person's portrait
# keeps it.
BIO_AFTER_WORDS = 100
# A person's name (a title, a middle initial, an e-mail address in brackets allowed),
# then what the person is.
WRITER_BIO = re.compile(
    r"^(?:Dr\.? )?(?P<name>[A-Z][\w'’-]+(?: [A-Z]\.)?(?: [A-Z][\w'’-]+){1,2})"
    r"(?: \([^)]{3,60}\))? (?:is|has been|serves as|works as) (?:a|an|the|our|senior|chief|"
    r"managing|lead|associate|contributing|staff|deputy)\b")


def drop_writer_bio(lines: tuple[Judged, ...]) -> tuple[Judged, ...]:
    """A paragraph among the story's last BIO_LAST_PARAGRAPHS that opens with a
    person's name and says what she is ("Louise Matsakis is a staff writer at …")
    is dropped, once BIO_AFTER_WORDS of the story stand above it."""
    paragraphs = [i for i, j in enumerate(lines) if j.label is Label.PARAGRAPH]
    last = paragraphs[-BIO_LAST_PARAGRAPHS:]
    told = sum(len(lines[i].line.text.split()) for i in paragraphs[:-BIO_LAST_PARAGRAPHS])
    if told < BIO_AFTER_WORDS:
        return lines
    out = list(lines)
    for i in last:
        found = WRITER_BIO.match(lines[i].line.text)
        if found and first_name(found["name"]) in given_names():
            out[i] = lines[i].relabelled(Label.BOILERPLATE, rules.WRITER_BIO)
    return tuple(out)


def drop_writer_box(lines: tuple[Judged, ...], story: frozenset[Label],
                    stops: frozenset[str]) -> tuple[Judged, ...]:
    """From an author's box among the story's last BIO_LAST_PARAGRAPHS + 1 lines (the
    writer's name over her biography) to the end of the story, every line is dropped,
    once BIO_AFTER_WORDS of the story stand above it."""
    kept = [i for i, j in enumerate(lines) if j.label in story]
    start = max(0, len(kept) - BIO_LAST_PARAGRAPHS - 1)
    if sum(len(lines[i].line.text.split()) for i in kept[:start]) < BIO_AFTER_WORDS:
        return lines
    # The page's lower-case words are worked out only for a pair that may be a box:
    # most stories have none, and the words cost more than the rest of this stage.
    lower: set[str] | None = None
    for n in range(start, len(kept) - 1):
        name, biography = lines[kept[n]].line.text, lines[kept[n + 1]].line.text
        if not may_head_biography(name, biography):
            continue
        if lower is None:
            lower = lower_case_words(j.line.text for j in lines)
        if names_over_biography(name, biography, stops, lower):
            box = set(kept[n:])
            return tuple(j.relabelled(Label.BOILERPLATE, rules.WRITER_BIO) if k in box else j
                         for k, j in enumerate(lines))
    return lines
