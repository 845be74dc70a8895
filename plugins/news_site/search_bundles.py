"""Pagefind bundles kept between builds: the digests that say a year's bundle is still
right, and linking a kept bundle in (or keeping a new one) without copying bytes."""

from __future__ import annotations

import filecmp
import hashlib
import json
import os
import re
import shutil
import stat
from collections.abc import Callable, Mapping
from pathlib import Path

# Beside each kept bundle: digests of the pages it indexed (see pages_digest and
# indexed_digest); either one matching means the bundle is still right.
DIGEST_FILE = "pages.digest"
INDEXED_DIGEST_FILE = "indexed.digest"
# Each page's stat and the digest of what Pagefind reads of it, as last worked
# out: a page with the same stat is not read again.
PAGE_TABLE_FILE = "indexed-pages.json"
# What Pagefind reads of a page, taken generously (a part too many only costs an
# index run): the <html> tag (its lang), every tag with a data-pagefind- attribute
# wherever it is (meta and filters count outside the body too), and each
# data-pagefind-body element whole. A page without one is read whole.
HTML_TAG = re.compile(rb"<html\b[^>]*>", re.IGNORECASE)
PAGEFIND_TAG = re.compile(rb"<[^>]*\bdata-pagefind-[^>]*>")
BODY_START = re.compile(rb"<([a-zA-Z][\w-]*)\b[^>]*\bdata-pagefind-body\b")
# Pagefind's entry file: it lists the languages in no fixed order.
ENTRY_FILE = "pagefind-entry.json"
# Names of files only ever half-made (a build stopped while adopting a file):
# never copied into a site or a kept bundle.
TEMPORARY = ("*.adopt", "*.tmp", "*.relink")


def stamp_of(path) -> list[int]:
    """A page's size, mtime and inode: what says it is the file last indexed."""
    st = os.stat(path)
    return [st.st_size, st.st_mtime_ns, st.st_ino]


