"""Tags: one rule per test, on small made-up texts."""

from __future__ import annotations

import pytest
from seed_converter.language import LOWER_WORD
from seed_converter.model import Block, Label
from seed_converter.tags import NAME, find_tags


def body(*texts: str) -> tuple[Block, ...]:
    return tuple(Block(Label.PARAGRAPH, t) for t in texts)


def test_a_name_mentioned_twice_is_a_tag_once_is_not():
    tags = find_tags("Flooding closes roads", body(
        "Heavy rain hit Valencia on Monday. Officials in Valencia closed roads near Alicante."
    ), limit=6)
    assert tags == ("Valencia",)


def test_a_capitalised_word_opening_sentences_is_not_a_name():
    tags = find_tags("Budget vote delayed", body(
        "According to the council, the vote is off. According to critics, it is late."
    ), limit=6)
    assert "According" not in tags


def test_a_word_the_text_also_writes_in_lower_case_is_not_a_tag():
    tags = find_tags("Storm warning", body(
        "Mid-sentence the Storm was named. Later the storm moved on. The Storm hit land."
    ), limit=6)
    assert "Storm" not in tags


def test_a_surname_alone_counts_for_the_full_name():
    tags = find_tags("Mayor resigns", body(
        "The city said Maria Lopez resigned today. Officials thanked Lopez for her work."
    ), limit=6)
    assert tags == ("Maria Lopez",)


def test_a_title_before_a_name_is_not_part_of_it():
    tags = find_tags("Talks resume", body(
        "Talks with President Joe Bloggs resumed. Aides said Joe Bloggs was pleased."
    ), limit=6)
    assert tags == ("Joe Bloggs",)


def test_a_subheading_in_title_case_names_nothing():
    heading = Block(Label.HEADING, "Book the Venue Early")
    tags = find_tags("Planning a wedding", (*body(
        "Start with the guest list, then talk to Maria Lopez about the venue.",
        "Maria Lopez books the band too."), heading, heading), limit=6)
    assert tags == ("Maria Lopez",)


def test_a_writer_speaking_of_themself_is_no_tag():
    tags = find_tags("Notes from the capitol", body(
        "I’m Sergio Ruiz, and I’m at the capitol. I’m told Sergio Ruiz is late, says Ann."
    ), limit=6)
    assert tags == ("Sergio Ruiz",)


def test_names_and_lower_case_words_start_only_where_a_word_starts():
    assert [m.group(0) for m in NAME.finditer("xAmina met Jane Doe, 3Bob and -Ann")] == [
        "Jane Doe", "Ann"]
    assert LOWER_WORD.findall("X-ray, 3am, Éclair and l’été") == ["ray", "and", "l’été"]


def test_a_name_in_an_e_mail_address_or_a_handle_is_no_common_word():
    from seed_converter.language import lower_case_words

    words = lower_case_words(["Find him at @russellm or russell@zavient.com", "the miller"])
    assert "russell" not in words and "russellm" not in words
    assert {"the", "miller", "him"} <= words


def test_a_foreign_article_opening_a_name_stays_in_it():
    tags = find_tags("Studios expand", body(
        "The studio works in Los Angeles. Its offices in Los Angeles grew this year."
    ), limit=6)
    assert tags == ("Los Angeles",)


def test_a_word_opening_every_mention_of_a_name_is_part_of_it():
    tags = find_tags("Park roads close", body(
        "Bryce Canyon draws hikers in spring.",
        "Bryce Canyon closes its roads in winter."), limit=6)
    assert tags == ("Bryce Canyon",)


def test_everyday_words_capitalised_only_in_labels_are_no_tag():
    tags = find_tags("Movers compared", body(
        "Our Score: 4.5 for Seka Moving.", "Expert Tip: book early with Seka Moving.",
        "Our Score: 4.0 overall.", "Expert Tip: ask for a quote."), limit=6)
    assert tags == ("Seka Moving",)


