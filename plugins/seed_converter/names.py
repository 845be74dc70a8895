"""People's names in a credit's text: where the names end (a separator, a date, an
outlet, a job title run in), how several are told apart, what a name looks like,
and which of them are writers.

`bylines` finds the lines and the credits; this reads the names they hold.
"""

from __future__ import annotations

import itertools
import re

from .dates import MONTHS, strip_dates
from .language import UNSPACED_SCRIPT

# Where the names end: a separator, a handle, a date, "on Monday", "Updated".
NAMES_END = re.compile(
    r"\s*(?:[|–—•·/(\[]|\s-\s|@|\b(?:on|in|updated|published|posted|am|il|em|den)\b|"
    # The article of a date ("Par Jean Dupont le 18 mars"), not a surname's particle
    # ("Julien Le Goff", "Omar El Khoury"): the particle is capitalised, after a name's
    # first word and before its next.
    r"^(?:le|el)\b|\b(?:(?-i:le|el|LE|EL)|(?-i:Le|El)(?!\s+(?-i:[A-ZÀ-ÖØ-Þ])))\b|"
    r"\blast\s+(?:updated|modified)\b|\d).*$",
    re.IGNORECASE,
)
# Labels run into the name in some dumps: "Korin MillerPublished: Jan 29, 2025". They
# are cut first, so that a name with a capital inside it stays whole ("Arricca Elin
# SanSonePublished").
# After a time zone too: "7:05 AM ESTUpdated Tue, Nov 19".
GLUED_LABEL = re.compile(r"(?:(?<=[a-z])|(?<=[A-Z]{2}))(?=(?:Published|Updated|Posted|Modified|"
                         r"Reviewed|Edited|"
                         r"Fact|Photo|Image|Last|"
                         # A role run into the name: "Jane DoeFounder at Oakywood".
                         r"Founder|Co-[Ff]ounder|CEO|Editor|Writer|Reporter|Contributor|"
                         r"Author)\b|"
                         # WordPress's "By Jane DoeIn Travel, Tips": the category run in.
                         r"In\s+[A-Z]|"
                         # A date run into the name: "Kathryn GiuffridaMar 3, 2025".
                         r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*\d)")
# Names run into the outlet: "Jonathan GarberFOXBusiness", "Jane DoeFoxNews". Two
# capitals after a lower-case letter are a handle's ("BeauHD"), not an outlet; and a
# first word with capitals inside is a handle ("TurboTaxLisa"), left whole.
GLUED = re.compile(r"(?<=[a-z])(?=[A-Z]{3,}|[A-Z][a-z]+[A-Z])")
# Two dates run together: "August 25, 2025August 29, 2025" (published, updated).
DIGIT_GLUED = re.compile(r"(?<=\d)(?=[A-ZÀ-ÖØ-Þ])")
# A name in brackets inside a full name is part of it: "Paramita (Guha) Ghosh" (a
# bracket after the name still ends it: "Jane Doe (Reuters)").
BRACKETED_NAME = re.compile(
    r"(?<=[a-zà-öø-ÿ] )\((?P<name>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+)\)(?= [A-ZÀ-ÖØ-Þ])")
# A paper's authors carry their affiliations' numbers: "Jennifer Huberty1 ; Jeni Green1".
AFFILIATION_MARK = re.compile(r"(?<=[a-zà-öø-ÿ])\d{1,2}(?=\s*(?:[,;&*]|$))")
# A bracket inside a list of writers qualifies one of them and goes on to the next:
# "Monique Feyrecilde, BA, VTS (Behavior); Debra Horwitz, DVM".
LIST_QUALIFIER = re.compile(r"\s*\([^()]*\)(?=\s*[,;&])")
# The words that join two writers' names: "and" in the languages a byline is most often
# written in. Each pattern below that reads them names the languages it adds.
AND_WORDS = ("and", "und", "et", "y", "e", "en")
# Two names in one byline: "Jane Doe and John Roe", "Jane Doe, John Roe & Ann Poe"
# (and Catalan "i").
NAME_SPLIT = re.compile(r"\s*(?:,|;|&|" + "|".join(rf"\b{w}\b" for w in (*AND_WORDS, "i"))
                        + r")\s*")
