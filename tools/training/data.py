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

# Both dumps of a page: the whole page, and from the headline down.
VARIANTS = {"full": ".txt", "from-title": ".from-title.txt"}
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


def load(folder: Path, variants: tuple[str, ...] = tuple(VARIANTS)) -> Iterator[Page]:
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
        for variant in variants:
            path = folder / f"{page_id}{VARIANTS[variant]}"
            if not path.exists():
                continue
            seed = read_seed(path.name, path.read_bytes(), MAX_BYTES)
            yield Page(page_id, variant, path, site_of(raw.get("url", "")),
                       seed.text, split_lines(seed.text), truth)
