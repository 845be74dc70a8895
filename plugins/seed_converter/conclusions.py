"""A story's closing section: its heading and the paragraphs under it are the story's.

Articles end under a heading of their own ("Conclusion", "Final thoughts", "The
bottom line"), and the body model, which reads the page's foot as furniture, often
drops the last paragraphs there. Right under the kept story, such a heading and the
paragraphs of prose that follow it are kept: the story ends there, not a section
earlier.
"""

from __future__ import annotations

from . import rules
from .model import PROSE_SHAPES, Judged, Label

# The heading follows the kept story within this many lines (a caption, a button or
# an advert may stand between).
STORY_ABOVE_LINES = 3
# Paragraphs under the heading that are kept, at most: a conclusion is short, and a
# longer run under a heading at the page's foot is something else.
CONCLUSION_MAX_LINES = 6
# rules.CONCLUSION_HEADING matches no longer line: longer ones are not tried.
HEADING_MAX_CHARS = 40


def keep_conclusion(lines: tuple[Judged, ...], story: frozenset[Label]) -> tuple[Judged, ...]:
    """The first conclusion heading (rules.CONCLUSION_HEADING) right under kept story
    text, and the prose paragraphs under it, are kept (rules.CONCLUSION), up to the
    first line that is not prose or is the publisher's (rules.CALLS_TO_ACTION)."""
    for i, j in enumerate(lines):
        if len(j.line.text) > HEADING_MAX_CHARS or \
                not rules.CONCLUSION_HEADING.match(j.line.text.strip()):
            continue
        if not any(k.label in story for k in lines[max(0, i - STORY_ABOVE_LINES):i]):
            continue
        below = _prose_under(lines, i)
        if not below:
            return lines
        out = list(lines)
        for k in (i, *below):
            if out[k].label not in story:
                out[k] = out[k].relabelled(Label.PARAGRAPH, rules.CONCLUSION)
        return tuple(out)
    return lines


def _prose_under(lines: tuple[Judged, ...], i: int) -> list[int]:
    """The run of prose lines right under line i, at most CONCLUSION_MAX_LINES."""
    found = []
    for k in range(i + 1, min(len(lines), i + 1 + CONCLUSION_MAX_LINES)):
        j = lines[k]
        if j.shape not in PROSE_SHAPES or rules.match(rules.CALLS_TO_ACTION, j.line.text):
            break
        found.append(k)
    return found
