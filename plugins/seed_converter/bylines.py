"""Names in a line: a byline ("By Jane Doe | Reuters"), a credit ("… Written by Jane
Doe"), or a name line.

A byline names its authors first and then, after a separator, their titles,
outlets, handles and the date; only the names are kept. Which line names the
story's writer is decided in `authorship`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from .dates import MONTHS, strip_dates
from .judging import cached_when_short
from .language import words

# "By …", "Words by …", "Analysis by …", "Von …", "Par …", "Reporter: …".
BYLINE = re.compile(
    r"^(?:(?:words|written|authored|reported|posted|story|text|analysis|commentary|opinion|review|"
    r"interview|edited|compiled|photos?|recipe|guide)\s+)?"
    r"(?:(?:by|von|par|por|di|door|av|af|от|reporter|authors?|autor|autora|auteur|contributors?|"
    r"texto|text)(?:\s*[:\-–]\s*|\s+)|(?-i:By(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])))(?P<names>.+)$",
    re.IGNORECASE,
)
# "February 1, 2019 | BY: Jane Doe": a byline after a separator.
INNER_BY = re.compile(r"(?:^|[|•·–—/]\s*|\s-\s*|\b(?:posted|written|published)\s+)by:?\s+"
                      r"(?P<names>[A-ZÀ-ÖØ-Þ].*)$", re.IGNORECASE)
SEPARATORS = re.compile(r"\s*(?:[|•·–—/]|\s-\s)\s*")
# A line holding only "By": the names are on the next line.
BY_ALONE = re.compile(r"^(?:by|von|par|por|di|door)\s*:?$", re.IGNORECASE)
# Where the names end: a separator, a handle, a date, "on Monday", "Updated".
NAMES_END = re.compile(
    r"\s*(?:[|–—•·/(\[]|\s-\s|@|\b(?:on|in|updated|published|posted|am|le|el|il|em|den)\b|"
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
# A credit opening the line in a language BYLINE does not read: Arabic "بقلم:" (by the
# pen of), "كتب:" (wrote; with its colon, as a sentence opens with the verb too),
# Hebrew "מאת" (by), Chinese and Japanese "记者"/"記者" (reporter), "作者" (author),
# "文/" (text by), "撰文", "筆者", Indonesian and Malay "Oleh" (by), "Penulis:",
# "Wartawan:", Russian "Автор:" (author), Turkish "Yazan:", "Yazar:", "Muhabir:",
# Hungarian "Szerző:", "Írta:", Finnish "Kirjoittanut", "Teksti:", Polish
# "Napisał(a)", "Tekst:", Czech "Napsal(a)", Danish and Norwegian "Skrevet af/av",
# Vietnamese "Bởi", "Tác giả:" (a label that is also a word or a name, "Yazan", only
# with its colon); a Chinese or Japanese label with its colon also after the date and
# the source on the same line ("2025年3月12日 09:15 来源：港城日报 作者：李明"). Read by
# the authors only (credited_names): the line features, which read BYLINE, stay as
# the model learned them.
OTHER_CREDIT = re.compile(
    r"(?:^(?:(?i:oleh|автор|kirjoittanut|napisała?|napsala?|skrevet\s+a[fv]|bởi|"
    r"(?:penulis|wartawan|yazan|yazar|muhabir|szerző|írta|teksti?|tác giả)(?=\s*:))|"
    r"بقلم|(?:كتبه|كتب)(?=\s*:)|מאת|记者|記者|作者|撰文|筆者|文(?=\s*[/／:：]))"
    r"(?:\s*[:\-–—：/／]\s*|\s+)|(?<=\s)(?:记者|記者|作者|撰文|筆者|文)\s*[:：/／]\s*)"
    r"(?P<names>\S.*)$")
# Names in a script without capitals are read only after a credit word: a bare line of
# those letters may be a menu item or a headline as well as a name. Arabic and Hebrew
# names are up to four words; a Chinese or Japanese name is two to six characters
# written without spaces ("王晓明", "山田太郎"), one writer to a word, and a word after
# the writers that is no name ends them ("摄影", photos).
CASELESS_START = re.compile(
    r"[\u0620-\u064a\u0671-\u06d3\u05d0-\u05ea\u3040-\u30ff\u3400-\u9fff]")
SPACED_CASELESS_WORD = re.compile(r"^[\u0620-\u064a\u0671-\u06d3\u05d0-\u05ea]{2,}$")
UNSPACED_NAME = re.compile(r"^[\u3040-\u30ff\u3400-\u9fff]{2,6}$")
UNSPACED_CREDITS = frozenset(
    "摄影 摄 图 图片 视频 编辑 责编 责任编辑 校对 通讯员 实习生 写真 撮影".split())
CASELESS_SPLIT = re.compile(r"\s*[,،、，;/／|]\s*")
NAME_WORDS = (2, 4)
POSSESSIVE = ("'s", "’s")
INITIAL = re.compile(r"^[A-ZÀ-ÖØ-Þ]\.$")
# A byline is short; a long line starting with "By" is a sentence.
BYLINE_MAX_WORDS = 16
NAME_LINE_MAX_WORDS = 8
WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday "
    # Abbreviated as dates write them ("Tue, Nov 19"); not "Sun", a surname.
    "mon tue tues wed thu thur thurs fri".split()
)
CALENDAR_WORDS = frozenset(MONTHS) | WEEKDAYS
# One capitalised word beside the date on a date line: the outlet's or the writer's credit.
ONE_WORD_CREDIT = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’-]+$")


def is_byline(text: str) -> bool:
    """The line is a byline: "By …" and names, short."""
    m = BYLINE.match(text)
    return bool(m) and len(words(text)) <= BYLINE_MAX_WORDS and _names(m.group("names")) != ()


def is_by_alone(text: str) -> bool:
    return BY_ALONE.match(text) is not None


# Between names credited one to a line (each a link on the page), the list's commas
# and "and" stand on lines of their own: "By" / "Thomas Broderick" / "," / "Nalea Ko"
# (and Catalan "i", Danish and Norwegian "og", Swedish "och").
JOINER_LINE = re.compile(rf"^(?:[,;&]|,?\s*(?:{'|'.join((*AND_WORDS, 'i', 'og', 'och'))}))$",
                         re.IGNORECASE)


def names_from(texts: list[str], start: int, stops: frozenset[str]) -> tuple[str, ...]:
    """The names on the name line texts[start], and on each name line after it that a
    line holding only a comma or "and" joins to it."""
    found = list(byline_writers(texts[start]))
    at = start
    while at + 2 < len(texts) and JOINER_LINE.match(texts[at + 1].strip()) \
            and is_name_line(texts[at + 2], stops):
        found += byline_writers(texts[at + 2])
        at += 2
    return tuple(found)


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


# WordPress runs the post's categories into the byline: "By Jane DoeIn Travel, Tips".
GLUED_CATEGORIES = re.compile(r"(?<=[a-z])In\s+[A-Z].*$")
# What every credit credited_names reads holds: a "by", or an author label's start.
CREDIT_BY = re.compile("by", re.IGNORECASE)
LABEL_START = re.compile("au", re.IGNORECASE)


# After the writer's title, the part a comma sets after it is where they work, not a
# second writer: "By Benjamin Johnson, Sr. Director of Operations, Atlas Van Lines",
# "written by Vanessa Mendez, MD, gastroenterologist, Parkview Health". A part that
# "and" or "&" joins is a writer ("Jane Doe, Editor, and John Roe"), and so is one
# that a title of its own follows ("Jane Doe, Editor, John Roe, Reporter").
PART_JOINED = re.compile(rf"\s*(?:{'|'.join(AND_WORDS)})\b|\s*&", re.IGNORECASE)


def _writer_names(raw: str) -> tuple[str, ...]:
    """The names a credit gives, without the employer after a writer's title."""
    return _names(_without_employer(raw))


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


