"""Issue 11, points 2 and 9: a story's life follows its seed's.

A deleted seed takes its story down (unless the article was edited by hand:
then it is kept and reported), a renamed seed keeps its story and URL, a changed
seed is a correction (same slug and date; Modified moves to the day of the
change), and the summary counts live stories truthfully.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers import TITLE, outcomes
from helpers import TITLED_STORY as STORY
from helpers import convert_seeds as run
from seed_converter.batch import Status
from seed_converter.store import read_header

DAY_ONE = "1780000000"  # 2026-05-28 20:26 UTC
LATER = str(int(DAY_ONE) + 40 * 86400)  # 40 days on


def story(title: str = TITLE, **changes: str) -> str:
    text = STORY.format(title=title)
    for old, new in changes.items():
        text = text.replace(old, new)
    return text


@pytest.fixture
def site(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", DAY_ONE)
    (tmp_path / "seeds").mkdir()
    return tmp_path / "seeds", tmp_path / "content"


def headers(content: Path) -> dict[str, dict[str, str]]:
    return {p.relative_to(content / "articles").as_posix(): read_header(p)
            for p in sorted((content / "articles").rglob("*.md"))}


def test_a_deleted_seed_takes_its_story_and_audit_down(site):
    seeds, content = site
    (seeds / "a.txt").write_text(story(), encoding="utf-8")
    (seeds / "b.txt").write_text(story("City budget passes after a long night"),
                                 encoding="utf-8")
    run(site)
    (seeds / "a.txt").unlink()
    summary = run(site)
    assert outcomes(summary)["a.txt"] == (Status.REMOVED, "its seed was deleted: a.md removed")
    assert sorted(p.name for p in (content / "articles").iterdir()) == ["b.audit.txt", "b.md"]
    assert summary.line() == ("seeds: 0 converted, 1 unchanged, 0 skipped, 0 kept edit; "
                              "stories: 1 live (1 from seeds, 0 written by hand), "
                              "1 removed with their seeds (a.txt)")
    # Gone for good: the next run has nothing more to say about it.
    assert "a.txt" not in outcomes(run(site))


def test_a_deleted_seeds_edited_article_is_kept_and_reported(site, caplog):
    seeds, content = site
    (seeds / "a.txt").write_text(story(), encoding="utf-8")
    run(site)
    article = content / "articles" / "a.md"
    article.write_text(article.read_text(encoding="utf-8").replace("Thousands", "Hundreds"),
                       encoding="utf-8")
    edited = article.read_bytes()
    (seeds / "a.txt").unlink()
    summary = run(site)
    status, reason = outcomes(summary)["a.txt"]
    assert status is Status.KEPT_ORPHAN
    assert reason == ("its seed was deleted, but a.md was edited by hand: kept and still "
                      "published (delete it to take the story down)")
    assert article.read_bytes() == edited
    assert "a.txt: its seed was deleted, but a.md was edited by hand" in caplog.text
    assert "stories: 1 live (1 from seeds, 0 written by hand)" in summary.line()


def test_a_renamed_seed_keeps_its_story_slug_and_date(site, monkeypatch):
    seeds, content = site
    (seeds / "vote.txt").write_text(story(), encoding="utf-8")
    run(site)
    before = headers(content)["vote.md"]
    monkeypatch.setenv("SOURCE_DATE_EPOCH", LATER)
    os.rename(seeds / "vote.txt", seeds / "2026-city-vote.txt")
    got = outcomes(run(site))
    assert got["2026-city-vote.txt"] == (
        Status.CONVERTED, "renamed from vote.txt: same story, same URL")
    assert "vote.txt" not in got
    after = headers(content)
    assert list(after) == ["vote.md"]  # one article: the story is not published twice
    assert after["vote.md"]["seed"] == "2026-city-vote.txt"
    for key in ("slug", "date", "title"):
        assert after["vote.md"][key] == before[key]
    assert "modified" not in after["vote.md"]  # a rename is no correction
    assert {s for s, _ in outcomes(run(site)).values()} == {Status.UNCHANGED}


def test_a_renamed_seed_with_an_edited_article_keeps_the_edit(site):
    seeds, content = site
    (seeds / "vote.txt").write_text(story(), encoding="utf-8")
    run(site)
    article = content / "articles" / "vote.md"
    article.write_text(article.read_text(encoding="utf-8").replace("Thousands", "Hundreds"),
                       encoding="utf-8")
    os.rename(seeds / "vote.txt", seeds / "renamed.txt")
    status, reason = outcomes(run(site))["renamed.txt"]
    assert status is Status.UNCHANGED
    assert reason.startswith("renamed from vote.txt: its article, vote.md, edited by hand")
    text = article.read_text(encoding="utf-8")
    assert "Hundreds of people" in text and "\nSeed: renamed.txt\n" in text
    assert list(headers(content)) == ["vote.md"]
    assert {s for s, _ in outcomes(run(site)).values()} == {Status.UNCHANGED}


def test_a_changed_seed_is_a_correction_same_slug_and_date_modified_today(site, monkeypatch):
    seeds, content = site
    (seeds / "a.txt").write_text(story(), encoding="utf-8")
    run(site)
    first = headers(content)["a.md"]
    assert first["date"] == "2026-05-28 20:26" and first["date_source"] == "first conversion"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", LATER)
    (seeds / "a.txt").write_text(story(Saturday="Sunday"), encoding="utf-8")
    assert outcomes(run(site))["a.txt"][0] is Status.CONVERTED
    corrected = headers(content)["a.md"]
    assert corrected["slug"] == first["slug"] and corrected["date"] == first["date"]
    assert corrected["modified"] == "2026-07-07 20:26"
    assert "Sunday morning" in (content / "articles" / "a.md").read_text(encoding="utf-8")


def test_a_seed_change_that_changes_nothing_in_the_story_is_no_correction(site, monkeypatch):
    seeds, content = site
    (seeds / "a.txt").write_text(story(), encoding="utf-8")
    run(site)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", LATER)
    # Only page furniture differs: the story reads the same, so nothing looks new.
    (seeds / "a.txt").write_text(story() + "\nShare this article\nFacebook\nTwitter\n",
                                 encoding="utf-8")
    run(site)
    assert "modified" not in headers(content)["a.md"]


def test_a_date_in_the_seed_never_moves_a_published_story(site, monkeypatch):
    seeds, content = site
    (seeds / "a.txt").write_text(story(), encoding="utf-8")
    run(site)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", LATER)
    # The corrected seed now names a date: the story's URL and date stay.
    (seeds / "a.txt").write_text(story(Saturday="Saturday 3 January 2027"), encoding="utf-8")
    run(site)
    assert headers(content)["a.md"]["date"] == "2026-05-28 20:26"


def test_the_summary_counts_hand_written_articles_as_live_stories(site):
    seeds, content = site
    (seeds / "a.txt").write_text(story(), encoding="utf-8")
    (content / "articles").mkdir(parents=True)
    (content / "articles" / "mine.md").write_text(
        "Title: Written by hand\nDate: 2024-01-01\n\nText.\n", encoding="utf-8")
    line = run(site).line()
    assert line.endswith("stories: 2 live (1 from seeds, 1 written by hand)")


def test_every_seed_has_a_report_row_with_where_its_date_came_from(site):
    seeds, _ = site
    (seeds / "2024-05-17-dated.txt").write_text(story(), encoding="utf-8")
    (seeds / "undated.txt").write_text(story("City budget passes after a long night"),
                                       encoding="utf-8")
    (seeds / "empty.txt").write_bytes(b"")
    for summary in (run(site), run(site)):  # converted, then unchanged: the same rows
        rows = {o.seed: o.story for o in summary.outcomes}
        assert rows["empty.txt"] is None
        dated, undated = rows["2024-05-17-dated.txt"], rows["undated.txt"]
        assert (dated.title, dated.date, dated.date_source) == (
            TITLE, "2024-05-17 00:00", "file name")
        assert (undated.date, undated.date_source) == ("2026-05-28 20:26", "first conversion")
        assert dated.words == 49 and dated.dropped_words == 0
        assert dated.audit == "articles/2024-05-17-dated.audit.txt"
        assert dated.section
