"""The fresh output folder: its folders made ahead (skeleton.py), files the writer
does not own relinked (relink.py), the manifest written once per set of reads and
the stories a render shows found once (manifest.py, render.py)."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

from incremental.files import Output
from incremental.manifest import Entry, Manifest
from incremental.relink import relink_unchanged
from incremental.render import PageJob, stories_of
from incremental.skeleton import MIN_FOLDERS, Skeleton, folders_of, remove_unused
from pelican.contents import Article
from pelican.settings import DEFAULT_CONFIG


def folders_under(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_dir()}


def test_a_files_folders_are_its_folder_and_every_one_above_it():
    assert folders_of(["2024/03/story/index.html", "index.html", "tag/x/index.html"]) == {
        "2024", "2024/03", "2024/03/story", "tag", "tag/x"}


def test_folders_are_made_ahead_and_the_unused_empty_ones_removed(tmp_path):
    names = [f"2024/03/story-{i}/index.html" for i in range(MIN_FOLDERS)] + ["gone/index.html"]
    root = tmp_path / "output.partial"
    skeleton = Skeleton.start(str(root), names)
    assert skeleton is not None
    skeleton.wait()
    assert folders_under(root) == folders_of(names)
    # This build wrote every story but not "gone"; something else wrote into "other".
    written = names[:-1]
    (root / "2024" / "03" / "story-0" / "card.png").write_bytes(b"png")
    skeleton.finish(written)
    assert folders_under(root) == folders_of(written), "only the unused, empty folder went"


def test_a_folder_made_ahead_is_kept_when_something_else_wrote_in_it(tmp_path):
    (tmp_path / "search" / "index").mkdir(parents=True)
    (tmp_path / "search" / "index" / "bundle.js").write_text("x")
    (tmp_path / "empty" / "deeper").mkdir(parents=True)
    removed = remove_unused(str(tmp_path), ["search", "search/index", "empty", "empty/deeper"],
                            frozenset())
    assert removed == 2, "an empty folder and the folder it emptied, deepest first"
    assert folders_under(tmp_path) == {"search", "search/index"}


def test_a_few_folders_are_made_where_they_are_needed(tmp_path):
    assert Skeleton.start(str(tmp_path / "out"), ["a/index.html", "b/index.html"]) is None
    assert not (tmp_path / "out").exists()


def site_pair(tmp_path: Path) -> tuple[Path, Path]:
    previous, output = tmp_path / "output", tmp_path / "output.partial"
    for root in (previous, output):
        (root / "theme" / "css").mkdir(parents=True)
        (root / "story").mkdir()
    return previous, output


def test_a_file_the_writer_does_not_own_is_relinked_when_its_bytes_are_the_same(tmp_path):
    previous, output = site_pair(tmp_path)
    for root in (previous, output):
        (root / "theme" / "css" / "site.css").write_text("body {}")
        (root / "story" / "index.html").write_text("<p>same</p>")
    (previous / "robots.txt").write_text("old")
    (output / "robots.txt").write_text("new")
    (previous / "card.png").write_bytes(b"card")
    os.link(previous / "card.png", output / "card.png")  # linked from a cache already
    manifest = Manifest("digest", {"page:story/index.html": Entry("fp", {}, "article.html")})
    assert relink_unchanged(str(output), previous, manifest) == 1
    same = os.path.samefile
    assert same(previous / "theme" / "css" / "site.css", output / "theme" / "css" / "site.css")
    assert not same(previous / "robots.txt", output / "robots.txt"), "other bytes: kept"
    assert (output / "robots.txt").read_text() == "new"
    assert not same(previous / "story" / "index.html", output / "story" / "index.html"), (
        "the writer's own files are the writer's to keep")


def test_a_symlink_in_the_output_is_left_as_it_is(tmp_path):
    previous, output = site_pair(tmp_path)
    (previous / "feed.xml").write_text("feed")
    (output / "real.xml").write_text("feed")
    (output / "feed.xml").symlink_to(output / "real.xml")
    relink_unchanged(str(output), previous, Manifest("digest"))
    assert (output / "feed.xml").is_symlink()


def test_the_manifest_writes_each_set_of_reads_once(tmp_path):
    shared, alike = {"article": "name"}, {"article": "name"}
    other = {"articles": "items"}
    files = {f"page:{i}/index.html": Entry(str(i), shared, "article.html", (1, 2, 3))
             for i in range(5)}
    files["page:x/index.html"] = Entry("x", alike, "article.html", (4, 5, 6))
    files["page:index.html"] = Entry("i", other, "index.html", (7, 8, 9))
    Manifest("digest", files).save(tmp_path, tmp_path / "output")
    raw = json.loads(Manifest.path(tmp_path, tmp_path / "output").read_text())
    assert raw["reads"] == [shared, other]
    loaded = Manifest.load(tmp_path, tmp_path / "output")
    assert loaded.files == files


DAY = dt.datetime(2024, 3, 1, tzinfo=dt.UTC)


def article(title: str) -> Article:
    return Article("<p>Body.</p>", metadata={"title": title, "date": DAY},
                   settings=DEFAULT_CONFIG)


def test_the_stories_a_render_shows_are_found_once_each():
    one, two = article("One"), article("Two")
    stories = [one, two]
    first = {"articles": stories, "dates": stories, "SITENAME": "News"}
    second = dict(first, articles=[two])  # a copy of a context, one list its own
    jobs = [PageJob("a.html", None, first, {}, False), PageJob("b.html", None, second, {}, False)]
    found = stories_of(jobs)
    assert sorted(s.title for s in found) == ["One", "Two"]
    assert len(found) == 2


def test_a_file_is_written_where_last_build_had_a_folder_made_ahead(tmp_path):
    previous, partial = tmp_path / "output", tmp_path / "output.partial"
    previous.mkdir()
    (partial / "about").mkdir(parents=True)  # last build's about/index.html
    path, kept = Output(str(partial), previous).write("about", "<p>About</p>")
    assert not kept
    assert Path(path).read_text() == "<p>About</p>"