def test_everyday_words_on_a_short_line_of_their_own_are_a_label_no_tag():
    # A table of contents' entries: two words each, no sentence, however often.
    tags = find_tags("Plumbing explained", body(
        "#Basic Principles", "#Best Practices", "Seka Moving plans each job.",
        "#Basic Principles", "#Best Practices", "Seka Moving answers the phone."), limit=6)
    assert tags == ("Seka Moving",)


def test_a_numbered_part_of_the_text_is_no_tag():
    tags = find_tags("Stress study", body(
        "Results for Calm users are in Table 1 and the controls in Table 2."), limit=6)
    assert "Table" not in tags


def test_a_possessive_divides_a_run_into_two_names():
    tags = find_tags("Rocket lands", body(
        "Elon Musk's SpaceX launched a rocket. Later Elon Musk's SpaceX landed it."), limit=6)
    assert set(tags) == {"Elon Musk", "SpaceX"}


def test_a_phrase_in_title_case_is_no_name():
    tags = find_tags("Stocks fall", body(
        "Why You Shouldn't Worry", "Shares fell, and you should not worry.",
        "Why You Shouldn't Worry", "They will rise."), limit=6)
    assert tags == ()


def test_a_title_before_a_persons_name_is_folded_into_the_name():
    tags = find_tags("Moon landers chosen", body(
        "NASA Administrator Jim Bridenstine spoke on Monday. Later, NASA Administrator "
        "Jim Bridenstine took questions."), limit=6)
    assert "Jim Bridenstine" in tags and "NASA Administrator Jim Bridenstine" not in tags


def test_a_name_whose_first_words_are_given_names_keeps_them():
    tags = find_tags("A speech remembered", body(
        "Crowds heard Mary Jane Watson speak. Later Mary Jane Watson marched on."),
        limit=6)
    assert tags == ("Mary Jane Watson",)


def test_a_place_whose_second_word_is_a_given_name_somewhere_stays_whole():
    tags = find_tags("Studios expand", body(
        "The studio works in New York City. Its offices in New York City grew."), limit=6)
    assert tags == ("New York City",)


