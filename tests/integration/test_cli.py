"""The converter as a command, and its watch mode (what `make devserver` runs)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

from helpers import REPO

SHIPPED = REPO / "seeds" / "000_e0786d32627a8350.txt"
ENV = dict(os.environ, PYTHONPATH=str(REPO / "plugins"))
NEW_STORY = (
    "Harbour bridge opens to traffic after four years of work\n\n"
    "The new harbour bridge opened to traffic on Saturday morning, four years after "
    "the city council approved its construction in a close vote.\n\n"
    "Thousands of people walked across the bridge before the first cars were allowed on it, "
    "and the mayor thanked the engineers who had worked through two hard winters.\n"
)


def cli(*args: str, **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "seed_converter", *map(str, args)],
                          capture_output=True, text=True, env=ENV, **kwargs)


def test_command_converts_and_ends_with_a_one_line_summary(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SHIPPED, seeds)
    (seeds / "empty.txt").write_bytes(b"")
    result = cli(seeds, tmp_path / "content")
    assert result.returncode == 0, result.stderr
    last = result.stdout.strip().splitlines()[-1]
    assert last.startswith("seeds: 1 converted, 0 unchanged, 1 skipped")
    assert "empty.txt: empty file" in last
    assert (tmp_path / "content" / "articles" / "000_e0786d32627a8350.md").exists()

    again = cli(seeds, tmp_path / "content")
    assert again.stdout.strip().splitlines()[-1].startswith("seeds: 0 converted, 1 unchanged")


def test_strict_fails_when_a_seed_is_skipped(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "blank.txt").write_text("   \n\n", encoding="utf-8")
    result = cli(tmp_path / "seeds", tmp_path / "content", "--strict")
    assert result.returncode == 1
    assert "blank.txt: only whitespace" in result.stdout


def test_watch_mode_converts_a_new_seed_without_a_restart(tmp_path):
    seeds, content = tmp_path / "seeds", tmp_path / "content"
    seeds.mkdir()
    shutil.copy(SHIPPED, seeds)
    proc = subprocess.Popen(
        [sys.executable, "-m", "seed_converter", str(seeds), str(content), "--watch"],
        env=ENV, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        assert proc.stdout.readline().startswith("seeds: 1 converted")
        (seeds / "bridge.txt").write_text(NEW_STORY, encoding="utf-8")
        article = content / "articles" / "bridge.md"
        deadline = time.monotonic() + 30
        while not article.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert article.exists(), "the watcher did not convert the new seed"
        assert "Title: Harbour bridge opens to traffic" in article.read_text(encoding="utf-8")
    finally:
        proc.terminate()
        proc.wait(timeout=10)
