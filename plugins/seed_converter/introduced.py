"""What a kept line introduces with a colon, up to where the story goes on, is the story's;
so is a bulleted list set between the story's paragraphs.

"Here are the steps:", "You will need:", "The results by school:" open a list or a
table whose lines are short and look like menus, and the body model often drops
them. When the story goes on right under them, the lines in between are what the
colon promised: kept, unless one of them is a furniture phrase (then the gap is the
page's: a sign-up box, a row of share buttons).
"""

from __future__ import annotations

from . import rules
from .model import PROSE_SHAPES, Judged, Label, Shape

# Lines a colon may introduce, at most: a list or a small table. A longer gap holds
# more than the list.
INTRODUCED_MAX_LINES = 12


def keep_introduced(lines: tuple[Judged, ...], story: frozenset[Label]) -> tuple[Judged, ...]:
    """Every run of dropped lines between a kept story line ending in a colon (not a
    line of code: rules.CODE_OPENER, nor one over a code box set apart) and the next
    kept story line, at most
    INTRODUCED_MAX_LINES and with no furniture phrase among them, is kept
    (rules.INTRODUCED): as a list's items if none of them is a sentence. So is such a
    run of two lines or more under any kept story line where every line of it is
    bulleted or numbered: a list set into the story (rules.BULLETED_GAP)."""
    out = list(lines)
    for i, j in enumerate(lines):
        # Most kept lines have the story's next line right under them: no gap.
        if j.label not in story or i + 1 >= len(lines) or lines[i + 1].label in story:
            continue
        text = j.line.text.rstrip()
        if text.endswith(":") and not j.line.box_under and not rules.CODE_OPENER.search(text):
            rule = rules.INTRODUCED
        elif rules.BULLET.match(lines[i + 1].line.text):
            rule = rules.BULLETED_GAP
        else:
            continue
        run = _gap_under(lines, i, story)
        if rule == rules.BULLETED_GAP and (
                len(run) < 2 or not all(rules.BULLET.match(lines[k].line.text) for k in run)):
            continue
        # Short lines with no sentence among them are the items of a list (left as
        # paragraphs, the last would read as a subheading over the story's next one).
        items = all(lines[k].shape not in PROSE_SHAPES for k in run)
        for k in run:
            out[k] = out[k].relabelled(Label.LIST_ITEM if items else Label.PARAGRAPH, rule)
    return tuple(out)


def _gap_under(lines: tuple[Judged, ...], i: int, story: frozenset[Label]) -> range:
    """The dropped lines right under line i up to the next kept story line, if the
    story goes on within INTRODUCED_MAX_LINES and none of them is furniture."""
    end = i + 1
    while end < len(lines) and lines[end].label not in story:
        if end - i > INTRODUCED_MAX_LINES or lines[end].shape is Shape.FURNITURE:
            return range(0)
        end += 1
    if end >= len(lines):
        return range(0)
    return range(i + 1, end)
