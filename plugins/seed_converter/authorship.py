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
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from . import rules
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
    LETTERS,
    cut_glued_interface,
    cut_off,
    glued_labels,
    in_list,
    interface_label,
)
from .given_names import first_name, given_names
from .language import lower_case_words
from .model import Judged, Label
from .names import COLLECTIVE, NAME_WORD, is_role, writers

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
# A biography may open with the writer's role before the name: "(Editor / Journalist) –
# Albert comes from …".
BIO_ROLE = re.compile(r"^\([^()]{1,60}\)\s*[–—-]?\s*")

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
# The last word of an organisation's name: a copyright line's "Cleveland Clinic" or
# "Logan University" starts with a given name but names no writer.
ORGANISATION = frozenset(
    "clinic hospital institute university college school academy foundation society "
    "association center centre group company corporation inc ltd llc gmbh media press "
    "publishing network studio studios labs bank partners agency council church".split())
NOT_A_SURNAME = COLLECTIVE | ORGANISATION
# A name opening with the site speaking of itself is a page's label, never a writer's
# or a desk's name: "Our Team", "My Account".
SPEAKER_FIRST = re.compile(r"^(?:our|my|their)\s", re.IGNORECASE)
# Nor does a writer's name speak to the reader: "Building Your Team" is a subheading.
TO_THE_READER = re.compile(r"\byours?\b", re.IGNORECASE)
# A person's name and nothing else, as a one-person site's first line.
SITE_OWNER = re.compile(r"^(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]+(?: [A-ZÀ-ÖØ-Þ][\w'’.-]+){1,2})$")
# A biography is a sentence of some length: "Shannon is an experienced writer …",
# not menu items run together ("Mac mini macOS Catalina macOS Mojave …").
BIO_MIN_WORDS = 8
SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
# A biography in the writer's own words: "I'm the founder of HR.University. …".
FIRST_PERSON = ("I'm ", "I’m ", "I am ")
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


