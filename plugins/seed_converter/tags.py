"""Tags: the people, organisations, places and topics a story names most."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import NamedTuple

from .common_words import everyday_words
from .given_names import first_name, given_names
from .judging import ends_sentence, is_title_case
from .language import lower_case_words, stoplist_for
from .model import Block, Label
from .names import CALENDAR_WORDS

# A capitalised run of words is a name: "Nursultan Nazarbayev", "Central Asian Electric".
# A word starts where no word character stands before its first letter; written as
# a look back after that letter (not as a leading \b), the pattern starts with a
# letter, and the regex engine skips quickly to the letters that can start a name.
# Its words may be joined by "of", "of the" or "&" ("Bank of England", "Dancing with
# the Stars" is not: "with" joins people too), so a title is not cut in two.
# A word written as an initialism with dots ("U.S.", "D.C.") keeps its last dot, and
# the run ends with it: that dot may end the sentence too ("… moved to the U.S. Apple
# said"), and nothing tells the two apart.
NAME_WORD = r"(?:(?:\.[A-ZÀ-ÖØ-Þ])+\.(?!\w)|[\w'’.-]*[\w])"
NAME = re.compile(r"[A-ZÀ-ÖØ-Þ](?<!\w.)" + NAME_WORD
                  + r"(?:(?<!\.)\s+(?:(?:of(?:\s+the)?|&)\s+)?(?:[A-ZÀ-ÖØ-Þ]" + NAME_WORD + r"))*")
# An acronym's plural: "GPUs".
ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
# The words that join the parts of a name.
JOINERS = frozenset({"of", "the", "&"})
# Languages that capitalise every noun: capitals do not make a name there.
NOUN_CAPITALISING = frozenset({"de", "lb"})
# A name must be mentioned this often to become a tag.
TAG_MIN_MENTIONS = 2
# A line of at most this many words that ends no sentence is a label (_label_line).
LABEL_MAX_WORDS = 3
# Headline mentions count double: the headline names what the story is about.
HEADLINE_WEIGHT = 2
# Articles, conjunctions and prepositions are never the edge of a name: "The
# Government", "In Kazakhstan" (a short list of its own: stoplists hold "New",
# "South" and "John"). Only where the text writes them in lower case, as words of
# its own language: an English story's "Los Angeles" and "Des Moines" stay whole.
FUNCTION_WORDS = frozenset(
    "the a an and or but of in on at for with from to by as if so this that these those "
    "der die das den dem des ein eine und oder von im am le la les l un une et ou du des "
    "au aux el los las un una y o del al il lo gli i e di da dei het een en op".split())
# Titles before a name: "President Nursultan Nazarbayev" is tagged by the name; a
# writer speaking of themself: "I'm Sergio Martínez-Beltrán" is tagged by the name.
TITLE_WORDS = frozenset(
    "president former minister prime chairman chief ceo sen rep gov governor senator mr "
    "mrs ms dr prof king queen prince princess pope judge i'm i'd i've i'll".split()
) | CALENDAR_WORDS
EDGE_WORDS = FUNCTION_WORDS | TITLE_WORDS
# A royal's or a pope's title before one name is how the news names them: "Prince
# Andrew", "Pope Francis" (a title before a full name still goes: "King Charles III"
# is tagged "Charles III").
ROYAL_TITLES = frozenset("king queen prince princess pope".split())
# What may stand between a sentence's end and its next word: closing quotes, spaces,
# opening quotes. Only this many characters are looked at, so the check costs the
# same however long the paragraph (a 2 MB one-line seed has thousands of names).
# Quoted speech opens a sentence of its own: 'he said, “Jika engkau …' capitalises
# "Jika" (Indonesian "if") for that alone. A quotation after a comma is speech; one
# after a word is a title or a term ('the film “One Battle After Another”').
LOOKBEHIND_CHARS = 16
# French sets its guillemets apart from what they quote by a space ("fin. » Les …",
# ": « Les Premiers Plans »"); other quotation marks touch it, and a straight quote
# then a space after a comma closes speech ('late," Hamilton said').
# A field's separator opens a field as a full stop opens a sentence: "30 ounces |
# Dimensions: 11 inches".
AFTER_SENTENCE_END = re.compile(r"[.!?…:|•·](?:['’\"”)]|\s*»)*\s*(?:['‘\"“(]|«\s*)*$"
                                r"|,\s*(?:['‘\"“„]|«\s*)+$")
ONLY_OPENERS = re.compile(r"\s*(?:['‘\"“(]|«\s*)*")
# The number a numbered heading or list item opens with: "4 ", "2. ", "(3) ".
LIST_NUMBER = re.compile(r"\s*\(?\d{1,3}[.)]?\s+")
POSSESSIVE = re.compile(r"['’]s?$")
# A possessive inside a run ends one name and starts the next: "Elon Musk's SpaceX".
INNER_POSSESSIVE = re.compile(r"(?<=\w)['’]s\s+(?=\S)")
# A word of a person's name: capitalised, not an acronym ("Jim", "O'Neill", not "SEO").
PERSON_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-ÿ'’.-]+$")
# A label numbering a part of the text: "Table 1", "Step 3", "Figure 2a".
NUMBERED = re.compile(r"\s+\d")
# A word capitalised after a number is a unit or part of a model's name, not a word
# prose capitalises: "USD 56.25 Billion", "Boeing 737 Max" (an acronym still is: "a
# 3.5 GPA").
AFTER_NUMBER = re.compile(r"\d\s+$")
# A compound modifier describes, it names nothing: "AI-powered", "Atlanta-based",
# "Democratic Party-controlled House". A word whose part after its last hyphen is a
# participle or an adjective-making word in lower case ("K-pop", "X-ray" are not).
COMPOUND_MODIFIER = re.compile(
    r"\w-(?:[a-z]+ed|based|driven|led|born|made|like|free|proof|ready|centric|"
    r"specific|wide|friendly|native|oriented|style)\b")
# A job names a position, not a person or a topic: "Chief Strategy Officer",
# "WCI Columnist", "Photographer" (a byline's or a checklist's word, capitalised).
# Not "Reporter" or "Writer" (The Hollywood Reporter, Ghost Writer are names).
JOB_WORDS = frozenset(
    "officer coordinator columnist correspondent contributor photographer videographer "
    "officiant strategist consultant spokesperson spokesman spokeswoman manager "
    "director".split())


class Mention(NamedTuple):
    """A capitalised run as the text writes it, and where (a tuple: a story's
    mentions are counted in a dict, and tuples hash fastest)."""

    run: str
    weight: int
    # It opens its sentence: its first word may be capitalised only for that.
    opens: bool
    # Inside a sentence of prose, not numbering a part ("Table 1"): a capital there
    # makes an everyday word a name.
    in_prose: bool


def find_tags(title: str, body: tuple[Block, ...], limit: int,
              lang: str = "en") -> tuple[str, ...]:
    """The names the story mentions most (mentions in the headline count double).

    A capitalised word that opens a sentence (or follows the number a numbered
    heading or list item opens with: "4 Conclusion") is a name only if the text also
    capitalises it elsewhere ("According", "During" are not), unless it opens every
    mention of the name after it ("Bryce Canyon"); a word the text also writes in
    lower case is a common word, and so is a stopword of a language that capitalises
    every noun ("Jahr"); an everyday word of the language is a name only where prose
    capitalises it mid-sentence, not only in labels ("Cons", "Our Score:", "Table 1");
    a surname alone counts for the most mentioned full name it belongs to ("Ford"
    for "Mike Ford", "Van Der Beek" for "James Van Der Beek"); a compound modifier
    ("AI-powered") or a job ("Strategy Officer") describes and is no tag, nor is a
    word joined by an underscore ("CTA_MODULE"); "of" and "&" may join a name's words
    ("Bank of England", "Bowers & Wilkins"); a word after a field's separator ("|",
    "•", "·") opens the field as one after a full stop opens a sentence, and one after
    a number is no word prose capitalises ("USD 56 Billion", "Boeing 737 Max"); an
    initialism keeps its last dot ("U.S."); an acronym's plural beside its singular is
    no second tag ("LLMs" beside "LLM").
    """
    stops = stoplist_for(lang)
    nouns_capitalised = lang in NOUN_CAPITALISING
    # A headline in title case capitalises every word: its runs are not names.
    texts = ([] if is_title_case(title) else [(title, HEADLINE_WEIGHT, True)])
    # So does a subheading or a list item in title case ("Pros and Cons", "Book the Venue").
    # Each text is judged once: whether it is prose, a paragraph not in title case.
    # A line of a few words is looked at, but is no prose (_label_line).
    for b in body:
        titled = is_title_case(b.text)
        if not titled or b.label is Label.PARAGRAPH:
            texts.append((b.text, 1, not (titled or _label_line(b.text))))
    lower = lower_case_words(text for text, _, _ in texts)
    mid_caps: set[str] = set()
    # Words capitalised inside a sentence of prose.
    prose_caps: set[str] = set()
    # A story names the same people again and again: each mention is counted, in the
    # order first met, and each (run, weight, place) is judged once.
    found: dict[Mention, int] = {}
    for text, weight, prose in texts:
        for m in NAME.finditer(text):
            opens = _opens_sentence(text, m.start())
            numbered = NUMBERED.match(text, m.end()) is not None
            after_number = AFTER_NUMBER.search(text, max(0, m.start() - 2),
                                               m.start()) is not None
            run = m.group(0)
            # "Elon Musk's SpaceX" names two: Elon Musk, and SpaceX.
            runs = INNER_POSSESSIVE.split(run) if "'" in run or "’" in run else (run,)
            for k, raw in enumerate(runs):
                mention = Mention(raw, weight, opens and k == 0,
                                  prose and not (opens and k == 0) and not numbered
                                  and not (after_number and k == 0 and not raw.isupper()))
                before = found.get(mention)
                if before is None:
                    found[mention] = 1
                    if not mention.opens:
                        mid_caps.update(raw.split())
                    if mention.in_prose:
                        prose_caps.update(raw.split())
                else:
                    found[mention] = before + 1
    counts: Counter[str] = Counter()
    names: dict[str, str] = {}
    openers: dict[str, set[str]] = defaultdict(set)
    for mention, mentions in found.items():
        parts = mention.run.split()
        opener = ""
        if mention.opens and parts and parts[0] not in mid_caps:
            opener, parts = parts[0], parts[1:]
        run = " ".join(parts)
        name = names.get(run)
        if name is None:
            name = _trim_name(run, lower)
            if name and _common(name, lower, stops, nouns_capitalised):
                name = ""
            names[run] = name
        if name:
            counts[name] += mention.weight * mentions
            openers[name].add(opener if name == run else "")
    counts = _restore_openers(counts, openers, stops)
    for name in list(counts):
        if _phrase(name, lower, stops) or _label(name, prose_caps, lang) or _describes(name) \
                or _identifier(name):
            del counts[name]
    _fold_common_edges(counts, lower, stops)
    _fold_titles(counts, lang)
    _fold_surnames(counts)
    _fold_name_ends(counts)
    ranked = [n for n, c in counts.most_common() if c >= TAG_MIN_MENTIONS]
    return tuple(_without_plurals(ranked[:limit]))


def _label_line(text: str) -> bool:
    """A line of a few words that ends no sentence is a label, not prose: a table of
    contents' entry ("#Key Principles"), a field's name ("Key Features"); title case
    needs more words to tell (judging.is_title_case)."""
    # split() stops after LABEL_MAX_WORDS words: a paragraph is not split whole.
    return len(text.split(None, LABEL_MAX_WORDS)) <= LABEL_MAX_WORDS and not ends_sentence(text)


def _restore_openers(counts: Counter[str], openers: dict[str, set[str]],
                     stops: frozenset[str]) -> Counter[str]:
    """A name whose every mention followed the same capitalised word that opened its
    sentence is a longer name cut short: "Bryce Canyon draws hikers. Bryce Canyon
    closes …" names Bryce Canyon, not Canyon. A stopword or a function word opening
    them is no part of it ("During", "The")."""
    restored: Counter[str] = Counter()
    for name, count in counts.items():
        (opener, *others) = openers[name]
        if opener and not others and opener.lower() not in stops and not _edge(opener):
            name = f"{opener} {name}"
        restored[name] += count
    return restored


def _label(name: str, prose_caps: set[str], lang: str) -> bool:
    """Everyday words capitalised only where a label or a line in title case
    capitalises them ("Pros & Cons", "Our Score:", "Table 1", "Expert Tip: …"); a
    person's name is one wherever it stands ("Mike Ford" opening each sentence that
    names him)."""
    parts = name.split()
    if prose_caps.issuperset(parts):
        return False
    if len(parts) > 1 and first_name(name) in given_names():
        return False
    return everyday_words(name, lang)


def _describes(name: str) -> bool:
    """A compound modifier ("AI-powered") or a job ("Strategy Officer") describes
    what or who a story is about, it does not name them."""
    return COMPOUND_MODIFIER.search(name) is not None \
        or name.rsplit(None, 1)[-1].lower() in JOB_WORDS


def _identifier(name: str) -> bool:
    """A word joined by an underscore is code or a template's placeholder left in the
    page ("CTA_MODULE", "L_geo"): no name or topic is written so."""
    return "_" in name


def _phrase(name: str, lower: set[str], stops: frozenset[str]) -> bool:
    """A run of three or more capitalised words with a common stopword after its first
    is a phrase in title case, not a name: "Why You Shouldn't Worry", "Home Depot Stock
    Is Falling After Its Earnings Release", "Months To Go"."""
    parts = name.split()
    return len(parts) >= 3 and any(p[:1].isupper() and p.lower() in stops and p.lower() in lower
                                   for p in parts[1:])


