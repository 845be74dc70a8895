"""What a guessed or credited name may turn out to be instead of a writer.

A label of the site's own interface the model tagged as a byline ("Select Page"),
the interface run onto a name ("Jose AltoverosView More Articles"), and credits
that are a list's items (other works or stories, each with its writer).
"""

from __future__ import annotations

import re

from .bylines import credited_names

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
    "feed free offer gift website click here "
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


def interface_label(name: str) -> bool:
    """A word of the site's own interface makes a guessed name a label: "Select Page",
    "Login Register", "Share Link", "Privacy Policy"."""
    return any(w.lower() in INTERFACE_WORDS for w in LETTERS.findall(name))


def cut_glued_interface(name: str) -> str:
    """The name without the interface its line ran into: "Jose AltoverosView More
    Articles" is Jose Altoveros."""
    for m in GLUED_WORD.finditer(name):
        if m.group().lower() in INTERFACE_WORDS:
            return name[:m.start()].strip()
    return name


def _list_beyond(credits: dict[int, tuple[str, ...]], texts: list[str]
                 ) -> dict[int, tuple[str, ...]]:
    """The credits, and those of a list that runs on past either end of them: the
    lines beyond, while a credit is at most LIST_GAP_LINES away."""
    out = dict(credits)
    named = [i for i, names in credits.items() if names]
    if not named:
        return out
    for step, edge, last in ((-1, min(credits), min(named)), (1, max(credits), max(named))):
        i = edge + step
        while 0 <= i < len(texts) and abs(i - last) <= LIST_GAP_LINES:
            out[i] = credited_names(texts[i])
            last = i if out[i] else last
            i += step
    return out


def listed_credits(credits: dict[int, tuple[str, ...]], texts: list[str], title: int
                   ) -> frozenset[int]:
    """The credit lines that are a list's items: runs of credits at most LIST_GAP_LINES
    apart naming LIST_MIN_WRITERS or more different writers (the run followed past
    the lines asked about)."""
    credits = _list_beyond(credits, texts)
    runs: list[list[int]] = []
    for i in sorted(i for i, names in credits.items() if names):
        if runs and i - runs[-1][-1] <= LIST_GAP_LINES:
            runs[-1].append(i)
        else:
            runs.append([i])
    return frozenset(i for run in runs if len({credits[i] for i in run}) >= LIST_MIN_WRITERS
                     for i in run if abs(i - title) > 1)
