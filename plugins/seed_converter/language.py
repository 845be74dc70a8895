"""Stopword lists per language (from jusText) and the language a text is written in."""

from __future__ import annotations

import functools
import importlib.util
import itertools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

# Unicode's combining marks: nonspacing, spacing and enclosing.
MARK_CATEGORIES = frozenset({"Mn", "Mc", "Me"})


def _combining_marks() -> str:
    """The Basic Multilingual Plane's combining marks, as ranges for a regex class.

    Python's \\w does not take them (they are not alphanumeric), so on its own it cuts
    a Hindi, Bengali, Tamil or Thai word at every vowel sign ("में" into "म"), and no
    stopword of those languages is ever found. Worked out once per process (about
    8 ms); the marks beyond the plane belong to historic scripts."""
    marks = [c for c in range(0x10000) if unicodedata.category(chr(c)) in MARK_CATEGORIES]
    ranges, start = [], marks[0]
    for previous, code in itertools.pairwise([*marks, -1]):
        if code != previous + 1:
            ranges.append(f"\\u{start:04x}-\\u{previous:04x}")
            start = code
    return "".join(ranges)


# A word: letters, digits and the marks written on them, and the zero-width
# (non-)joiners written between them (Persian "می‌شود", Malayalam), which Unicode's
# word boundaries (UAX #29) never break at.
_WORD_CHARS = rf"[\w{_combining_marks()}]+"
WORD = re.compile(rf"{_WORD_CHARS}(?:[\u200c\u200d]{_WORD_CHARS})*")
ASCII_WORD = re.compile(r"\w+")
# A word written in Latin letters (Basic Latin, Latin-1, Latin Extended-A and -B and
# Additional: English, French, Czech, Vietnamese), digits, marks and punctuation aside.
LATIN_WORD = re.compile(r"(?:[\W\d_]|[a-zA-Z\u00c0-\u024f\u1e00-\u1eff])*")
# Fewer words than this and a language guess is noise.
MIN_WORDS_FOR_GUESS = 20
# The vote of stopwords is kept only where English wins it clearly: no other list's
# evidence comes to NEAR_TIE of English's. jusText's English list is large and has no
# close neighbour among the lists; the lists of neighbouring languages share most of
# their words and are of very different sizes (Asturian's 590 words hold most of
# Spanish's 271, Malay's Indonesian's, Galician's Portuguese's), so a Spanish page's
# vote goes to Asturian or Galician. Any other outcome is py3langid's classifier's to
# decide, over the first CLASSIFIER_WORDS words (its time grows with each character).
CLEAR_WINNER = "en"
NEAR_TIE = 0.8
CLASSIFIER_WORDS = 1000
# py3langid's codes for the languages jusText lists under another: Norwegian is
# jusText's Bokmål list.
CLASSIFIER_CODES = {"no": "nb"}
# Only this many words are looked at to guess a language: more adds time, not accuracy.
GUESS_SAMPLE_WORDS = 3000

