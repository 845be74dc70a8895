"""The bench clears the last run's folders before it times anything (bench/settle.py)."""

from __future__ import annotations

import importlib.util
import time

from helpers import REPO


def _settle():
    spec = importlib.util.spec_from_file_location("bench_settle", REPO / "bench" / "settle.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_everything_but_the_kept_entries_is_removed(tmp_path):
    settle = _settle()
    (tmp_path / "corpus" / "000").mkdir(parents=True)
    (tmp_path / "corpus" / "000" / "story.txt").write_text("kept")
    (tmp_path / "site-5000" / "output").mkdir(parents=True)
    (tmp_path / "site-5000" / "output" / "index.html").write_text("old")
    (tmp_path / "results.md").write_text("old table")
    cleared = settle.clear_previous(tmp_path, keep=frozenset({"corpus"}))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus"]
    assert (tmp_path / "corpus" / "000" / "story.txt").read_text() == "kept"
    assert cleared is not None and cleared <= time.monotonic()


def test_a_first_run_has_no_window_to_wait_out(tmp_path, monkeypatch):
    settle = _settle()
    slept = []
    monkeypatch.setattr(settle.time, "sleep", slept.append)
    (tmp_path / "corpus").mkdir()
    (tmp_path / "results.md").write_text("only files")
    assert settle.clear_previous(tmp_path, keep=frozenset({"corpus"})) is None
    assert settle.clear_previous(tmp_path / "missing", keep=frozenset()) is None
    settle.wait_until_settled(None)
    assert slept == []


def test_folders_just_removed_are_waited_out_once(tmp_path, monkeypatch):
    settle = _settle()
    slept = []
    monkeypatch.setattr(settle.time, "sleep", slept.append)
    (tmp_path / "site-1000").mkdir()
    settle.wait_until_settled(settle.clear_previous(tmp_path, keep=frozenset()))
    assert len(slept) == 1
    assert settle.RECENTLY_FREED_S - 5 < slept[0] <= settle.RECENTLY_FREED_S
