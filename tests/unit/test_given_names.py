"""Given names: what tells a writer's name from a label (given_names)."""

from __future__ import annotations

from seed_converter.given_names import first_name, given_names


def test_common_given_names_are_known():
    assert {"andrew", "maria", "ahmet", "krystyna", "guillaume"} <= given_names()


def test_labels_in_title_case_are_not_given_names():
    assert not {"select", "living", "case", "waterfall", "publishing"} & given_names()


def test_compound_names_are_known_joined_apart_and_hyphenated():
    assert {"jean-hee", "jean hee", "jeanhee", "jean-luc"} <= given_names()


def test_a_name_written_without_its_accent_is_known():
    assert first_name("Joaquin Fernandez") in given_names()


def test_the_first_name_skips_honorifics():
    assert first_name("Dr. Andrew Huberman") == "andrew"
