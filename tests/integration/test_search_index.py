"""The Pagefind index through the real `make html`: built from the pages, kept
from the last build when no page changed, built again when one did."""

from __future__ import annotations

import gzip
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from helpers import REPO

STORY = (
    "Harbour bridge vote delayed again\n\n"
    "The city council postponed its vote on the new harbour bridge on Tuesday, after "
    "engineers asked for more time to study the {word} under the old pier.\n\n"
    "Officials said a new date would be set within a month, once the report is ready "
    "and every member of the council has had the chance to read it in full.\n"
)


KEPT = "pagefind index kept from the last build"
BUILT = "pagefind index written to"


def make_html(root: Path) -> str:
    """Run `make html` on the site, verbose; return what it logged."""
    done = subprocess.run(
        ["make", "-s", "html", f"SEEDDIR={root / 'seeds'}", f"INPUTDIR={root / 'content'}",
         f"OUTPUTDIR={root / 'output'}", "PELICANOPTS=--verbose"],
        # A wide console: Pelican's log wraps lines at the terminal's width.
        cwd=REPO, capture_output=True, text=True, env=dict(os.environ, COLUMNS="1000"))
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout + done.stderr


def index_text(output: Path) -> str:
    """Every page text the index holds, from its (gzipped) fragments."""
    return "\n".join(gzip.decompress(f.read_bytes()).decode("utf-8", "replace")
                     for f in sorted((output / "pagefind" / "fragment").iterdir()))


def index_inodes(output: Path) -> dict[str, int]:
    index = output / "pagefind"
    return {p.relative_to(index).as_posix(): p.stat().st_ino
            for p in index.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("search")
    (root / "seeds").mkdir()
    (root / "seeds" / "bridge.txt").write_text(STORY.format(word="sediment"), encoding="utf-8")
    make_html(root)
    return root


def test_the_index_holds_the_story(site):
    assert "sediment" in index_text(site / "output")


def test_a_rebuild_with_no_page_changed_keeps_the_index(site):
    before = index_inodes(site / "output")
    log = make_html(site)
    assert KEPT in log and BUILT not in log
    assert index_inodes(site / "output") == before


def test_a_changed_story_is_indexed_again(site):
    (site / "seeds" / "bridge.txt").write_text(STORY.format(word="groundwater"),
                                               encoding="utf-8")
    assert BUILT in make_html(site)
    text = index_text(site / "output")
    assert "groundwater" in text
    assert "sediment" not in text


def test_a_build_without_the_cache_indexes_from_scratch(site):
    shutil.rmtree(site / ".pelican-cache")
    assert BUILT in make_html(site)
    assert "groundwater" in index_text(site / "output")
