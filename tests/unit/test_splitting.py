"""Splitting a seed into lines (splitting.py): one rule per test."""

from __future__ import annotations

from seed_converter.splitting import split_lines


def texts(seed: str) -> list[str]:
    return [line.text for line in split_lines(seed)]


def test_a_hard_wrapped_sentence_is_one_line():
    assert texts("The council voted on Tuesday evening to close the old harbour\n"
                 "bridge to lorries.") == [
        "The council voted on Tuesday evening to close the old harbour bridge to lorries."]


def test_a_blank_line_ends_a_line():
    assert texts("The council voted\n\nthe old bridge.") == ["The council voted", "the old bridge."]


def test_a_byline_in_lower_case_under_a_standfirst_is_a_line_of_its_own():
    standfirst = "Dopo due bocciature, il via libera arriva con un progetto più economico"
    assert texts(f"{standfirst}\ndi Giulia Bianchi") == [standfirst, "di Giulia Bianchi"]
    # A wrapped sentence that goes on with the same word is still joined.
    assert texts("Il progetto è stato approvato dal consiglio\ndi lunedì sera.") == [
        "Il progetto è stato approvato dal consiglio di lunedì sera."]


def test_a_short_line_is_never_a_wrapped_sentence():
    # A heading over a paragraph that opens with a lower-case name, a button's
    # label over a line of code: hard-wrapped text fills its lines to a width.
    assert texts("Step 2: Create the repository\nrestic is in the Debian repos.") == [
        "Step 2: Create the repository", "restic is in the Debian repos."]
    assert texts("Copy\nsudo apt update") == ["Copy", "sudo apt update"]
