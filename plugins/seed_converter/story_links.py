"""A link to another story set into the story under its own label line.

"Leggi anche", "Lees ook", "Related" alone on a line, and the other story's headline
on the next: the label is furniture by its rules, but the headline, a line of words
like a subheading, may be kept with the story around it. It is dropped as the
one-line "Read more: …" is (rules.STORY_LINKS).
"""

from __future__ import annotations

from . import rules
from .judging import ends_sentence
from .model import Judged, Label

# A linked headline is a headline's length; a longer line under the label is prose.
LINKED_HEADLINE_MAX_WORDS = 25
# What a kept headline may have been kept as.
KEPT_AS = frozenset({Label.PARAGRAPH, Label.HEADING})


def drop_linked_headlines(lines: tuple[Judged, ...]) -> tuple[Judged, ...]:
    """A kept line right under a "read also" label line (rules.STORY_LINK_LABEL; not
    "Read more", often a button), headline-shaped, is dropped with the story-link
    rule: it is the other story's headline."""
    out = list(lines)
    for i in range(1, len(lines)):
        j = lines[i]
        if j.label in KEPT_AS and _is_label(lines[i - 1]) and _headline_shaped(j.line.text):
            out[i] = j.relabelled(Label.BOILERPLATE, rules.STORY_LINK)
    return tuple(out)


def _is_label(j: Judged) -> bool:
    return j.label not in KEPT_AS and rules.STORY_LINK_LABEL.match(
        rules.HEADING_TRIM.sub("", j.line.text) or j.line.text) is not None


def _headline_shaped(text: str) -> bool:
    """A headline's length, no sentence, and not numbered (a listicle's next part,
    under a related box set between two parts)."""
    return (len(text.split()) <= LINKED_HEADLINE_MAX_WORDS and not ends_sentence(text)
            and rules.NUMBERED_LINE.match(text) is None)
