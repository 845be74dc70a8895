"""The converter's quick paths give exactly what the plain computation gives: a
word's languages looked up as pages bring it, symbols counted with bytes.translate,
a short line's dates found once, Markdown's inline syntax escaped only where
there is some."""

from __future__ import annotations

import math
from collections import Counter

import pytest
from seed_converter import dates
from seed_converter.features import PUNCT, _char_counts
from seed_converter.given_names import _unaccented, given_names
from seed_converter.language import _languages_of, _stoplist_sets, stopword_vote
from seed_converter.markup import INLINE_CHARS, INLINE_SYNTAX, escape_markdown

# A few words of three languages, some said twice (repeats count by their logarithm).
TOKENS = ("the bridge and the road were closed for the night der rat sagte dass die "
          "brücke nicht fertig sei le pont ne serait pas prêt avant la fin").split()


def test_the_stopword_vote_is_the_one_pass_per_language_sum():
    """The quick path (each word's lists looked up once) gives each list the sum one
    pass per list gives: a word weighed by 1 / how many lists hold it."""
    counts = Counter(TOKENS)
    held = Counter(w for stops in _stoplist_sets() for w in stops)
    slow = [sum(1.0 / held[w] * (1 + math.log(n)) for w, n in counts.items() if w in stops)
            for stops in _stoplist_sets()]
    assert stopword_vote(TOKENS) == pytest.approx(slow, abs=1e-12)


def test_a_words_languages_are_the_lists_that_hold_it():
    lists = _stoplist_sets()
    for word in ("the", "und", "le", "bridge", "jang", "zzzz"):
        assert _languages_of(word) == tuple(k for k, s in enumerate(lists) if word in s)


@pytest.mark.parametrize("char", [chr(c) for c in range(128)])
def test_every_ascii_character_counts_as_a_symbol_exactly_when_the_pattern_says(char):
    sample = f"a{char}b{char}"
    assert _char_counts(sample)[3] == len(PUNCT.findall(sample))


def test_symbols_are_counted_alike_in_ascii_and_in_other_text():
    ascii_line = "Share: Facebook | Twitter / E-mail (3) -- it's 100% free_ now!"
    assert _char_counts(ascii_line)[3] == len(PUNCT.findall(ascii_line))
    other = "Partagez : « Facebook » | Twitter — c'est gratuit !"
    assert _char_counts(other)[3] == len(PUNCT.findall(other))


@pytest.mark.parametrize("text", [
    "Published March 3, 2021 at 5:00 pm | Updated 2021-03-04",
    "By Jane Doe, 19.11.2019",
    "No date here, but the year 2019 is named.",
    "The council met " * 30 + "on 12 March 2019.",  # longer than any cached line
])
def test_a_lines_dates_found_again_are_the_dates_found_the_first_time(text):
    plain = dates._dates_in.__wrapped__(text)
    assert dates._find_dates(text) == plain
    assert dates._find_dates(text) == plain
    assert dates.find_date(text) == (min(plain)[2] if plain else None)


def test_every_given_name_is_known_without_its_accents_too():
    names = given_names()
    assert {"joaquín", "joaquin", "zoë", "zoe"} <= names
    assert all(_unaccented(name) in names for name in names)


def test_the_inline_characters_are_exactly_those_the_inline_pattern_escapes():
    escaped = {chr(c) for c in range(0x3000) if INLINE_SYNTAX.match(chr(c))}
    assert escaped == set(INLINE_CHARS)
    assert escape_markdown("a *b* [c] #d") == INLINE_SYNTAX.sub(r"\\\1", "a *b* [c] #d")
    assert escape_markdown("plain words, no syntax") == "plain words, no syntax"