def file_stamp(path) -> list[int] | None:
    """stamp_of() a regular file (through links); None if there is none there."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns, st.st_ino] if stat.S_ISREG(st.st_mode) else None


def pages_digest(locate: Callable[[str], str | Path], pages: list[str], args: list[str],
                 stamps: Mapping[str, list[int]] | None = None) -> str:
    """A digest of the pages' paths and stats, and of how pagefind is run; `locate`
    gives where a page is (Path(output).joinpath), `stamps` each page's stamp_of()
    if already known."""
    h = hashlib.sha256("\0".join(args).encode())
    for rel in pages:
        size, mtime, ino = stamps[rel] if stamps is not None else stamp_of(locate(rel))
        h.update(f"{rel}\0{size}\0{mtime}\0{ino}\n".encode())
    return h.hexdigest()


def indexed_digest(locate: Callable[[str], str | Path], pages: list[str], args: list[str],
                   known: dict[str, list], stamps: Mapping[str, list[int]] | None = None,
                   ) -> tuple[str, dict[str, list]]:
    """A digest of what Pagefind reads of the pages, and of how it is run; and the
    table of each page's [stat, digest] it came from (see PAGE_TABLE_FILE). Pages
    whose stat is in `known` (last build's table) are not read."""
    h = hashlib.sha256("\0".join(args).encode())
    table = {}
    for rel in pages:
        stamp = stamps[rel] if stamps is not None else stamp_of(locate(rel))
        entry = known.get(rel)
        if entry and entry[0] == stamp:
            page_digest = entry[1]
        else:
            page = hashlib.sha256()
            for part in indexed_parts(Path(locate(rel)).read_bytes()):
                page.update(hashlib.sha256(part).digest())
            page_digest = page.hexdigest()
        table[rel] = [stamp, page_digest]
        h.update(f"{rel}\0{page_digest}\n".encode())
    return h.hexdigest(), table


def page_table(kept: Path) -> dict[str, list]:
    """The page table kept with a bundle; empty if there is none."""
    try:
        return json.loads((kept / PAGE_TABLE_FILE).read_text())
    except (OSError, ValueError):
        return {}


def remember(kept: Path, files: dict[str, str]) -> None:
    """Write digests (and the page table) beside a kept bundle."""
    for name, text in files.items():
        (kept / name).write_text(text)


def indexed_parts(page: bytes) -> list[bytes]:
    """The parts of a page Pagefind reads (see BODY_START); the whole page when unsure."""
    parts = [m.group() for m in HTML_TAG.finditer(page)]
    parts += PAGEFIND_TAG.findall(page)
    starts = list(BODY_START.finditer(page))
    for start in starts:
        end = _element_end(page, start)
        if end is None:
            return [page]
        parts.append(page[start.start():end])
    return parts if starts else [page]


def _element_end(page: bytes, start: re.Match) -> int | None:
    """Where the element opened at start closes, counting nested ones of its name."""
    name = re.escape(start.group(1))
    depth = 0
    for tag in re.finditer(rb"<(/?)" + name + rb"(?=[\s>/])", page[start.start():], re.I):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            close = page.find(b">", start.start() + tag.end())
            return None if close < 0 else close + 1
    return None


def link_kept(kept: Path, target: Path, digests: dict[str, str],
              keeps: Callable[[Path, Path], bool] | None = None) -> bool:
    """Link last build's bundle into the site if one of the digests matches its own;
    `keeps(target_file, kept_file)` says a file need not be linked (the site holds
    it already: a staged build's writer)."""
    try:
        if not kept.is_dir() or not any(
            _read(kept / name) == digest for name, digest in digests.items()
        ):
            return False
        skip = shutil.ignore_patterns(DIGEST_FILE, INDEXED_DIGEST_FILE, PAGE_TABLE_FILE,
                                      *TEMPORARY)
        if keeps is None:
            shutil.copytree(kept, target, copy_function=link_or_copy, ignore=skip)
            return True
        for source in _bundle_files(kept, skip):
            path = target / source.relative_to(kept)
            if not keeps(path, source):
                path.parent.mkdir(parents=True, exist_ok=True)
                link_or_copy(source, path)
    except OSError:
        shutil.rmtree(target, ignore_errors=True)
        return False
    return True


def _bundle_files(kept: Path, skip: Callable) -> list[Path]:
    """A kept bundle's files that copytree(ignore=skip) would copy."""
    found = []
    for folder, dirs, files in os.walk(kept):
        ignored = skip(folder, [*dirs, *files])
        dirs[:] = sorted(d for d in dirs if d not in ignored)
        found += [Path(folder, f) for f in sorted(files) if f not in ignored]
    return found


def _read(path: Path) -> str | None:
    try:
        return path.read_text()
    except OSError:
        return None


def keep(bundle: Path, kept: Path, files: dict[str, str]) -> str | None:
    """Keep this bundle (as hard links) and its digests for the next build; return
    why it could not be kept, if so."""
    try:
        _adopt_unchanged(bundle, kept)
        shutil.rmtree(kept, ignore_errors=True)
        shutil.copytree(bundle, kept, copy_function=link_or_copy,
                        ignore=shutil.ignore_patterns(*TEMPORARY))
        remember(kept, files)
    except OSError as exc:
        return f"could not keep the pagefind index for reuse: {exc}"
    return None


def _adopt_unchanged(bundle: Path, kept: Path) -> None:
    """Files of a new bundle identical to last build's become links to them: the site
    showed those very files, so an unchanged index file keeps its inode."""
    if not kept.is_dir():
        return
    for new in bundle.rglob("*"):
        old = kept / new.relative_to(bundle)
        if new.is_file() and old.is_file() and filecmp.cmp(old, new, shallow=False):
            tmp = new.with_name(new.name + ".adopt")
            os.link(old, tmp)
            os.replace(tmp, new)


def sort_entry(bundle: Path) -> None:
    """Write Pagefind's entry file with its languages in a fixed order, so two
    builds of the same pages give the same bytes."""
    path = bundle / ENTRY_FILE
    entry = json.loads(path.read_text(encoding="utf-8"))
    entry["languages"] = dict(sorted(entry.get("languages", {}).items()))
    path.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")),
                    encoding="utf-8")


def link_or_copy(source, target) -> None:
    """A hard link (no bytes copied), or a copy where links cannot go (another disk)."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)
