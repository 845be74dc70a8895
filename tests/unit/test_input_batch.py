"""Issue 5 for a folder of seeds: every seed accounted for, names, edits never lost."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers import TITLE, outcomes
from helpers import TITLED_STORY as STORY
from helpers import convert_seeds as run
from seed_converter import store
from seed_converter.batch import Status
from seed_converter.naming import decode_seed_path, encode_seed_path
from seed_converter.settings import ConverterSettings
from seed_converter.slugs import make_slug


def story(title: str = TITLE) -> str:
    return STORY.format(title=title)


@pytest.fixture
def site(tmp_path):
    seeds, content = tmp_path / "seeds", tmp_path / "content"
    seeds.mkdir()
    return seeds, content


def articles(content: Path) -> dict[str, str]:
    root = content / "articles"
    return {p.relative_to(root).as_posix(): p.read_text(encoding="utf-8")
            for p in sorted(root.rglob("*")) if p.is_file()}


def test_every_seed_ends_as_exactly_one_outcome_with_a_reason(site):
    seeds, _ = site
    (seeds / "good.txt").write_text(story(), encoding="utf-8")
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "blank.txt").write_bytes(b" \n\t\n")
    (seeds / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (seeds / "menu.txt").write_text("Home\nNews\nSport\nContact us\n", encoding="utf-8")
    (seeds / "big.txt").write_text(story() * 100, encoding="utf-8")
    summary = run(site, ConverterSettings(max_bytes=5000))
    got = outcomes(summary)
    assert got["good.txt"] == (Status.CONVERTED, "")
    assert got["empty.txt"] == (Status.SKIPPED, "empty file")
    assert got["blank.txt"] == (Status.SKIPPED, "only whitespace")
    assert got["binary.txt"] == (Status.SKIPPED, "not text: binary data")
    assert got["menu.txt"] == (Status.SKIPPED, "no article text found")
    assert got["big.txt"][0] is Status.SKIPPED
    assert "the limit is 5,000" in got["big.txt"][1]
    assert len(summary.outcomes) == 6
    line = summary.line()
    assert line.startswith("seeds: 1 converted, 0 unchanged, 5 skipped")
    for name in ("empty.txt", "blank.txt", "binary.txt", "menu.txt", "big.txt"):
        assert f"{name}: " in line


def test_hidden_and_non_text_files_are_ignored_not_errors(site):
    seeds, content = site
    (seeds / "good.txt").write_text(story(), encoding="utf-8")
    (seeds / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1" + bytes(100))
    (seeds / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(100))
    (seeds / ".git").mkdir()
    (seeds / ".git" / "HEAD.txt").write_text(story(), encoding="utf-8")
    (seeds / "~draft.txt").write_text(story(), encoding="utf-8")
    summary = run(site)
    assert [o.seed for o in summary.outcomes] == ["good.txt"]
    assert summary.ignored == ("photo.jpg",)
    assert list(articles(content)) == ["good.audit.txt", "good.md"]


def test_one_bad_seed_never_stops_the_others(site, monkeypatch):
    seeds, _content = site
    for name in ("a.txt", "b.txt", "c.txt"):
        (seeds / name).write_text(story(f"Story {name} about the harbour bridge"),
                                  encoding="utf-8")
    from seed_converter import convert as conversion

    real = conversion.convert

    def explode_on_b(rel, data, settings):
        if rel == "b.txt":
            raise RuntimeError("boom")
        return real(rel, data, settings)

    monkeypatch.setattr(conversion, "convert", explode_on_b)
    got = outcomes(run(site))
    assert got["a.txt"][0] is got["c.txt"][0] is Status.CONVERTED
    assert got["b.txt"] == (Status.SKIPPED, "internal error, please report: RuntimeError: boom")


def test_a_seed_that_turns_bad_keeps_its_published_article(site):
    seeds, content = site
    (seeds / "a.txt").write_text(story(), encoding="utf-8")
    run(site)
    before = articles(content)["a.md"]
    (seeds / "a.txt").write_bytes(b"")
    status, reason = outcomes(run(site))["a.txt"]
    assert status is Status.SKIPPED
    assert reason == "empty file; the article from its previous version, a.md, is kept"
    assert articles(content)["a.md"] == before


def test_seed_names_with_spaces_accents_and_other_scripts_work(site):
    seeds, content = site
    names = ["Dr. Smith resigns", "café à Zürich.txt", "Москва новости.txt", "東京.text",
             "two  spaces .txt", "sub dir/deep story.txt"]
    for i, name in enumerate(names):
        (seeds / name).parent.mkdir(exist_ok=True)
        (seeds / name).write_text(story(f"{TITLE} number {i}"), encoding="utf-8")
    summary = run(site)
    assert {o.seed: o.status for o in summary.outcomes} == dict.fromkeys(names, Status.CONVERTED)
    made = articles(content)
    for expected in ["Dr. Smith resigns.md", "café à Zürich.md", "Москва новости.md", "東京.md",
                     "two  spaces .md", "sub dir/deep story.md"]:
        assert expected in made
    # The second run finds each article again by its seed's name.
    assert {o.status for o in run(site).outcomes} == {Status.UNCHANGED}


@pytest.mark.parametrize("rel", ["plain.txt", " lead and trail ", "50%.txt", "tab\there.txt",
                                 "new\nline.txt", "bad\udcffbyte.txt", "  "])
def test_any_seed_name_survives_the_one_line_header(rel):
    encoded = encode_seed_path(rel)
    assert "\n" not in encoded and encoded == encoded.strip()
    assert decode_seed_path(encoded) == rel


def test_two_seeds_with_one_article_name_do_not_overwrite_each_other(site):
    seeds, content = site
    (seeds / "a.txt").write_text(story("First story about the harbour bridge"), encoding="utf-8")
    (seeds / "a.text").write_text(story("Second story about the city budget"), encoding="utf-8")
    (seeds / "A.txt").write_text(story("Third story about the school year"), encoding="utf-8")
    run(site)
    made = {name: text for name, text in articles(content).items() if name.endswith(".md")}
    assert len(made) == 3
    titles = sorted(next(ln for ln in t.splitlines() if ln.startswith("Title: ")) for t in
                    made.values())
    assert titles == ["Title: First story about the harbour bridge",
                      "Title: Second story about the city budget",
                      "Title: Third story about the school year"]
    assert {o.status for o in run(site).outcomes} == {Status.UNCHANGED}


def test_a_hand_made_article_with_the_seeds_name_is_not_overwritten(site):
    seeds, content = site
    (content / "articles").mkdir(parents=True)
    mine = "Title: My own story\nDate: 2024-01-01\n\nWritten by hand.\n"
    (content / "articles" / "a.md").write_text(mine, encoding="utf-8")
    (seeds / "a.txt").write_text(story(), encoding="utf-8")
    run(site)
    assert (content / "articles" / "a.md").read_text(encoding="utf-8") == mine
    assert len([n for n in articles(content) if n.endswith(".md")]) == 2


def test_very_long_headlines_and_names_fit_a_file_name(site):
    seeds, content = site
    # A long headline (a line over 300 characters is a paragraph, never a headline).
    long_title = " ".join(["Extraordinarily"] * 16) + " bridge opens"  # 268 characters
    name = "ä" * 120 + ".txt"  # 240 bytes of UTF-8
    (seeds / name).write_text(story(long_title), encoding="utf-8")
    (seeds / ("x" * 250)).write_text(story(long_title + " again"), encoding="utf-8")
    run(site)
    for path in (content / "articles").iterdir():
        assert len(path.name.encode("utf-8")) <= 255
    slugs = [store.read_header(p)["slug"] for p in (content / "articles").glob("*.md")]
    for slug in slugs:
        assert len(slug) <= 100 and slug.startswith("extraordinarily-extraordinarily")
        assert not slug.endswith("-")
    assert make_slug(long_title) == make_slug(long_title)  # same headline, same slug


def test_same_headline_publishes_under_two_stable_urls(site):
    seeds, content = site
    (seeds / "one.txt").write_text(story(), encoding="utf-8")
    (seeds / "two.txt").write_text(story().replace("Thousands", "Hundreds"), encoding="utf-8")
    run(site)

    def slugs():
        return {p.name: store.read_header(p)["slug"]
                for p in (content / "articles").glob("*.md")}

    first = slugs()
    assert len(set(first.values())) == 2
    assert first["one.md"] == make_slug(TITLE)
    # Converted again, from scratch even, each seed gets the same URL.
    (seeds / "two.txt").write_text(story().replace("Thousands", "Dozens"), encoding="utf-8")
    run(site)
    assert slugs() == first
    for path in (content / "articles").glob("*.md"):
        path.unlink()
    run(site)
    assert slugs() == first


def _edit(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Thousands of people", "Thousands of residents"),
                    encoding="utf-8")


def test_an_edited_article_is_kept_when_its_seed_is_unchanged(site):
    seeds, content = site
    (seeds / "a.txt").write_text(story(), encoding="utf-8")
    run(site)
    article = content / "articles" / "a.md"
    _edit(article)
    edited = article.read_bytes()
    assert outcomes(run(site))["a.txt"] == (Status.UNCHANGED, "")
    assert article.read_bytes() == edited


def test_an_edited_article_is_kept_and_the_new_conversion_written_beside_it(site, caplog):
    seeds, content = site
    (seeds / "a.txt").write_text(story(), encoding="utf-8")
    run(site)
    article = content / "articles" / "a.md"
    _edit(article)
    edited = article.read_bytes()
    (seeds / "a.txt").write_text(story().replace("Saturday", "Sunday"), encoding="utf-8")
    status, reason = outcomes(run(site))["a.txt"]
    assert status is Status.KEPT_EDIT
    assert reason == "a.md was edited by hand: kept the edit, wrote a.md.new for review"
    assert article.read_bytes() == edited
    review = (content / "articles" / "a.md.new").read_text(encoding="utf-8")
    assert "Sunday" in review and "Thousands of people" in review
    assert "a.txt changed, but a.md was edited by hand" in caplog.text
    # Taking the new version: rename it over the article; the next run is quiet.
    os.replace(content / "articles" / "a.md.new", article)
    assert outcomes(run(site))["a.txt"] == (Status.UNCHANGED, "")


def test_converting_unchanged_seeds_again_changes_no_file(site):
    seeds, content = site
    (seeds / "a.txt").write_text(story(), encoding="utf-8")
    (seeds / "b.txt").write_text(story("Another headline about the bridge"), encoding="utf-8")
    run(site)
    root = content / "articles"
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in root.rglob("*")}
    assert {o.status for o in run(site).outcomes} == {Status.UNCHANGED}
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in root.rglob("*")} == before


def test_audit_says_what_was_dropped_and_why(site):
    seeds, content = site
    text = story() + "\nShare this article\nFacebook\nTwitter\n\nLeave a comment\n"
    (seeds / "a.txt").write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    run(site)
    audit = (content / "articles" / "a.audit.txt").read_text(encoding="utf-8")
    assert audit.startswith("Seed: a.txt\nSeed digest: sha256:")
    assert "Reading: line endings made \\n" in audit
    for dropped in ("Facebook", "Twitter", "Leave a comment"):
        assert any(ln.startswith("line ") and ln.endswith(dropped) for ln in audit.splitlines())
