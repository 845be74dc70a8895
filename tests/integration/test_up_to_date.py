"""Issue 13: `make html` with nothing changed stops before it reads a story, and
leaves the site exactly as it is; any change to what a build reads, or to the
site on disk, means a whole build again (plugins/incremental/uptodate.py).

These run the real Makefile on a small site in temporary folders.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from helpers import DATED_STORY, make_command, make_env

NOTHING = "Nothing changed since the last build"
STORY = DATED_STORY
TITLES = ["Harbour bridge opens to traffic after four years of work",
          "City budget passes after a long night of debate"]
# 2024-05-20 00:00 UTC: the stories' day is three days before, and no clock
# dependence is left (the news sitemap keeps two days).
EPOCH = "1716163200"


def make(site: Path, *extra: str, **env: str) -> str:
    done = subprocess.run(make_command("html", site, *extra), capture_output=True, text=True,
                          env=make_env(**{"SOURCE_DATE_EPOCH": EPOCH, **env}), timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout + done.stderr


def on_disk(folder: Path) -> dict[str, tuple[int, int, int]]:
    """Each file's inode, size and mtime: a file written again shows."""
    return {p.relative_to(folder).as_posix(): (st.st_ino, st.st_size, st.st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file() for st in [p.stat()]}


@pytest.fixture
def site(tmp_path) -> Path:
    (tmp_path / "seeds").mkdir()
    for i, title in enumerate(TITLES):
        (tmp_path / "seeds" / f"{i}.txt").write_text(STORY.format(title=title),
                                                     encoding="utf-8")
    assert NOTHING not in make(tmp_path)
    return tmp_path


def test_a_build_with_nothing_changed_leaves_every_file_as_it_is(site):
    before = on_disk(site / "output")
    assert NOTHING in make(site)
    assert on_disk(site / "output") == before
    assert not (site / "output.partial").exists()


def test_a_changed_seed_is_built(site):
    seed = site / "seeds" / "1.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("long night", "short night"),
                    encoding="utf-8")
    assert NOTHING not in make(site)
    pages = [p.read_text(encoding="utf-8") for p in (site / "output").rglob("index.html")]
    assert any("short night" in page for page in pages)


def test_a_new_seed_that_makes_no_story_is_built_into_the_report(site):
    (site / "seeds" / "empty.txt").write_text("Menu\n", encoding="utf-8")
    assert NOTHING not in make(site)
    report = (site / "output" / "report" / "index.html").read_text(encoding="utf-8")
    assert "empty.txt" in report


def test_a_file_deleted_from_the_site_is_put_back(site):
    front = site / "output" / "index.html"
    front.unlink()
    assert NOTHING not in make(site)
    assert front.is_file()


def test_a_file_edited_in_the_site_is_put_right(site):
    front = site / "output" / "index.html"
    was = front.read_bytes()
    front.write_bytes(was.replace(b"</body>", b"<p>edited by hand</p></body>"))
    assert NOTHING not in make(site)
    assert front.read_bytes() == was


def test_a_file_added_to_the_site_is_gone_after_the_next_build(site):
    stray = site / "output" / "stray.html"
    stray.write_text("<p>left here</p>", encoding="utf-8")
    assert NOTHING not in make(site)
    assert not stray.exists()


def test_changed_settings_are_built(site):
    assert NOTHING not in make(site, "PELICANOPTS=-e SITENAME='\"Harbour Times\"'")
    assert "Harbour Times" in (site / "output" / "index.html").read_text(encoding="utf-8")


def test_another_build_time_is_built(site):
    assert NOTHING not in make(site, SOURCE_DATE_EPOCH=str(int(EPOCH) + 86_400))


def test_a_strict_build_does_all_its_work(site):
    assert NOTHING not in make(site, "STRICT=1")


def test_the_site_a_skip_leaves_is_the_one_a_whole_build_makes(site):
    assert NOTHING in make(site)
    kept = _bytes(site / "output")
    assert NOTHING not in make(site, INCREMENTAL="0")  # no shortcut of any kind
    assert _bytes(site / "output") == kept


def test_a_story_dated_ahead_holds_the_skip_only_until_it_comes_out(site):
    # Built a day and a half before the story's time: it is held back from the
    # front page's lead until a day before it, and the stamp says so.
    story_at = 1716163200 + 3 * 86_400
    ahead = STORY.format(title="Bridge toll starts next week").replace(
        "17 May 2024", "23 May 2024")
    (site / "seeds" / "ahead.txt").write_text(ahead, encoding="utf-8")
    make(site, SOURCE_DATE_EPOCH=str(story_at - 36 * 3600))
    stamps = list((site / ".pelican-cache" / "output" / "incremental").glob("up-to-date-*"))
    assert len(stamps) == 1
    holds_until = json.loads(stamps[0].read_text(encoding="utf-8"))["holds_until"]
    assert holds_until == story_at - 86_400


def _bytes(folder: Path) -> dict[str, bytes]:
    return {os.path.relpath(p, folder): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}
