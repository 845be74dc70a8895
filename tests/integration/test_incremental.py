"""Incremental publishing: a rebuild after one change equals a clean build, byte for
byte, and every file whose bytes did not change is left untouched (same inode, same
mtime): the incremental plugin kept it instead of writing it again."""

from __future__ import annotations

import filecmp
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import REPO, bench_corpus

N_SEEDS = 20


corpus = bench_corpus()


def build(root: Path, **settings) -> str:
    """What `make html` does: build into output.partial, then swap it in; return the log."""
    output, partial = root / "output", root / "output.partial"
    shutil.rmtree(partial, ignore_errors=True)
    (root / "content").mkdir(exist_ok=True)
    # One -e for every override: a second -e would replace the first.
    extra = {"SEED_DIR": str(root / "seeds"), "NEWS_PAGEFIND": False, **settings}
    cmd = [
        str(Path(sys.executable).with_name("pelican")), str(root / "content"),
        "-o", str(partial), "-s", str(REPO / "pelicanconf.py"), "--fatal", "errors", "--verbose",
        "-e", *[f"{k}={json.dumps(v)}" for k, v in extra.items()],
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO,
                          env=dict(os.environ, PYTHONHASHSEED="0", COLUMNS="1000"))
    assert done.returncode == 0, done.stdout + done.stderr
    shutil.rmtree(output, ignore_errors=True)
    partial.rename(output)
    return done.stdout + done.stderr


def write_seed(root: Path, i: int, edit: int = 0) -> None:
    path = root / "seeds" / corpus.seed_name(i)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(corpus.seed_text(i, edit=edit), encoding="utf-8")


def snapshot(output: Path) -> dict[str, tuple[bytes, int, int]]:
    files = {}
    for path in sorted(p for p in output.rglob("*") if p.is_file()):
        st = path.stat()
        files[path.relative_to(output).as_posix()] = (path.read_bytes(), st.st_ino, st.st_mtime_ns)
    return files


def clean_build(tmp: Path, seeds: Path, **settings) -> Path:
    """A build from scratch of the same seeds and articles (an edited seed's article
    carries its correction's day, which only its history gives it)."""
    root = tmp / "clean"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(seeds, root / "seeds")
    shutil.copytree(seeds.parent / "content", root / "content")
    build(root, **settings)
    return root / "output"


def assert_same_tree(got: Path, want: Path) -> None:
    got_files = sorted(p.relative_to(got).as_posix() for p in got.rglob("*") if p.is_file())
    want_files = sorted(p.relative_to(want).as_posix() for p in want.rglob("*") if p.is_file())
    assert got_files == want_files
    differ = [f for f in got_files if not filecmp.cmp(got / f, want / f, shallow=False)]
    assert differ == [], f"differ from a clean build: {differ[:10]}"


def assert_untouched(before: dict, after: dict) -> int:
    """Every file with the same bytes kept its inode and mtime; return how many."""
    same = [f for f in after if f in before and before[f][0] == after[f][0]]
    moved = [f for f in same if before[f][1:] != after[f][1:]]
    assert moved == [], f"rewritten with identical bytes: {moved[:10]}"
    return len(same)


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("incremental")
    for i in range(N_SEEDS):
        write_seed(root, i)
    build(root)
    return root


def test_adding_a_story_equals_a_clean_build_and_keeps_the_rest(site, tmp_path):
    before = snapshot(site / "output")
    write_seed(site, N_SEEDS)
    log = build(site)
    # Every story but the new one was the last build's (kept_stories.py).
    assert f"incremental: {N_SEEDS} stories taken from the last build" in log
    after = snapshot(site / "output")
    assert_same_tree(site / "output", clean_build(tmp_path, site / "seeds"))
    kept = assert_untouched(before, after)
    new = [f for f in after if f not in before]
    assert any(f.endswith("/index.html") for f in new), "the new story's page was written"
    assert kept > len(after) // 3, f"only {kept} of {len(after)} files were kept"


def test_editing_a_story_equals_a_clean_build_and_keeps_the_rest(site, tmp_path):
    before = snapshot(site / "output")
    write_seed(site, 5, edit=1)
    build(site)
    after = snapshot(site / "output")
    assert_same_tree(site / "output", clean_build(tmp_path, site / "seeds"))
    kept = assert_untouched(before, after)
    changed = [f for f in after if f in before and before[f][0] != after[f][0]]
    assert changed, "the edit reached the site"
    assert kept > len(after) // 2, f"only {kept} of {len(after)} files were kept"


def test_a_rebuild_with_nothing_changed_rewrites_nothing(site):
    before = snapshot(site / "output")
    build(site)
    after = snapshot(site / "output")
    assert before.keys() == after.keys()
    assert assert_untouched(before, after) == len(after)


