"""Splitting a seed into lines (splitting.py): one rule per test."""

from __future__ import annotations

from seed_converter.splitting import split_lines


def texts(seed: str) -> list[str]:
    return [line.text for line in split_lines(seed)]


def test_a_hard_wrapped_sentence_is_one_line():
    assert texts("The council voted on Tuesday to close\nthe old bridge.") == [
        "The council voted on Tuesday to close the old bridge."]


def test_a_blank_line_ends_a_line():
    assert texts("The council voted\n\nthe old bridge.") == ["The council voted", "the old bridge."]