# Words that make a part of a byline a job title or an outlet, not a name.
ROLE_WORDS = frozenset(
    "writer reporter editor correspondent contributor staff columnist journalist producer "
    "analyst photographer intern senior chief special associated press agency news "
    "expert specialist manager director founder ceo consultant strategist coordinator "
    "marketing content team desk "
    "principal partner president officer owner attorney lawyer professor researcher "
    "scientist engineer designer developer advisor adviser "
    "redakteur redakteurin redaktion rédaction journaliste redacción redação periodista "
    "giornalista redactie redakcja корреспондент".split()
)
# Words of a job title that ROLE_WORDS lacks, run into a writer's name or set after
# it: "Will Judd Former Deputy Tech Editor", "Shivkumar M Head Product Launches",
# "Jane Doe, Master Horticulturalist & Garden Educator". Only the writers' names are
# cut at them (writers), never the line evidence the models read.
TITLE_WORDS = frozenset(
    "executive senior junior former deputy acting head lead managing assistant associate "
    "contributing digital global master "
    "educator gardener horticulturist horticulturalist".split()
)
# The labels of the links a byline sets after the writer's name ("A. J. Neal View In
# Digital Edition", "Jane Doe Follow"): no surname is one of them.
NAME_LINK_LABELS = frozenset("view follow subscribe share profile bio email website".split())
# A picture's words: a credit they open is the photographer's ("Photos by …"), and a
# name they end is a picture agency's or a photographer's studio ("Romas
# Photo/Shutterstock"), never a writer's.
PICTURE_WORDS = frozenset(
    "photo photos photograph photographs photography image images picture pictures video "
    "videos illustration illustrations illustrated graphic graphics artwork".split()
)
# A credit whose names are not the writer's: "Photos by …", "Reviewed by …".
NOT_WRITER_VERBS = PICTURE_WORDS | frozenset(
    "review reviewed edit edited editing checked fact-checked verified approved translated "
    "narrated hosted moderated".split()
)
# A credit left at the start of a name ("Reviewed by Justin Doe", a category run into
# the byline: "Crops by Emily Doe").
NAME_CREDIT = re.compile(r"^(?P<verb>[^\W\d_]+)\s+by\b:?\s*(?=\S)", re.IGNORECASE)
# Dots some themes set between a byline's parts that the line evidence reads as part of
# a name: the dot and bullet operators ("By Jane Doe ⋅ Review Editor").
OPERATOR_DOTS = re.compile(r"\s*[⋅∙]\s*")
# A group credited as the writer: "The Investopedia Team", "News Desk", "The
# Currency editors". The word stays as the part's last word, though a role.
COLLECTIVE = frozenset("team desk staff editors newsroom bureau".split())
# A name: two to four capitalised words, particles and initials allowed.
NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞА-Я][\w'’.-]*|van|von|de|da|del|der|di|le|la|bin|al|el)$")
# Names in a script without capitals are read only after a credit word: a bare line of
# those letters may be a menu item or a headline as well as a name. Arabic and Hebrew
# names are up to four words; a Chinese or Japanese name is two to six characters
# written without spaces ("王晓明", "山田太郎"), one writer to a word, and a word after
# the writers that is no name ends them ("摄影", photos).
_ARABIC_HEBREW = r"\u0620-\u064a\u0671-\u06d3\u05d0-\u05ea"  # letters, no diacritics
_UNSPACED = UNSPACED_SCRIPT.pattern[1:-1]  # kana and han, as language.py has them
CASELESS_START = re.compile(rf"[{_ARABIC_HEBREW}{_UNSPACED}]")
SPACED_CASELESS_WORD = re.compile(rf"^[{_ARABIC_HEBREW}]{{2,}}$")
UNSPACED_NAME = re.compile(rf"^[{_UNSPACED}]{{2,6}}$")
UNSPACED_CREDITS = frozenset(
    "摄影 摄 图 图片 视频 编辑 责编 责任编辑 校对 通讯员 实习生 写真 撮影".split())
CASELESS_SPLIT = re.compile(r"\s*[,،、，;/／|]\s*")
NAME_WORDS = (2, 4)
# A job title in sentence case after a name: its lower-case words ("policy
# correspondent", "editor"), under its capitalised first ("Social", "Political").
SENTENCE_CASE_TITLE_CUT = 2
POSSESSIVE = ("'s", "’s")
INITIAL = re.compile(r"^[A-ZÀ-ÖØ-Þ]\.$")
WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday "
    # Abbreviated as dates write them ("Tue, Nov 19"); not "Sun", a surname.
    "mon tue tues wed thu thur thurs fri".split()
)
CALENDAR_WORDS = frozenset(MONTHS) | WEEKDAYS


# "… by Jane Doe" credits the writer after these words, or with none before "by"
# (the line's start, a separator, a date); after others it credits a photo, a
# review, a theme or nobody ("used by Jane Doe" in a sentence).
# A verb opening a bracket is still the credit's ("(Reporting by …; Editing by …)");
# a bare "(By …)" is a table's or a list's heading ("Costs (By Type)").
CREDIT = re.compile(r"(?:(?:^|(?<=[\s|•·–—/,:;(\[]))(?P<verb>[^\W\d_]+)\s+|^|(?<=[\s|•·–—/,:;]))"
                    r"by\b:?\s*(?=\S)", re.IGNORECASE)
