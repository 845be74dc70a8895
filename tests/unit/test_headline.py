"""The headline of a whole-page dump: one rule per test, on small made-up pages."""

from __future__ import annotations

import pytest
from helpers import convert_text
from seed_converter.labeller import first_headline
from seed_converter.splitting import split_lines

BODY = (
    "Maria Lopez has covered the harbour for twenty years. The city council voted on "
    "Tuesday to approve the construction of a new bridge across the harbour, ending a "
    "debate that has lasted for more than ten years, Maria Lopez reports.\n\n"
    "The bridge will cost about 40 million euros and take four years to build, "
    "officials said after the meeting on Tuesday evening in the town hall.\n\n"
    "Work is expected to begin next spring, once the last permits are granted by the "
    "regional government and the contracts have been signed with the builders.\n"
)


def test_the_writers_name_above_the_date_is_not_the_headline():
    page = ("Four things to know this week\n\nAuthor:\n\nMaria Lopez\n\n"
            "March 12, 2019 8:03 am ET\n\n" + BODY)
    assert convert_text(page).meta.title == "Four things to know this week"


def test_a_breadcrumb_is_not_the_headline():
    page = ("Four things to know this week\n\nNews > Harbour > Bridge vote by the council\n\n"
            "March 12, 2019\n\n" + BODY)
    assert convert_text(page).meta.title == "Four things to know this week"


def test_a_byline_the_headline_model_ranks_first_gives_way_to_the_next_candidate():
    lines = split_lines("Bridge vote ends a long debate\n\nBy Richard Garner Updated Sep 5, 2024")
    assert first_headline([1, 0], lines) == 0
    assert first_headline([1], lines) == 1  # nothing else to take


def test_a_breadcrumb_the_headline_model_ranks_first_gives_way_to_the_next_candidate():
    lines = split_lines("Bridge vote ends a long debate\n\nBlog > Harbour > Bridge vote\n\n"
                        "Home / Harbour / Bridge vote")
    assert first_headline([1, 2, 0], lines) == 0
    assert first_headline([1, 2], lines) == 1  # nothing else to take


def test_a_pictures_caption_and_credit_the_headline_model_ranks_first_gives_way():
    lines = split_lines("Bridge vote ends a long debate\n\nThe mayor at the town hall on "
                        "March 1, 2025. Getty Images")
    assert first_headline([1, 0], lines) == 0
    assert first_headline([1], lines) == 1  # nothing else to take


@pytest.mark.parametrize("page", [
    "Bridge vote ends a long debate\n\nEnlarge this image\n\nThe mayor opens the new "
    "bridge in Harbour City on Tuesday\n\nJane Doe/Harbour News",
    "Bridge vote ends a long debate\n\nThe mayor opens the new bridge in Harbour City on "
    "Tuesday\n\nJane Doe/Harbour News\n\ntoggle caption",
])
def test_a_caption_by_its_pictures_controls_the_headline_model_ranks_first_gives_way(page):
    lines = split_lines(page)
    caption = next(i for i, line in enumerate(lines) if line.text.startswith("The mayor"))
    assert first_headline([caption, 0], lines) == 0


def test_a_persons_name_alone_the_headline_model_ranks_first_gives_way():
    """A writer's name line the byline model missed is no headline; a name of words
    the page also writes in lower case is no person's ("Austin Hardware Catalog")."""
    lines = split_lines("Best electric cars of the year\n\nJulie Bausch Lent\n\n"
                        "Austin Hardware Catalog\n\nOur hardware catalog lists every tool.")
    assert first_headline([1, 0], lines) == 0
    assert first_headline([2, 0], lines) == 2
    assert first_headline([1], lines) == 1  # nothing else to take


@pytest.mark.parametrize("menu", [("Home", "About"), ("Accueil", "À propos"),
                                  ("Archive", "Ask me anything"), ("Startseite", "Über mich")])
def test_the_sites_name_over_its_menu_gives_way_to_the_next_candidate(menu):
    lines = split_lines(f"Carnets du port\n\n{menu[0]}\n{menu[1]}\n\nLe sentier rouvre")
    assert first_headline([0, 3], lines) == 3


def test_a_label_of_a_menu_in_any_language_gives_way_to_the_next_candidate():
    # Hebrew: "Home", "News", "Economy", "Sport", then the headline.
    lines = split_lines("ראשי\nחדשות\nכלכלה\nספורט\nתל אביב: הרכבת הקלה תפעל גם בשבת")
    assert first_headline([0, 4], lines) == 4


def test_a_two_word_headline_over_short_lines_of_prose_is_still_a_headline():
    lines = split_lines("Bridge reopens\nIt did.\nCars wait.\nBuses too.\nMore below")
    assert first_headline([0, 4], lines) == 0


def test_a_headline_over_one_menu_word_is_still_a_headline():
    lines = split_lines("Bridge vote ends a long debate\n\nNews\n\nThe council voted on Tuesday.")
    assert first_headline([0, 2], lines) == 0