def folders(output: Path) -> set[str]:
    return {p.relative_to(output).as_posix() for p in output.rglob("*") if p.is_dir()}


def test_a_deleted_story_leaves_the_folders_of_a_clean_build(site, tmp_path):
    """The rebuild makes last build's folders ahead (skeleton.py), the deleted
    story's too: it is removed again."""
    (site / "seeds" / corpus.seed_name(3)).unlink()
    log = build(site)
    assert "folders made ahead were not needed" in log
    clean = clean_build(tmp_path, site / "seeds")
    assert_same_tree(site / "output", clean)
    assert folders(site / "output") == folders(clean)


ACRONYM_SEED = """Home | News | Sport

NASA and AT&T agree to carry lunar relay traffic for a decade

By Dana Whitfield

12 March 2024

NASA said on Tuesday that AT&T would carry traffic from its lunar relay satellites
for the next ten years, in a contract both sides described as the largest of its kind.

The agreement covers ground stations in three states and was approved by the
agency's procurement board after a review that lasted more than a year.

Officials at AT&T said the first traffic would flow before the end of the year,
once engineers at NASA finish testing the new receivers.

Share on Facebook | Share on Twitter
"""


def test_a_change_of_typogrify_settings_is_not_served_from_the_content_cache(tmp_path):
    """Readers typogrify (so the cache keeps typogrified text); the cache must then
    not outlive the settings that made it."""
    root = tmp_path / "site"
    (root / "seeds").mkdir(parents=True)
    (root / "seeds" / "relay.txt").write_text(ACRONYM_SEED, encoding="utf-8")
    build(root)
    pages = list((root / "output" / "2024").rglob("index.html"))
    assert any('<span class="caps">NASA</span>' in p.read_text() for p in pages)
    no_caps = ["smartypants", "widont", "caps"]
    build(root, TYPOGRIFY_OMIT_FILTERS=no_caps)
    assert not any('class="caps"' in p.read_text() for p in pages)
    clean = tmp_path / "clean"
    shutil.copytree(root / "seeds", clean / "seeds")
    build(clean, TYPOGRIFY_OMIT_FILTERS=no_caps)
    assert_same_tree(root / "output", clean / "output")


def test_adding_a_story_leaves_older_list_pages_as_they_were(tmp_path):
    """List pages are numbered from the oldest: a new story rewrites each list's
    newest page, and the newest numbered page only when its "newer" link moves."""
    root = tmp_path / "site"
    for i in range(N_SEEDS):
        write_seed(root, i)
    build(root, DEFAULT_PAGINATION=2)
    before = snapshot(root / "output")
    write_seed(root, N_SEEDS)
    build(root, DEFAULT_PAGINATION=2)
    after = snapshot(root / "output")
    assert_same_tree(root / "output", clean_build(tmp_path, root / "seeds",
                                                  DEFAULT_PAGINATION=2))
    numbered: dict[str, list[str]] = {}
    for name in before:
        if "/page/" in f"/{name}":
            numbered.setdefault(name.rsplit("page/", 1)[0], []).append(name)
    assert len(numbered) > 5 and max(map(len, numbered.values())) >= 5
    def number(page: str) -> int:
        return int(page.rsplit("page/", 1)[1].split("/")[0])

    for pages in numbered.values():
        pages.sort(key=number)
        settled = pages[:-2]  # the newest two may turn from a forwarding page into a list page
        assert [p for p in settled if before[p][1:] != after[p][1:]] == []


def header(article: Path, key: str) -> str:
    return next(line for line in article.read_text(encoding="utf-8").splitlines()
                if line.startswith(f"{key}: ")).removeprefix(f"{key}: ")


def related_on(output: Path, story: Path) -> str:
    """The related-stories part of a story's page."""
    page = next(p for p in output.rglob(f"{header(story, 'Slug')}/index.html")
                if p.relative_to(output).parts[0] != "report")
    return page.read_text(encoding="utf-8").partition('class="related')[2]


def test_a_tag_edited_on_one_story_changes_another_storys_related_list(tmp_path):
    """Related stories depend on every story's tags: a hand edit of one story's
    tags reaches the page of a story it now shares them with."""
    root = tmp_path / "site"
    for i in range(N_SEEDS):
        write_seed(root, i)
    build(root)
    articles = sorted((root / "content" / "articles").rglob("*.md"))
    edited = articles[0]
    link = f"/{header(edited, 'Slug')}/"
    other = next(a for a in articles[1:] if link not in related_on(root / "output", a))
    text = edited.read_text(encoding="utf-8")
    edited.write_text(text.replace(f"Tags: {header(edited, 'Tags')}",
                                   f"Tags: {header(other, 'Tags')}", 1), encoding="utf-8")
    build(root)
    assert link in related_on(root / "output", other)
    assert_same_tree(root / "output", clean_build(tmp_path, root / "seeds"))
