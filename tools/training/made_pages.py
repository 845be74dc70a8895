"""Pages made from held-out truths: forms of seed that the eval folders lack.

The eval seeds are page dumps of ordinary length. Other forms reach the
converter, and each can fail where no eval figure shows it:

- **Story only**: a CMS export or a clean copy holds the headline and the
  paragraphs and nothing else; its last paragraph is the page's last line,
  where a dump has its footer.
- **Live blogs**: a story posted as updates, each with its time stamp and often a
  share row, between the page's top and foot (live_blog.py). Training learns from
  one made of each whole-page dump; the ones measured here are held out.
- **Short stories**: a brief of a few paragraphs between the page's top and foot
  (short_story.py).
- **Long stories**: a long read, a transcript or an archive's special report runs
  to thousands of lines; features that say where a line stands in its page can
  read the middle of such a story as the top or the bottom of an ordinary page.

All are built from held-out pages only and converted by their fold's models;
the share of the story's words kept is counted as score.py counts words. A long
story is a fold's whole-page seed with, after its story's last line, the true
story lines of the fold's other pages in the same language (each line once, and
none that the run finder takes for the end of a story, nor one that heads what
closes a page — "References", "About the author: …" — that some truths keep:
those would make a page of two stories).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from seed_converter.convert import convert
from seed_converter.errors import SeedError
from seed_converter.prose_run import is_barrier
from seed_converter.revising import closing_heading
from seed_converter.settings import ConverterSettings

from .crossval import Fold
from .data import STORY_ONLY, Page, story_lines
from .dataset import Example
from .live_blog import lines_holding, live_blog
from .short_story import short_story

# The live blogs and short stories measured draw their stamps, share rows and lengths
# from a stream of their own.
HELD_OUT = "held-out:"
# Lines added to a story, and how many host pages per fold.
LENGTHS = (1_000, 3_000)
HOSTS_PER_FOLD = 2
WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Kept:
    """Words of the story kept, of all its words."""

    kept: int = 0
    of: int = 0

    def __add__(self, other: Kept) -> Kept:
        return Kept(self.kept + other.kept, self.of + other.of)

    @property
    def share(self) -> float:
        return self.kept / self.of if self.of else float("nan")


def story_only(examples: Sequence[Example], splits: list[Fold], models: list[Path]) -> Kept:
    """The words kept of every held-out page converted as its story alone."""
    total = Kept()
    for (_, test), model in zip(splits, models, strict=True):
        settings = _settings(model)
        for i in test:
            page = examples[i].page
            if page.variant == STORY_ONLY:
                total += _kept(page.text, story_lines(page.truth.body), settings)
    return total


def live_blogs(examples: Sequence[Example], splits: list[Fold], models: list[Path]) -> Kept:
    """The words kept of every held-out whole-page seed made into a live blog
    (live_blog.py), with stamps and share rows drawn apart from training's."""
    def made(page: Page) -> tuple[str, list[str]] | None:
        story = story_lines(page.truth.body)
        seed = live_blog(page.text, story, page.id, salt=HELD_OUT)
        return None if seed is None else (seed, story)
    return _held_out_dumps_made(examples, splits, models, made)


def short_stories(examples: Sequence[Example], splits: list[Fold],
                  models: list[Path]) -> Kept:
    """The words kept of every held-out whole-page seed with its story cut after two
    to five paragraphs (short_story.py)."""
    return _held_out_dumps_made(examples, splits, models, lambda page: short_story(
        page.text, story_lines(page.truth.body), page.id, salt=HELD_OUT))


def _held_out_dumps_made(examples: Sequence[Example], splits: list[Fold], models: list[Path],
                         made: Callable[[Page], tuple[str, list[str]] | None]) -> Kept:
    """The words kept of the seeds `made` makes of each fold's held-out whole-page
    dumps (the seed and its story's lines; None where it makes none), converted by
    that fold's model."""
    total = Kept()
    for (_, test), model in zip(splits, models, strict=True):
        settings = _settings(model)
        for page in (examples[i].page for i in test if examples[i].page.variant == "full"):
            seed_and_story = made(page)
            if seed_and_story is not None:
                total += _kept(*seed_and_story, settings)
    return total


def long_stories(examples: Sequence[Example], splits: list[Fold], models: list[Path],
                 lengths: tuple[int, ...] = LENGTHS) -> dict[int, Kept]:
    """Per number of lines added, the words kept of the lengthened stories."""
    totals = dict.fromkeys(lengths, Kept())
    for (_, test), model in zip(splits, models, strict=True):
        settings = _settings(model)
        whole = [examples[i] for i in test if examples[i].page.variant == "full"]
        for host in whole[:HOSTS_PER_FOLD]:
            filler = added_lines([e.page for e in whole[HOSTS_PER_FOLD:]
                                  if e.lang == host.lang])
            for n in lengths:
                seed = lengthened(host.page.text, host.page.truth.body, filler[:n])
                if seed is not None:
                    story = story_lines(host.page.truth.body) + filler[:n]
                    totals[n] += _kept(seed, story, settings)
    return totals


def lengthened(text: str, body: str, extra: list[str]) -> str | None:
    """The seed with `extra` lines set after its story's last line (None if the
    seed does not hold that line)."""
    story = story_lines(body)
    if not story:
        return None
    lines = text.split("\n")
    at = lines_holding(lines, story[-1])
    if not at:
        return None
    end = at[-1] + 1
    return "\n\n".join(["\n".join(lines[:end]), *extra, "\n".join(lines[end:])])


def added_lines(pages: list[Page]) -> list[str]:
    """The story lines of these pages, each once, none that ends a story: neither one
    the run finder stops at nor one that heads what closes a page (a truth that
    keeps its page's "References" or "About the Writer: …")."""
    seen: set[str] = set()
    out = []
    for page in pages:
        for line in story_lines(page.truth.body):
            if line not in seen and not is_barrier(line) and closing_heading(line) is None:
                seen.add(line)
                out.append(line)
    return out


def _settings(model: Path) -> ConverterSettings:
    return dataclasses.replace(ConverterSettings(), labeller_model=model)


def _kept(seed: str, story: list[str], settings: ConverterSettings) -> Kept:
    want = Counter(w for line in story for w in WORD.findall(line.casefold()))
    try:
        article = convert("made.txt", seed.encode("utf-8"), settings)
    except SeedError:
        return Kept(0, sum(want.values()))
    got = Counter(w for b in article.body for w in WORD.findall(b.text.casefold()))
    return Kept(sum((want & got).values()), sum(want.values()))
