"""The language a seed is written in: told by its script, else by a vote of jusText's
stoplists, a near tie settled by py3langid's classifier."""

from __future__ import annotations

import pytest
from seed_converter.language import (
    CODE_TO_NAME,
    _classify,
    _stoplist_sets,
    guess_language,
    stoplists,
)

# One paragraph of a local story in each language, and a page's English furniture.
STORIES = {
    "en": "The council said on Tuesday that the bridge would not be ready before the end "
          "of the year, and that the cost of the work had grown since it was approved.",
    "de": "Der Rat sagte am Dienstag, dass die Brücke nicht vor dem Ende des Jahres fertig "
          "sein werde und dass die Kosten seit der Genehmigung gestiegen seien.",
    "fr": "Le conseil a déclaré mardi que le pont ne serait pas prêt avant la fin de "
          "l'année et que le coût des travaux avait augmenté depuis son approbation.",
    # jusText's Asturian list holds most of Spanish's stopwords: a vote of stopwords
    # filed this story under Asturian.
    "es": "Un incendio forestal declarado la tarde del lunes en el término municipal de "
          "Aracena ha obligado a desalojar tres urbanizaciones y ha calcinado ya unas 450 "
          "hectáreas, según los últimos datos del Plan Infoca.",
    "pl": "Po dwóch latach budowy nowa linia tramwajowa łącząca Wrzeszcz z Moreną jest "
          "gotowa. Pierwsze tramwaje z pasażerami pojadą nią w poniedziałek rano.",
}
MENU = "\n".join(["Home", "News", "Sport", "Login", "Subscribe", "Search", "Contact us",
                  "Privacy policy", "Cookie settings", "Terms of use", "Follow us"])


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_a_story_is_in_its_own_language(lang):
    assert guess_language(STORIES[lang]) == lang


@pytest.mark.parametrize("lang", ["de", "es", "pl"])
def test_a_pages_english_menus_do_not_outvote_its_story(lang):
    assert guess_language(f"{MENU}\n{STORIES[lang]}") == lang


def test_a_spanish_page_whose_menu_names_sections_is_spanish():
    # jusText's Asturian list holds most Spanish stopwords, and "internacional",
    # "política" and "tarde" besides: a vote of stopwords filed this page under
    # Asturian.
    page = "\n".join(["Portada", "España", "Internacional", "Política", "Deportes",
                      "Opinión", STORIES["es"], "Comentarios", "Aviso legal"])
    assert guess_language(page) == "es"


def test_english_prose_about_industry_and_communication_stays_english():
    # jusText's Marathi list holds English words ("communication", "industry",
    # "example", "provide", "cookies"): a vote of stopwords took such pages for Marathi.
    text = ("Communication between teams is the industry's oldest problem. For example, "
            "a support team may provide information that the product team never reads, "
            "in a language of its own. In that case the data says little.\n"
            "We use cookies. Related: how teams share information.")
    assert guess_language(text) == "en"


def test_too_few_words_are_the_default_language():
    assert guess_language("Breaking news: bridge closed", default="fr") == "fr"


def test_a_page_with_no_words_of_any_language_is_the_default_language():
    assert guess_language("\n".join(f"{n} | {n * 7} | {n * 13}" for n in range(40))) == "en"


@pytest.mark.parametrize(("text", "lang"), [
    ("東京都は20日、新しい橋の工事が一年遅れると発表した。費用も増えるという。", "ja"),
    ("市政府20日宣布，新桥的工程将推迟一年完工，费用也将增加。", "zh"),
    ("시는 20일 새 다리 공사가 1년 늦어진다고 밝혔다. 비용도 늘어난다.", "ko"),
])
def test_chinese_japanese_and_korean_are_told_by_their_script(text, lang):
    assert guess_language(text) == lang


def test_no_word_in_latin_letters_votes_for_a_language_written_in_another_script():
    names = list(stoplists())
    marathi = _stoplist_sets()[names.index("Marathi")]
    assert "communication" in stoplists()["Marathi"] and "communication" not in marathi
    assert marathi  # its own words still vote


def test_a_page_not_clearly_english_is_named_by_the_classifier():
    # Asturian's list holds "internacional" and "política", Spanish's does not: the
    # vote alone is Asturian's.
    assert _classify("un incendio forestal ha obligado a desalojar tres urbanizaciones "
                     "según los últimos datos internacional política", "ast") == "es"


def test_the_classifier_names_only_a_language_with_a_stoplist():
    # Scots Gaelic ("gd") has no jusText list: its stopwords could not be counted.
    assert _classify("Tha an t-each mòr anns an achadh agus tha e ag ithe feur", "ga") \
        in CODE_TO_NAME
