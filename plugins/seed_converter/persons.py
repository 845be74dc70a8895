"""What a name the authorship search found may be instead of a writer's: a heading of
everyday words, a label of the site's interface, an organisation's name; whether it
is a person's or a group's; and the biography an author box sets under a writer's
name ("Jane Doe" over "Jane covers transport …").
"""

from __future__ import annotations

import re

from . import rules
from .bylines import byline_writers, is_name_line
from .common_words import everyday_words
from .credit_filters import LETTERS, interface_label
from .given_names import first_name, given_names
from .names import COLLECTIVE

# A biography may open with the writer's role before the name: "(Editor / Journalist) –
# Albert comes from …".
BIO_ROLE = re.compile(r"^\([^()]{1,60}\)\s*[–—-]?\s*")
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
# A biography is a sentence of some length: "Shannon is an experienced writer …",
# not menu items run together ("Mac mini macOS Catalina macOS Mojave …").
BIO_MIN_WORDS = 8
SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
# A biography in the writer's own words: "I'm the founder of HR.University. …".
FIRST_PERSON = ("I'm ", "I’m ", "I am ")


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
    biography = only_a_person(names[0], lower) and is_biography(after)
    if biography and after.startswith(FIRST_PERSON):
        return names
    # A product's heading over "Project Jupyter is a tool …" has the same form: the
    # name must be a person's (or a group's) to head a biography.
    if not is_personal(names[0], lower):
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
            and is_biography(after) and only_a_person(head, lower):
        return (head,)
    return ()


def is_biography(text: str) -> bool:
    """A sentence of some length, not menu items run together."""
    return len(text.split()) >= BIO_MIN_WORDS and SENTENCE_END.search(text) is not None


def is_personal(name: str, lower: set[str]) -> bool:
    """A group's name ("News Desk"), or a person's: it starts with a known given name
    the page does not also write as a common word ("Key Takeaways", "Skip Course")."""
    return is_group(name) or _given_name_first(name, lower)


def is_group(name: str) -> bool:
    """A group's name: its last word is one of COLLECTIVE ("News Desk", "Aidoc Staff")."""
    return name.split()[-1].lower() in COLLECTIVE


# No word of a name is this long: it is words run together, a name and the site's
# menu with no space between ("Sam Bossleythoughtsstreamsportfoliomiscrecs").
RUN_TOGETHER_CHARS = 25


def run_together(name: str) -> bool:
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


def interface_only(name: str, lower: set[str]) -> bool:
    """A label of the site's interface ("Select Page", "Skip Course"), not a person
    whose surname is such a word ("Jimmy Page", "Thomas More")."""
    if _given_name_first(name, lower) and len(name.split()) >= 2:
        name = name.rsplit(None, 1)[0]
    return interface_label(name)


def is_heading(name: str, lang: str) -> bool:
    """"Key Takeaways", "Mental Health": everyday words, no group's word and no
    known given name first ("Will Smith", "Grace Park" are people); or a line of the
    page's frame that is never a headline (rules.NOT_HEADLINES: "Key Takeaways", "In
    this article", a breadcrumb), the site speaking of itself (SPEAKER_FIRST: "Our
    Team") or to its reader (TO_THE_READER: "Building Your Team"), whatever words it
    is made of."""
    if rules.match(rules.NOT_HEADLINES, name) or SPEAKER_FIRST.match(name) \
            or TO_THE_READER.search(name):
        return True
    return not is_group(name) and first_name(name) not in given_names() and \
        everyday_words(name, lang)


def mostly_everyday(name: str, lower: set[str], lang: str) -> bool:
    """A guessed name of no known person or group whose words are mostly the
    language's everyday words is a heading: "Troubleshooting Electrical Problems",
    "Kubernetes Cluster Configuration", "Startup Studio". A name that opens with a
    given name is a person's ("Will Smith", wherever the page writes "will"); given
    names and initials inside are not counted ("Reviewed by Justin C. Meserole"); a
    brand of one word is left alone ("ServiceTitan")."""
    if len(name.split()) < 2 or is_personal(name, lower) or first_name(name) in given_names():
        return False
    counted = [w for w in LETTERS.findall(name) if len(w) > 1 and w[:1].isupper()
               and first_name(w) not in given_names()]
    return bool(counted) and sum(everyday_words(w, lang) for w in counted) * 2 > len(counted)


def all_common(name: str, lower: set[str]) -> bool:
    return not is_group(name) and all(t.lower().strip(".,") in lower for t in name.split())