def _candidate_names(lines: tuple[Judged, ...], stops: frozenset[str], lang: str
                     ) -> Iterator[tuple[tuple[str, ...], bool, bool]]:
    """Names of each piece of evidence, strongest first, as the writers' names
    (names.writers, once per piece); whether they are only the model's or a name
    line's guess (not a credit in so many words); whether one
    of them is a person's or a group's."""
    title = next((i for i, j in enumerate(lines) if j.label is Label.TITLE), 0)
    story = [i for i, j in enumerate(lines) if j.label in STORY_LABELS]
    start, end = (story[0], story[-1]) if story else (title, title)
    near = sorted(range(len(lines)), key=lambda i: (abs(i - title), i < title))
    texts = [j.line.text for j in lines]
    window = [i for i in (near[1:] if lines and lines[title].label is Label.TITLE else near)
              if abs(i - title) <= BYLINE_SEARCH_LINES or title < i < start]
    # Each line's credit is read once, and only as far as the search goes: most
    # pages credit their writer a line or two from the headline.
    credit = functools.cache(lambda i: credited_names(texts[i]))
    for i in window:
        names = credit(i)
        if names and not in_list(i, credit, len(texts), title):
            # An account's handle is held back like a guess: a person credited later wins.
            handle = is_handle(names)
            yield writers(names), handle, not handle
        elif not names and (account := credited_handle(texts[i])) and \
                not SITE_ACCOUNT.search(account) and not everyday_words(account, lang):
            # "by jsteinhardt": held back like any handle.
            yield (account,), True, False
        # "By" on a line of its own: the names are on the next (past a category list
        # run together, which some templates set between them).
        if is_by_alone(texts[i]):
            below = i + 2 if i + 2 < len(texts) and glued_labels(texts[i + 1]) else i + 1
            if below < len(texts) and is_name_line(texts[below], stops):
                yield writers(names_from(texts, below, stops)), False, True
    # Needed from here on only: most pages' writer is credited near the headline.
    lower = lower_case_words(texts)

    def judged(names: tuple[str, ...], guessed: bool):
        # A guessed name whose every word the page writes in lower case is a label,
        # and so is a heading of everyday words.
        names = tuple(n for n in map(cut_glued_interface, writers(names))
                      if not (guessed and (_all_common(n, lower) or _interface_only(n, lower)
                                         or cut_off(n) or _mostly_everyday(n, lower, lang)))
                      and not _heading(n, lang) and not _run_together(n))
        return names, guessed, any(_personal(n, lower) for n in names)

    for label in (Label.BYLINE, Label.DATELINE):
        for i in near:
            if lines[i].label is label:
                # "Dec. 19, 2025 · Jane Doe": a byline may be names beside a date.
                names = (byline_writers(texts[i]) if label is Label.BYLINE else ()) or \
                    dateline_names(texts[i], stops)
                yield judged(names, True)
    for i in sorted(range(max(0, title - NAME_ABOVE_TITLE_LINES), max(start + 1, title + 1)),
                    key=lambda i: (abs(i - title), i < title)):
        if i != title and is_name_line(texts[i], stops):
            names = byline_writers(texts[i])
            # A line the model took for furniture names a writer only as a person's
            # full name or a group's, and the story's opening only as a person's ("Dedicated
            # Development Team" there is a heading): a heading passes for a name where a
            # given name opens it ("Save Time", "Job Applications"); and a name the
            # headline holds is its kicker ("Hong Kong" over "The Guardian view on Hong
            # Kong") or the story's subject.
            if lines[i].label is Label.BOILERPLATE or i == start:
                names = tuple(n for n in names
                              if (only_a_person(n, lower) or (i != start and _group(n)))
                              and n not in texts[title])
            yield judged(names, True)
    for i in range(end + 1, min(len(lines), end + 1 + AFTER_STORY_LINES)):
        yield judged(credited_names(texts[i]), False)
    for text in texts:
        if WRITTEN_BY.search(text):
            yield judged(credited_names(text), False)
        elif (m := AUTHOR_ARCHIVE.match(text)) and is_name_line(m.group("name"), stops):
            yield judged(byline_writers(m.group("name")), False)
    for i in range(len(lines) - 1):
        if AUTHOR_BOX.match(texts[i]):
            below = i + 2 if INITIALS.match(texts[i + 1]) and i + 2 < len(lines) else i + 1
            if is_name_line(texts[below], stops):
                yield judged(_names_below(texts, below, stops), False)
            elif name := _given_name_alone(texts[below]):
                # "Written by" over "Eliz - Product marketer": a label that credits
                # the writer makes a single name enough.
                yield judged((name,), False)
            elif names := _names_before_descriptions(texts, below, stops, lower):
                yield judged(names, False)
        if ROLE_LABEL.match(texts[i + 1]) and is_name_line(texts[i], stops):
            yield judged(byline_writers(texts[i]), False)
    for i in range(len(lines) - 1):
        yield judged(names_over_biography(texts[i], texts[i + 1], stops, lower), False)
    for text in texts:
        if (m := SELF_INTRODUCED.match(text)) and _is_biography(m.group("bio")) and \
                is_name_line(m.group("name"), stops) and only_a_person(m.group("name"), lower):
            yield judged((m.group("name"),), False)
    # The weakest evidence, a person's name only: "About Jane Doe" (an author box's
    # heading or a small site's "About" page), the copyright holder of a one-person
    # site ("© 2012-2025 Guillaume Gomez"; a company is no writer), then a blog
    # named after its writer ("Derek Seaman's Tech Blog").
    for find, among in ((ABOUT_PERSON.match, texts), (_copyright_holder, texts),
                        (OWNERS_BLOG.match, texts[:SITE_NAME_LINES])):
        for text in among:
            m = find(text)
            if m and is_name_line(m.group("name"), stops):
                yield judged(tuple(n for n in byline_writers(m.group("name"))
                                   if only_a_person(n, lower)), False)
    # A one-person site names itself after its writer on the page's first line
    # ("Cory Dransfeldt" over "Feeds Status updates Mastodon"), the headline aside.
    if lines and title != 0 and (m := SITE_OWNER.match(texts[0])):
        owner = m.group("name")
        yield judged((owner,) if only_a_person(owner, lower) and
                     not _interface_only(owner, lower) else (), False)


