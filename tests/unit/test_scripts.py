"""Words and sentences of scripts that write vowel signs as combining marks or end
their sentences with marks of their own (Hindi, Bengali, Tamil, Urdu, Arabic)."""

from __future__ import annotations

import pytest
import regex
from seed_converter.judging import SENTENCE_MARKS, Shape, ends_sentence, judge_text
from seed_converter.language import stoplist_for, stopword_count, words

HINDI = ("दिल्ली में वायु प्रदूषण का स्तर लगातार बढ़ रहा है। मंगलवार सुबह कई इलाकों में "
         "वायु गुणवत्ता सूचकांक 450 से ऊपर दर्ज किया गया, जो गंभीर श्रेणी में आता है।")


@pytest.mark.parametrize("text, expected", [
    ("दिल्ली में वायु", ("दिल्ली", "में", "वायु")),  # Hindi: vowel signs and nasal marks
    ("আমি বাংলায় গান গাই", ("আমি", "বাংলায়", "গান", "গাই")),  # Bengali
    ("சென்னையில் மழை", ("சென்னையில்", "மழை")),  # Tamil: the virama
], ids=["hindi", "bengali", "tamil"])
def test_a_word_keeps_the_marks_written_on_its_letters(text, expected):
    assert words(text) == expected


def test_a_word_runs_on_over_a_zero_width_non_joiner():
    # Persian writes one word in two joined parts; jusText's Persian list holds it so.
    assert words("این کار انجام می\u200cشود") == ("این", "کار", "انجام", "می\u200cشود")
    assert "می\u200cشود" in stoplist_for("fa")


def test_a_joiner_between_emoji_makes_no_word():
    assert words("family \U0001F468\u200d\U0001F469 photo") == ("family", "photo")


def test_the_stopwords_of_a_hindi_paragraph_are_found():
    found = stopword_count(HINDI, stoplist_for("hi"))
    assert found / len(words(HINDI)) >= 0.3


def test_a_hindi_paragraph_is_prose():
    shape, _ = judge_text(HINDI, stoplist_for("hi"))
    assert shape is Shape.PROSE


@pytest.mark.parametrize("text", [
    "बच्चों की सेहत सबसे पहले है।",  # Devanagari danda
    "یہ فیصلہ کل کیا گیا۔",  # Urdu full stop
    "هل سيفتتح الجسر هذا العام؟",  # Arabic question mark
    "Գործը շարունակվում է։",  # Armenian full stop
], ids=["danda", "urdu", "arabic-question", "armenian"])
def test_a_sentence_ends_with_its_scripts_own_full_stop(text):
    assert ends_sentence(text)


def test_every_sentence_mark_is_a_unicode_sentence_terminal():
    # The ellipsis is ours: a sentence cut short is still a sentence.
    assert [m for m in SENTENCE_MARKS if m != "…" and not regex.fullmatch(r"\p{STerm}", m)] == []