# jusText names its stoplists in English; pages want ISO 639 codes (639-1 where
# there is one). Every list jusText ships is mapped except Simple_English (a
# subset of English) and the Belarusian second orthography.
ISO_CODES = {
    "Afrikaans": "af", "Albanian": "sq", "Arabic": "ar", "Aragonese": "an",
    "Armenian": "hy", "Aromanian": "rup", "Asturian": "ast", "Azerbaijani": "az",
    "Basque": "eu", "Belarusian": "be", "Bengali": "bn", "Bishnupriya_Manipuri": "bpy",
    "Bosnian": "bs", "Breton": "br", "Bulgarian": "bg", "Catalan": "ca", "Cebuano": "ceb",
    "Chuvash": "cv", "Croatian": "hr", "Czech": "cs", "Danish": "da", "Dutch": "nl",
    "English": "en", "Esperanto": "eo", "Estonian": "et", "Finnish": "fi", "French": "fr",
    "Galician": "gl", "Georgian": "ka", "German": "de", "Greek": "el", "Gujarati": "gu",
    "Haitian": "ht", "Hebrew": "he", "Hindi": "hi", "Hungarian": "hu", "Icelandic": "is",
    "Ido": "io", "Igbo": "ig", "Indonesian": "id", "Irish": "ga", "Italian": "it",
    "Javanese": "jv", "Kannada": "kn", "Kazakh": "kk", "Korean": "ko", "Kurdish": "ku",
    "Kyrgyz": "ky", "Latin": "la", "Latvian": "lv", "Lithuanian": "lt", "Lombard": "lmo",
    "Low_Saxon": "nds", "Luxembourgish": "lb", "Macedonian": "mk", "Malay": "ms",
    "Malayalam": "ml", "Maltese": "mt", "Marathi": "mr", "Neapolitan": "nap",
    "Nepali": "ne", "Newar": "new", "Norwegian_Bokmal": "nb", "Norwegian_Nynorsk": "nn",
    "Occitan": "oc", "Persian": "fa", "Piedmontese": "pms", "Polish": "pl",
    "Portuguese": "pt", "Quechua": "qu", "Romanian": "ro", "Russian": "ru",
    "Samogitian": "sgs", "Serbian": "sr", "Serbo_Croatian": "sh", "Sicilian": "scn",
    "Slovak": "sk", "Slovenian": "sl", "Spanish": "es", "Sundanese": "su",
    "Swahili": "sw", "Swedish": "sv", "Tagalog": "tl", "Tamil": "ta", "Telugu": "te",
    "Turkish": "tr", "Turkmen": "tk", "Ukrainian": "uk", "Urdu": "ur", "Uzbek": "uz",
    "Vietnamese": "vi", "Volapuk": "vo", "Walloon": "wa", "Waray_Waray": "war",
    "Welsh": "cy", "West_Frisian": "fy", "Western_Panjabi": "pnb", "Yoruba": "yo",
}
CODE_TO_NAME = {code: name for name, code in ISO_CODES.items()}

# Scripts that name their language outright: kana is Japanese, hangul Korean,
# han without kana Chinese. Word-based guessing fails on them (no spaces).
KANA = re.compile(r"[\u3040-\u30ff]")
HANGUL = re.compile(r"[\uac00-\ud7af]")
HAN = re.compile(r"[\u3400-\u9fff]")
# Any of them: scripts with no spaces between words, judged by characters.
DENSE_SCRIPT = re.compile(rf"[{KANA.pattern[1:-1]}{HAN.pattern[1:-1]}{HANGUL.pattern[1:-1]}]")
# Kana and han only: Korean spaces its words, Chinese and Japanese do not.
UNSPACED_SCRIPT = re.compile(rf"[{KANA.pattern[1:-1]}{HAN.pattern[1:-1]}]")
# Share of a sample's characters in one of those scripts that settles the language.
SCRIPT_SHARE = 0.15


@functools.cache
def stoplists() -> dict[str, frozenset[str]]:
    """Load every jusText stoplist we map to a code, once per process."""
    # Read the data files directly: importing justext itself pulls in lxml's
    # HTML cleaner, which we have no use for.
    spec = importlib.util.find_spec("justext")
    folder = Path(next(iter(spec.submodule_search_locations))) / "stoplists"
    lists = {}
    for name in ISO_CODES:
        path = folder / f"{name}.txt"
        if path.exists():
            lists[name] = frozenset(path.read_text(encoding="utf-8").lower().split())
    return lists


# A word written in lower case: a common word wherever the page writes it so (a
# name is capitalised everywhere). Starts at a letter that no word character
# precedes, which is \b's meaning, found faster.
# Not a handle's or an e-mail address's name ("@russellm", "russell@…"): a writer
# who signs with one still writes their name with capitals.
LOWER_WORD = re.compile(r"[a-zà-öø-ÿ](?<![\w@].)[\w'’-]*+(?!@)")


