"""The fresh output folder: its folders made ahead (skeleton.py)."""

from __future__ import annotations

from pathlib import Path

from incremental.files import Output
from incremental.skeleton import MIN_FOLDERS, Skeleton, folders_of, remove_unused


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


def test_a_file_is_written_where_last_build_had_a_folder_made_ahead(tmp_path):
    previous, partial = tmp_path / "output", tmp_path / "output.partial"
    previous.mkdir()
    (partial / "about").mkdir(parents=True)  # last build's about/index.html
    path, kept = Output(str(partial), previous).write("about", "<p>About</p>")
    assert not kept
    assert Path(path).read_text() == "<p>About</p>"
