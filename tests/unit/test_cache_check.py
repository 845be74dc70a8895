"""Issue 11, point 6: a corrupt or empty Pelican cache file is discarded with a warning."""

from __future__ import annotations

import gzip
import pickle

from incremental.cache_check import discard_broken

DATA = {"article.md": ("stamp", {"title": "A story"})}


def test_an_empty_or_cut_short_cache_file_is_deleted_with_a_warning(tmp_path, caplog):
    whole = pickle.dumps(DATA)
    (tmp_path / "ArticlesGenerator-Readers").write_bytes(b"")
    (tmp_path / "PagesGenerator-Readers").write_bytes(whole[: len(whole) // 2])
    (tmp_path / "ArticlesGenerator").write_bytes(b"not a pickle at all.")
    assert discard_broken(tmp_path, gzipped=False) == [
        "ArticlesGenerator", "ArticlesGenerator-Readers", "PagesGenerator-Readers"]
    assert not any(tmp_path.iterdir())
    assert "ArticlesGenerator-Readers was empty; discarded" in caplog.text
    assert "PagesGenerator-Readers was cut short; discarded" in caplog.text


def test_a_whole_cache_file_and_other_files_are_left_alone(tmp_path, caplog):
    (tmp_path / "ArticlesGenerator-Readers").write_bytes(pickle.dumps(DATA))
    (tmp_path / "reading-settings.json").write_text("")
    assert discard_broken(tmp_path, gzipped=False) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "ArticlesGenerator-Readers", "reading-settings.json"]
    assert caplog.text == ""


def test_gzipped_caches_are_checked_as_gzip(tmp_path):
    with gzip.open(tmp_path / "ArticlesGenerator-Readers", "wb") as f:
        f.write(pickle.dumps(DATA))
    (tmp_path / "PagesGenerator-Readers").write_bytes(pickle.dumps(DATA))  # not gzip
    assert discard_broken(tmp_path, gzipped=True) == ["PagesGenerator-Readers"]


def test_a_missing_cache_folder_is_no_problem(tmp_path):
    assert discard_broken(tmp_path / "none", gzipped=False) == []
