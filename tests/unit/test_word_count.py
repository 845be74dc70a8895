"""The story's word count, which sets its reading time: one rule per test."""

from __future__ import annotations

from seed_converter.language import joined_words
from seed_converter.metadata import word_count


def test_spaced_words_count_one_each():
    assert word_count(joined_words(["The council voted on Tuesday."])) == 5


def test_chinese_counts_two_characters_a_word():
    # 20 Han characters between punctuation: one run, ten words, not one.
    text = "经过十年的争论和两次否决，市议会批准了大桥。"
    assert word_count(joined_words([text])) == 10


def test_korean_is_spaced_and_counts_by_its_words():
    assert word_count(joined_words(["시의회가 화요일에 다리 건설을 승인했다."])) == 5