def test_a_headline_with_one_separator_is_still_a_headline():
    lines = split_lines("Bridge vote / a long debate ends\n\nBridge vote")
    assert first_headline([0, 1], lines) == 0



@pytest.mark.parametrize(("line", "rule"), [
    ("An official website of the United States government", "site-banner"),
    ("Here's how you know", "site-banner"),
    ("Here’s how you know", "site-banner"),
    ("We value your privacy", "consent-heading"),
    ("Privacy Preference Center", "consent-heading"),
    ("Wir respektieren Ihre Privatsphäre", "consent-heading"),
    ("Paramètres des cookies", "consent-heading"),
    ("top of page", "page-anchor"),
    ("Jump to Recipe", "page-anchor"),
    ("Skip to content", "page-anchor"),
    ("Skip to main content", "page-anchor"),
    ("TL;DR", "part-label"),
    ("Key Takeaways", "part-label"),
    ("Key Insights", "part-label"),
    ("Featured in this post", "part-label"),
    ("Inhaltsverzeichnis", "part-label"),
    ("Sommaire", "part-label"),
    ("Tabla de contenidos", "part-label"),
    ("Photo via Unsplash", "image-credit"),
    ("Cover image for Caching a slow API with a tiny Python decorator", "image-credit"),
    ("Bridge survey 2024.pdf (619.83 KB)", "download-link"),
    ("Colin Doe's blog", "blog-name"),
    ("Anna Berg’s Tech Blog", "blog-name"),
    ("The Harbour Trust Blog", "blog-name"),
    ("Engora Data Blog", "blog-name"),
    ("Home Blog About Contact", "menu-run"),
    ("HOME • ABOUT • BLOG • SHOP • CONTACT", "menu-run"),
    ("Home Sponsor me Github version 1.0.0", "menu-run"),
    ("Harbour Notes Blog Docs About", "menu-run"),
    ("Home » Website Builders", "home-trail"),
    ("Home > Backpacking", "home-trail"),
    ("Home - Library - Blog - How the harbour got its ferry", "home-trail"),
    ("Home/Blog/", "home-trail"),
    ("Accueil › Actualités", "home-trail"),
    ("Sign in Sign up", "account-links"),
    ("Log in / Register", "account-links"),
    ("Sign In My Account", "account-links"),
    ("Anmelden | Registrieren", "account-links"),
    ("← Back to blog", "back-link"),
    ("Return to all Blog posts", "back-link"),
    ("Back to SmartAsset Home", "back-link"),
    ("Zurück zur Übersicht", "back-link"),
    ("← Previous: IDA Pro String Heuristics", "link-arrow"),
    ("« In Defense of Curiosity | Main", "link-arrow"),
    ("Top 10 Stocks to Buy Now ›", "link-arrow"),
    ("Concept Series »", "link-arrow"),
    ("The core stage of the first SLS at Michoud after the installation of its four RS-25 "
     "engines. (credit: NASA/Jude Guidry)", "caption-credit"),
    ("Ferries wait at the harbour (Photo: Jane Doe)", "caption-credit"),
    ("\"Collins English Dictionary\" 2012 Digital Edition © HarperCollins Publishers 2012",
     "copyright"),
    ("Copyright 2025 The Harbour Trust. All rights reserved.", "copyright"),
    ("Family: Rubiaceae | Place of Origin: Ethiopia", "field-list"),
    ("Capacity: 30 ounces • Weight: 2 pounds", "field-list"),
    ("2021-08-09 Emphasizing non-requirements for analysis as well as tool choice steps.",
     "dated-entry"),
    ("2022-04-12 Link to Choosing Software", "dated-entry"),
    ("privacy (62)", "tag-count"),
    ("27", "bare-count"),  # Medium's claps and responses beside the story
    ("1.4K", "bare-count"),
    ("12,408", "bare-count"),
    ("Harbour news (14)", "tag-count"),
    ("Hunt Valley, MD 21031", "postal-address"),
    ("116 Village Blvd, Suite 200, Princeton, NJ 08540-1234", "postal-address"),
])
def test_a_line_of_the_page_frame_is_named_by_its_rule(line, rule):
    from seed_converter import rules

    assert rules.match(rules.NOT_HEADLINES, line).name == rule


