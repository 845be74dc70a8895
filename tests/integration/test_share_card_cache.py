"""Share cards are drawn once: a rebuild with nothing changed draws none, an edited
headline draws one, and every card in the site is the cache's file, not a copy."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from helpers import REPO, run_pelican

SEEDS = sorted((REPO / "tests" / "fixtures" / "seeds").glob("*.txt"))[:4]
DRAWN = re.compile(r"(\d+) share cards \((\d+) drawn")


def build(root: Path) -> tuple[int, int]:
    """Build the site in place; return (cards in the site, cards drawn)."""
    # Extra settings go on run_pelican's own -e (a second -e would replace it).
    done = run_pelican(root / "seeds", root / "content", root / "output",
                       "NEWS_PAGEFIND=false", "--verbose")
    found = DRAWN.search(done.stdout + done.stderr)
    assert found, done.stdout + done.stderr
    return int(found.group(1)), int(found.group(2))


def test_cards_are_drawn_once_and_again_only_for_what_changed(tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "1000")  # one log record, one line
    (tmp_path / "seeds").mkdir()
    (tmp_path / "content").mkdir()
    for seed in SEEDS:
        shutil.copy(seed, tmp_path / "seeds" / seed.name)
    total, drawn = build(tmp_path)
    assert total == len(SEEDS) + 2 and drawn == total  # each story, the site, the logo

    assert build(tmp_path) == (total, 0)

    seed = tmp_path / "seeds" / SEEDS[0].name
    lines = seed.read_text(encoding="utf-8").splitlines()
    lines[0] = lines[0] + " again"
    seed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert build(tmp_path) == (total, 1)

    cache = tmp_path / ".pelican-cache" / "output" / "share-cards"
    in_site = sorted((tmp_path / "output" / "cards").iterdir())
    assert len(in_site) == total
    assert {p.name for p in cache.iterdir()} == {p.name for p in in_site}, "stale cards pruned"
    assert all(p.samefile(cache / p.name) for p in in_site), "cards are linked, not copied"


def test_a_site_without_cards_builds_from_a_clean_cache(tmp_path):
    """NEWS_SHARE_CARDS = False on a first build: no card folder to prune, none made."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "content").mkdir()
    for seed in SEEDS[:2]:
        shutil.copy(seed, tmp_path / "seeds" / seed.name)
    run_pelican(tmp_path / "seeds", tmp_path / "content", tmp_path / "output",
                "NEWS_PAGEFIND=false", "NEWS_SHARE_CARDS=false")
    output = tmp_path / "output"
    assert not (output / "cards").exists()
    pages = [p.read_text(encoding="utf-8") for p in output.rglob("*.html")]
    assert pages and not any("/cards/" in page for page in pages)
