"""The snippet measure of `make train`: each rule of judging a page by its must-haves
and must-not-haves."""

from __future__ import annotations

from training.snippets import PageSnippets, contains, judge_page, total

SEED = "Home\nMenu\nThe bridge opens on Monday, officials said.\nPrivacy Policy"


def test_a_snippet_matches_only_as_whole_words():
    assert contains("Back Home today", "Home")
    assert not contains("Homeowners pay more", "Home")


def test_a_snippet_matches_only_with_the_same_capitals():
    assert not contains("they went home", "Home")


def test_a_page_is_fully_right_when_it_keeps_every_must_and_no_never():
    page = judge_page(SEED, "The bridge opens on Monday, officials said.",
                      ["The bridge opens on Monday"], ["Privacy Policy", "Menu"])
    assert page == PageSnippets(musts=1, found=1, nevers=2, leaked=0)
    assert page.fully_right


def test_one_leaked_menu_item_makes_the_page_wrong():
    page = judge_page(SEED, "Menu The bridge opens on Monday, officials said.",
                      ["The bridge opens on Monday"], ["Menu"])
    assert page.leaked == 1 and not page.fully_right


def test_snippets_the_seed_does_not_hold_are_not_counted():
    page = judge_page(SEED, "The bridge opens on Monday, officials said.",
                      ["A sentence the dump lost"], ["Cookie settings"])
    assert page == PageSnippets(musts=0, found=0, nevers=0, leaked=0)


def test_pages_with_nothing_to_check_are_left_out_of_the_total():
    pages = [PageSnippets(0, 0, 0, 0), PageSnippets(2, 2, 1, 0), PageSnippets(1, 0, 1, 1)]
    got = total(pages)
    assert (got.pages, got.fully_right, got.with_found, got.without_leaked) == (2, 1, 2, 1)
    assert got.fully_right_share == 0.5
