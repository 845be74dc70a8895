"""The content folder as the converter's memory: what each seed became last time.

Writing follows one rule: a file a person may have edited is replaced only if it
is still, at the moment of writing, the very file the converter last saw.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from .file_memory import FileMemory
from .naming import decode_seed_path
from .writing import DATE_FORMAT, DIGEST_KEY, body_digest, story_digest

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
    file_digest: str = ""  # sha256 of the file's bytes when read: the write-time check
    story_digest: str = ""  # what the article says, without where it came from
    modified: dt.datetime | None = None
    header: dict[str, str] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Scan:
    """What the article folder holds: seed-made articles, every header, names in use."""

    existing: dict[str, Existing]  # by the seed's relative path
    headers: dict[Path, dict[str, str]]  # every article's header (empty if unreadable)
    names: frozenset[str]  # relative POSIX names of files, and of folders with a "/"


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


def scan(article_root: Path, memory: FileMemory | None = None) -> Scan:
    """Read every article under a folder once: headers, seed-made articles, names.

    An article whose stat `memory` holds is not read: its header and digests
    are the ones remembered (file_memory.py says when that is the same).
    """
    found: dict[str, Existing] = {}
    headers: dict[Path, dict[str, str]] = {}
    names: set[str] = set()
    if not article_root.is_dir():
        return Scan(found, headers, frozenset())
    absolute = os.path.abspath(article_root)
    for folder, dirs, files in os.walk(article_root):
        dirs.sort()
        base = Path(folder)
        rel_base = base.relative_to(article_root).as_posix()
        prefix = "" if rel_base == "." else rel_base + "/"
        names.update(prefix + d + "/" for d in dirs)
        names.update(prefix + f for f in files)
        for name in sorted(files):
            if name.endswith(".md"):
                path = base / name
                headers[path] = {}
                existing = (_read_article(path, headers) if memory is None else
                            _recall_article(path, f"{absolute}/{prefix}{name}", headers, memory))
                if existing is not None and existing.seed not in found:
                    found[existing.seed] = existing
    return Scan(found, headers, frozenset(names))


def _recall_article(path: Path, key: str, headers: dict[Path, dict[str, str]],
                    memory: FileMemory) -> Existing | None:
    """_read_article, or what it found when the file (`key`: its absolute path)
    last had this stat."""
    read_at = memory.now()
    try:
        st = os.stat(path)
    except OSError:
        return _read_article(path, headers)
    known = memory.recall(ARTICLE, key, st)
    if known is not None:
        try:
            return _from_memory(path, headers, known)
        except (TypeError, ValueError, IndexError, AttributeError):
            pass  # not what this code remembers: read the file
    try:
        data = path.read_bytes()
    except OSError:
        return None
    existing = _learn(path, data, headers)
    memory.remember(ARTICLE, key, st, _to_memory(headers[path], existing), read_at)
    return existing


# What the scan learns from an article, as remembered: its header, and for a
# seed's article what else its bytes say (edited, file and story digests) and
# its dates, parsed.
ARTICLE = "article"


def _to_memory(header: dict[str, str], existing: Existing | None) -> list:
    if existing is None:
        return [dict(header)]
    return [dict(header), existing.edited, existing.file_digest, existing.story_digest,
            *(d.isoformat() if d else None for d in (existing.date, existing.modified))]


def _from_memory(path: Path, headers: dict[Path, dict[str, str]], known: list,
                 ) -> Existing | None:
    meta = dict(known[0])
    if "seed" not in meta:
        headers[path] = meta
        return None
    edited, file_digest, story, date, modified = known[1:]
    if not (isinstance(edited, bool) and isinstance(file_digest, str)
            and isinstance(story, str)):
        raise TypeError("not an article's record")
    found = _existing(path, meta, edited, file_digest, story,
                      *(dt.datetime.fromisoformat(d) if d else None for d in (date, modified)))
    headers[path] = meta
    return found


def _read_article(path: Path, headers: dict[Path, dict[str, str]]) -> Existing | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    return _learn(path, data, headers)


def _learn(path: Path, data: bytes, headers: dict[Path, dict[str, str]]) -> Existing | None:
    """What an article's bytes say: its header, and if a seed made it, an Existing."""
    meta = headers[path] = parse_header(data)
    if "seed" not in meta:
        return None
    # Bytes decoded as they are: a file saved in another encoding or with
    # other line endings no longer matches its digest, so it counts as edited.
    text = data.decode("utf-8", errors="replace")
    return _existing(path, meta, meta.get(DIGEST_KEY.lower(), "") != body_digest(text),
                     digest(data), story_digest(text),
                     parse_date(meta.get("date", "")), parse_date(meta.get("modified", "")))


def _existing(path: Path, meta: dict[str, str], edited: bool, file_digest: str, story: str,
              date: dt.datetime | None, modified: dt.datetime | None) -> Existing:
    return Existing(
        path=path,
        seed=decode_seed_path(meta["seed"]),
        seed_digest=meta.get("seed_digest", "").removeprefix("sha256:"),
        slug=meta.get("slug", ""),
        date=date,
        edited=edited,
        file_digest=file_digest,
        story_digest=story,
        modified=modified,
        header=meta,
    )


def parse_date(value: str) -> dt.datetime | None:
    try:
        return dt.datetime.strptime(value, DATE_FORMAT)
    except ValueError:
        return None


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_if_changed(path: Path, text: str) -> bool:
    """Write atomically (a reader never sees half a file); leave identical files alone."""
    data = text.encode("utf-8")
    try:
        if path.read_bytes() == data:
            return False  # no new mtime: watchers and rsync see no false change
    except OSError:
        pass
    _replace(path, data)
    return True


def write_article(path: Path, text: str | bytes, expected: str | None) -> bool:
    """Write an article only over the file the converter last saw; False if it changed.

    expected is the sha256 of the file's bytes when it was scanned, or None for a
    new article (then any file that appeared at that name since is a person's).
    The check is made right before the atomic replace, not at the start of the run.
    """
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    if expected is None:
        if path.is_dir():
            raise IsADirectoryError(errno.EISDIR, "a folder has the article's name", str(path))
        return _create(path, data)
    try:
        current = path.read_bytes()
    except FileNotFoundError:
        current = None
    if current is None or digest(current) != expected:
        return False  # saved, moved or deleted by a person while we converted
    if current != data:
        _replace(path, data)
    return True


def _create(path: Path, data: bytes) -> bool:
    """Put a new file in place unless one appeared there: a hard link never replaces."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _tmp_name(path)
    try:
        tmp.write_bytes(data)
        try:
            os.link(tmp, path)
        except FileExistsError:
            return False
        except OSError as e:
            if e.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.EXDEV):
                raise
            if path.exists():  # a file system without hard links: check, then replace
                return False
            os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return True


def _replace(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _tmp_name(path)
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _tmp_name(path: Path) -> Path:
    # Hidden and not ".md": Pelican never reads it, the converter never lists it.
    return path.with_name(f".{path.name}.tmp")


def remove_article(path: Path, expected: str) -> bool:
    """Delete an article only if it is still the file the converter last saw."""
    try:
        if digest(path.read_bytes()) != expected:
            return False
    except FileNotFoundError:
        return True
    path.unlink(missing_ok=True)
    return True
