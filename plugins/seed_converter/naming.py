"""File names: which files are seeds, and where each seed's article goes.

A seed's article mirrors the seed's path (seeds/a/b.txt → articles/a/b.md), unless
that name is too long for a file system or already belongs to another article:
then a short digest of the seed's path keeps the name unique and stable.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import PurePosixPath
from urllib.parse import quote, unquote

# Files and folders starting with these are never seeds (.DS_Store, .git, editor backups).
HIDDEN_PREFIXES = (".", "~", "#")
# What a file extension looks like: "Dr. Smith resigns" has none, "photo.jpg" has one.
EXTENSION = re.compile(r"\.[A-Za-z][A-Za-z0-9]{0,7}")
# File systems allow 255 bytes a name. The article's name gets ".md", and beside it
# ".md.new", ".audit.txt" and a temporary ".<name>.tmp": keep the stem well under.
MAX_STEM_BYTES = 200
DIGEST_CHARS = 8
# A fallback name's stem (beside its digest): short, so a deep content folder still fits.
FALLBACK_STEM_BYTES = 40
# Characters written %-encoded in an article's Seed header, so every file name survives
# the round trip through a one-line header: "%" itself, whitespace other than a plain
# space, control characters, and undecodable bytes (held as surrogates by os.walk).
HEADER_UNSAFE = re.compile(r"%|[^\S ]|[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def extension(name: str) -> str:
    """The file's extension, lower-cased, or "" when its name has none."""
    if "/" in name:
        name = PurePosixPath(name).name
    # PurePosixPath's suffix, without making one: a pass asks it of every seed.
    dot = name.rfind(".")
    suffix = name[dot:] if 0 < dot < len(name) - 1 else ""
    return suffix.lower() if EXTENSION.fullmatch(suffix) else ""


def is_hidden(name: str) -> bool:
    return name.startswith(HIDDEN_PREFIXES)


def path_digest(rel: str, chars: int = DIGEST_CHARS) -> str:
    """A short digest of a seed's path: the same seed, the same suffix, every run.

    The one digest of a seed's path (article names, slug suffixes); bytes that are
    not UTF-8 in a file name (held as surrogates) are digested as they are.
    """
    return hashlib.sha256(rel.encode("utf-8", "surrogateescape")).hexdigest()[:chars]


def article_name(rel: str, taken: set[str]) -> str:
    """Return the article's path (relative, POSIX) for a seed; record it in `taken`.

    `taken` holds the case-folded names in use: files as "a/b.md", folders as
    "a/". A name whose folder is a file's name, or that is a folder's name,
    is not free: the article then goes in the top folder with a digest.
    """
    path = PurePosixPath(rel)
    stem = path.name[: -len(extension(path.name))] if extension(path.name) else path.name
    short = f"{_cut(stem, MAX_STEM_BYTES - DIGEST_CHARS - 1)}-{path_digest(rel)}"
    candidates = [] if _too_long(stem) else [f"{stem}.md"]
    candidates.append(f"{short}.md")
    folder = path.parent.as_posix()
    if _folder_free(folder, taken):
        for candidate in candidates:
            name = candidate if folder == "." else f"{folder}/{candidate}"
            if _claim(name, taken):
                return name
    return fallback_name(rel, taken)


def fallback_name(rel: str, taken: set[str]) -> str:
    """A short name in the top folder, for a seed whose own name cannot be used."""
    path = PurePosixPath(rel)
    stem = path.name[: -len(extension(path.name))] if extension(path.name) else path.name
    base = f"{_cut(stem, FALLBACK_STEM_BYTES)}-{path_digest(rel)}".lstrip(".") or path_digest(rel)
    name, n = f"{base}.md", 2
    # Two seeds whose paths share a digest prefix: vanishingly rare, still unique.
    while not _claim(name, taken):
        name, n = f"{base}-{n}.md", n + 1
    return name


def _folder_free(folder: str, taken: set[str]) -> bool:
    """No part of this folder path is already a file's name."""
    if folder == ".":
        return True
    parts = folder.split("/")
    return not any("/".join(parts[:i]).casefold() in taken for i in range(1, len(parts) + 1))


def _claim(name: str, taken: set[str]) -> bool:
    # Compared case-folded: on macOS and Windows "A.md" and "a.md" are one file.
    key = name.casefold()
    if key in taken or key + "/" in taken:
        return False
    taken.add(key)
    parts = key.split("/")[:-1]
    taken.update("/".join(parts[:i]) + "/" for i in range(1, len(parts) + 1))
    return True


def _too_long(stem: str) -> bool:
    return len(stem.encode("utf-8", "surrogateescape")) > MAX_STEM_BYTES


def _cut(text: str, max_bytes: int) -> str:
    """Cut to at most max_bytes of UTF-8 without splitting a character."""
    data = text.encode("utf-8", "surrogateescape")[:max_bytes]
    return data.decode("utf-8", "ignore").rstrip(" .-")


def encode_seed_path(rel: str) -> str:
    """The seed's path as one header line: readable, and exact after decode_seed_path."""
    encoded = HEADER_UNSAFE.sub(lambda m: quote(m.group(0).encode("utf-8", "surrogateescape"),
                                                safe=""), rel)
    # Spaces inside a name read fine; those at either end would be trimmed away.
    body = encoded.strip(" ")
    if not body:
        return "%20" * len(encoded)
    lead = len(encoded) - len(encoded.lstrip(" "))
    trail = len(encoded) - len(encoded.rstrip(" "))
    return "%20" * lead + body + "%20" * trail


def decode_seed_path(value: str) -> str:
    return unquote(value, errors="surrogateescape")


def display(rel: str) -> str:
    """The seed's path as a person reads it (undecodable bytes shown as �)."""
    return rel.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