def credited_names(text: str) -> tuple[str, ...]:
    """The writers a line credits in so many words: "By Jane Doe", "Posted on June 1
    by Jane Doe", "Medically reviewed by … — Written by Jane Doe". A long line is a
    sentence unless the credit opens it (CREDIT_LEAD_WORDS) or ends it
    (TRAILING_CREDIT)."""
    # Every credit has a "by" (CREDIT, TRAILING_CREDIT) or opens with an author
    # label (AUTHOR_LABEL), and taking the dates out adds neither: a line with
    # none (most of a story's paragraphs) credits nobody, and its dates are not
    # looked for.
    other = OTHER_CREDIT.search(text)
    if other and len(words(text)) <= BYLINE_MAX_WORDS:
        names = other.group("names")
        return _caseless_names(names) if CASELESS_START.match(names) else _writer_names(names)
    posted = POSTED_IN_OTHER_LANGUAGE.match(text)
    if is_by_alone(text) or not (CREDIT_BY.search(text) or LABEL_START.match(text) or posted):
        return ()
    undated = strip_dates(DIGIT_GLUED.sub(" ", text))
    labelled = AUTHOR_LABEL.match(undated) or (posted and DATED_CREDIT.match(undated))
    if labelled and len(words(undated)) <= BYLINE_MAX_WORDS:
        return _writer_names(labelled.group("names"))
    # A long category list does not make a byline a sentence.
    short = len(words(GLUED_CATEGORIES.sub("", text))) <= BYLINE_MAX_WORDS
    for m in _writer_credits(undated):
        if not short and len(words(LEAD_SEPARATOR.split(undated[:m.start()])[-1])) \
                > CREDIT_LEAD_WORDS:
            break
        if not short and SENTENCE_AFTER_BY.match(undated, m.end()):
            # "By adapting to each student's needs, …, ITS can transform learning":
            # a sentence that opens with "By", naming nobody.
            continue
        names = _writer_names(m.string[m.end():])
        if names:
            return names
    if short:
        return ()
    # A second round for two dates of one form side by side (strip_dates).
    m = TRAILING_CREDIT.search(strip_dates(undated))
    return _writer_names(m.group("names") or m.group("dated")) if m else ()


