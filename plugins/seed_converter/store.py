"""The content folder as the converter's memory: what each seed became last time."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from .writing import DATE_FORMAT, DIGEST_KEY, body_digest

HEADER_LINE = re.compile(r"^(?P<key>[A-Za-z0-9_-]+):\s?(?P<value>.*)$")
# An article header is short; reading this much is enough to find its keys.
HEADER_READ_BYTES = 8192


@dataclass(frozen=True)
class Existing:
    """An article already in the content folder that came from a seed."""

    path: Path
    seed: str
    seed_digest: str
    slug: str
    date: dt.datetime | None
    edited: bool  # its text no longer matches the digest we wrote: a person changed it


def read_header(path: Path) -> dict[str, str]:
    """Return the metadata header of a Markdown article, keys lower-cased."""
    with path.open("rb") as f:
        head = f.read(HEADER_READ_BYTES).decode("utf-8", errors="replace")
    meta: dict[str, str] = {}
    for line in head.split("\n"):
        m = HEADER_LINE.match(line)
        if not m:
            break
        meta[m["key"].lower()] = m["value"].strip()
    return meta


def scan(article_root: Path) -> dict[str, Existing]:
    """Index the seed-made articles under a folder by their seed's relative path."""
    found: dict[str, Existing] = {}
    if not article_root.is_dir():
        return found
    for path in sorted(article_root.rglob("*.md")):
        meta = read_header(path)
        if "seed" not in meta:
            continue
        recorded = meta.get(DIGEST_KEY.lower(), "")
        edited = recorded != body_digest(path.read_text(encoding="utf-8"))
        found[meta["seed"]] = Existing(
            path=path,
            seed=meta["seed"],
            seed_digest=meta.get("seed_digest", "").removeprefix("sha256:"),
            slug=meta.get("slug", ""),
            date=_parse_date(meta.get("date", "")),
            edited=edited,
        )
    return found


def _parse_date(value: str) -> dt.datetime | None:
    try:
        return dt.datetime.strptime(value, DATE_FORMAT)
    except ValueError:
        return None