# One rule a row: the text, the tags it must give and the ones it must not.
RULES = {
    "a compound modifier is no tag": (
        "Owners in Austin bought AI-powered menus this year. The AI-powered menus "
        "translate dishes, and Austin diners like them.",
        {"Austin"}, {"AI-powered"}),
    "a job is no tag": (
        "Hipcricket named a new Chief Strategy Officer on Monday. The Chief Strategy "
        "Officer joins Hipcricket from a rival.",
        {"Hipcricket"}, {"Strategy Officer", "Chief Strategy Officer"}),
    "a surname of several words counts for the full name": (
        "The actor James Van Der Beek left the show. Fans said Van Der Beek was the "
        "best dancer. Van Der Beek thanked them.",
        {"James Van Der Beek"}, {"Van Der Beek"}),
    "a name of several words is no surname of a longer name that is not a person's": (
        "We tested the Px7 S2e for a month. The Bowers Px7 S2e case is small, and the "
        "Px7 S2e sounds warm. The Bowers Px7 S2e costs more.",
        {"Px7 S2e"}, set()),
    "a name joined by of or an ampersand stays whole": (
        "The Bank of England kept rates. Traders at Bowers & Wilkins expected it, and "
        "the Bank of England said Bowers & Wilkins may borrow more.",
        {"Bank of England", "Bowers & Wilkins"}, {"Bank", "England", "Bowers", "Wilkins"}),
    "a word of a joined name still counts alone": (
        "The Bank of England kept rates. Shops across England were quiet, and the "
        "Bank of England said England would recover.",
        {"England", "Bank of England"}, set()),
    "a word opening quoted speech is capitalised for that alone": (
        "The mayor met Harbour Trust staff. She said, “Tomorrow we vote.” The Harbour "
        "Trust agreed, and its chair said, “Tomorrow is too soon.”",
        {"Harbour Trust"}, {"Tomorrow"}),
    "an initialism keeps its last dot, and a name ends with it": (
        "Exports to the U.S. rose. Apple said the U.S. market grew, and Apple sold more.",
        {"U.S.", "Apple"}, {"U.S", "U.S. Apple"}),
    "an acronym's plural counts for its singular where the story names both": (
        "Each LLM reads text. Two LLMs wrote this, and the LLM in Austin won. In Austin, "
        "LLMs lost.",
        {"LLM", "Austin"}, {"LLMs"}),
    "an acronym's plural alone stays as written": (
        "Taylor Swift sings at the AMAs. The AMAs air on Sunday, Taylor Swift said.",
        {"AMAs", "Taylor Swift"}, {"AMA"}),
    "a word after a field's separator opens the field": (
        "We like the Stagg kettle: 30 ounces | Dimensions: 11 inches. We like the Cosori "
        "kettle: 27 ounces | Dimensions: 9 inches. We chose the Stagg over the Cosori.",
        {"Stagg", "Cosori"}, {"Dimensions"}),
    "a word capitalised after a number is no word prose capitalises": (
        "Nintendo sold goods worth USD 56 Billion in 2024, and Nintendo expects USD 60 "
        "Billion next year.",
        {"Nintendo"}, {"Billion"}),
    "an acronym after a number is still a name": (
        "Students at Rice need a 3.5 GPA, and Rice admits few under a 3.9 GPA.",
        {"Rice", "GPA"}, set()),
    "a royal's title before one name is part of it": (
        "Reporters asked Prince Andrew about the trip. Prince Andrew said he met Pope "
        "Francis, and aides of Pope Francis agreed.",
        {"Prince Andrew", "Pope Francis"}, {"Andrew", "Francis"}),
    "a word joined by an underscore is code, no name": (
        "Staff at the Harbour Trust met. Readers saw CTA_MODULE twice, and CTA_MODULE "
        "again. The Harbour Trust voted.",
        {"Harbour Trust"}, {"CTA_MODULE"}),
}


def test_french_guillemets_set_apart_by_a_space_still_open_a_quotation():
    """': « Les Premiers Plans »' opens with "Les" as a sentence would: the article is
    no tag, and no word of the name after it."""
    tags = find_tags("Festival d'Angers : « Les Premiers Plans » fête ses quarante ans", body(
        "Le festival Premiers Plans d'Angers ouvre vendredi. Les organisateurs attendent "
        "un record. « Nous voulons une belle édition. » Les billets sont en vente.",
    ), limit=6, lang="fr")
    assert "Premiers Plans" in tags
    assert "Les" not in tags


def test_a_name_after_the_closing_quote_of_speech_is_mid_sentence():
    """'… late," Hamilton said': a straight quote then a space after a comma closes the
    quotation; the name after it opens nothing."""
    tags = find_tags("A story", body(
        "\"It is often too late,\" Hamilton said. \"We know too little,\" Hamilton added."),
        limit=6)
    assert tags == ("Hamilton",)


def test_a_numbered_heading_opens_with_its_number():
    """"4 Conclusion" is a heading's first word, not a word capitalised mid-sentence."""
    tags = find_tags("A story", body(
        "3 Conclusion", "Voters in Valencia met twice this week.",
        "4 Conclusion", "Officials in Valencia voted on Monday."), limit=6)
    assert tags == ("Valencia",)


def test_a_name_after_a_list_number_is_still_a_name():
    tags = find_tags("A story", body(
        "1. Valencia Basket", "The fans of Valencia Basket cheered.",
        "2) Real Madrid", "The fans of Real Madrid sang."), limit=6)
    assert set(tags) == {"Valencia Basket", "Real Madrid"}


@pytest.mark.parametrize("rule", RULES)
def test_tag_rule(rule):
    text, wanted, unwanted = RULES[rule]
    tags = set(find_tags("A story", body(text), limit=6))
    assert wanted <= tags
    assert not unwanted & tags