# A word in lower case after "by" in a long line: a sentence's "by doing", no credit.
SENTENCE_AFTER_BY = re.compile(r"[a-z]{2,}\s+[a-z]")
# A long line opening with a credit is a byline with more after it: "Published:
# Mar 8, 2024 · Modified: May 19, 2025 by Jessica Robinson · This post may …"; the
# words are counted from the last dash or bullet ("Medically reviewed by … — Written
# by"; not from a "|", which also stands where a date was taken out of a sentence).
CREDIT_LEAD_WORDS = 6
LEAD_SEPARATOR = re.compile(r"\s[–—•·]\s")
# A blog's credit line in the other languages news is most written in, the date
# (taken out, leaving a "|") between the verb and the name or after the name:
# "Veröffentlicht am 2. März 2025 von Sabine Krüger", "Publié le … par Jean Dupont",
# "Publicado por Ana García el …", "Geplaatst op … door Jan de Vries".
POSTED_IN_OTHER_LANGUAGE = re.compile(
    r"^(?:veröffentlicht|geschrieben|verfasst|publié|écrit|rédigé|publicado|escrito|"
    r"pubblicato|scritto|geplaatst|geschreven|postado)\b", re.IGNORECASE)
DATED_CREDIT = re.compile(
    rf"{POSTED_IN_OTHER_LANGUAGE.pattern}(?:\s+(?:am|le|el|il|em|op|den))?[\s|]*"
    r"(?:von|par|por|da|door)\s+(?P<names>(?-i:[A-ZÀ-ÖØ-Þ]).*)$", re.IGNORECASE)
# A label crediting the writer: "Author: Jane Doe", "Authors:Jane Doe, John Roe".
AUTHOR_LABEL = re.compile(r"^(?:authors?|autor(?:in|es)?|auteur|autrice)\s*:\s*(?P<names>\S.*)$",
                          re.IGNORECASE)
# A byline the dump ran onto the end of a longer line: "By" opening a sentence
# after the standfirst's ("… and Canada. By Lisa Jennings on"), or names and
# nothing but their dates after a "by" ("… a real difference by Jill Barshay
# August 25, 2025", a hard-wrapped line joined to the byline under it). Dates
# are taken out first (each leaves a "|").
TRAILING_CREDIT = re.compile(
    r"(?:[.!?][\"”’)]?\s+(?-i:By)\s+(?P<names>[A-ZÀ-ÖØ-Þ][^.!?]*)$)"
    r"|(?:\sby\s+(?P<dated>[A-ZÀ-ÖØ-Þ][^|.!?]*?)\s*(?:\|\s*)+$)")


