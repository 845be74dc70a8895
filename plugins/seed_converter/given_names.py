"""Given names people are called by: is this "name" a person's, or a menu label?

A line the model takes for a byline may be a label in title case ("Select Page",
"Case Studies", "Living Healthy"). Most writers' names hold a given name the
world knows; labels don't. The names come from Jörg Michael's name dictionary
as the gender-guesser package ships it (48,000 given names from 54 countries,
GNU FDL); only the names are read, never the genders.
"""

from __future__ import annotations

import functools
import unicodedata
from importlib import resources

# Titles before a name are not the name ("Dr. Andrew Huberman").
# (Compared without their full stops.)
HONORIFICS = frozenset("dr prof mr mrs ms sir dame rev".split())


@functools.cache
def given_names() -> frozenset[str]:
    """Every given name of the dictionary, in lower case (read once per process)."""
    text = resources.files("gender_guesser").joinpath("data", "nam_dict.txt").read_text(
        encoding="utf-8")
    names: set[str] = set()
    for line in text.splitlines():
        # Comment lines start with "#" or "="; the name fills columns 4 to 29 (a
        # fixed-width file); a "+" joins the parts of a compound name, written
        # together, apart or hyphenated ("Jean+Luc").
        name = line[3:29].strip().lower()
        if not name or line[0] in "#=":
            continue
        forms = {name.replace("+", j) for j in ("", " ", "-")} if "+" in name else {name}
        # Pages drop accents the dictionary writes ("Joaquin" for "Joaquín"); a
        # name in ASCII has none to drop (most of them: no need to decompose it).
        names.update(forms)
        names.update(_unaccented(f) for f in forms if not f.isascii())
    return frozenset(names)


def first_name(name: str) -> str:
    """The name's first word, honorifics aside, in lower case without accents."""
    words = [w for w in name.lower().split() if w.strip(".,") not in HONORIFICS]
    return _unaccented(words[0].strip(".,")) if words else ""


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
