"""Pages that stay put (plugins/incremental/pagination.py): a new story changes only
the newest page of a list, now and then one more; the numbered pages never change."""

from __future__ import annotations

from helpers import REPO
from incremental.pagination import layout, paginate
from pelican.settings import read_settings

SETTINGS = read_settings(str(REPO / "pelicanconf.py"))


def pages_of(count: int, per_page: int = 3) -> dict[str, tuple]:
    """{file name: the stories on it} for a list of `count` stories, newest first
    (story i is the i-th oldest)."""
    stories = [f"s{i}" for i in range(count)][::-1]
    pages, _moved = paginate(SETTINGS, "tag/x/index.html", "tag/x/", {"articles": stories},
                             per_page)
    return {name: v["articles_page"].object_list for name, v in pages}


def test_every_story_is_on_exactly_one_page_in_order():
    for count in range(0, 40):
        pages = pages_of(count)
        shown = [s for name in reversed(list(pages)) for s in pages[name]]
        assert shown == [f"s{i}" for i in range(count)][::-1]


def test_the_newest_page_holds_one_to_two_pages_of_stories():
    for count in range(3, 40):
        newest = pages_of(count)["tag/x/index.html"]
        assert 3 <= len(newest) <= 5, count


def test_numbered_pages_are_counted_from_the_oldest_and_never_change():
    before = pages_of(10)
    for count in range(11, 40):
        after = pages_of(count)
        for name, stories in before.items():
            if name != "tag/x/index.html":
                assert after[name] == stories, (count, name)
        before = after
    assert before["tag/x/page/1/index.html"] == ("s2", "s1", "s0")


def test_a_new_story_changes_the_newest_page_and_now_and_then_adds_one():
    for count in range(3, 40):
        before, after = pages_of(count), pages_of(count + 1)
        changed = {n for n in after if before.get(n) != after[n]}
        assert changed in ({"tag/x/index.html"},
                           {"tag/x/index.html", f"tag/x/page/{len(after) - 1}/index.html"})


def test_neighbours_link_newer_and_older_pages():
    stories = [f"s{i}" for i in range(10)][::-1]
    pages, _ = paginate(SETTINGS, "tag/x/index.html", "tag/x/", {"articles": stories}, 3)
    newest = pages[-1][1]
    assert newest["articles_page"].number == 3 and not newest["articles_page"].has_previous()
    assert newest["articles_next_page"].url == "tag/x/page/2/"
    oldest = pages[0][1]["articles_page"]
    assert (oldest.number, oldest.url, oldest.has_next()) == (1, "tag/x/page/1/", False)
    assert oldest.newer.url == "tag/x/page/2/"


def test_page_urls_pelican_published_still_lead_somewhere():
    """Pelican numbered 10 stories, 3 a page, as 4 pages: page/2/ to page/4/."""
    stories = [f"s{i}" for i in range(10)][::-1]
    pages, moved = paginate(SETTINGS, "tag/x/index.html", "tag/x/", {"articles": stories}, 3)
    written = {name for name, _ in pages} | {m.save_as for m in moved}
    assert {f"tag/x/page/{k}/index.html" for k in (2, 3, 4)} <= written
    assert [m.number for m in moved] == [3, 4]
    assert {m.to.url for m in moved} == {"tag/x/"}


def test_the_front_page_list_numbers_under_the_site_root():
    pages, _ = paginate(SETTINGS, "index.html", "", {"articles": list(range(7))}, 3)
    assert [name for name, _ in pages] == ["page/1/index.html", "index.html"]


def test_layout_of_short_and_empty_lists():
    assert layout(0, 3) == [range(0, 0)]
    assert layout(5, 3) == [range(0, 5)]
    assert layout(6, 3) == [range(3, 6), range(0, 3)]
