"""The Pagefind index through the real `make html`: one bundle per year of stories
(per quarter in the newest year), each kept from the last build while its stories'
pages are unchanged and built again when one changes."""

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
    "Published {date}\n\n"
    "The city council postponed its vote on the new harbour bridge on Tuesday, after "
    "engineers asked for more time to study the {word} under the old pier.\n\n"
    "Officials said a new date would be set within a month, once the report is ready "
    "and every member of the council has had the chance to read it in full.\n"
)
LOG = "news_site: pagefind: {built} index(es) built, {kept} kept from the last build"


def write_seed(root: Path, name: str, date: str, word: str) -> None:
    (root / "seeds" / name).write_text(STORY.format(date=date, word=word), encoding="utf-8")


def make_html(root: Path) -> str:
    """Run `make html` on the site, verbose; return what it logged."""
    done = subprocess.run(
        ["make", "-s", "html", f"SEEDDIR={root / 'seeds'}", f"INPUTDIR={root / 'content'}",
         f"OUTPUTDIR={root / 'output'}", "PELICANOPTS=--verbose"],
        # A wide console: Pelican's log wraps lines at the terminal's width.
        cwd=REPO, capture_output=True, text=True, env=dict(os.environ, COLUMNS="1000"))
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout + done.stderr


def index_text(bundle: Path) -> str:
    """Every page text a bundle holds, from its (gzipped) fragments."""
    return "\n".join(gzip.decompress(f.read_bytes()).decode("utf-8", "replace")
                     for f in sorted((bundle / "fragment").iterdir()))


