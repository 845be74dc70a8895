"""Issue 11, points 4 and 5: no seed stops another; an edit is never lost.

Every per-seed step (naming, slug, writing the article and its audit) is inside
the per-seed error handling; names that are not UTF-8, file/folder clashes and
paths too long for the file system skip or fall back. The edit check is made at
the moment of writing, and every line of the body counts in the edit digest.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers import TITLE, outcomes
from helpers import TITLED_STORY as STORY
from helpers import convert_seeds as run
from seed_converter import convert as conversion
from seed_converter import placing
from seed_converter.batch import Status
from seed_converter.naming import path_digest
from seed_converter.slugs import SLUG_DIGEST_CHARS, SlugRegistry, make_slug
from seed_converter.store import read_header

# The longest path the file system takes (Linux: 4096 bytes with the final NUL).
PATH_MAX = os.pathconf("/", "PC_PATH_MAX")


def story(title: str = TITLE) -> str:
    return STORY.format(title=title)


@pytest.fixture
def site(tmp_path):
    (tmp_path / "seeds").mkdir()
    return tmp_path / "seeds", tmp_path / "content"


def article_files(content: Path) -> list[Path]:
    return sorted(p for p in (content / "articles").rglob("*.md") if p.is_file())


BAD = "\udce9t\udce9-latin1.txt"  # os.fsdecode of the bytes b"\xe9t\xe9-latin1.txt"


def test_a_non_utf8_name_beside_a_seed_with_the_same_headline_converts_both(site):
    seeds, content = site
    (seeds / "plain.txt").write_text(story(), encoding="utf-8")
    with open(os.path.join(os.fsencode(seeds), b"\xe9t\xe9-latin1.txt"), "wb") as f:
        f.write(story().encode("utf-8"))
    (seeds / "z-after.txt").write_text(story("A later seed about the city budget"),
                                      encoding="utf-8")
    got = outcomes(run(site))
    assert {status for status, _ in got.values()} == {Status.CONVERTED}
    assert "\ufffdt\ufffd-latin1.txt" in got  # shown with the undecodable bytes as �
    slugs = sorted(read_header(p)["slug"] for p in article_files(content))
    assert slugs == sorted([make_slug(TITLE), make_slug("A later seed about the city budget"),
                            f"{make_slug(TITLE)}-{path_digest(BAD, 6)}"])
    assert {o.status for o in run(site).outcomes} == {Status.UNCHANGED}


def test_one_digest_of_a_seed_path_names_both_article_and_slug_suffix():
    rel = "bad\udcffbyte.txt"  # a name with a byte that is not UTF-8
    registry = SlugRegistry({make_slug(TITLE)})
    slug = registry.claim(TITLE, rel)
    assert slug == f"{make_slug(TITLE)}-{path_digest(rel)[:SLUG_DIGEST_CHARS]}"


def test_a_file_beside_a_folder_of_its_article_name_both_convert(site):
    seeds, content = site
    (seeds / "x").write_text(story("First story about the harbour bridge"), encoding="utf-8")
    (seeds / "x.md").mkdir()
    (seeds / "x.md" / "y.txt").write_text(story("Second story about the city budget"),
                                          encoding="utf-8")
    got = outcomes(run(site))
    assert got == {"x": (Status.CONVERTED, ""), "x.md/y.txt": (Status.CONVERTED, "")}
    titles = sorted(read_header(p)["title"] for p in article_files(content))
    assert titles == ["First story about the harbour bridge",
                      "Second story about the city budget"]
    again = outcomes(run(site))
    assert {s for s, _ in again.values()} == {Status.UNCHANGED}


def test_an_article_folder_in_the_way_of_an_article_gives_a_fallback_name(site):
    seeds, content = site
    (content / "articles" / "x.md").mkdir(parents=True)  # a person's folder
    (seeds / "x.txt").write_text(story(), encoding="utf-8")
    assert outcomes(run(site))["x.txt"] == (Status.CONVERTED, "")
    [article] = article_files(content)
    assert article.name == f"x-{path_digest('x.txt')}.md"


def test_a_path_too_long_for_the_file_system_falls_back_to_a_short_name(tmp_path):
    # The content folder sits deeper than the seed folder, so a seed path that
    # fits the file system's limit (PATH_MAX) gives an article path that does not.
    seeds, content = tmp_path / "seeds", tmp_path / ("c" * 200) / "content"
    deep = seeds
    while len(os.fsencode(deep / "d" / "story.txt")) < PATH_MAX - 60:
        deep = deep / ("d" * min(200, PATH_MAX - 60 - len(os.fsencode(deep))))
    os.makedirs(deep)
    (deep / "story.txt").write_text(story(), encoding="utf-8")
    (seeds / "short.txt").write_text(story("A short one about the city budget"),
                                     encoding="utf-8")
    assert len(os.fsencode(content / "articles" / (deep / "story.md").relative_to(seeds))) \
        > PATH_MAX
    got = outcomes(run((seeds, content)))
    assert {s for s, _ in got.values()} == {Status.CONVERTED}, got
    names = sorted(p.name for p in article_files(content))
    rel = (deep / "story.txt").relative_to(seeds).as_posix()
    assert names == ["short.md", f"story-{path_digest(rel)}.md"]
    assert {s for s, _ in outcomes(run((seeds, content))).values()} == {Status.UNCHANGED}


def test_a_failure_while_writing_one_seed_skips_only_that_seed(site, monkeypatch):
    seeds, _content = site
    for name in ("a.txt", "b.txt", "c.txt"):
        (seeds / name).write_text(story(f"Story {name} about the harbour bridge"),
                                  encoding="utf-8")
    real = placing.render

    def fail_on_b(article, *args):
        if article.seed.relpath == "b.txt":
            raise OSError(28, "No space left on device", "b.md")
        return real(article, *args)

    monkeypatch.setattr(placing, "render", fail_on_b)
    got = outcomes(run(site))
    assert got["a.txt"][0] is got["c.txt"][0] is Status.CONVERTED
    assert got["b.txt"] == (Status.SKIPPED,
                            "could not write its article: No space left on device (b.md)")


def _edit(path: Path, old: str, new: str) -> bytes:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path.read_bytes()


def test_an_edit_saved_while_the_conversion_runs_is_kept(site, monkeypatch):
    seeds, content = site
    (seeds / "a.txt").write_text(story(), encoding="utf-8")
    run(site)
    article = content / "articles" / "a.md"
    (seeds / "a.txt").write_text(story().replace("Saturday", "Sunday"), encoding="utf-8")
    real = conversion.convert
    saved: list[bytes] = []

    def editor_saves_meanwhile(rel, data, settings):
        # The run has scanned the article (unedited); the editor saves it now.
        saved.append(_edit(article, "Thousands of people", "Thousands of residents"))
        return real(rel, data, settings)

    monkeypatch.setattr(conversion, "convert", editor_saves_meanwhile)
    status, reason = outcomes(run(site))["a.txt"]
    assert status is Status.KEPT_EDIT
    assert reason == ("a.md was changed by hand while converting: kept the edit, "
                      "wrote a.md.new for review")
    assert article.read_bytes() == saved[0]
    assert "Sunday" in (content / "articles" / "a.md.new").read_text(encoding="utf-8")


def test_a_file_put_at_a_new_articles_name_during_the_run_is_not_replaced(site, monkeypatch):
    seeds, content = site
    (seeds / "a.txt").write_text(story(), encoding="utf-8")
    real = conversion.convert
    mine = b"Title: Mine\nDate: 2024-01-01\n\nWritten by hand.\n"

    def person_writes_meanwhile(rel, data, settings):
        (content / "articles").mkdir(parents=True, exist_ok=True)
        (content / "articles" / "a.md").write_bytes(mine)
        return real(rel, data, settings)

    monkeypatch.setattr(conversion, "convert", person_writes_meanwhile)
    assert outcomes(run(site))["a.txt"][0] is Status.KEPT_EDIT
    assert (content / "articles" / "a.md").read_bytes() == mine


def test_an_edit_to_a_body_line_starting_generated_is_an_edit(site):
    seeds, content = site
    text = story().replace("Thousands of people",
                           "Generated: by the council's press office, thousands of people")
    (seeds / "a.txt").write_text(text, encoding="utf-8")
    run(site)
    article = content / "articles" / "a.md"
    edited = _edit(article, "Generated: by the council's press office",
                   "Generated: by the mayor's office")
    (seeds / "a.txt").write_text(text.replace("Saturday", "Sunday"), encoding="utf-8")
    assert outcomes(run(site))["a.txt"][0] is Status.KEPT_EDIT
    assert article.read_bytes() == edited