WRITER_VERBS = frozenset(
    "written authored posted published words story text recipe guide report reported reporting "
    "article "
    # "Last updated March 3, 2025 by Erik Demaine": a small site's writer keeps it up.
    "updated".split())


# After the writer's title, the part a comma sets after it is where they work, not a
# second writer: "By Benjamin Johnson, Sr. Director of Operations, Atlas Van Lines",
# "written by Vanessa Mendez, MD, gastroenterologist, Parkview Health". A part that
# "and" or "&" joins is a writer ("Jane Doe, Editor, and John Roe"), and so is one
# that a title of its own follows ("Jane Doe, Editor, John Roe, Reporter").
PART_JOINED = re.compile(rf"\s*(?:{'|'.join(AND_WORDS)})\b|\s*&", re.IGNORECASE)


def writer_names_in(raw: str) -> tuple[str, ...]:
    """The names a credit gives, without the employer after a writer's title."""
    return names_in(_without_employer(raw))


def _without_employer(raw: str) -> str:
    """The credited names without the employer after a writer's title."""
    parts = raw.split(",")
    for k in range(1, len(parts) - 1):
        if _describes_writer(parts[k]) and not PART_JOINED.match(parts[k + 1]) \
                and not any(map(_describes_writer, parts[k + 2:])):
            return ",".join(parts[:k + 1])
    return raw


def _describes_writer(part: str) -> bool:
    """A title ("Sr. Director of Operations") or words no name starts with
    ("gastroenterologist"); not a writer "and" joins ("and John Roe")."""
    tokens = part.split()
    return bool(tokens) and not PART_JOINED.match(part) and \
        (tokens[0][:1].islower() or any(is_role(t) for t in tokens))


def caseless_names(raw: str) -> tuple[str, ...]:
    """Writers in a script without capitals, after a credit word (bylines.OTHER_CREDIT)."""
    found: list[str] = []
    for part in CASELESS_SPLIT.split(raw.strip()):
        tokens = part.split()
        if tokens and UNSPACED_NAME.match(tokens[0]):
            for token in tokens:
                if token in UNSPACED_CREDITS or not UNSPACED_NAME.match(token):
                    return tuple(found)
                found.append(token)
            continue
        # More words of the script than a name has: a sentence.
        name = list(itertools.takewhile(SPACED_CASELESS_WORD.match, tokens))
        if not name or len(name) > NAME_WORDS[1]:
            break
        found.append(" ".join(name))
    return tuple(found)


def names_in(raw: str) -> tuple[str, ...]:
    # Dates go first, so that a month left behind ("Tom May") is part of a name.
    raw = _unglued(strip_dates(DIGIT_GLUED.sub(" ", raw)).strip())
    raw = BRACKETED_NAME.sub(r"\g<name>", raw)
    raw = LIST_QUALIFIER.sub("", AFFILIATION_MARK.sub("", raw))
    raw = NAMES_END.sub("", raw)
    found: list[str] = []
    for part in NAME_SPLIT.split(raw):
        credit = CREDIT.search(part) if found else None
        if credit:
            # A second credit after the names: "Will Dunham; Editing by Tom Brown" is
            # the editor's, "…; Additional reporting by Jane Roe" a writer's too.
            if (credit.group("verb") or "").lower() not in WRITER_VERBS:
                continue
            part = part[credit.end():]
        tokens = part.strip(" .,:;()[]").split()
        if tokens and tokens[-1].lower() in COLLECTIVE and NAME_WORD.match(tokens[0]):
            found.append(" ".join(tokens))
            continue
        # "Bruce Lee Senior Contributor", "Kevin McCoy USA TODAY": title, outlet after.
        # A title or an outlet after the name goes, but never the name's last word:
        # "Jane Reporter" stays whole, "Jane Doe Staff Writer" loses "Staff Writer".
        cut: list[str] = []
        while len(tokens) > 1 and (not NAME_WORD.match(tokens[-1])
                                   or tokens[-1].lower() in WEEKDAYS
                                   or (len(tokens) > 2 and (is_role(tokens[-1])
                                                            or _is_caps_after_name(tokens)))):
            cut.append(tokens.pop())
        # A title in sentence case opens with a capital: "Helena Marsh Social policy
        # correspondent", "Laura Kuenssberg Political editor".
        if len(tokens) > 2 and 0 < len(cut) <= SENTENCE_CASE_TITLE_CUT and is_role(cut[0]) \
                and all(t.islower() for t in cut) and _name_shaped(tokens):
            tokens.pop()
        if not tokens or all(t.lower() in CALENDAR_WORDS for t in tokens) \
                or all(is_role(t) for t in tokens) or not NAME_WORD.match(tokens[0]):
            continue
        # After the first name, a one-word part or one with a job title is the
        # outlet or the title: "Jane Doe, CNN", "Tom Krisher, AP Auto Writer";
        # but after names of one word, one more is another writer's ("Linny and
        # Peter"), unless in capitals ("Jane, CNN").
        if found and ((len(tokens) == 1 and not _given_name_only(found, tokens[0]))
                      or any(is_role(t) for t in part.split())):
            continue
        found.append(" ".join(tokens))
    return tuple(found)


