"""The content folder as the converter's memory: what each seed became last time."""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path

from .naming import decode_seed_path
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
        return parse_header(f.read(HEADER_READ_BYTES))


def parse_header(head: bytes) -> dict[str, str]:
    """The metadata header at the start of an article's bytes, keys lower-cased."""
    meta: dict[str, str] = {}
    for line in head[:HEADER_READ_BYTES].decode("utf-8", errors="replace").split("\n"):
        m = HEADER_LINE.match(line)
        if not m:
            break
        meta[m["key"].lower()] = m["value"].strip()
    return meta


def scan(article_root: Path, headers: dict[Path, dict[str, str]] | None = None,
         ) -> dict[str, Existing]:
    """Index the seed-made articles under a folder by their seed's relative path.

    Each article is read once; `headers`, if given, gets every article's path and
    header (empty if unreadable), so the slugs and names in use need no second pass.
    """
    found: dict[str, Existing] = {}
    if headers is None:
        headers = {}
    if not article_root.is_dir():
        return found
    for path in sorted(article_root.rglob("*.md")):
        headers[path] = {}
        try:
            data = path.read_bytes()
        except OSError:
            continue
        meta = headers[path] = parse_header(data)
        if "seed" not in meta:
            continue
        # Bytes decoded as they are: a file saved in another encoding or with
        # other line endings no longer matches its digest, so it counts as edited.
        text = data.decode("utf-8", errors="replace")
        recorded = meta.get(DIGEST_KEY.lower(), "")
        edited = recorded != body_digest(text)
        seed = decode_seed_path(meta["seed"])
        found[seed] = Existing(
            path=path,
            seed=seed,
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


def write_if_changed(path: Path, text: str) -> bool:
    """Write atomically (a reader never sees half a file); leave identical files alone."""
    data = text.encode("utf-8")
    try:
        if path.read_bytes() == data:
            return False  # no new mtime: watchers and rsync see no false change
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return True
