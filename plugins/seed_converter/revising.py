"""Stage 4, revise: the labeller's tags become the article's structure.

The story's text keeps what the body model kept, the lists and tables it
introduces with a colon (`introduced.py`) and the closing section right under it
that the model took for the page's foot ("Conclusion" and its paragraphs,
`conclusions.py`), up to what closes the page under it (a blog's comments, its list
of sources, the author's box) and less the publisher's lines set into it (buttons,
disclosures, a table of contents' heading, links to other stories, adverts'
markers, pictures' credits, another story's headline under a "Read also" label,
`story_links.py`), a second copy of itself (`repeats.py`) and its
writer's biography under it (`bios.py`);
inside it, a short line before prose is a subheading, a run of bulleted lines is a
list, a quotation with its source is a block quote, a pull quote is dropped as a
repeat, and a short first paragraph under the headline is the deck. Every dropped
line keeps the name of the rule, or the model, that dropped it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from . import (
    bios,
    conclusions,
    contents,
    introduced,
    numbering,
    quotes,
    repeats,
    rules,
    story_links,
)
from .given_names import first_name, given_names
from .judging import LEADS_ON, ends_sentence, is_slight
from .labeller import Labelled, Tag
from .language import stoplist_for, words
from .model import PROSE_SHAPES, Judged, Label, Shape

# A subheading is short; longer lines without a full stop are captions or teasers.
HEADING_MAX_WORDS = 14
# A numbered line over prose is a part's heading where the story numbers at least
# this many parts so; one alone may be a one-item list over the next paragraph.
NUMBERED_SECTIONS_MIN = 2
# A deck (standfirst) is one or two sentences under the headline.
DECK_MAX_WORDS = 50
# A standfirst sits right under the headline: the byline or date line that closes the
# header is looked for this many lines down.
DECK_SEARCH_LINES = 4
# The comments' heading ("12 Comments") heads them only below this many words of the
# story: above, it is the count by the byline, a link down to them. So for the other
# closing headings: an author box or a like button above it is the header's.
COMMENTS_AFTER_WORDS = 100
# The labels of the story's text, as against the header's (headline, byline, date line).
STORY_LABELS = frozenset(label for label in Label if label.kept) - {
    Label.TITLE, Label.BYLINE, Label.DATELINE}
# A heading, even one run into an author's biography, is no longer than this: most
# lines of a story are, and are not tried against the headings.
CLOSING_MAX_CHARS = 600
# A list of other stories under the story is their headlines, each perhaps with a
# teaser of a sentence or two: a heading with a longer paragraph under it, or with
# more than this many words of kept text, or more than half as many as the story
# above it, heads a box of links set in the story's middle, and the story goes on.
OTHER_STORIES_MAX_WORDS = 400
TEASER_MAX_WORDS = 60
# The list's heading is a label: a longer line is a sentence about other stories.
OTHER_STORIES_HEADING_MAX_CHARS = 100
# A comment box's control is a button's label and a count.
CONTROLS_MAX_CHARS = 100
COMMENT_MARKERS = tuple(r for r in rules.END_MARKERS if r.name == "end:comments")
# Tags the header models give, and the label each becomes.
HEADER_LABELS = {Tag.TITLE: (Label.TITLE, rules.HEADLINE),
                 Tag.BYLINE: (Label.BYLINE, rules.BYLINE),
                 Tag.DATELINE: (Label.DATELINE, rules.DATELINE)}


@dataclass(frozen=True)
class Revised:
    """The lines with their final labels, and the headline if one was found."""

    lines: tuple[Judged, ...]
    title: str | None


def revise(labelled: Labelled) -> Revised:
    """Label each line from its tag, then mark the structure inside the story."""
    judged = labelled.page.judged
    first_body = next((i for i, t in enumerate(labelled.tags) if t is Tag.BODY), len(judged))
    last_body = max((i for i, t in enumerate(labelled.tags) if t is Tag.BODY), default=-1)
    lines = tuple(_from_tag(labelled, i, first_body, last_body) for i in range(len(judged)))
    lines = conclusions.keep_conclusion(lines, STORY_LABELS)
    lines = numbering.keep_numbered(introduced.keep_introduced(lines, STORY_LABELS),
                                    STORY_LABELS)
    lines = contents.keep_listed_subheadings(lines, STORY_LABELS)
    lines = repeats.drop_repeated_story(drop_closing_sections(lines), STORY_LABELS)
    lines = drop_trailing_labels(mark_lists(mark_headings(
        story_links.drop_linked_headlines(drop_publishers_lines(lines)))))
    lines = bios.drop_writer_box(bios.drop_writer_bio(lines), STORY_LABELS,
                                 stoplist_for(labelled.lang))
    lines = quotes.drop_pull_quotes(quotes.mark_block_quotes(lines))
    if labelled.title is not None:
        lines = mark_deck(lines, labelled.title)
    title = judged[labelled.title].line.text if labelled.title is not None else None
    return Revised(lines, title)


def _from_tag(labelled: Labelled, i: int, first_body: int, last_body: int) -> Judged:
    j = labelled.page.judged[i]
    tag = labelled.tags[i]
    if tag in HEADER_LABELS:
        label, rule = HEADER_LABELS[tag]
        return j.relabelled(label, rule)
    if tag is Tag.BODY:
        if labelled.title is not None and i < labelled.title:
            return j.relabelled(Label.BOILERPLATE, rules.ABOVE_HEADLINE)
        if labelled.fallback:
            return j.relabelled(Label.PARAGRAPH, rules.PROSE_RUN_FALLBACK)
        return j.relabelled(Label.PARAGRAPH, rules.STORY_RUNS_ON if i in labelled.run_on
                            else rules.LABELLED_BODY)
    if i in labelled.after_end:
        return j.relabelled(Label.BOILERPLATE, rules.AFTER_STORY_END)
    if j.shape is Shape.FURNITURE:
        return j.relabelled(Label.BOILERPLATE, j.rule)  # the furniture rule that matched
    if i < first_body or i > last_body:
        return j.relabelled(Label.BOILERPLATE, rules.OUTSIDE_MAIN_TEXT)
    return j.relabelled(Label.BOILERPLATE, rules.LABELLED_FURNITURE)


def mark_headings(lines: tuple[Judged, ...]) -> tuple[Judged, ...]:
    """A short kept line before kept prose is a subheading where it has no full stop,
    or is one question ("How do index funds work?", an FAQ's or a section's heading);
    a bulleted one is not (a list's last item over the next paragraph), nor a numbered
    one unless the story numbers NUMBERED_SECTIONS_MIN parts so ("1. Understand
    search intent" over its paragraph, "2. …" over the next): a listicle's parts."""
    heads = [i for i, j in enumerate(lines[:-1])
             if j.label is Label.PARAGRAPH
             and lines[i + 1].label is Label.PARAGRAPH and lines[i + 1].shape in PROSE_SHAPES
             and len(words(j.line.text)) <= HEADING_MAX_WORDS
             and (is_question(j.line.text) or (j.shape not in PROSE_SHAPES
                                               and not ends_sentence(j.line.text)))]
    numbered = [i for i in heads if rules.NUMBERED_LINE.match(lines[i].line.text)]
    sections = set(numbered) if len(numbered) >= NUMBERED_SECTIONS_MIN else set()
    out = list(lines)
    for i in heads:
        text = lines[i].line.text
        if i in sections:
            rule = rules.NUMBERED_SECTION
        elif rules.BULLET.match(text):
            continue
        else:
            rule = rules.QUESTION_HEADING if is_question(text) else rules.SHORT_LINE_BEFORE_PROSE
        out[i] = replace(lines[i], label=Label.HEADING, rule=rule)
    return tuple(out)


def is_question(text: str) -> bool:
    """One question on its own, not a quoted one (speech): "What is a front-loaded PTO
    policy?", not "Why? Because …" nor "“Are you sure?”"."""
    body = text.rstrip()
    return (body.endswith("?") and not rules.QUOTED.match(body)
            and not ends_sentence(body[:-1].rstrip()) and "? " not in body and ". " not in body)


# What the publisher sets into a story that is never the story's: a button's label
# alone on its line, a disclosure of the page's affiliate links, the heading of a
# table of contents, a link to another story, an advert's marker, a picture's credit,
# the breadcrumb's trail from the home page.
PUBLISHERS_LINES = (rules.CALLS_TO_ACTION + rules.DISCLOSURES + rules.CONTENTS_HEADINGS
                    + rules.STORY_LINKS + rules.ADVERT_MARKERS + rules.MEDIA_CREDITS
                    + (rules.HOME_TRAIL,))


# What a publisher's line can be kept as when it is dropped (headings and quotes are
# marked after it).
PUBLISHERS_LINE_LABELS = frozenset({Label.PARAGRAPH, Label.LIST_ITEM})


def drop_publishers_lines(lines: tuple[Judged, ...]) -> tuple[Judged, ...]:
    """A kept line that is the publisher's (PUBLISHERS_LINES: a button's label, "Book a
    demo"; a disclosure of affiliate links; "Read more: …"; "Advertisement - Continue
    Reading Below"; "Image copyright Getty Images") is dropped with its rule. So is
    such a line kept as a list item: a colon's list under a product ("Our pick:") holds
    its shop buttons ("See price at Amazon"). An emoji or arrow before the label does
    not hide it ("✉️ Reply by email")."""
    out = list(lines)
    for i, j in enumerate(lines):
        if j.label in PUBLISHERS_LINE_LABELS:
            rule = rules.match(PUBLISHERS_LINES, j.line.text)
            if rule is None:
                bare = rules.LEADING_MARKS.sub("", j.line.text)
                rule = rules.match(PUBLISHERS_LINES, bare) if bare != j.line.text else None
            if rule is not None:
                out[i] = j.relabelled(Label.BOILERPLATE, rule.name)
    return tuple(out)


def drop_closing_sections(lines: tuple[Judged, ...]) -> tuple[Judged, ...]:
    """What follows a story to the end of its page, from its heading on: a blog's
    comments (a long comment reads like the story), or the list of sources a page
    cites. Every line of the story from the first such heading after its first
    paragraph is dropped, with the section's rule (a byline or date line the header
    models found there stays theirs). A comment box's control (rules.COMMENT_CONTROLS)
    heads the comments too, where the page holds it once."""
    first = next((i for i, j in enumerate(lines) if j.label is Label.PARAGRAPH), None)
    if first is None:
        return lines
    told = 0  # words of the story kept above the line
    controls = Counter(j.line.text for j in lines if len(j.line.text) <= CONTROLS_MAX_CHARS
                       and rules.COMMENT_CONTROLS.match(j.line.text))
    once = frozenset(text for text, n in controls.items() if n == 1)
    for start in range(first + 1, len(lines)):
        above = lines[start - 1]
        told += len(above.line.text.split()) if above.label in STORY_LABELS else 0
        rule = _closing_section(lines, start, told, once)
        if rule is not None:
            return (*lines[:start], *(j.relabelled(Label.BOILERPLATE, rule)
                                      if j.label in STORY_LABELS else j
                                      for j in lines[start:]))
    return lines


def _closing_section(lines: tuple[Judged, ...], i: int, told: int,
                     controls: frozenset[str]) -> str | None:
    """The rule of the section line i heads, if it heads one (closing_heading, or one of
    the comment box's `controls` the page holds once); "… says:" heads a comment only
    over its time, and the comments' own heading or control, the author's box and the
    like only once the story has been told ("12 Comments" by the byline is a link down
    to them)."""
    text = lines[i].line.text
    if text in controls:
        return rules.COMMENT_SECTION if told >= COMMENTS_AFTER_WORDS else None
    rule = closing_heading(text) or (rules.CLOSING_SECTION if _about_organisation(lines, i)
                                     else None)
    if rule is None:
        return _other_stories(lines, i, told)
    if rules.COMMENT_SAYS.match(text):
        below = lines[i + 1].line.text if i + 1 < len(lines) else ""
        return rule if rules.COMMENT_TIME.match(below) else None
    if rule == rules.CLOSING_SECTION or _counts_comments(text):
        return rule if told >= COMMENTS_AFTER_WORDS else None
    return rule


def _other_stories(lines: tuple[Judged, ...], i: int, told: int) -> str | None:
    """rules.OTHER_STORIES if line i heads a list of other stories that closes the
    page: under a story already told, with only headlines and teasers below it, and
    fewer words than OTHER_STORIES_MAX_WORDS and than half the story's."""
    text = lines[i].line.text
    if told < COMMENTS_AFTER_WORDS or len(text) > OTHER_STORIES_HEADING_MAX_CHARS or \
            not rules.OTHER_STORIES_HEADING.match(rules.HEADING_TRIM.sub("", text)):
        return None
    limit = min(OTHER_STORIES_MAX_WORDS, told // 2)
    below = 0
    for j in lines[i + 1:]:
        if j.label in STORY_LABELS:
            size = len(j.line.text.split())
            below += size
            if size > TEASER_MAX_WORDS or below > limit:
                return None
    return rules.OTHER_STORIES


def _counts_comments(text: str) -> bool:
    """The comments' own heading: "12 Comments", "3 thoughts on “…”", "12 comments:"."""
    return rules.match(COMMENT_MARKERS, text) is not None or \
        rules.COMMENT_COUNT.match(text) is not None


def closing_heading(text: str) -> str | None:
    """The rule of the section this line may head, under which no more of the story
    comes: a blog's comments (rules.COMMENT_SAID: "… at 9:47 pm said:", "… says:",
    Substack's rules.COMMENT_HEADING, "12 Comments", rules.COMMENT_COUNT: "3 thoughts
    on “…”", "12 comments:"), the sources a page cites
    (rules.REFERENCE_HEADING), an author's box and the like (rules.CLOSING_HEADING)."""
    if len(text) > CLOSING_MAX_CHARS:
        return None
    if rules.REFERENCE_HEADING.match(text):
        return rules.REFERENCE_SECTION
    if rules.COMMENT_HEADING.match(text) or rules.COMMENT_SAID.match(text) or \
            rules.COMMENT_SAYS.match(text) or _counts_comments(text):
        return rules.COMMENT_SECTION
    if rules.CLOSING_HEADING.match(text) or _about_person(text):
        return rules.CLOSING_SECTION
    return None


def _about_organisation(lines: tuple[Judged, ...], i: int) -> bool:
    """Line i heads a press release's notes on the company ("About Harbor City Public
    Library" over "Founded in 1887, …"): the release has ended."""
    return (i + 1 < len(lines) and lines[i + 1].shape is Shape.PROSE
            and rules.ABOUT_ORGANISATION.match(lines[i].line.text) is not None)


def _about_person(text: str) -> bool:
    """The heading of an author's box that names the writer: "About Jane Doe"."""
    found = rules.ABOUT_WRITER.match(text)
    return found is not None and first_name(found[1]) in given_names()


def drop_trailing_labels(lines: tuple[Judged, ...]) -> tuple[Judged, ...]:
    """Kept lines of at most HEADING_MAX_WORDS words that are not prose, after the
    story's last paragraph of prose, are dropped: a story does not end on a heading
    ("More Articles", "What do you think?"); such a line heads what follows the story.
    A list or a quote after the last paragraph is the story's, and so is all of a
    story without prose. A date line or byline the header models found under the story
    (Tumblr dates a post at its foot) is theirs, and the labels above it are looked at."""
    last_prose = max((i for i, j in enumerate(lines)
                      if j.label is Label.PARAGRAPH and j.shape in PROSE_SHAPES), default=None)
    if last_prose is None:
        return lines
    out = list(lines)
    for i in range(len(lines) - 1, last_prose, -1):
        j = lines[i]
        if j.label not in STORY_LABELS:
            continue
        if j.label is not Label.PARAGRAPH or len(words(j.line.text)) > HEADING_MAX_WORDS:
            break
        out[i] = j.relabelled(Label.BOILERPLATE, rules.TRAILING_LABEL)
    return tuple(out)


def mark_lists(lines: tuple[Judged, ...]) -> tuple[Judged, ...]:
    """Two or more bulleted kept lines in a row are a list. A line an earlier rule
    kept as a list's item keeps that rule's name: the audit says why it was kept."""
    out = list(lines)
    i = 0
    while i < len(lines):
        k = i
        while k < len(lines) and lines[k].label.kept and rules.BULLET.match(lines[k].line.text):
            k += 1
        if k - i >= 2:
            for x in range(i, k):
                if lines[x].label is not Label.LIST_ITEM:
                    out[x] = replace(lines[x], label=Label.LIST_ITEM, rule=rules.BULLETED_RUN)
        i = max(k, i + 1)
    return tuple(out)


def mark_deck(lines: tuple[Judged, ...], title_at: int) -> tuple[Judged, ...]:
    """The deck: a short paragraph set between the headline and its byline or date
    line, where standfirsts stand, even if the model left it out; else the first
    paragraph under the headline, if it is short."""
    header = next((i for i in range(title_at + 1, min(len(lines), title_at + DECK_SEARCH_LINES))
                   if lines[i].label in (Label.BYLINE, Label.DATELINE)), None)
    for i in range(title_at + 1, header or 0):
        if lines[i].shape in PROSE_SHAPES and _may_be_deck(lines, i):
            return _as_deck(lines, i)
    for i in range(title_at + 1, len(lines)):
        j = lines[i]
        if j.label in (Label.BYLINE, Label.DATELINE, Label.BOILERPLATE):
            continue
        if j.label is Label.PARAGRAPH and _may_be_deck(lines, i):
            return _as_deck(lines, i)
        break
    return lines


def _may_be_deck(lines: tuple[Judged, ...], i: int) -> bool:
    """Short enough for a standfirst, not too slight to stand for the story, not the
    publisher's line (a disclosure often stands under the headline too), not a wire
    story's lede ("HARBOR CITY, Maine (AP) — …", rules.NEWS_DATELINE), not a paragraph
    that leads into what follows it (ends in a colon: "… with real timings for each
    step:" over a code sample), and more paragraphs after it."""
    text = lines[i].line.text
    return (len(words(text)) <= DECK_MAX_WORDS and not is_slight(text)
            and not text.rstrip().endswith(LEADS_ON)
            and not rules.match(PUBLISHERS_LINES, text) and not rules.NEWS_DATELINE.match(text)
            and any(x.label is Label.PARAGRAPH for x in lines[i + 1:]))


def _as_deck(lines: tuple[Judged, ...], i: int) -> tuple[Judged, ...]:
    return (*lines[:i], replace(lines[i], label=Label.DECK, rule=rules.DECK_UNDER_HEADLINE),
            *lines[i + 1:])