@pytest.mark.parametrize("headline", [
    "Why regulators care about your privacy less than you think",
    "Top of the page: the council's new rules",
    "Contents of the harbour budget revealed",
    "Photographers by the harbour",
    "Photos from the harbour festival",
    "Jane's blog turns ten this week",
    "Ten years of writing the harbour blog",
    "The 40-page report (PDF) the council kept quiet",
    "Search for news about projects stalls",
    "News, Events and Press: the week in the harbour",
    "Home Office news: visas delayed again",
    "Home/Away: the ferry league's new season",
    "Home – where the harbour's ferries rest",
    "Sign up now: the harbour's new ferry pass",
    "Register your boat by Friday, council says",
    "Austin, TX 78701 gets its first ferry",
    "Back to Nature",
    "« Les Premiers Plans » : le festival d'Angers ouvre ses portes",
    "Macron : « Nous ne céderons pas »",
    "Back to school: the harbour's new term begins",
    "Return to the harbour: a sailor's story",
    "Docker Hardened Images: Security Independently Validated by SRLabs",
    "Why your (credit) score matters to the harbour board",
    "Copyright law changes hit the harbour's musicians",
    "Harbour vote: what the council decided, and why",
    "2021 in review: the harbour's busiest year",
    "1917",  # a film's name, or a year: four digits alone are no count
    "001",  # a project's name: no count has a leading zero
    "Top 10 ferries of the year (2025)",
])
def test_a_headline_using_the_frame_s_words_is_no_frame_line(headline):
    from seed_converter import rules

    assert rules.match(rules.NOT_HEADLINES, headline) is None


def test_a_button_or_sign_up_prompt_the_headline_model_ranks_first_is_no_headline():
    lines = split_lines("Bridge vote ends a long debate\n\n"
                        "Enter your email to unlock an extra $25 off our harbour tours!\n\n"
                        "Get started for free")
    assert first_headline([1, 2, 0], lines) == 0


def test_a_frame_line_the_headline_model_ranks_first_gives_way_to_the_next_candidate():
    lines = split_lines("Bridge vote ends a long debate\n\n"
                        "An official website of the United States government\n\nKey Takeaways")
    assert first_headline([1, 2, 0], lines) == 0
    assert first_headline([1, 2], lines) == 1  # nothing else to take


def test_a_candidate_under_the_whole_story_is_no_headline():
    import numpy as np
    from seed_converter.labeller import above_story

    story = np.array([False, True, True, False, False])
    # The footer's line 4 ranked first: the headline stands above the story.
    assert above_story([4, 0, 3], story) == [0]
    assert above_story([4, 3], story) == [4, 3]  # nothing above: every candidate stays
    assert above_story([4, 0], np.zeros(5, dtype=bool)) == [4, 0]  # no story at all


def test_only_the_candidates_above_the_story_are_scored_and_ranked_as_among_all():
    import numpy as np
    from seed_converter.features import page_features
    from seed_converter.labeller import pick_title

    class Model:
        """A headline model scoring each row by `score`, keeping how many rows it saw."""

        body_threshold = 0.5

        def __init__(self, score):
            self.score, self.rows = score, []

        def title_scores(self, matrix):
            self.rows.append(len(matrix))
            return self.score(matrix)

    lines = split_lines("Menu\n\nBridge vote ends a long debate\n\n" + "The council voted on "
                        "Tuesday to build the bridge after a debate that lasted ten years. " * 3
                        + "\n\nAbout us\n\nContact")
    page = page_features(lines, "en")
    body = np.array([0.0, 0.0, 1.0, 0.0, 0.0])
    nearest = Model(lambda m: np.asarray(m[:, 1], dtype=np.float64))  # to_body_start
    assert pick_title(nearest, page, body, "en") == 1
    assert nearest.rows == [2], "the footer's two short lines are not scored"
    ties = Model(lambda m: np.zeros(len(m)))
    assert pick_title(ties, page, body, "en") == 0, "a tie goes to the first line, as before"


def test_the_sites_name_in_its_copyright_line_gives_way_to_the_next_candidate():
    page = ("Notes from the Allotment\n\nHome\n\n\"Nobody digs any more\": a gardener's "
            "year\n\n" + BODY + "\n© 2025 Notes from the Allotment\n")
    assert convert_text(page).meta.title == "\"Nobody digs any more\": a gardener's year"


def test_the_sites_name_is_the_headline_where_nothing_else_can_be():
    lines = split_lines("Notes from the Allotment\n\nBy Jane Doe")
    assert first_headline([0, 1], lines, frozenset({"notes from the allotment"})) == 0


@pytest.mark.parametrize(("line", "names"), [
    ("© 2025 Notes from the Allotment", {"notes from the allotment"}),
    ("Copyright © 2019–2025 The Little Oven. All rights reserved.", {"the little oven"}),
    ("© Coastline News 2025", {"coastline news"}),
    ("Copyright 2024 by Jane Doe | Privacy", {"jane doe", "privacy"}),
    ("© 2025 Ege Haber · Powered by WordPress", {"ege haber", "powered by wordpress"}),
])
def test_a_copyright_line_names_the_site(line, names):
    from seed_converter.site_name import site_names

    assert site_names([line]) == names


def test_an_audio_players_button_alone_is_the_publishers_line():
    from seed_converter import rules

    assert rules.match(rules.MEDIA_CREDITS, "Listen").name == "media-credit"
    assert rules.match(rules.MEDIA_CREDITS, "Listen to this article").name == "media-credit"
    assert rules.match(rules.MEDIA_CREDITS, "Listening to the river") is None
