"""Issue 13, a new story live in seconds: `make html` over a site that is there writes
only what changed, and commits it to the site once the build has succeeded
(plugins/incremental/staging.py). The site it leaves equals a clean build's, byte for
byte and folder for folder, and every file whose bytes did not change is the very
file it was (same inode, same mtime).

These run the real Makefile on a small site in temporary folders, search index on.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import REPO, bench_corpus, make_command, make_env
from test_incremental import assert_same_tree, assert_untouched, folders, snapshot

N_SEEDS = 12
# A fixed clock: the clean build compared with must see the same day.
EPOCH = "1716163200"
STAGED = "staged:"

corpus = bench_corpus()


def make(root: Path, *settings: str) -> str:
    # The Makefile's own -e (SEED_DIR) is replaced by a second one: given again.
    seeds = f"SEED_DIR='{json.dumps(str(root / 'seeds'))}'"
    extra = [f"PELICANOPTS=-e {seeds} {' '.join(settings)}"] if settings else []
    done = subprocess.run(make_command("html", root, *extra), capture_output=True, text=True,
                          env=make_env(SOURCE_DATE_EPOCH=EPOCH), timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    assert not (root / "output.partial").exists()
    assert not (root / "output.partial.commit").exists()
    return done.stdout + done.stderr


def write_seed(root: Path, i: int, edit: int = 0) -> None:
    path = root / "seeds" / corpus.seed_name(i)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(corpus.seed_text(i, edit=edit), encoding="utf-8")


def clean_build(tmp: Path, root: Path) -> Path:
    """`make html` from scratch on the same seeds and articles."""
    clean = tmp / "clean"
    shutil.rmtree(clean, ignore_errors=True)
    shutil.copytree(root / "seeds", clean / "seeds")
    shutil.copytree(root / "content", clean / "content")
    log = make(clean)
    assert STAGED not in log  # nothing to stage over: built whole and swapped in
    return clean / "output"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("staged")
    for i in range(N_SEEDS):
        write_seed(root, i)
    make(root)
    return root


def test_adding_a_story_stages_only_what_changed(site, tmp_path):
    before = snapshot(site / "output")
    folder = (site / "output").stat().st_ino
    write_seed(site, N_SEEDS)
    make(site)
    after = snapshot(site / "output")
    assert (site / "output").stat().st_ino == folder, "the site was committed to, not swapped"
    assert_same_tree(site / "output", clean_build(tmp_path, site))
    kept = assert_untouched(before, after)
    assert kept > len(after) // 3, f"only {kept} of {len(after)} files were kept"
    new = [f for f in after if f not in before]
    assert any(f.endswith("/index.html") for f in new), "the new story's page is live"
    assert any(f.startswith("pagefind/") for f in new), "its year was indexed again"


def test_editing_a_story_stages_only_what_changed(site, tmp_path):
    before = snapshot(site / "output")
    folder = (site / "output").stat().st_ino
    write_seed(site, 5, edit=1)
    make(site)
    after = snapshot(site / "output")
    assert (site / "output").stat().st_ino == folder
    assert_same_tree(site / "output", clean_build(tmp_path, site))
    assert [f for f in after if f in before and before[f][0] != after[f][0]]
    assert assert_untouched(before, after) > len(after) // 2
    # The commit stamped the site it left: the next build has nothing to do.
    assert "Nothing changed since the last build" in make(site)


def test_a_whole_build_with_nothing_changed_stages_nothing(site):
    """With the up-to-date shortcut off, every page is checked, none written."""
    before = snapshot(site / "output")
    make(site, f"INCREMENTAL_SKIP_UNCHANGED={json.dumps(False)}")
    after = snapshot(site / "output")
    assert before.keys() == after.keys()
    assert assert_untouched(before, after) == len(after)


def test_a_deleted_story_and_a_stray_file_are_gone_as_from_a_clean_build(site, tmp_path):
    (site / "seeds" / corpus.seed_name(3)).unlink()
    (site / "output" / "left-here-by-hand.txt").write_text("not the build's", encoding="utf-8")
    make(site)
    clean = clean_build(tmp_path, site)
    assert_same_tree(site / "output", clean)
    assert folders(site / "output") == folders(clean)


def test_a_commit_cut_short_is_finished_by_the_next_build(site):
    """As if `make html` was stopped after the commit point, one file put in place
    and one not: the next build finishes putting the build in place first."""
    output, staged = site / "output", site / "output.partial"
    page = next(p for p in sorted(output.rglob("index.html")) if p.parent != output)
    name = page.relative_to(output).as_posix()
    want = snapshot(output)
    (staged / "feeds").mkdir(parents=True)
    (staged / "feeds" / "late.xml").write_text("<rss/>", encoding="utf-8")
    page.unlink()  # deleted already; the plan also moves the staged file in
    plan = {"format": 1, "site": str(output), "staged": str(staged),
            "moves": ["feeds/late.xml"], "deletes": [name], "output": "", "stamp": None,
            "inputs": None,
            "holds_until": None}
    (site / "output.partial.commit").write_text(json.dumps(plan), encoding="utf-8")
    log = make(site)
    assert "commit to" in log and "was cut short; finished now" in log
    # The build after it puts the site right: the page back, the stray feed gone.
    assert snapshot(output).keys() == want.keys()


def test_a_build_run_without_the_makefile_ignores_what_a_failed_one_left(site):
    """`python -m news_site build` alone: a stale copy of a page left in the stage by
    a build that failed is not taken for this build's and put in the site."""
    output, staged = site / "output", site / "output.partial"
    want = snapshot(output)
    page = next(p for p in sorted(output.rglob("index.html")) if p.parent != output)
    stale = staged / page.relative_to(output)
    stale.parent.mkdir(parents=True)
    stale.write_text("left by a build that failed", encoding="utf-8")
    command = [str(Path(sys.executable)), "-m", "news_site", "build", str(site / "content"),
               "-o", str(staged), "-s", str(REPO / "pelicanconf.py"), "--fatal", "errors",
               "-e", f"SEED_DIR={json.dumps(str(site / 'seeds'))}",
               f"INCREMENTAL_SKIP_UNCHANGED={json.dumps(False)}"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600,
                          env=make_env(SOURCE_DATE_EPOCH=EPOCH,
                                       PYTHONPATH=str(REPO / "plugins")))
    assert done.returncode == 0, done.stdout + done.stderr
    assert not staged.exists()
    assert snapshot(output) == want
