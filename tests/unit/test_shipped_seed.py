"""The seed the product ships converts exactly: headline, deck, seven paragraphs, no furniture."""

from __future__ import annotations

import pytest
from helpers import REPO, kept_text, paragraphs
from seed_converter.convert import convert
from seed_converter.model import Label
from seed_converter.settings import ConverterSettings

SEED = REPO / "seeds" / "000_e0786d32627a8350.txt"

FURNITURE = [
    "Disclaimer",
    "investment advice",
    "Leave a Comment",
    "Your email address will not be published",
    "Required fields",
    "Facebook",
    "Twitter",
    "Telegram",
    "Recent Posts",
    "Follow Us",
]


@pytest.fixture(scope="module")
def article():
    return convert(SEED.name, SEED.read_bytes(), ConverterSettings())


def test_title_is_the_headline(article):
    assert article.meta.title == (
        "A crackdown in Kazakhstan has forced the closure of 106 more cryptocurrency mines"
    )


def test_deck_is_kept_as_deck_and_is_the_summary(article):
    deck = [b.text for b in article.body if b.label is Label.DECK]
    assert deck == [
        "Some of the mines were alleged to be linked to prominent political and corporate "
        "personalities, including the brother of former President Nursultan Nazarbayev."
    ]
    assert article.meta.summary == deck[0]


def test_seven_body_paragraphs_with_the_last_two_split(article):
    body = paragraphs(article)
    assert len(body) == 7
    assert body[0].startswith("According to a government statement released today")
    assert body[-2].endswith("100 billion tenge ($193 million).")
    assert body[-1] == (
        "The government announced in late February that it had discovered "
        "202 megawatts of illegal crypto mining."
    )


def test_curly_apostrophes_survive(article):
    assert "Kazakhstan’s crackdown" in kept_text(article)


@pytest.mark.parametrize("phrase", FURNITURE)
def test_no_furniture(article, phrase):
    assert phrase not in kept_text(article)
    assert phrase not in article.meta.summary


def test_every_dropped_line_names_its_rule(article):
    dropped = {d.text: d.rule for d in article.dropped}
    assert set(dropped) >= {"Leave a Comment", "Facebook", "Recent Posts", "Follow Us"}
    assert all(rule for rule in dropped.values())


def test_names_the_story_repeats_become_tags(article):
    assert "Kazakhstan" in article.meta.tags
    assert "Nursultan Nazarbayev" in article.meta.tags
    assert not {"According", "During", "Since"} & set(article.meta.tags)


def test_no_date_in_text_or_name_means_no_date_yet(article):
    # The batch stage stamps the first conversion's date and keeps it afterwards.
    assert article.meta.date is None