def lower_case_words(texts: Iterable[str]) -> set[str]:
    """Every word the texts write in lower case (tags and bylines tell common words
    from names by it)."""
    # One pass over all the texts: a line break is no word character, so no word
    # runs from one text into the next.
    return set(LOWER_WORD.findall("\n".join(texts)))


# A line's words are wanted by several stages (judging, features, the headline's
# evidence, tags): lines up to this long keep theirs for a while, so each line is
# split once. Whole texts are longer and split afresh, so memory stays small.
WORDS_CACHE_LINES = 4096
WORDS_CACHE_CHARS = 2000


# A story's whole text is split twice in a row (its word count, its section): the
# last few texts up to this long keep their words too.
WORDS_CACHE_TEXTS = 2
WORDS_CACHE_TEXT_CHARS = 200_000


def words(text: str) -> tuple[str, ...]:
    """A text's words, lower-cased."""
    if len(text) <= WORDS_CACHE_CHARS:
        return _words_cached(text)
    if len(text) <= WORDS_CACHE_TEXT_CHARS:
        return _text_words_cached(text)
    return _words(text)


def joined_words(texts: Iterable[str]) -> list[str]:
    """The words of the texts joined by spaces, from each text's own words (which the
    stages before kept): no word runs over a space."""
    found: list[str] = []
    for text in texts:
        found += words(text)
    return found


def _words(text: str) -> tuple[str, ...]:
    lowered = text.lower()
    # ASCII holds no mark and no joiner: the plain pattern finds the same words, faster.
    return tuple((ASCII_WORD if lowered.isascii() else WORD).findall(lowered))


@functools.lru_cache(maxsize=WORDS_CACHE_LINES)
def _words_cached(text: str) -> tuple[str, ...]:
    return _words(text)


@functools.lru_cache(maxsize=WORDS_CACHE_TEXTS)
def _text_words_cached(text: str) -> tuple[str, ...]:
    return _words(text)


def stopword_count(text: str, stops: frozenset[str]) -> int:
    """How many of a text's words are stopwords (judging and the features both ask,
    of the same lines)."""
    if len(text) <= WORDS_CACHE_CHARS:
        return _stopword_count_cached(text, stops)
    return sum(map(stops.__contains__, words(text)))


@functools.lru_cache(maxsize=WORDS_CACHE_LINES)
def _stopword_count_cached(text: str, stops: frozenset[str]) -> int:
    return sum(map(stops.__contains__, words(text)))


def guess_language(text: str, default: str = "en", lines: Iterable[str] | None = None) -> str:
    """Return the ISO code of the text's language: by its script (Chinese, Japanese,
    Korean), else by a vote of the stoplists' distinctive words where English wins
    it clearly (CLEAR_WINNER), else as py3langid's classifier names it.

    In the vote a word counts by how few lists hold it, and repeats by their
    logarithm, so one name that happens to be a stopword somewhere ("Jang" in
    Uzbek) cannot outvote a text's many ordinary words.
    `lines`, the text's lines (as split_lines gives them), are its words in turn:
    each line's words are kept for the stages after, and only the first
    GUESS_SAMPLE_WORDS are worked out here.
    """
    script = _script_language(text[:GUESS_SAMPLE_WORDS * 2])
    if script:
        return script
    tokens = words(text)[:GUESS_SAMPLE_WORDS] if lines is None else _first_words(lines)
    if len(tokens) < MIN_WORDS_FOR_GUESS:
        return default
    scores = stopword_vote(tokens)
    best = max(range(len(scores)), key=scores.__getitem__)  # ties go to the first list
    if scores[best] <= 0.0:
        return default
    winner = _stoplist_codes()[best]
    if winner == CLEAR_WINNER and not any(
            score >= scores[best] * NEAR_TIE for k, score in enumerate(scores) if k != best):
        return winner
    return _classify(" ".join(tokens[:CLASSIFIER_WORDS]), winner)


