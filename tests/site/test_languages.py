"""Issue 11, point 7 (and Pagefind's half of point 10): stories in other languages.

A German and a Russian story beside an English one: each on the site's own URL
scheme, its page in its language, its feed entries saying so, indexed by
Pagefind in its language and found from the search page; and two builds of the
three are the same bytes, Pagefind's files included.
"""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import tree
from sitecheck import build, serve, soup
from test_browser import open_page

SEEDS = {
    "en.txt": (
        "Council votes on the tram line after a long debate\n\n17 May 2024\n\n"
        "The city council voted on Thursday evening to go ahead with the tram line, after a "
        "debate that lasted more than four hours and ended close to midnight.\n\n"
        "Supporters of the tram line said the plan would serve the city for decades, while "
        "opponents warned that the costs had not been checked by anyone outside.\n"),
    "de.txt": (
        "Stadtrat beschließt neue Straßenbahnlinie nach langer Debatte\n\n17. Mai 2024\n\n"
        "Der Stadtrat hat am Donnerstagabend nach einer mehr als vierstündigen Debatte "
        "beschlossen, die neue Straßenbahnlinie zum Hafen zu bauen. Die Befürworter sagten, "
        "die Linie werde der Stadt über Jahrzehnte dienen.\n\n"
        "Die Gegner warnten, dass die Kosten von niemandem außerhalb der Verwaltung geprüft "
        "worden seien und die Bauarbeiten den Verkehr in der Innenstadt behindern würden.\n"),
    "ru.txt": (
        "Городской совет одобрил новую трамвайную линию после долгих споров\n\n17 мая 2024\n\n"
        "Городской совет в четверг вечером после дебатов, которые продолжались более четырёх "
        "часов, решил построить новую трамвайную линию к порту. Сторонники проекта заявили, "
        "что линия будет служить городу десятилетиями.\n\n"
        "Противники предупредили, что расходы никто не проверял за пределами администрации и "
        "что строительство на годы затруднит движение в центре города.\n"),
}
SLUGS = {
    "en": "council-votes-on-the-tram-line-after-a-long-debate",
    "de": "stadtrat-beschliesst-neue-strassenbahnlinie-nach-langer-debatte",
    "ru": "gorodskoi-sovet-odobril-novuiu-tramvainuiu-liniiu-posle-dolgikh-sporov",
}
ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
DC_LANGUAGE = "{http://purl.org/dc/elements/1.1/}language"


def build_site(root: Path) -> Path:
    seeds = root / "seeds"
    seeds.mkdir(parents=True)
    for name, text in SEEDS.items():
        (seeds / name).write_text(text, encoding="utf-8")
    (root / "content").mkdir()
    build(root / "content", root / "output", seeds, absolute=False)
    return root / "output"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    return build_site(tmp_path_factory.mktemp("languages"))


@pytest.fixture(scope="module")
def served(site) -> Iterator[str]:
    with serve(site) as url:
        yield url


def test_every_story_is_on_the_sites_url_scheme_and_its_page_says_its_language(site):
    for lang, slug in SLUGS.items():
        page = site / "2024" / "05" / slug / "index.html"
        assert page.is_file(), sorted(p.name for p in (site / "2024" / "05").iterdir())
        assert soup(page).html["lang"] == lang
    assert not list(site.glob("*-ru.html")) and not list(site.glob("*-de.html"))


def test_feed_entries_carry_their_storys_language(site):
    atom = ET.parse(site / "feeds" / "all.atom.xml").getroot()
    assert atom.get(XML_LANG) == "en"
    langs = {e.findtext(f"{ATOM}link") or e.find(f"{ATOM}link").get("href"): e.get(XML_LANG)
             for e in atom.findall(f"{ATOM}entry")}
    assert {href.rstrip("/").rsplit("/", 1)[1]: lang for href, lang in langs.items()} == {
        SLUGS["en"]: None, SLUGS["de"]: "de", SLUGS["ru"]: "ru"}
    rss = ET.parse(site / "feeds" / "all.rss.xml").getroot()
    assert rss.findtext("channel/language") == "en"
    items = {i.findtext("link").rstrip("/").rsplit("/", 1)[1]: i.findtext(DC_LANGUAGE)
             for i in rss.iter("item")}
    assert items == {SLUGS["en"]: None, SLUGS["de"]: "de", SLUGS["ru"]: "ru"}


def test_search_indexes_each_story_in_its_language(site):
    bundles = {p.name: json.loads((p / "pagefind-entry.json").read_text(encoding="utf-8"))
               for p in (site / "pagefind").iterdir()}
    assert {name: sorted(entry["languages"]) for name, entry in bundles.items()} == {
        "2024q2": ["en"], "2024-de": ["de"], "2024-ru": ["ru"]}
    search = soup(site / "search" / "index.html").select_one("#search")
    assert search["data-bundles"] == "2024q2 2024-de 2024-ru"


@pytest.mark.browser
@pytest.mark.parametrize("word, lang", [("Stadtrat", "de"), ("трамвайную", "ru"),
                                        ("tram", "en")])
def test_the_search_page_finds_stories_in_every_language(browser, served, word, lang):
    page, errors, outside = open_page(browser, served + f"search/?q={word}", 1280)
    try:
        page.locator(".pagefind-ui__result-link").first.wait_for(timeout=10_000)
        hrefs = [a.get_attribute("href") for a in page.locator(".pagefind-ui__result-link").all()]
    finally:
        page.context.close()
    assert any(SLUGS[lang] in href for href in hrefs), hrefs
    assert not errors, errors
    assert not outside, outside


def test_two_builds_of_stories_in_three_languages_are_the_same_bytes(site, tmp_path):
    again = build_site(tmp_path)
    assert tree(again) == tree(site)
    shutil.rmtree(tmp_path)
