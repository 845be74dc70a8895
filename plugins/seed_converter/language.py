"""Stopword lists per language (from jusText) and the language a text is written in."""

from __future__ import annotations

import functools
import importlib.util
import re
from pathlib import Path

WORD = re.compile(r"\w+", re.UNICODE)
# Fewer words than this and a language guess is noise.
MIN_WORDS_FOR_GUESS = 20

# jusText names its stoplists in English; pages want ISO 639-1 codes.
ISO_CODES = {
    "English": "en", "German": "de", "French": "fr", "Spanish": "es", "Italian": "it",
    "Portuguese": "pt", "Dutch": "nl", "Russian": "ru", "Polish": "pl", "Czech": "cs",
    "Slovak": "sk", "Swedish": "sv", "Norwegian_Bokmal": "nb", "Danish": "da",
    "Finnish": "fi", "Hungarian": "hu", "Romanian": "ro", "Turkish": "tr",
    "Greek": "el", "Ukrainian": "uk", "Bulgarian": "bg", "Croatian": "hr",
    "Serbian": "sr", "Slovenian": "sl", "Indonesian": "id", "Malay": "ms",
    "Vietnamese": "vi", "Arabic": "ar", "Persian": "fa", "Hebrew": "he",
    "Catalan": "ca", "Basque": "eu", "Galician": "gl", "Estonian": "et",
    "Latvian": "lv", "Lithuanian": "lt", "Icelandic": "is", "Welsh": "cy",
    "Irish": "ga", "Afrikaans": "af", "Swahili": "sw", "Tagalog": "tl",
}


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


def words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def guess_language(text: str, default: str = "en") -> str:
    """Return the ISO code of the language whose stopwords cover most of the text."""
    tokens = words(text)
    if len(tokens) < MIN_WORDS_FOR_GUESS:
        return default
    best, best_share = default, 0.0
    for name, stops in stoplists().items():
        share = sum(1 for t in tokens if t in stops) / len(tokens)
        if share > best_share:
            best, best_share = ISO_CODES[name], share
    return best


def stoplist_for(lang: str) -> frozenset[str]:
    """Return the stopwords of a language code (empty for scripts jusText lacks)."""
    for name, code in ISO_CODES.items():
        if code == lang:
            return stoplists().get(name, frozenset())
    return frozenset()