def stopword_vote(tokens: Sequence[str]) -> list[float]:
    """Each stoplist's evidence that the words are in its language, in stoplists()'s
    order (_stoplist_sets: as the lists vote)."""
    # One pass over the text's words through each word's languages, instead of
    # one pass per language (~40): the same sums, an order of magnitude less work.
    scores = [0.0] * len(_stoplist_sets())
    for w, n in Counter(tokens).items():
        found = _languages_of(w)
        if found:
            # A word many lists share says little about which language a text
            # is in, a word only one list has says a lot: 1 / how many hold it.
            # (Some lists are large and borrow common English words: jusText's
            # Finnish list has "the", "and", "new".)
            evidence = 1.0 / len(found) * (1 + math.log(n))
            for k in found:
                scores[k] += evidence
    return scores


@functools.cache
def _stoplist_codes() -> tuple[str, ...]:
    """The ISO codes of stoplists()'s lists, in its order: stopword_vote's scores'."""
    return tuple(ISO_CODES[name] for name in stoplists())


def _classify(sample: str, fallback: str) -> str:
    """The language py3langid's classifier finds the sample in, among those that have
    a stoplist; `fallback` if it finds it in none of them."""
    for code, _ in _classifier().rank(sample):
        code = CLASSIFIER_CODES.get(code, code)
        if code in CODE_TO_NAME:
            return code
    return fallback


@functools.cache
def _classifier():
    """py3langid's classifier, loaded once per process and only when a page is not
    clearly English (loading takes about half a second)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE)


def _first_words(lines: Iterable[str]) -> list[str]:
    """The first GUESS_SAMPLE_WORDS words of the lines: a text's words, as no word
    runs over a line break."""
    found: list[str] = []
    for line in lines:
        found += words(line)
        if len(found) >= GUESS_SAMPLE_WORDS:
            break
    return found[:GUESS_SAMPLE_WORDS]


# Words whose languages are kept (see _languages_of): more than a run of
# thousands of pages meets, few enough to stay small.
LANGUAGE_CACHE_WORDS = 1 << 16


@functools.lru_cache(maxsize=LANGUAGE_CACHE_WORDS)
def _languages_of(word: str) -> tuple[int, ...]:
    """The places in stoplists() of the lists whose voting words (_stoplist_sets) hold
    the word. Looked up as pages
    bring their words: an index of all 170,000 stopwords, built up front, held up
    the first worker before it forks the others (the run's only serial stretch),
    and a run meets only a few thousand of them. A pure function of the word: the
    cache is as good as the lookup."""
    return tuple(k for k, stops in enumerate(_stoplist_sets()) if word in stops)


@functools.cache
def _stoplist_sets() -> tuple[frozenset[str], ...]:
    """stoplists()'s lists as they vote, in its order (_voting_words)."""
    return tuple(_voting_words(stops) for stops in stoplists().values())


def _voting_words(stops: frozenset[str]) -> frozenset[str]:
    """A list written in another script than Latin votes without its words written in
    Latin letters: jusText's Marathi list holds 324 English words ("communication",
    "industry", "cookies"), Telugu's, Nepali's and Korean's over a hundred each; they
    say nothing of those languages, and they took English pages for Marathi."""
    latin = frozenset(filter(LATIN_WORD.fullmatch, stops))
    return stops - latin if len(latin) < len(stops) / 2 else stops


def _script_language(sample: str) -> str | None:
    if not DENSE_SCRIPT.search(sample):
        return None  # most text: no need to count its letters
    letters = sum(1 for c in sample if c.isalpha()) or 1
    if len(HANGUL.findall(sample)) / letters >= SCRIPT_SHARE:
        return "ko"
    kana = len(KANA.findall(sample))
    if kana and (kana + len(HAN.findall(sample))) / letters >= SCRIPT_SHARE:
        return "ja"
    if len(HAN.findall(sample)) / letters >= SCRIPT_SHARE:
        return "zh"
    return None


def stoplist_for(lang: str) -> frozenset[str]:
    """Return the stopwords of a language code (empty for scripts jusText lacks)."""
    name = CODE_TO_NAME.get(lang)
    return stoplists().get(name, frozenset()) if name else frozenset()