def _copyright_holder(text: str) -> re.Match[str] | None:
    """Who a copyright line names, or the writer of a blog it names ("© 2025 Derek
    Seaman's Tech Blog")."""
    m = COPYRIGHT_HOLDER.match(text) or COPYRIGHT_INSIDE.search(text)
    owner = OWNERS_BLOG.match(m.group("name")) if m else None
    return owner or m


def _names_below(texts: list[str], start: int, stops: frozenset[str]) -> tuple[str, ...]:
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


def _names_before_descriptions(texts: list[str], start: int, stops: frozenset[str],
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


def names_over_biography(text: str, after: str, stops: frozenset[str], lower: set[str]
                         ) -> tuple[str, ...]:
    """"Jane Doe" over "Jane Doe is a reporter who …", "Jane covers …" or "I'm the
    founder of …": the author box's name (the byline search's, and bios.py's); else
    none. The biography may open with the writer's role in brackets ("(Editor) – Jane
    covers …")."""
    after = BIO_ROLE.sub("", after)
    if not _opens_biography(text, after):
        return ()
    return (_name_line_over_bio(text, after, stops, lower) if is_name_line(text, stops)
            else ()) or _name_before_role(text, after, lower)


def may_head_biography(text: str, after: str) -> bool:
    """The cheap half of names_over_biography: the line under `text` opens with its
    first word or in the first person (a role in brackets before either allowed).
    A caller that must work out the page's lower-case words first asks this before."""
    return _opens_biography(text, BIO_ROLE.sub("", after))


def _opens_biography(text: str, after: str) -> bool:
    """`after`, its role in brackets taken out, opens with `text`'s first word or in
    the first person."""
    first = text.split(None, 1)[0] if text.strip() else ""
    return bool(first) and after.startswith((first, *FIRST_PERSON))


def _name_line_over_bio(text: str, after: str, stops: frozenset[str], lower: set[str]
                        ) -> tuple[str, ...]:
    names = byline_writers(text)
    if len(names) != 1:
        return ()
    # "Jane covers …" names her by her given name only, and "I'm …" by none, in a
    # biography's sentence (a subheading over a paragraph opening with its first
    # word is no name, nor a menu item over another: "Mac Pro" over "Mac mini").
    biography = only_a_person(names[0], lower) and _is_biography(after)
    if biography and after.startswith(FIRST_PERSON):
        return names
    # A product's heading over "Project Jupyter is a tool …" has the same form: the
    # name must be a person's (or a group's) to head a biography.
    if not _personal(names[0], lower):
        return ()
    openers = [names[0] + " "] + ([names[0].split()[0] + " "] if biography else [])
    for opener in openers:
        if after.startswith(opener):
            return names if after[len(opener):][:1].islower() else ()
    return ()


def _name_before_role(text: str, after: str, lower: set[str]) -> tuple[str, ...]:
    """"Jane Doe Bristol-based Transport Writer" over "Jane covers …": a person's
    name opens the line and the writer's role follows it; the biography calls her
    by her given name."""
    words = text.split()
    head = " ".join(words[:2])
    opener = words[0] + " "
    if len(words) > 2 and after.startswith(opener) and after[len(opener):][:1].islower() \
            and _is_biography(after) and only_a_person(head, lower):
        return (head,)
    return ()


def _is_biography(text: str) -> bool:
    """A sentence of some length, not menu items run together."""
    return len(text.split()) >= BIO_MIN_WORDS and SENTENCE_END.search(text) is not None


def _personal(name: str, lower: set[str]) -> bool:
    """A group's name ("News Desk"), or a person's: it starts with a known given name
    the page does not also write as a common word ("Key Takeaways", "Skip Course")."""
    return _group(name) or _given_name_first(name, lower)


def _group(name: str) -> bool:
    """A group's name: its last word is one of COLLECTIVE ("News Desk", "Aidoc Staff")."""
    return name.split()[-1].lower() in COLLECTIVE


# No word of a name is this long: it is words run together, a name and the site's
# menu with no space between ("Sam Bossleythoughtsstreamsportfoliomiscrecs").
RUN_TOGETHER_CHARS = 25


def _run_together(name: str) -> bool:
    return any(len(word) >= RUN_TOGETHER_CHARS for word in name.split())


def _given_name_first(name: str, lower: set[str]) -> bool:
    first = first_name(name)
    return first in given_names() and first not in lower


def person_shaped(name: str) -> bool:
    """Shaped as a person's name, whatever the page: two or three words, a known given
    name first, not an acronym (a company's), the last no group's or organisation's
    word. only_a_person asks this before the page's lower-case words."""
    words = name.split()
    return 2 <= len(words) <= 3 and not words[0].isupper() and \
        words[-1].lower() not in NOT_A_SURNAME and first_name(name) in given_names()


def only_a_person(name: str, lower: set[str]) -> bool:
    """A person's name and nothing else: a known given name, then a surname or two
    the page never writes in lower case ("Guillaume Gomez", not "Sofia Health",
    "Virginia Spine Institute" or "Our Team"); an acronym is a company's."""
    return person_shaped(name) and first_name(name) not in lower and \
        not any(w.lower().strip(".,") in lower for w in name.split()[1:])


def _interface_only(name: str, lower: set[str]) -> bool:
    """A label of the site's interface ("Select Page", "Skip Course"), not a person
    whose surname is such a word ("Jimmy Page", "Thomas More")."""
    if _given_name_first(name, lower) and len(name.split()) >= 2:
        name = name.rsplit(None, 1)[0]
    return interface_label(name)


def _heading(name: str, lang: str) -> bool:
    """"Key Takeaways", "Mental Health": everyday words, no group's word and no
    known given name first ("Will Smith", "Grace Park" are people); or a line of the
    page's frame that is never a headline (rules.NOT_HEADLINES: "Key Takeaways", "In
    this article", a breadcrumb), the site speaking of itself (SPEAKER_FIRST: "Our
    Team") or to its reader (TO_THE_READER: "Building Your Team"), whatever words it
    is made of."""
    if rules.match(rules.NOT_HEADLINES, name) or SPEAKER_FIRST.match(name) \
            or TO_THE_READER.search(name):
        return True
    return not _group(name) and first_name(name) not in given_names() and \
        everyday_words(name, lang)


def _mostly_everyday(name: str, lower: set[str], lang: str) -> bool:
    """A guessed name of no known person or group whose words are mostly the
    language's everyday words is a heading: "Troubleshooting Electrical Problems",
    "Kubernetes Cluster Configuration", "Startup Studio". A name that opens with a
    given name is a person's ("Will Smith", wherever the page writes "will"); given
    names and initials inside are not counted ("Reviewed by Justin C. Meserole"); a
    brand of one word is left alone ("ServiceTitan")."""
    if len(name.split()) < 2 or _personal(name, lower) or first_name(name) in given_names():
        return False
    counted = [w for w in LETTERS.findall(name) if len(w) > 1 and w[:1].isupper()
               and first_name(w) not in given_names()]
    return bool(counted) and sum(everyday_words(w, lang) for w in counted) * 2 > len(counted)


def _all_common(name: str, lower: set[str]) -> bool:
    return not _group(name) and all(t.lower().strip(".,") in lower for t in name.split())
