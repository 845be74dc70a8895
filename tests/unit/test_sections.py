"""Sections, one rule per test: the section whose words a story uses, enough of them,
counted so that many words say more than one word said often."""

from __future__ import annotations

import pytest
from seed_converter.language import words
from seed_converter.metadata import SECTION_EVIDENCE, _section
from seed_converter.settings import DEFAULT_SECTIONS, ConverterSettings

SETTINGS = ConverterSettings()


def section(title: str, text: str) -> str:
    return _section(title, list(words(text)), SETTINGS)


def test_a_recipe_is_filed_under_lifestyle():
    text = ("Preheat the oven. This recipe makes a quick dinner: the kitchen smells of "
            "baking bread and the meal is ready in an hour. Serve it with a glass of wine.")
    assert section("A weeknight pie", text) == "Lifestyle"


def test_too_little_evidence_goes_to_the_default_section():
    # One word of a section ("players") is not enough to file a story under it.
    text = ("The new bus timetable starts on Monday. Riders can read it at every stop, "
            "and the players' union of the brass band plans a welcome.")
    assert section("Bus timetable changes", text) == SETTINGS.default_section


def test_words_of_everyday_pages_file_nothing():
    # A privacy policy, a team, a season, data, a price: every kind of page says them.
    for word in ("policy", "team", "season", "data", "price", "energy", "space", "study",
                 "book", "director", "home", "party", "law", "digital", "weather"):
        assert not any(word in keywords for keywords in DEFAULT_SECTIONS.values()), word
    text = "Read our privacy policy. The team this season shares data on the price of energy."
    assert section("About us", text) == SETTINGS.default_section


def test_many_words_of_a_section_outweigh_one_word_said_often():
    # "app" eight times against six Health words once each: counted by its logarithm,
    # the one word does not outvote the six.
    text = ("app " * 8 + "The clinic's doctors and nurses saw patients with symptoms of the "
            "disease in the hospital.")
    assert section("Clinic notes", text) == "Health"


def test_a_headline_word_counts_more_than_a_word_of_the_text():
    # A game review talks of players and leagues; "review" and the console in the
    # headline file it under culture.
    text = "The players of the online league will like the new maps and the gameplay."
    assert section("Review: Harbour Racers on PlayStation", text) == "Culture"


def test_a_game_review_is_filed_under_culture_by_its_genre_and_platforms():
    # No console maker named: the game's genre and the platforms it is sold on.
    text = ("The diving is sublime, and the map opens up as the best of the genre does. "
            "It is out on PC, PS5 and Switch, and it costs less than a cinema ticket.")
    assert section("Hollow Tides review: an underwater metroidvania", text) == "Culture"


def test_evidence_is_the_sum_of_log_uses():
    # Three uses of one Science word: log(4) ≈ 1.39, under the bar; with a second
    # word used twice, over it.
    assert SECTION_EVIDENCE > 1.39
    assert section("Notes", "telescope telescope telescope") == SETTINGS.default_section
    assert section("Notes", "telescope telescope telescope planet planet") == "Science"


@pytest.mark.parametrize(("headline", "text", "expected"), [
    ("Bundestag billigt Haushalt der Regierung",
     "Der Bundestag hat am Donnerstag über den Haushalt abgestimmt. Die Regierung setzte "
     "sich mit den Stimmen der Koalition durch, die Opposition stimmte dagegen.", "Politics"),
    ("El banco central mantiene los tipos",
     "El Banco Central mantuvo los tipos. La inflación sigue alta y los mercados esperaban "
     "la decisión; las empresas temen más impuestos.", "Business"),
    ("Хоккеисты уступили в финале чемпионата",
     "Сборная России по хоккею проиграла в финале чемпионата. Тренер команды сказал, что "
     "игроки сделали всё, что могли, и поблагодарил болельщиков за поддержку.", "Sport"),
    ("Kasus demam berdarah meningkat",
     "Dinas kesehatan mencatat jumlah pasien demam berdarah naik. Dokter di rumah sakit "
     "daerah meminta warga mewaspadai penyakit itu dan mengikuti vaksinasi.", "Health"),
])
def test_a_story_in_another_language_is_filed_by_that_language_s_words(headline, text,
                                                                        expected):
    assert section(headline, text) == expected


def test_a_word_with_two_senses_in_its_own_language_files_nothing():
    # Spanish "partido": a party and a match; Portuguese "receita": a recipe and revenue.
    # Russian "партия": a party and a game; "акции": shares and campaigns. Indonesian
    # "pemain": a player and an actor; "penulis", the writer, is a byline's label.
    for word in ("partido", "receita", "premier", "mode", "milieu", "партия", "акции",
                 "pemain", "penulis"):
        assert not any(word in keywords for keywords in DEFAULT_SECTIONS.values()), word


def test_each_section_word_is_counted_once():
    for name, keywords in DEFAULT_SECTIONS.items():
        assert len(keywords) == len(set(keywords)), name


def test_a_word_as_common_in_another_sense_files_nothing():
    # Software's ecosystems and architecture, a product's review, waste management,
    # potato chips: each as common on the web as the sense a section would want.
    for word in ("ecosystem", "ecosystems", "architecture", "review", "reviews",
                 "management", "chip", "chips"):
        assert not any(word in keywords for keywords in DEFAULT_SECTIONS.values()), word
    text = ("We reviewed the earbuds for a month: the review covers their bluetooth range, "
            "the app and the wireless case. Our reviews of each pair follow.")
    assert section("Best budget earbuds", text) == "Technology"
