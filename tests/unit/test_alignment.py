"""Training labels: each rule of aligning a seed's lines with its page's truth."""

from __future__ import annotations

import datetime as dt

from seed_converter.splitting import split_lines
from training.alignment import Truth, align

STORY = (
    "The council voted on Tuesday to approve a new bridge across the harbour, ending a "
    "debate that has lasted for more than ten years.",
    "The bridge will cost about 40 million euros and take four years to build, officials "
    "said after the meeting in the town hall.",
)


def aligned(seed: str, title: str = "Bridge vote ends a long debate", body=STORY, **kw):
    lines = split_lines(seed)
    return lines, align(lines, Truth(title=title, body="\n\n".join(body), **kw))


def tagged(lines, flags) -> list[str]:
    return [ln.text for ln, flag in zip(lines, flags, strict=True) if flag]


def test_lines_of_the_true_body_are_body_and_furniture_is_not():
    seed = "Home\nNews\n\nBridge vote ends a long debate\n\n" + "\n\n".join(STORY) + "\n\nShare"
    lines, a = aligned(seed)
    assert tagged(lines, a.body) == list(STORY)


def test_a_teaser_repeating_the_lede_below_the_story_is_not_body():
    seed = "\n\n".join(STORY) + "\n\nMore stories\n\n" + STORY[0]
    _lines, a = aligned(seed)
    assert a.body == (True, True, False, False)


def test_a_subheading_between_two_paragraphs_of_the_body_is_body():
    body = (STORY[0], "What happens next", STORY[1])
    _lines, a = aligned("\n\n".join(body), body=body)
    assert all(a.body)


def test_a_word_of_the_story_alone_in_the_menu_is_not_body():
    _lines, a = aligned("Bridge\n\n" + "\n\n".join(STORY))
    assert a.body[0] is False


def test_one_seed_line_holding_two_paragraphs_with_text_between_them_in_the_truth():
    truth_body = (STORY[0], "A photo caption the truth keeps.", STORY[1])
    _lines, a = aligned(STORY[0] + " " + STORY[1], body=truth_body)
    assert a.body == (True,) and a.coverage[0] == 1.0


def test_the_headline_is_the_title_line_nearest_above_the_body():
    seed = ("Bridge vote ends a long debate\n\nMenu\n\nBridge vote ends a long debate\n\n"
            + "\n\n".join(STORY))
    _lines, a = aligned(seed)
    assert a.title == 2


def test_a_title_line_with_the_site_name_beside_it_is_the_headline():
    _lines, a = aligned("Bridge vote ends a long debate | Harbour News\n\n" + "\n\n".join(STORY))
    assert a.title == 0


def test_a_line_naming_an_author_outside_the_body_is_a_byline():
    seed = "Bridge vote ends a long debate\n\nBy Maria Lopez\n\n" + "\n\n".join(STORY)
    _lines, a = aligned(seed, authors=("Maria Lopez",))
    assert a.bylines == (1,)


def test_a_short_line_with_the_publication_day_is_a_date_line():
    seed = ("Bridge vote ends a long debate\n\nMarch 12, 2019 8:03 am ET\n\n"
            + "\n\n".join(STORY) + "\n\nMarch 1, 2019")
    _lines, a = aligned(seed, date=dt.date(2019, 3, 12))
    assert a.datelines == (1,)


def test_a_day_either_side_counts_for_the_date_line():
    seed = "Bridge vote ends a long debate\n\n11 March 2019\n\n" + "\n\n".join(STORY)
    _lines, a = aligned(seed, date=dt.date(2019, 3, 12))
    assert a.datelines == (1,)
