"""The training pages: each seed of an eval folder, read as the converter reads it,
with its truth."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from seed_converter.model import Line
from seed_converter.reading import read_seed
from seed_converter.splitting import split_lines

from .alignment import Truth
from .live_blog import live_blog

# Both dumps of a page: the whole page, and from the headline down.
VARIANTS = {"full": ".txt", "from-title": ".from-title.txt"}
# A third form of each page, made from its truth for training only: the story alone,
# as a CMS export gives it. No eval seed has this form, and a model that had seen
# no page whose last lines are story judged the last paragraph of a clean export a
# coin toss (docs/extraction.md, "Long stories and story-only pages").
STORY_ONLY = "story-only"
# A fourth, also for training only: the whole-page dump with its story set out as a
# live blog's updates, each with its time stamp and share row (live_blog.py).
LIVE_BLOG = "live-blog"
# The forms made here, never files.
MADE = (STORY_ONLY, LIVE_BLOG)
MAX_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True)
class Page:
    """One seed with its truth; `site` groups pages for cross-validation."""

    id: str
    variant: str
    path: Path
    site: str
    text: str
    lines: tuple[Line, ...]
    truth: Truth


def site_of(url: str) -> str:
    """The site a page belongs to: its host without "www." (a site is never split)."""
    host = (urlparse(url).hostname or "").lower()
    return host.removeprefix("www.")


def load(folder: Path, variants: tuple[str, ...] = (*VARIANTS, *MADE)) -> Iterator[Page]:
    """Every seed of one eval folder (dev/, wcxb-dev/), in a stable order."""
    for truth_path in sorted(folder.glob("*.truth.json")):
        raw = json.loads(truth_path.read_text(encoding="utf-8"))
        page_id = truth_path.name.removesuffix(".truth.json")
        truth = Truth(
            title=raw.get("title") or "",
            body=raw.get("body") or "",
            authors=tuple(raw.get("authors") or ()),
            date=dt.date.fromisoformat(raw["date"]) if raw.get("date") else None,
        )
        url = raw.get("url", "")
        for variant in (v for v in variants if v in VARIANTS):
            path = folder / f"{page_id}{VARIANTS[variant]}"
            if not path.exists():
                continue
            seed = read_seed(path.name, path.read_bytes(), MAX_BYTES)
            yield Page(page_id, variant, path, site_of(url), seed.text,
                       split_lines(seed.text), truth)
            live = live_blog(seed.text, story_lines(truth.body), page_id) \
                if variant == "full" and LIVE_BLOG in variants else None
            if live is not None:
                yield _made(folder, page_id, LIVE_BLOG, live, url, truth)
        if STORY_ONLY in variants and truth.body.strip():
            yield _made(folder, page_id, STORY_ONLY, story_only(truth), url, truth)


def _made(folder: Path, page_id: str, variant: str, text: str, url: str,
          truth: Truth) -> Page:
    """A page made here from a truth, read as the converter reads a seed."""
    path = folder / f"{page_id}.{variant}"  # never a file
    text = read_seed(path.name, text.encode("utf-8"), MAX_BYTES).text
    return Page(page_id, variant, path, site_of(url), text, split_lines(text), truth)


def story_lines(body: str) -> list[str]:
    """The true story's paragraphs, one a line, without blank lines."""
    return [line.strip() for line in body.split("\n") if line.strip()]


def story_only(truth: Truth) -> str:
    """The page as a CMS export or a clean copy gives it: the headline, then the
    story's paragraphs, and nothing else."""
    paragraphs = story_lines(truth.body)
    return "\n\n".join([truth.title.strip(), *paragraphs] if truth.title.strip()
                         else paragraphs) + "\n"
