"""Pages fully right by the benchmark's snippets: every must-have in, no must-not-have.

The recent pages' truth (`wcxb-dev`) also lists short snippets a correct
extraction must contain (`with`: sentences of the story) and must not
(`without`: "Privacy Policy", "Skip to content", a related story's headline).
Word F1 hides a page that kept a menu or lost a paragraph among hundreds of
right words; this measure counts the pages where nothing of the kind happened,
the way a reader judges a page. Only snippets the seed itself holds count: a
converter cannot keep what the seed lacks or drop what it never had.

A snippet matches where its words stand in the text as whole words, with the
same capitals (a menu's "Home" is not "homeowners" or "home"), after both are
normalised as the benchmark's score.py normalises titles (NFKC, straight quotes,
white space collapsed). The article's text is its body as score.py reads it.
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from .data import VARIANTS


@dataclass(frozen=True)
class SnippetScore:
    """How many pages had snippets to check, and how they came out."""

    pages: int
    fully_right: int  # every must-have kept, no must-not-have
    with_total: int
    with_found: int
    without_total: int
    without_leaked: int

    @property
    def fully_right_share(self) -> float:
        return self.fully_right / self.pages if self.pages else float("nan")


def load_score_module(eval_root: Path) -> ModuleType:
    """The benchmark's own score.py, for its Markdown reading and normalising."""
    spec = importlib.util.spec_from_file_location("eval_score", eval_root / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def contains(text: str, snippet: str) -> bool:
    """The snippet stands in the text as whole words (both already normalised)."""
    if not snippet:
        return False
    return re.search(r"(?<!\w)" + re.escape(snippet) + r"(?!\w)", text) is not None


@dataclass(frozen=True)
class PageSnippets:
    """One page's snippets that its seed holds, and how many the article got right."""

    musts: int
    found: int
    nevers: int
    leaked: int

    @property
    def fully_right(self) -> bool:
        return self.found == self.musts and self.leaked == 0


def judge_page(seed: str, article: str, musts: Sequence[str],
               nevers: Sequence[str]) -> PageSnippets:
    """Count the must-haves the article keeps and the must-not-haves it lets through,
    of those the seed holds (all texts already normalised)."""
    musts = [s for s in musts if contains(seed, s)]
    nevers = [s for s in nevers if contains(seed, s)]
    return PageSnippets(len(musts), sum(contains(article, s) for s in musts),
                        len(nevers), sum(contains(article, s) for s in nevers))


def total(pages: Sequence[PageSnippets]) -> SnippetScore:
    """The pages that had snippets to check, summed."""
    pages = [p for p in pages if p.musts or p.nevers]
    return SnippetScore(len(pages), sum(p.fully_right for p in pages),
                        sum(p.musts for p in pages), sum(p.found for p in pages),
                        sum(p.nevers for p in pages), sum(p.leaked for p in pages))


def score_snippets(score_py: ModuleType, truth_dir: Path, out_dir: Path,
                   variant: str) -> SnippetScore:
    """Score the converted articles in out_dir (named `<seed file>.md`) by snippets."""
    norm = score_py.norm_title
    pages = []
    for truth_path in sorted(truth_dir.glob("*.truth.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        seed = truth_dir / (truth_path.name.removesuffix(".truth.json") + VARIANTS[variant])
        if not seed.exists():
            continue
        article = out_dir / f"{seed.name}.md"
        text = ""
        if article.exists():  # a seed with no article keeps nothing
            _meta, body = score_py.parse_pelican_markdown(score_py.read_text(article))
            text = norm(score_py.markdown_to_text(body))
        pages.append(judge_page(norm(seed.read_text(encoding="utf-8", errors="replace")), text,
                                [norm(s) for s in truth.get("with") or ()],
                                [norm(s) for s in truth.get("without") or ()]))
    return total(pages)