def _common(name: str, lower: set[str], stops: frozenset[str], nouns_capitalised: bool) -> bool:
    """A common word, or common words only ("Kommen Sie"), not a name.

    Stoplists list frequent words, proper names among them ("york", "jakarta"),
    so a stopword is common only where the text writes it in lower case, or in
    a language whose every noun is capitalised.
    """
    parts = [p.lower() for p in name.split()]
    if len(parts) == 1:
        return parts[0] in lower or (nouns_capitalised and parts[0] in stops)
    return all(p in stops and p in lower for p in parts)


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` is the first of its sentence (or of the text)."""
    window_start = max(0, start - LOOKBEHIND_CHARS)
    before = text[window_start:start]
    # Most names stand after a word and a space: a letter or digit before them is
    # none of the closing marks, spaces and openers both patterns allow.
    last = before.rstrip()[-1:]
    if last.isalnum():
        # A numbered heading or list item opens with its number: "4 Conclusion".
        return window_start == 0 and LIST_NUMBER.fullmatch(before) is not None
    if AFTER_SENTENCE_END.search(before):
        return True
    return window_start == 0 and ONLY_OPENERS.fullmatch(before) is not None


def _without_plurals(tags: list[str]) -> list[str]:
    """An acronym's plural beside its singular is the same tag: "LLM", not also "LLMs".
    Alone, the plural stays: "the AMAs" (the awards) are not the AMA. Asked of the
    tags given, so the place it frees goes to no name mentioned less."""
    given = set(tags)
    return [t for t in tags if not (ACRONYM_PLURAL.fullmatch(t) and t[:-1] in given)]


def _fold_common_edges(counts: Counter[str], lower: set[str], stops: frozenset[str]) -> None:
    """Count "Jika Jakarta" (a common word run into a name) for "Jakarta", when the
    text also names "Jakarta" alone; "New York" stays whole, "York" never stands alone."""
    for name in [n for n in counts if " " in n]:
        parts = name.split()
        for rest, edge in ((parts[1:], parts[0]), (parts[:-1], parts[-1])):
            low = edge.lower()
            short = " ".join(rest)
            if low in stops and low in lower and short in counts:
                counts[short] += counts.pop(name)
                break


def _fold_titles(counts: Counter[str], lang: str) -> None:
    """Count a person's name with titles before it for the name alone: "NASA
    Administrator Jim Bridenstine" is Jim Bridenstine, "US President Donald Trump"
    Donald Trump. The name is its last two or three words from a given name on, each
    a capitalised word, not an acronym ("Yoast SEO Premium" stays whole), the last
    no everyday word of the language (a surname: "New York City" and "Japan Rail
    Pass" stay whole, though "York" and "Rail" are given names somewhere), and the
    title before it holds no given name ("Mary Jane Watson" stays whole)."""
    known = given_names()
    for name in [n for n in counts if n.count(" ") >= 2]:
        parts = name.split()
        for k in range(max(1, len(parts) - 3), len(parts) - 1):
            title = parts[:k]
            if first_name(parts[k]) in known and all(PERSON_WORD.match(w) for w in parts[k:]) \
                    and not any(first_name(w) in known for w in title) \
                    and not everyday_words(parts[-1], lang):
                counts[" ".join(parts[k:])] += counts.pop(name)
                break


def _fold_surnames(counts: Counter[str]) -> None:
    """Count a one-word name for the most mentioned longer name it is part of."""
    containing: dict[str, list[str]] = defaultdict(list)
    for name in counts:
        # Not into a joined name: "England" is not "Bank of England".
        if " " in name and JOINERS.isdisjoint(name.split()):
            for word in set(name.split()):
                containing[word].append(name)
    for short in [n for n in counts if " " not in n]:
        _fold(counts, short, containing.get(short, []))


def _fold_name_ends(counts: Counter[str]) -> None:
    """Count a surname of several words for the full name of the person it belongs
    to: "Van Der Beek" for "James Van Der Beek", "Lloyd Webber" for "Andrew Lloyd
    Webber" (a one-word surname is folded by _fold_surnames). Only behind a given
    name: "Px7 S2e" is not "Wilkins Px7 S2e"'s surname."""
    known = given_names()
    # Each name of a given name and a surname of several words, by its surname, in the
    # order met: a lookup a name, not a scan of all (a long seed has thousands).
    by_surname: dict[str, list[str]] = defaultdict(list)
    for name in counts:
        given, _, surname = name.partition(" ")
        if " " in surname and first_name(given) in known:
            by_surname[surname].append(name)
    for short in [n for n in counts if " " in n]:
        _fold(counts, short, [n for n in by_surname.get(short, ()) if n in counts])


def _fold(counts: Counter[str], short: str, longer: list[str]) -> None:
    """Count `short` for the most mentioned of the longer names, if there is one."""
    if longer:
        # Ties go to the name met first, so the result does not depend on hashing.
        target = max(longer, key=lambda n: counts[n])
        counts[target] += counts.pop(short)


def _trim_name(name: str, lower: set[str]) -> str:
    """Drop titles, and function words the text writes in lower case, at either end:
    "The Government" is not a name, "Kazakhstan" is; "Los Angeles" stays whole; a
    royal's title before one name stays ("Prince Andrew")."""
    # NAME ends a run with a letter or an initialism's dot ("U.S."): no full stop to strip.
    parts = POSSESSIVE.sub("", name).split()
    while parts and _edge(parts[0], lower) \
            and not (len(parts) == 2 and parts[0].lower() in ROYAL_TITLES):
        parts.pop(0)
    while parts and _edge(parts[-1], lower):
        parts.pop()
    return " ".join(parts) if parts and len(" ".join(parts)) > 2 else ""


def _edge(word: str, lower: set[str] | None = None) -> bool:
    """A title, or a function word (of the text's own language, where `lower` says
    which words the text writes in lower case)."""
    word = word.lower().replace("’", "'")
    return word in TITLE_WORDS or (word in FUNCTION_WORDS and (lower is None or word in lower))
