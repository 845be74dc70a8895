"""What a guessed or credited name may turn out to be instead of a writer.

A label of the site's own interface the model tagged as a byline ("Select Page"),
the interface run onto a name ("Jose AltoverosView More Articles"), and credits
that are a list's items (other works or stories, each with its writer).
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Three or more writers credited on lines a few apart are a list of other stories or
# works ("The Joel Test (2000) by Joel Spolsky", related stories' bylines), not the
# story's byline; the line right by the headline is never one of them.
LIST_MIN_WRITERS = 3
LIST_GAP_LINES = 4


# Words of a site's own interface: navigation, accounts, sharing, shopping, legal
# notices. A guessed name holding one is a label the model mistook for a byline.
INTERFACE_WORDS = frozenset(
    "page pages menu navigation nav home login logout log sign register account search "
    "share link links follow subscribe join contact privacy policy terms cookie cookies "
    "more learn view show hide close open select skip read reading print download "
    "comments comment reply tags tag categories category archive archives blog blogs "
    "posts contents items store shop cart checkout buy order locator options schedule "
    "online sales gallery calculator dialog box current report related latest recent "
    "popular previous next back main header footer sidebar newsletter newsletters rss "
    "feed free offer gift website click here about "
    # the same in the other languages the converter reads most
    "seite startseite menü anmelden teilen suche kontakt datenschutz impressum mehr "
    "weiterlesen accueil connexion partager recherche rechercher confidentialité lire "
    "inicio buscar compartir contacto privacidad leer más início compartilhar contato "
    "privacidade leia mais cerca condividi contatti leggi accedi zoeken delen inloggen "
    "lees meer "
    # the networks a share or follow row names
    "facebook twitter instagram youtube linkedin pinterest tiktok whatsapp telegram reddit "
    "mastodon bluesky snapchat".split())
LETTERS = re.compile(r"[^\W\d_]+")
# A capitalised word run onto the end of another: "AltoverosView".
GLUED_WORD = re.compile(r"(?<=[a-zß-ÿ])[A-ZÀ-ÖØ-Þ][a-zß-ÿ]+\b")
# A breadcrumb copied without its separators starts with its root run onto the first
# section's name: "HomeCybersecurity Best Practices", "StartseiteRatgeber".
GLUED_BREADCRUMB = re.compile(r"^(?:Home|Startseite|Accueil|Inicio|Início|Homepage)"
                              r"(?=[A-ZÀ-ÖØ-Þ][a-zß-ÿ])")
# A name ends in a capitalised word (or is one word, a handle): a line that ends in a
# lower-case word after a capitalised one is a phrase cut off ("Planificación de la").
CUT_OFF = re.compile(r"^\W*[A-ZÀ-ÖØ-Þ].*\s[a-zß-ÿ][\w'’-]*\W*$")


# Labels run together without their spaces, as a category list copies: a capitalised
# word glued onto a word of four or more lower-case letters, at least twice ("Wedding
# ChecklistsJust EngagedWedding Planning"). A surname has one such join at most, after
# a short prefix ("McNally", "DiCaprio", "VanderMeer").
GLUED_LABELS = re.compile(r"[a-zß-ÿ]{4}[A-ZÀ-ÖØ-Þ][a-zß-ÿ]")
GLUED_LABELS_MIN = 2


def glued_labels(text: str) -> bool:
    """Whether the line is labels run together (GLUED_LABELS), not a writer's name."""
    return len(GLUED_LABELS.findall(text)) >= GLUED_LABELS_MIN


def interface_label(name: str) -> bool:
    """A word of the site's own interface makes a guessed name a label: "Select Page",
    "Login Register", "Share Link", "Privacy Policy", and a breadcrumb copied without
    its separators, "HomeCybersecurity Best Practices"."""
    return any(w.lower() in INTERFACE_WORDS for w in LETTERS.findall(name)) or \
        GLUED_BREADCRUMB.match(name) is not None


def cut_off(name: str) -> bool:
    """A guessed name that ends mid-phrase, in a lower-case word, is no one's name."""
    return CUT_OFF.match(name) is not None


def cut_glued_interface(name: str) -> str:
    """The name without the interface its line ran into: "Jose AltoverosView More
    Articles" is Jose Altoveros."""
    for m in GLUED_WORD.finditer(name):
        if m.group().lower() in INTERFACE_WORDS:
            return name[:m.start()].strip()
    return name


def in_list(i: int, credit: Callable[[int], tuple[str, ...]], lines: int, title: int) -> bool:
    """Whether line i's credit is a list's item: one of a run of credits at most
    LIST_GAP_LINES apart that names LIST_MIN_WRITERS or more different writers.
    `credit(k)` gives line k's credited names."""
    if abs(i - title) <= 1:
        return False
    writers = {credit(i)}
    for step in (-1, 1):
        last, k = i, i + step
        while 0 <= k < lines and abs(k - last) <= LIST_GAP_LINES:
            if credit(k):
                writers.add(credit(k))
                last = k
            k += step
    return len(writers) >= LIST_MIN_WRITERS
