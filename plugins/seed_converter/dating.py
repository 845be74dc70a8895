"""When the story was published, and updated: dates from the lines around the headline.

The lines the labeller tagged as the story's date line, byline or headline are read
nearest the headline first. A line saying "Updated …" gives the date the
story changed, not the date it was published; a line holding both gives both. An
update stamp of its own near the headline ("Updated: Feb 20, 2025") gives the update
even where the model left it out with the page's other small print.
Failing those, the opening of the text ("WASHINGTON, Nov. 19, 2019 —"), then any
date in the page, then the seed's file name.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from .dates import (
    PageOrder,
    date_from_filename,
    find_date,
    find_dates,
    find_relative,
    time_alone,
)
from .model import Judged, Label

# Lines whose date is the story's: its date line, byline, headline. Not its deck: a
# standfirst tells of the story's events ("Born in Millbrook on April 14, 1931, …" over
# an obituary), and the page's date stands on a line of its own.
HEADER_DATE_LABELS = (Label.DATELINE, Label.BYLINE, Label.TITLE)
# "Updated", "Last modified" and their translations: what follows is a later date.
UPDATED = re.compile(r"\b(?:updated|modified|last (?:updated|modified)|aktualisiert|"
                     r"mis à jour|actualizado|atualizado|aggiornato|bijgewerkt|обновлено)\b",
                     re.IGNORECASE)
# "Updated Nov 11, 2022 Originally published Nov 9, 2022": after an update's date, the
# publication date may follow under its own label.
PUBLISHED = re.compile(r"\b(?:originally |first )?published\b|\bveröffentlicht\b|"
                       r"\bpublié\b|\bpublicado\b|\bpubblicato\b", re.IGNORECASE)
# A dump runs a date into what stood beside it on the page: a month into the number
# before it ("…+00:00March 22nd, 2024"), a year into a reading time ("May 2nd 202511
# mins"). The story's date is read with those seams opened; the line features read
# each line as written, as the model learned them.
SEAMS = re.compile(r"(?<=\d)(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])|(?<=(?:19|20)\d\d)(?=\d{1,3}\s*min)")
# What the dates are read with: UPDATED (which a line feature reads, as the model
# learned it) and "Last update".
UPDATE_MARK = re.compile(rf"{UPDATED.pattern}|\blast\s+update\b", re.IGNORECASE)
# An update stamp on a line of its own: "Updated: Feb 20, 2025", "Last updated 3 March
# 2025". It is looked for this many lines either side of the headline, where the
# header stands, and is short: a sentence beginning "Updated figures show …" is not one.
UPDATE_STAMP = re.compile(rf"^(?:{UPDATE_MARK.pattern})\s*(?:on\b|:)?", re.IGNORECASE)
UPDATE_STAMP_LINES = 6
UPDATE_STAMP_MAX_WORDS = 8
# An update's label alone on its line, its date on the next: "Last update:" over "July
# 16, 2025" (a page sets the label and the date in elements of their own). The date
# line is read as the update it is, not as the story's publication date.
UPDATE_LABEL = re.compile(rf"^(?:{UPDATE_MARK.pattern})(?:\s+(?:on|am|le|el|em|il|op))?\s*:?$",
                          re.IGNORECASE)
# A publication stamp on a line of its own, maybe with the update after it: "Publié le
# 3 avril 2025 à 08h15, mis à jour le 3 avril 2025 à 11h40", "Published 12 March 2025".
# Where the model tagged no line of the header with a date, such a line as near the
# headline as an update stamp is read as the date line: the model learned date lines
# mostly from English pages, and a line opening with the word for "published" is one
# in any language. Short, as an update stamp is, with room for both dates and times, and
# ending no sentence ("Published figures from March show …." is the story's).
PUBLICATION_STAMP = re.compile(rf"^(?:{PUBLISHED.pattern})\b(?!.*[.!?]\s*$)", re.IGNORECASE)
PUBLICATION_STAMP_MAX_WORDS = 16
# A dateline opens the text: look this far into the first paragraphs for one.
OPENING_PARAGRAPHS = 2
DATELINE_PREFIX_CHARS = 80

# Where the date came from, as the report and the audit say it.
FROM_DATE_LINE = "date line"
FROM_RELATIVE = "relative date line"
FROM_TEXT_DATELINE = "dateline in text"
FROM_PAGE = "first date in page"
FROM_FILE_NAME = "file name"
FROM_NOWHERE = "none"


@dataclass(frozen=True)
class Dates:
    published: dt.datetime | None
    source: str
    modified: dt.datetime | None = None


def story_dates(lines: tuple[Judged, ...], seed_name: str,
                reference: dt.datetime | None = None, lang: str | None = None) -> Dates:
    """The story's publication date and where it came from, and its update date if shown.

    A relative date ("3 hours ago") counts only against a reference date (the
    seed file's time), which the caller may not have. `lang`, the page's language,
    says which way it writes numeric dates where the page itself does not.
    """
    header = _nearest_headline_first(lines)
    order = PageOrder((j.line.text for j in lines), lang)
    published, updated = _header_dates(header, order)
    if published is None and updated is None:
        published, updated = _header_dates(_publication_stamp(lines), order)
    if published is not None and updated is None:
        updated = _update_stamp(lines, order, published)
    if published is None and updated is not None:
        published, updated = updated, None
    if published is not None:
        later = updated if updated is not None and updated > published else None
        return Dates(published, FROM_DATE_LINE, later)
    if reference is not None:
        for j in header:
            ago = find_relative(j.line.text)
            if ago is not None:
                return Dates(reference - ago, FROM_RELATIVE)
    for j in [j for j in lines if j.label is Label.PARAGRAPH][:OPENING_PARAGRAPHS]:
        found = _read_date(j.line.text[:DATELINE_PREFIX_CHARS], order)
        if found is not None:
            return Dates(found, FROM_TEXT_DATELINE)
    for j in lines:
        found = _read_date(j.line.text, order)
        if found is not None:
            return Dates(found, FROM_PAGE)
    found = date_from_filename(seed_name)
    if found is not None:
        return Dates(found, FROM_FILE_NAME)
    return Dates(None, FROM_NOWHERE)


def _read_date(text: str, order: PageOrder) -> dt.datetime | None:
    """The first date of the text, its seams opened (SEAMS), in the page's order."""
    return find_date(SEAMS.sub(" ", text), order)


def _nearest_headline_first(lines: tuple[Judged, ...]) -> list[Judged]:
    """The header's lines, nearest the headline first; a line under an update's label
    alone (UPDATE_LABEL) with the label put before its text."""
    title = next((i for i, j in enumerate(lines) if j.label is Label.TITLE), 0)
    header = [(abs(i - title), i < title, _labelled_update(lines, i))
              for i, j in enumerate(lines) if j.label in HEADER_DATE_LABELS]
    return [j for *_, j in sorted(header, key=lambda x: (x[0], x[1]))]


def _labelled_update(lines: tuple[Judged, ...], i: int) -> Judged:
    """Line i, read with the update label alone on the line above it, if there is one."""
    j = lines[i]
    above = lines[i - 1].line.text.strip() if i else ""
    if not above or not UPDATE_LABEL.match(above):
        return j
    return dataclasses.replace(j, line=dataclasses.replace(j.line, text=f"{above} {j.line.text}"))


def _header_dates(header: list[Judged], order: PageOrder
                  ) -> tuple[dt.datetime | None, dt.datetime | None]:
    """The first publication date and the first update date the header lines give."""
    published = updated = None
    # "Aggiornato alle 12:15": an update on the day of publication, at that time.
    update_time = None
    for j in header:
        text = j.line.text
        m = UPDATE_MARK.search(text)
        before, after = (text[:m.start()], text[m.end():]) if m else (text, "")
        if m and (p := PUBLISHED.search(after)):
            before, after = after[p.end():], after[:p.start()]
        if published is None and m is None and j.label in (Label.DATELINE, Label.BYLINE):
            # Two dates and no word for either ("May 21, 2025April 24, 2025"): a story
            # is published before it is updated.
            found = find_dates(SEAMS.sub(" ", before), order)
            published = min(found, default=None)
            if updated is None and len(found) > 1 and max(found) > published:
                updated = max(found)
        elif published is None:
            published = _read_date(before, order)
        if updated is None and m:
            updated = _read_date(after, order)
            if updated is None and update_time is None:
                update_time = time_alone(after)
        if published is not None and (updated is not None or not _any_updated(header)):
            break
    if updated is None and update_time is not None and published is not None:
        updated = dt.datetime.combine(published.date(), update_time)
    return published, updated


def _update_stamp(lines: tuple[Judged, ...], order: PageOrder,
                  published: dt.datetime) -> dt.datetime | None:
    """The date of the first update stamp (UPDATE_STAMP) within
    UPDATE_STAMP_LINES of the headline, whatever the model made of the line, its label
    maybe on the line above (UPDATE_LABEL); a stamp with only a time ("Aggiornato alle
    11:40") is on the day of publication."""
    near = _near_headline(lines)
    for k, j in enumerate(near):
        text = j.line.text
        if UPDATE_LABEL.match(text.strip()) and k + 1 < len(near):
            text = f"{text} {near[k + 1].line.text}"  # "Last update:" over the date
        m = UPDATE_STAMP.match(text)
        if m and len(text.split()) <= UPDATE_STAMP_MAX_WORDS:
            found = _read_date(text[m.end():], order)
            if found is None and (at := time_alone(text[m.end():])) is not None:
                found = dt.datetime.combine(published.date(), at)
            if found is not None:
                return found
    return None


def _publication_stamp(lines: tuple[Judged, ...]) -> list[Judged]:
    """The first publication stamp (PUBLICATION_STAMP) within UPDATE_STAMP_LINES of
    the headline, as a date line whatever the model made of it (none: empty)."""
    for j in _near_headline(lines):
        text = j.line.text
        if PUBLICATION_STAMP.match(text) and len(text.split()) <= PUBLICATION_STAMP_MAX_WORDS:
            return [j.relabelled(Label.DATELINE, j.rule)]
    return []


def _near_headline(lines: tuple[Judged, ...]) -> tuple[Judged, ...]:
    """The lines within UPDATE_STAMP_LINES of the headline, where a stamp the model left
    out is looked for (none without a headline)."""
    title = next((i for i, j in enumerate(lines) if j.label is Label.TITLE), None)
    if title is None:
        return ()
    return lines[max(0, title - UPDATE_STAMP_LINES):title + UPDATE_STAMP_LINES + 1]


def _any_updated(header: list[Judged]) -> bool:
    return any(UPDATE_MARK.search(j.line.text) for j in header)