def _name_shaped(tokens: list[str]) -> bool:
    """Two to four or five words, each capitalised or a particle: a name, maybe with the
    first word of a title run into it."""
    return NAME_WORDS[0] <= len(tokens) <= NAME_WORDS[1] + 1 and all(
        NAME_WORD.match(t) for t in tokens)


def writers(names: tuple[str, ...]) -> tuple[str, ...]:
    """The writers' names among the names a line gives, without what its reading left
    in them: the part after an operator dot, a credit's label, a job title run into
    the name, a name written twice over; a title set after the first writer is no
    writer ("Jane Doe; Master Gardener"), nor is a picture's credit ("Romas Photo"),
    and nor are the names a reviewer's or a photographer's credit opens."""
    found: list[str] = []
    for name in names:
        name = OPERATOR_DOTS.split(name, maxsplit=1)[0]
        credit = NAME_CREDIT.match(name)
        if credit:
            if credit.group("verb").lower() in NOT_WRITER_VERBS:
                break
            name = name[credit.end():]
        tokens = name.split()
        if tokens and tokens[-1].lower() in PICTURE_WORDS:
            continue
        if tokens and tokens[-1].lower() in COLLECTIVE:
            found.append(name)  # "SolutionsHub Editorial Team": a group keeps its words
            continue
        tokens = _title_cut(tokens)
        # After the first writer, a job title ("Master Gardener"), or words no name
        # holds ("Candidate Representative to the Liaison Committee").
        if not tokens or (found and any(_in_title(t) or not NAME_WORD.match(t)
                                        for t in tokens)):
            continue
        found.append(" ".join(tokens))
    return tuple(found)


def _title_cut(tokens: list[str]) -> list[str]:
    """A name written twice over (a picture's text and the link's: "Colin Gray Colin
    Gray") once; a job title or a link's label run into it cut, from its first role,
    title or link word after the name's first two words ("Catherine Boeckmann
    Executive Digital", "A. J. Neal View")."""
    half = len(tokens) // 2
    if half >= 2 and len(tokens) % 2 == 0 and tokens[:half] == tokens[half:]:
        tokens = tokens[:half]
    cut = next((k for k in range(2, len(tokens))
                if _in_title(tokens[k]) or tokens[k].lower() in NAME_LINK_LABELS), len(tokens))
    return tokens[:cut]


def _in_title(token: str) -> bool:
    return is_role(token) or token.lower() in TITLE_WORDS


def _given_name_only(found: list[str], token: str) -> bool:
    return not token.isupper() and all(" " not in name for name in found)


def _unglued(raw: str) -> str:
    """A separator where a label or an outlet was run into the names (GLUED_LABEL,
    GLUED); the first word is left whole."""
    first, space, rest = GLUED_LABEL.sub(" | ", raw).partition(" ")
    return first + space + GLUED.sub(" | ", rest)


def is_role(token: str) -> bool:
    return any(p in ROLE_WORDS for p in token.lower().split("-"))


def _is_caps_after_name(tokens: list[str]) -> bool:
    """An all-capitals last word after mixed-case ones is an outlet: "… McCoy USA TODAY"."""
    last = tokens[-1]
    return last.isupper() and len(last) > 1 and any(not t.isupper() for t in tokens[:-1])


def looks_like_name(name: str, stops: frozenset[str]) -> bool:
    tokens = name.split()
    if not NAME_WORDS[0] <= len(tokens) <= NAME_WORDS[1]:
        return False
    lows = [t.lower().strip(".") for t in tokens]
    # "June Park" is a name, "March April" is not, and a weekday never is.
    if all(low in CALENDAR_WORDS for low in lows):
        return False
    for t, low in zip(tokens, lows, strict=True):
        # "Derek Seaman's Tech Blog": a possessive is no part of a name.
        if not NAME_WORD.match(t) or low in WEEKDAYS or low.endswith(POSSESSIVE):
            return False
        # "The Wall Street Journal", "New Products": short capitalised function words;
        # but "A." in "John A. Alic" is an initial.
        if low in stops and len(low) <= 3 and t[0].isupper() and not INITIAL.match(t):
            return False
    return True
