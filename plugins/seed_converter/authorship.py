"""Which line names the story's writer, and so who wrote it.

The evidence is tried strongest first, and the first line that yields names wins:

1. a line near the headline that credits the writer in so many words
   ("By Jane Doe", "Posted on June 1 by Jane Doe"), whatever the model tagged it;
2. the lines the model tagged as bylines, nearest the headline first;
3. names beside the date on the lines it tagged as date lines;
   (a name from 2 or 3 whose every word the page also writes in lower case —
   "Recent Posts", "Print Article" — or that holds a word of the site's interface
   — "Select Page", "Login Register", "HomeKnowledge Centre" — or that ends mid-phrase
   in a lower-case word — "Planificación de la" — is a label the model mistook, and is
   passed);
4. a name line between the headline and the story, or just above the headline
   ("Andrew King"), not a label the page writes in lower case; or the story's first
   line, where the model took the byline for it, if it names a person the headline
   does not ("Brian Truitt   USA TODAY");
5. a credit just after the story ("Written by Jane Doe", "Posted by Jane at 9:15");
6. "Written by Jane Doe" anywhere in the page, or a link to the writer's other
   stories ("More by Jane Doe", "View all posts by Jane Doe");
7. the names under an author box's label ("About the author", "Author(s)"; each
   writer maybe under initials and over a role; one name alone is enough under
   "Written by"), or the name over it ("Jane Doe" over "Author" or "Author's Profile");
8. a name line whose name opens the next line's biography ("Jane Doe is a …"),
   or a line opening with a person's name and their role over a biography that
   calls them by their given name ("Jane Doe Transport Writer" over "Jane covers …"),
   or a name run into the writer's own biography ("Jane Doe I'm a developer …");
9. "About Jane Doe" anywhere, then a copyright's holder ("© 2025 Jane Doe", "This
   site is © 1998-2025 Jane Doe", "© 2025 Derek Seaman's Tech Blog"), then a blog
   named after its writer at the top ("Derek Seaman's Tech Blog"), then the page's
   first line when it is a person's name alone (a one-person site's), only where the
   name is a person's and nothing else (a company's copyright names no writer).

A name made only of the language's everyday words ("Key Takeaways", "Press
Release") is a heading wherever it was found, except in a credit by the headline.
Each piece of evidence is a function of EVIDENCE; what a name may be instead of a
writer's is `persons`.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from .bylines import (
    SEPARATORS,
    byline_writers,
    credited_handle,
    credited_names,
    dateline_names,
    is_by_alone,
    is_handle,
    is_name_line,
    names_from,
)
from .common_words import everyday_words
from .credit_filters import (
    cut_glued_interface,
    cut_off,
    glued_labels,
    in_list,
    interface_label,
)
from .given_names import first_name, given_names
from .language import lower_case_words
from .model import Judged, Label
from .names import NAME_WORD, is_role, writers
from .persons import (
    all_common,
    interface_only,
    is_biography,
    is_group,
    is_heading,
    is_personal,
    mostly_everyday,
    names_over_biography,
    only_a_person,
    run_together,
)

# How far from the headline a credit is still the story's byline; a credit between
# the headline and the story's first paragraph always is.
BYLINE_SEARCH_LINES = 12
# How far above the headline a bare name line is still the byline.
NAME_ABOVE_TITLE_LINES = 3
# How far after the story's last paragraph a credit still signs it.
AFTER_STORY_LINES = 6
# Labels of the story's own text: where it starts and ends.
STORY_LABELS = frozenset({Label.PARAGRAPH, Label.HEADING, Label.LIST_ITEM, Label.QUOTE})
# "Written by" credits the writer wherever it stands, even in an author box far below.
WRITTEN_BY = re.compile(r"\bwritten\s+by\b", re.IGNORECASE)
# A link to the writer's other stories, in an author box: "More by Jane Doe", "View all
# posts by Jane Doe".
AUTHOR_ARCHIVE = re.compile(r"^(?:(?:more|view all|see all|all|other|read more)\s+"
                            r"(?:(?:posts|articles|stories|entries|work)\s+)?by:?|"
                            # the same in the other languages the converter reads most
                            r"(?:mehr|alle artikel|weitere artikel) von|"
                            r"(?:plus d'articles|tous les articles) de|"
                            r"(?:más artículos|todos los artículos|mais artigos) de|"
                            r"altri articoli di|meer (?:artikelen )?van)\s+"
                            r"(?P<name>\S.*)$", re.IGNORECASE)
# A label over an author box ("About the author", "Article by") names the writer next.
AUTHOR_BOX = re.compile(r"^(?:about the (?:authors?|writer)|the author|authors?|author\(s\)|"
                        r"autor(?:\(?(?:en|in|es)\)?)?|auteur(?:\(?s\)?)?|"
                        r"(?:(?:article|post|story|text|words)\s+)?(?:written\s+)?by|"
                        r"über (?:den|die) autor(?:in)?|à propos de l'auteur|"
                        r"sobre el autor|sobre o autor)\s*:?$", re.IGNORECASE)
# An author box may set the writer's initials, standing in for a photo, over the name.
INITIALS = re.compile(r"^[A-ZÀ-ÖØ-Þ]{1,3}$")
# A writer's role under the name is a short line: "Staff Software Engineer, MongoDB".
ROLE_LINE_MAX_WORDS = 8
# Or put its label under the name: "Jane Doe" over "Author" or "Staff Writer".
ROLE_LABEL = re.compile(r"^(?:(?:staff|guest|senior|contributing|the)\s+)?"
                        r"(?:author|writer|editor|contributor|journalist|reporter)"
                        # or a link to the writer's page: "Author's Profile"
                        r"(?:['’]s)?(?:\s+profile)?\s*:?$",
                        re.IGNORECASE)

# The accounts a CMS credits when nobody set a writer ("admin", "jdadmin", "webmaster",
# "user1"): never a byline.
SITE_ACCOUNT = re.compile(r"admin|webmaster|editor|moderator|wpengine|staff|^(?:user\d*|root|"
                          r"guest|author|team)$")
# The same accounts credited in so many words ("Posted on March 30, 2015 by Admin"):
# a CMS's default user is nobody's byline, however the page credits it.
CMS_ACCOUNT = re.compile(r"^(?:admin|administrator|site ?admin|sysadmin|superuser|webmaster|"
                         r"wpengine|root|user\d*|guest)$", re.IGNORECASE)
# A blog named after its writer, in the site's name at the top of the page:
# "Derek Seaman's Tech Blog", "Mike Woodward's thoughts on AI, data, and analytics".
SITE_NAME_LINES = 10
OWNERS_BLOG = re.compile(r"^(?P<name>[^'’]{3,40})['’]s\s+(?:[\w-]+\s+){0,2}"
                         r"(?:blog|weblog|journal|notes|thoughts|musings|site|homepage)\b",
                         re.IGNORECASE)
# A person's name and nothing else, as a one-person site's first line.
SITE_OWNER = re.compile(r"^(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]+(?: [A-ZÀ-ÖØ-Þ][\w'’.-]+){1,2})$")
# "About Jane Doe": the heading of an author box or a one-person site's About page.
ABOUT_PERSON = re.compile(r"^(?:about|über|à propos de|sobre)\s+(?P<name>.+)$", re.IGNORECASE)
# "© 2012-2025 Guillaume Gomez", "Copyright © 2024 Jane Doe. All rights reserved."
COPYRIGHT_HOLDER = re.compile(
    r"^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:copyright\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?"
    r"(?P<name>[^.|,]+?)\s*(?:[.|,].*)?$", re.IGNORECASE)
# Or inside a sentence, with its year: "This site is © 1998-2025 Jane Doe, all rights …".
COPYRIGHT_INSIDE = re.compile(r"(?:©|\(c\))\s*\d{4}(?:\s*[-–]\s*\d{4})?\s+"
                              r"(?P<name>[^.|,]+?)\s*(?:[.|,].*)?$", re.IGNORECASE)
# An author box that runs the name into the writer's own biography: "Jane Doe I'm a
# full-stack developer, mentor and writer. …".
SELF_INTRODUCED = re.compile(r"^(?P<name>\S+(?:\s+\S+){1,2})\s+(?P<bio>(?:I['’]m|I am)\s.*)$")


def story_authors(lines: tuple[Judged, ...], stops: frozenset[str], lang: str = "",
                  ) -> tuple[str, ...]:
    """Who wrote the story: the names of the strongest evidence (module docstring).

    Names only a guess gives (the model's bylines, a bare name line) that hold no
    known given name and no group's word ("Case Studies", but also "ServiceTitan")
    are held back: a later credit naming a person wins over them, else they stand.
    Such a name made of the page's language's everyday words ("Key Takeaways",
    "Press Release") is a heading, never a writer (`lang` empty: not known).
    """
    held: tuple[str, ...] = ()
    for names, guessed, personal in _candidate_names(lines, stops, lang):
        names = tuple(n for n in names if not CMS_ACCOUNT.match(n))
        if not names:
            continue
        if personal or not (guessed or held):
            return _as_written_in_text(names)
        held = held or _as_written_in_text(names)
    return held


def _as_written_in_text(names: tuple[str, ...]) -> tuple[str, ...]:
    """Each name once, and a name the byline sets in capitals ("By JANE MORALES", as
    wire services do) as a name is written in a sentence: "Jane Morales"; one word in
    capitals ("NASA", "BBC") is an acronym, and stays."""
    return tuple(dict.fromkeys(name.title() if name.isupper() and " " in name else name
                               for name in names))


class Evidence(NamedTuple):
    """The writers' names one piece of evidence gives (names.writers, once a piece)."""

    names: tuple[str, ...]
    # Only the model's or a name line's guess, not a credit in so many words.
    guessed: bool
    # One of them is a person's or a group's name.
    personal: bool


@dataclass(frozen=True)
class _Page:
    """What every piece of evidence reads of the page."""

    lines: tuple[Judged, ...]
    texts: tuple[str, ...]
    stops: frozenset[str]
    lang: str
    title: int  # the headline's line (0 without one)
    start: int  # the story's first line and its last (the headline's without a story)
    end: int
    near: tuple[int, ...]  # every line, nearest the headline first

    @classmethod
    def of(cls, lines: tuple[Judged, ...], stops: frozenset[str], lang: str) -> _Page:
        title = next((i for i, j in enumerate(lines) if j.label is Label.TITLE), 0)
        story = [i for i, j in enumerate(lines) if j.label in STORY_LABELS]
        start, end = (story[0], story[-1]) if story else (title, title)
        near = tuple(sorted(range(len(lines)), key=lambda i: (abs(i - title), i < title)))
        return cls(lines, tuple(j.line.text for j in lines), stops, lang, title, start, end,
                   near)

    @functools.cached_property
    def lower(self) -> set[str]:
        """The words the page writes in lower case: worked out only past the credits by
        the headline, where most pages credit their writer."""
        return lower_case_words(self.texts)

    def judged(self, names: tuple[str, ...], guessed: bool) -> Evidence:
        """The writers among the names: a guessed name whose every word the page writes
        in lower case is a label, and so is a heading of everyday words."""
        lower, lang = self.lower, self.lang
        names = tuple(n for n in map(cut_glued_interface, writers(names))
                      if not (guessed and (all_common(n, lower) or interface_only(n, lower)
                                         or cut_off(n) or mostly_everyday(n, lower, lang)))
                      and not is_heading(n, lang) and not run_together(n))
        return Evidence(names, guessed, any(is_personal(n, lower) for n in names))


def _candidate_names(lines: tuple[Judged, ...], stops: frozenset[str], lang: str
                     ) -> Iterator[Evidence]:
    """Each piece of evidence's writers, strongest first (EVIDENCE, the module's
    docstring)."""
    page = _Page.of(lines, stops, lang)
    for pieces in EVIDENCE:
        yield from pieces(page)


def _credits_by_headline(page: _Page) -> Iterator[Evidence]:
    """1. A line near the headline, or between it and the story, that credits the
    writer in so many words; "By" alone credits the name line under it."""
    lines, texts, title, stops = page.lines, page.texts, page.title, page.stops
    window = [i for i in (page.near[1:] if lines and lines[title].label is Label.TITLE
                          else page.near)
              if abs(i - title) <= BYLINE_SEARCH_LINES or title < i < page.start]
    # Each line's credit is read once, and only as far as the search goes: most
    # pages credit their writer a line or two from the headline.
    credit = functools.cache(lambda i: credited_names(texts[i]))
    for i in window:
        names = credit(i)
        if names and not in_list(i, credit, len(texts), title):
            # An account's handle is held back like a guess: a person credited later wins.
            handle = is_handle(names)
            yield Evidence(writers(names), handle, not handle)
        elif not names and (account := credited_handle(texts[i])) and \
                not SITE_ACCOUNT.search(account) and not everyday_words(account, page.lang):
            # "by jsteinhardt": held back like any handle.
            yield Evidence((account,), True, False)
        # "By" on a line of its own: the names are on the next (past a category list
        # run together, which some templates set between them).
        if is_by_alone(texts[i]):
            below = i + 2 if i + 2 < len(texts) and glued_labels(texts[i + 1]) else i + 1
            if below < len(texts) and is_name_line(texts[below], stops):
                yield Evidence(writers(names_from(texts, below, stops)), False, True)


def _tagged_by_the_model(page: _Page) -> Iterator[Evidence]:
    """2, 3. The lines the model tagged as bylines, then the names beside the date on
    those it tagged as date lines, nearest the headline first."""
    for label in (Label.BYLINE, Label.DATELINE):
        for i in page.near:
            if page.lines[i].label is label:
                text = page.texts[i]
                # "Dec. 19, 2025 · Jane Doe": a byline may be names beside a date.
                names = (byline_writers(text) if label is Label.BYLINE else ()) or \
                    dateline_names(text, page.stops)
                yield page.judged(names, True)


def _name_lines_by_headline(page: _Page) -> Iterator[Evidence]:
    """4. A name line between the headline and the story, or just above the headline."""
    lines, texts, title, start = page.lines, page.texts, page.title, page.start
    for i in sorted(range(max(0, title - NAME_ABOVE_TITLE_LINES), max(start + 1, title + 1)),
                    key=lambda i: (abs(i - title), i < title)):
        if i != title and is_name_line(texts[i], page.stops):
            names = byline_writers(texts[i])
            # A line the model took for furniture names a writer only as a person's
            # full name or a group's, and the story's opening only as a person's ("Dedicated
            # Development Team" there is a heading): a heading passes for a name where a
            # given name opens it ("Save Time", "Job Applications"); and a name the
            # headline holds is its kicker ("Hong Kong" over "The Guardian view on Hong
            # Kong") or the story's subject.
            if lines[i].label is Label.BOILERPLATE or i == start:
                names = tuple(n for n in names
                              if (only_a_person(n, page.lower) or (i != start and is_group(n)))
                              and n not in texts[title])
            yield page.judged(names, True)


def _credits_after_story(page: _Page) -> Iterator[Evidence]:
    """5. A credit just after the story."""
    for i in range(page.end + 1, min(len(page.lines), page.end + 1 + AFTER_STORY_LINES)):
        yield page.judged(credited_names(page.texts[i]), False)


def _credits_anywhere(page: _Page) -> Iterator[Evidence]:
    """6. "Written by …" anywhere in the page, or a link to the writer's other stories."""
    for text in page.texts:
        if WRITTEN_BY.search(text):
            yield page.judged(credited_names(text), False)
        elif (m := AUTHOR_ARCHIVE.match(text)) and is_name_line(m.group("name"), page.stops):
            yield page.judged(byline_writers(m.group("name")), False)


def _author_boxes(page: _Page) -> Iterator[Evidence]:
    """7. The names under an author box's label, or the name over a role's label."""
    texts, stops = page.texts, page.stops
    for i in range(len(texts) - 1):
        if AUTHOR_BOX.match(texts[i]):
            below = i + 2 if INITIALS.match(texts[i + 1]) and i + 2 < len(texts) else i + 1
            if is_name_line(texts[below], stops):
                yield page.judged(_names_below(texts, below, stops), False)
            elif name := _given_name_alone(texts[below]):
                # "Written by" over "Eliz - Product marketer": a label that credits
                # the writer makes a single name enough.
                yield page.judged((name,), False)
            elif names := _names_before_descriptions(texts, below, stops, page.lower):
                yield page.judged(names, False)
        if ROLE_LABEL.match(texts[i + 1]) and is_name_line(texts[i], stops):
            yield page.judged(byline_writers(texts[i]), False)


def _biographies(page: _Page) -> Iterator[Evidence]:
    """8. A name over the biography that opens with it, or run into the writer's own."""
    texts, stops, lower = page.texts, page.stops, page.lower
    for i in range(len(texts) - 1):
        yield page.judged(names_over_biography(texts[i], texts[i + 1], stops, lower), False)
    for text in texts:
        if (m := SELF_INTRODUCED.match(text)) and is_biography(m.group("bio")) and \
                is_name_line(m.group("name"), stops) and only_a_person(m.group("name"), lower):
            yield page.judged((m.group("name"),), False)


def _a_person_named_on_the_page(page: _Page) -> Iterator[Evidence]:
    """9. The weakest evidence, a person's name only: "About Jane Doe" (an author box's
    heading or a small site's "About" page), the copyright holder of a one-person
    site ("© 2012-2025 Guillaume Gomez"; a company is no writer), a blog named after
    its writer ("Derek Seaman's Tech Blog"), then the page's first line naming its
    writer alone ("Cory Dransfeldt" over "Feeds Status updates Mastodon")."""
    texts, lower = page.texts, page.lower
    for find, among in ((ABOUT_PERSON.match, texts), (_copyright_holder, texts),
                        (OWNERS_BLOG.match, texts[:SITE_NAME_LINES])):
        for text in among:
            m = find(text)
            if m and is_name_line(m.group("name"), page.stops):
                yield page.judged(tuple(n for n in byline_writers(m.group("name"))
                                        if only_a_person(n, lower)), False)
    if texts and page.title != 0 and (m := SITE_OWNER.match(texts[0])):
        owner = m.group("name")
        yield page.judged((owner,) if only_a_person(owner, lower) and
                          not interface_only(owner, lower) else (), False)


# The pieces of evidence for the writer, strongest first: the first that names a
# person wins (story_authors).
EVIDENCE: tuple[Callable[[_Page], Iterator[Evidence]], ...] = (
    _credits_by_headline, _tagged_by_the_model, _name_lines_by_headline,
    _credits_after_story, _credits_anywhere, _author_boxes, _biographies,
    _a_person_named_on_the_page)


def _copyright_holder(text: str) -> re.Match[str] | None:
    """Who a copyright line names, or the writer of a blog it names ("© 2025 Derek
    Seaman's Tech Blog")."""
    m = COPYRIGHT_HOLDER.match(text) or COPYRIGHT_INSIDE.search(text)
    owner = OWNERS_BLOG.match(m.group("name")) if m else None
    return owner or m


def _names_below(texts: Sequence[str], start: int, stops: frozenset[str]) -> tuple[str, ...]:
    """The names of texts[start] and of the name lines right under it: an author box
    may set each writer on a line of their own, each under their initials (standing
    in for a photo) and over their role ("Staff Software Engineer, MongoDB")."""
    found = list(byline_writers(texts[start]))
    for text in texts[start + 1:]:
        if INITIALS.match(text) or _role_line(text):
            continue
        # The next writer is a person ("Yuan Lin"), not the next box ("MongoDB Resources").
        if not is_name_line(text, stops) or first_name(text) not in given_names():
            break
        found += byline_writers(text)
    return tuple(found)


def _role_line(text: str) -> bool:
    """A writer's role and employer under their name: its first part holds a job's word."""
    first = SEPARATORS.split(text, maxsplit=1)[0].replace(",", " ")
    return len(text.split()) <= ROLE_LINE_MAX_WORDS and any(map(is_role, first.split()))


def _names_before_descriptions(texts: Sequence[str], start: int, stops: frozenset[str],
                               lower: set[str]) -> tuple[str, ...]:
    """A person's name before a comma on each line from texts[start] on: an author box
    may describe each writer after their name ("Adrien Ramirez, 4+ years covering
    computer hardware" over "Joanna Nelius, senior editor and E Ink enthusiast …"), or
    list more writers than a name line holds ("Angélica Amezcua , Flavia Belpoliti ,
    Anel Brandl , …": every part a person's name)."""
    found: list[str] = []
    for text in texts[start:]:
        parts = [part.strip() for part in text.split(",")]
        if len(parts) < 2 or not is_name_line(parts[0], stops) \
                or not only_a_person(parts[0], lower):
            break
        listed = all(is_name_line(part, stops) for part in parts[1:])
        found += parts if listed else parts[:1]
    return tuple(found)


def _given_name_alone(text: str) -> str | None:
    """The one capitalised word before a separator: "Eliz - Product marketer"; not a
    CMS account ("Admin") or the site's interface ("Share")."""
    first = SEPARATORS.split(text, maxsplit=1)[0].strip()
    return first if NAME_WORD.match(first) and first[:1].isupper() and \
        first.isalpha() and not first.isupper() and \
        not SITE_ACCOUNT.search(first.lower()) and not interface_label(first) else None