# An account credited in lower case: "by jsteinhardt", "Posted on July 1, 2024 by infuy",
# "by whova | Apr 21, 2025" (a short line: "by default" in a sentence is no credit).
LOWER_HANDLE = re.compile(r"(?P<handle>[a-z][a-z0-9_.-]{2,29})\s*(?:$|[|•·–—/,(])")
HANDLE_CREDIT_MAX_WORDS = 8


def credited_handle(text: str) -> str | None:
    """The account a short line credits in lower case, if that is all it credits."""
    if not CREDIT_BY.search(text):
        return None
    undated = strip_dates(text)
    if len(words(undated)) > HANDLE_CREDIT_MAX_WORDS:
        return None
    for m in _writer_credits(undated):
        found = LOWER_HANDLE.match(undated, m.end())
        if found:
            return found.group("handle")
    return None


def _writer_credits(text: str) -> Iterator[re.Match[str]]:
    """Each "by" of the text that credits a writer: no verb before it, or a writer's."""
    for m in CREDIT.finditer(text):
        verb = (m.group("verb") or "").lower()
        if not verb or verb in WRITER_VERBS:
            yield m


# A CMS account credited as the writer: one word with capitals inside ("TurboTaxLisa").
HANDLE = re.compile(r"^\S*[a-z][A-Z]\S*[a-z][A-Z]\S*$")


def is_handle(names: tuple[str, ...]) -> bool:
    """The names are one account's handle, not a person's or a group's name."""
    return len(names) == 1 and HANDLE.match(names[0]) is not None


def byline_names(text: str) -> tuple[str, ...]:
    """Return the names in a byline, or in a name line; () if there are none."""
    raw = _byline_part(text)
    return _names(raw) if raw else ()


def byline_writers(text: str) -> tuple[str, ...]:
    """The writers a byline or a name line names: its names without the employer after
    a writer's title (_without_employer). The line evidence the models read keeps
    byline_names, the names as written."""
    raw = _byline_part(text)
    return _writer_names(raw) if raw else ()


def _byline_part(text: str) -> str:
    """The part of a byline or a name line that holds the names ("" for "By" alone)."""
    if is_by_alone(text):
        return ""
    # "June 26, 2018 by Alex Haley": a date before the "by" is taken out first.
    m = BYLINE.match(text) or INNER_BY.search(text) or INNER_BY.search(strip_dates(text))
    return m.group("names") if m else text


def dateline_names(text: str, stops: frozenset[str]) -> tuple[str, ...]:
    """Names written beside the date: "Jane Doe - Nov 19, 2019", "21/06/2014 Jane Doe"."""
    # "03/10/2023 by WSET Global": the date taken out, a "by" opens what is left.
    m = INNER_BY.search(text) or INNER_BY.search(strip_dates(text))
    if m:
        return _names(m.group("names"))
    # "September 1, 2016September 8, 2016Autumn Adams": a name run into the second date.
    chunks = [c.strip() for c in SEPARATORS.split(strip_dates(DIGIT_GLUED.sub(" ", text),
                                                              rounds=2)) if c.strip()]
    for chunk in chunks:
        if is_name_line(chunk, stops):
            return _names(chunk)
    # "LinkNaija October 06, 2018": one word and the date, the outlet's or the writer's.
    word = chunks[0].strip("-–—:,") if len(chunks) == 1 else ""
    if ONE_WORD_CREDIT.match(word) and word.lower() not in CALENDAR_WORDS:
        return (word,)
    return ()


# The line features, the headline's evidence and the authors ask of the same short
# lines: each is looked at once.
@cached_when_short
def is_name_line(text: str, stops: frozenset[str]) -> bool:
    """Two to four capitalised words, maybe a title after a separator: "Jane Doe, Reuters"."""
    if len(words(text)) > NAME_LINE_MAX_WORDS:
        return False
    names = _names(text)
    return len(names) >= 1 and all(_looks_like_name(n, stops) for n in names)


def _caseless_names(raw: str) -> tuple[str, ...]:
    """Writers in a script without capitals, after a credit word (OTHER_CREDIT)."""
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


def _names(raw: str) -> tuple[str, ...]:
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
        while len(tokens) > 1 and (not NAME_WORD.match(tokens[-1])
                                   or tokens[-1].lower() in WEEKDAYS
                                   or (len(tokens) > 2 and (is_role(tokens[-1])
                                                            or _is_caps_after_name(tokens)))):
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


def _looks_like_name(name: str, stops: frozenset[str]) -> bool:
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