def inodes(bundle: Path) -> dict[str, int]:
    return {p.relative_to(bundle).as_posix(): p.stat().st_ino
            for p in bundle.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("search")
    (root / "seeds").mkdir()
    write_seed(root, "old.txt", "14 June 2019", "sediment")
    write_seed(root, "new.txt", "3 March 2021", "limestone")
    assert LOG.format(built=2, kept=0) in make_html(root)
    return root


def test_each_year_has_its_own_bundle_and_the_newest_year_one_per_quarter(site):
    index = site / "output" / "pagefind"
    assert sorted(p.name for p in index.iterdir()) == ["2019", "2021q1"]
    assert "sediment" in index_text(index / "2019")
    assert "limestone" in index_text(index / "2021q1")
    assert "limestone" not in index_text(index / "2019")


def test_the_search_page_merges_the_bundles_newest_first(site):
    page = (site / "output" / "search" / "index.html").read_text(encoding="utf-8")
    assert 'data-bundles="2021q1 2019"' in page
    assert "pagefind/2021q1/pagefind-ui.js" in page


def test_a_rebuild_with_no_page_changed_keeps_every_bundle(site):
    before = inodes(site / "output" / "pagefind")
    # A seed saved again with the same text: the build runs (a build with nothing
    # changed at all stops before it), and no page changes.
    seed = site / "seeds" / "old.txt"
    seed.write_bytes(seed.read_bytes())
    assert LOG.format(built=0, kept=2) in make_html(site)
    assert inodes(site / "output" / "pagefind") == before


def test_a_changed_story_reindexes_its_shard_only(site):
    old_year = inodes(site / "output" / "pagefind" / "2019")
    changed_year = inodes(site / "output" / "pagefind" / "2021q1")
    write_seed(site, "new.txt", "3 March 2021", "groundwater")
    assert LOG.format(built=1, kept=1) in make_html(site)
    index = site / "output" / "pagefind"
    assert "groundwater" in index_text(index / "2021q1")
    assert "limestone" not in index_text(index / "2021q1")
    assert inodes(index / "2019") == old_year
    # Pagefind's own scripts came out the same: the site keeps those very files.
    reindexed = inodes(index / "2021q1")
    assert reindexed["pagefind.js"] == changed_year["pagefind.js"]
    assert reindexed != changed_year
    # and the bundle kept for the next build is those very files, not copies of them.
    kept = inodes(site / ".pelican-cache" / "output" / "pagefind-shards" / "2021q1")
    assert {k: v for k, v in kept.items() if k in reindexed} == reindexed


def test_a_page_changed_only_outside_what_pagefind_reads_keeps_its_year(site):
    """A new 2020 story becomes the 2019 story's "next in section": that page is
    written again, but its indexed text is the same, so 2019 is not indexed again."""
    page = next((site / "output" / "2019").rglob("index.html"))
    before, bundle = page.stat().st_ino, inodes(site / "output" / "pagefind" / "2019")
    write_seed(site, "middle.txt", "9 September 2020", "basalt")
    assert LOG.format(built=1, kept=2) in make_html(site)
    assert page.stat().st_ino != before, "the 2019 page was written again"
    assert inodes(site / "output" / "pagefind" / "2019") == bundle
    assert "basalt" in index_text(site / "output" / "pagefind" / "2020")


def test_a_build_without_the_cache_indexes_from_scratch(site):
    shutil.rmtree(site / ".pelican-cache")
    assert LOG.format(built=3, kept=0) in make_html(site)
    assert "groundwater" in index_text(site / "output" / "pagefind" / "2021q1")


def write_story_pages(output: Path, shards: dict[str, tuple[str, ...]]) -> None:
    """A small story page at each path of each year, as Pelican would have written it."""
    for pages in shards.values():
        for rel in pages:
            page = output / rel
            page.parent.mkdir(parents=True, exist_ok=True)
            page.write_text(f"<html lang='en'><body><main data-pagefind-body><h1>{rel}</h1>"
                            f"<p>Story {rel} about the harbour.</p></main></body></html>")


def test_years_are_indexed_side_by_side_each_into_its_own_bundle(tmp_path):
    """The years to index again run as several Pagefind processes at once; each
    bundle holds its own year's stories and no other's."""
    from news_site.search import INDEX_DIR, Indexer

    output = tmp_path / "output"
    shards = {"2021": ("2021/a/index.html", "2021/b/index.html"), "2020": ("2020/d/index.html",),
              "2019": ("2019/c/index.html",)}
    write_story_pages(output, shards)
    indexer = Indexer(output, shards, [], tmp_path / "cache", workers=2)
    most = []
    start = indexer._start

    def counted(*args):
        run = start(*args)
        most.append(len(indexer.running) + 1)
        return run

    indexer._start = counted
    assert indexer.run()
    assert (indexer.built, indexer.kept) == (3, 0)
    assert max(most) == 2, "two years were indexed at once, never more"
    assert "Story 2021/b/index.html" in index_text(output / INDEX_DIR / "2021")
    assert "Story 2019/c/index.html" in index_text(output / INDEX_DIR / "2019")
    assert "2019" not in index_text(output / INDEX_DIR / "2020")


def test_the_first_year_is_indexed_while_the_next_years_are_read(tmp_path):
    """A year's pages are read for its digests just before it would start, not all
    the site's before the first Pagefind run."""
    from news_site.search import Indexer

    output = tmp_path / "output"
    shards = {"2021": ("2021/a/index.html",), "2020": ("2020/b/index.html",),
              "2019": ("2019/c/index.html",)}
    write_story_pages(output, shards)
    indexer = Indexer(output, shards, [], tmp_path / "cache", workers=2)
    events = []
    start, read = indexer._start, indexer._kept_or_job
    indexer._start = lambda year, *rest: events.append(("start", year)) or start(year, *rest)
    indexer._kept_or_job = lambda year: events.append(("read", year)) or read(year)
    assert indexer.run()
    assert events[:3] == [("read", "2021"), ("start", "2021"), ("read", "2020")]
    assert indexer.built == 3


def test_years_side_by_side_stay_within_the_pages_allowed_at_once(tmp_path):
    """Two years start together only if their pages fit the limit; a year
    bigger than the limit is indexed alone."""
    from news_site.search import INDEX_DIR, Indexer

    output = tmp_path / "output"
    shards = {"2022": ("2022/a/index.html", "2022/b/index.html", "2022/c/index.html"),
              "2021": ("2021/a/index.html", "2021/b/index.html"),
              "2020": ("2020/d/index.html",), "2019": ("2019/c/index.html",)}
    write_story_pages(output, shards)
    indexer = Indexer(output, shards, [], tmp_path / "cache", workers=2, max_pages=2)
    together = []
    start = indexer._start

    def counted(year, pages, files):
        run = start(year, pages, files)
        together.append(sorted([year, *(r.shard for r in indexer.running)]))
        return run

    indexer._start = counted
    assert indexer.run()
    assert indexer.built == 4
    assert together[:2] == [["2022"], ["2021"]], "a year at or above the limit runs alone"
    assert ["2019", "2020"] in together, "two small years run side by side"
    assert "Story 2022/c/index.html" in index_text(output / INDEX_DIR / "2022")
