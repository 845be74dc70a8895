"""When a build with nothing changed may stop early (incremental/uptodate.py), and
until when the site's clock-dependent parts hold (news_site/today.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from incremental import uptodate
from news_site.today import FUTURE_GRACE, next_change

AT = dt.datetime(2024, 5, 20, 12, 0, tzinfo=dt.UTC)
NEWS_DAYS = 2


def test_a_story_dated_ahead_changes_the_site_when_it_comes_out():
    story = dt.datetime(2024, 5, 23, 8, 0)
    assert next_change([story], AT, NEWS_DAYS) == (story - FUTURE_GRACE).replace(tzinfo=dt.UTC)


def test_a_recent_story_changes_the_site_when_it_leaves_the_news_window():
    story = dt.datetime(2024, 5, 19, 8, 0, tzinfo=dt.UTC)
    assert next_change([story], AT, NEWS_DAYS) == story + dt.timedelta(days=NEWS_DAYS)


def test_old_stories_never_change_the_site():
    assert next_change([dt.datetime(2020, 1, 1), dt.datetime(2023, 6, 1)], AT, NEWS_DAYS) is None


def test_the_first_change_of_many_is_the_one():
    later = dt.datetime(2024, 6, 1, tzinfo=dt.UTC)
    sooner = dt.datetime(2024, 5, 19, 20, 0, tzinfo=dt.UTC)
    assert next_change([later, sooner], AT, NEWS_DAYS) == sooner + dt.timedelta(days=NEWS_DAYS)


@pytest.fixture
def built(tmp_path) -> tuple[Path, str]:
    site = tmp_path / "output"
    site.mkdir()
    (site / "index.html").write_text("<p>front</p>", encoding="utf-8")
    return site, "inputs-digest"


def stamp_of(site: Path, inputs: str, holds_until: float | None = None) -> uptodate.Stamp:
    return uptodate.Stamp(inputs, uptodate.output_digest(site), holds_until)


def test_the_same_inputs_and_site_are_up_to_date(built):
    site, inputs = built
    assert uptodate.is_current(stamp_of(site, inputs), inputs, site)


def test_other_inputs_are_not(built):
    site, inputs = built
    assert not uptodate.is_current(stamp_of(site, inputs), "other", site)


def test_a_site_file_written_since_is_not(built):
    site, inputs = built
    stamp = stamp_of(site, inputs)
    (site / "index.html").write_text("<p>front, edited</p>", encoding="utf-8")
    assert not uptodate.is_current(stamp, inputs, site)


def test_a_missing_site_is_not(built):
    site, inputs = built
    stamp = stamp_of(site, inputs)
    (site / "index.html").unlink()
    site.rmdir()
    assert not uptodate.is_current(stamp, inputs, site)


def test_a_stamp_is_good_only_until_the_site_would_change(built, monkeypatch):
    site, inputs = built
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1716206400")  # 2024-05-20 12:00 UTC
    assert uptodate.is_current(stamp_of(site, inputs, 1716206401), inputs, site)
    assert not uptodate.is_current(stamp_of(site, inputs, 1716206400), inputs, site)


def test_a_saved_stamp_reads_back(built, tmp_path):
    site, inputs = built
    path = tmp_path / "state" / "up-to-date.json"
    uptodate.save(path, inputs, site, AT)
    assert uptodate.load(path) == uptodate.Stamp(inputs, uptodate.output_digest(site),
                                                 AT.timestamp())


def test_an_unreadable_stamp_is_none(tmp_path):
    path = tmp_path / "up-to-date.json"
    path.write_text("{not json", encoding="utf-8")
    assert uptodate.load(path) is None


def test_the_locale_dates_are_written_in_is_an_input(tmp_path, monkeypatch):
    (tmp_path / "templates").mkdir()
    settings = {"THEME": str(tmp_path), "PATH": str(tmp_path / "content")}
    monkeypatch.setenv("LC_TIME", "C.UTF-8")
    before = uptodate.inputs_digest(settings)
    assert uptodate.inputs_digest(settings) == before
    monkeypatch.setenv("LC_TIME", "de_DE.UTF-8")
    assert uptodate.inputs_digest(settings) != before


def test_a_file_in_a_linked_content_folder_is_an_input(tmp_path):
    theme = tmp_path / "theme"
    (theme / "templates").mkdir(parents=True)
    images = tmp_path / "elsewhere"
    images.mkdir()
    (images / "map.svg").write_text("<svg/>", encoding="utf-8")
    content = tmp_path / "content"
    content.mkdir()
    (content / "images").symlink_to(images)
    (content / "loop").symlink_to(content)  # a link back up is walked once
    (content / "gone").symlink_to(tmp_path / "nowhere")
    settings = {"THEME": str(theme), "PATH": str(content)}
    before = uptodate.inputs_digest(settings)
    (images / "map.svg").write_text("<svg><path/></svg>", encoding="utf-8")
    assert uptodate.inputs_digest(settings) != before
